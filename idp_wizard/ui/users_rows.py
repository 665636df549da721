"""The rows the users table shows, read from SQLite a block at a time (no Qt)."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from idp_wizard.core.errors import StoreError
from idp_wizard.core.store import Store
from idp_wizard.core.users_listing import Row, user_rows

BLOCK = 200  # rows read at a time: a few screens, ~2 ms
CACHE = 10_000  # rows kept at most; beyond, the cache starts afresh
GONE: Row = ("", "", "", "", "", None, "", None, None, None)  # removed since the order
log = logging.getLogger(__name__)


class RowBlocks:
    """rowid -> row, for the rows shown lately: a row not read yet is read with the
    block of rows around it in the table (one query by rowid, with the platform status)."""

    def __init__(self) -> None:
        self._rows: dict[int, Row] = {}

    def clear(self) -> None:
        self._rows = {}

    def row(self, store: Store | None, client_id: int, view: Sequence[int], at: int) -> Row:
        """The row at place `at` of `view` (rowids in the table's order)."""
        rowid = view[at]
        found = self._rows.get(rowid)
        if found is None:
            self._read(store, client_id, view[at - at % BLOCK:at - at % BLOCK + BLOCK])
            found = self._rows[rowid]
        return found

    def _read(self, store: Store | None, client_id: int, block: Sequence[int]) -> None:
        if len(self._rows) >= CACHE:
            self._rows = {}
        wanted = [r for r in block if r not in self._rows]
        try:
            read = user_rows(store, client_id, wanted) if store is not None else {}
        except StoreError as exc:  # shown empty until the next reload
            log.warning("could not read users: %s", exc)
            read = {}
        for rowid in wanted:
            self._rows[rowid] = read.get(rowid, GONE)
