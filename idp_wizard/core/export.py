"""The synced users as CSV, for `idp-wizard users --format csv` and the panel's export.

Spreadsheet formulas in directory-controlled text are neutralised (CSV injection); a
file gets a byte order mark so Excel reads it as UTF-8, not the code page.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from idp_wizard.core.store import Store
from idp_wizard.core.user_record import UserRecord
from idp_wizard.core.users import users_by_rowid

CSV_COLUMNS = ("display_name", "email", "department", "job_title", "location", "country",
               "company", "language", "language_raw", "enabled", "id")


def write_csv(users: Iterable[UserRecord], stream: TextIO) -> int:
    """Returns how many users were written."""
    w = csv.writer(stream)
    w.writerow(CSV_COLUMNS)
    n = 0
    for u in users:
        w.writerow([csv_safe(getattr(u, c)) for c in CSV_COLUMNS])
        n += 1
    return n


def csv_safe(value: object) -> object:
    """Neutralise spreadsheet formulas (CSV injection) in directory-controlled text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_rows_csv(store: Store, rowids: Sequence[int], path: Path, client_id: int) -> int:
    """The users a table shows (its rows' rowids, in its order) to a UTF-8 file with a
    BOM (Excel): what the admin searched, filtered and sorted is what the file holds."""
    with path.open("w", newline="", encoding="utf-8-sig") as stream:
        return write_csv(users_by_rowid(store, rowids, client_id), stream)
