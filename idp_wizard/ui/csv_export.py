"""The panel's CSV export: the users the table shows, written off the GUI thread."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from idp_wizard.cli_output import write_csv
from idp_wizard.core.store import Store
from idp_wizard.core.users import SyncedUser, iter_users


def export_users_csv(store: Store, search: str, path: Path, client_id: int) -> int:
    """Runs in a worker. Formulas are neutralised like the CLI's export."""
    count = 0

    def counted(users: Iterator[SyncedUser]) -> Iterator[SyncedUser]:
        nonlocal count
        for user in users:
            count += 1
            yield user

    # utf-8-sig: spreadsheet programs then read umlauts correctly.
    with path.open("w", newline="", encoding="utf-8-sig") as stream:
        write_csv(counted(iter_users(store, search, client_id)), stream)
    return count
