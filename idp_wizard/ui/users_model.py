"""The synced users as a table model: one SQL query into compact tuples, no widgets per row.

100,000 users must open in well under half a second and filter in well under 100 ms, so
rows are plain tuples loaded once per refresh, searching is a substring test over one
pre-folded string per user, and sorting permutes row indices with cached sort keys.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from idp_wizard.core.collation import base_letters
from idp_wizard.core.messages import from_stored
from idp_wizard.core.outcome import bulk_work
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.search_index import SearchIndex, ranks
from idp_wizard.ui.theme import Tone, status_icon

# Row layout: the visible columns first (the platform column shows the row's platform
# status and reason), then the id (for exports and tests), its platform status, reason
# (English) and the reason's message (the interface language).
NAME, EMAIL, DEPARTMENT, LOCATION, LANGUAGE, STATUS, PLATFORM = range(7)
ID, PLATFORM_STATUS, PLATFORM_DETAIL, PLATFORM_MESSAGE = 6, 7, 8, 9
# No ORDER BY: SQLite sorting 100,000 rows without an index costs more than sorting
# the folded names in Python, which the search needs anyway.
# NOT INDEXED: a plain scan; through an index SQLite fetches every row by its rowid.
_SQL = ("SELECT s.display_name, s.email, s.department, s.location, s.language, s.enabled, "
        "s.id, p.status, p.detail, p.detail_message FROM synced_users s NOT INDEXED "
        "LEFT JOIN platform_users p ON p.client_id = s.client_id AND p.id = s.id "
        "WHERE s.client_id = ?")

Index = QModelIndex | QPersistentModelIndex
_ATTENTION = {"failed": Tone.BAD, "pending": Tone.BUSY}  # platform states worth a mark
Row = tuple[Any, ...]
# rows, their folded search texts, row order for `sort`, and that sort
LoadedUsers = tuple[list[Row], SearchIndex, list[int], tuple[int, Qt.SortOrder]]


def search_text(row: Row) -> str:
    """What the search looks in, folded; it starts with the name's sort key, so it is the
    name column's sort key too. Names with accents get their base letters in front:
    "Álvaro" sorts among the A's and is found by "alvaro"."""
    text = f"{row[NAME]}\n{row[EMAIL]}\n{row[DEPARTMENT]}".casefold()
    return text if text.isascii() else f"{base_letters(row[NAME] or '')}\x00{text}"


def sorted_order(rows: list[Row], haystack: list[str], column: int,
                 order: Qt.SortOrder) -> list[int]:
    # The haystack starts with the name's sort key and the e-mail: reuse it as the key.
    if column == NAME:
        keys: list[Any] = haystack
    elif column == STATUS:
        keys = [(not r[STATUS], h) for r, h in zip(rows, haystack, strict=True)]
    elif column == PLATFORM:  # failed first, then pending, then the rest
        rank = {"failed": 0, "pending": 1}
        keys = [(rank.get(r[PLATFORM_STATUS], 2), h)
                for r, h in zip(rows, haystack, strict=True)]
    else:  # ties broken by name, so the order is stable and predictable
        keys = [(base_letters(r[column] or ""), h) for r, h in zip(rows, haystack, strict=True)]
    reverse = order == Qt.SortOrder.DescendingOrder
    return sorted(range(len(rows)), key=keys.__getitem__, reverse=reverse)


def load_users(store: Store | None, sort: tuple[int, Qt.SortOrder],
               client_id: int = DEFAULT_CLIENT_ID) -> LoadedUsers:
    """Everything a reload needs, computed without touching the model: safe to run on a
    worker thread (the store gives each thread its own connection), so refreshing
    100,000 users after a sync never freezes the window."""
    rows: list[Row] = []
    # In slices, and with no full garbage collection of the 100,000 new rows meanwhile:
    # one long C call or collection would hold the GIL and freeze the window.
    with bulk_work():
        if store is not None:
            with store.errors():
                cursor = store.db.execute(_SQL, [client_id])
                while chunk := cursor.fetchmany(2_000):
                    rows += chunk
        haystack = [search_text(r) for r in rows]
        return rows, SearchIndex(haystack), sorted_order(rows, haystack, *sort), sort


def _detail(row: Row) -> str:
    """Why the platform refused the user, in the interface language where kept."""
    return core_text(from_stored(row[PLATFORM_MESSAGE]) or row[PLATFORM_DETAIL])


class UsersTableModel(QAbstractTableModel):
    def __init__(self, store: Store | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.client_id = DEFAULT_CLIENT_ID  # whose users (the client switcher changes it)
        self._rows: list[tuple[Any, ...]] = []
        self._index = SearchIndex([])  # search_text() per row, searchable in one scan
        self._rank: list[int] | None = None  # where each row stands in _order (on demand)
        self._order: list[int] = []  # all row indices in the current sort order
        self._view: list[int] = []  # the rows shown: _order filtered by the search
        self._search = ""
        self._failed_only = False
        self._sort = (NAME, Qt.SortOrder.AscendingOrder)
        self._headers = (self.tr("Name"), self.tr("E-mail"), self.tr("Department"),
                         self.tr("Location"), self.tr("Language"), self.tr("Status"),
                         self.tr("Platform"))
        self._active, self._disabled = self.tr("Active"), self.tr("Disabled")
        self._platform = {"provisioned": self.tr("Provisioned"), "pending": self.tr("Pending"),
                          "failed": self.tr("Failed"), "deactivated": self.tr("Deactivated")}
        self._language_tip = self.tr(
            "Comes from the identity provider; it cannot be changed here")

    # -- loading, searching, sorting ------------------------------------------------

    def set_store(self, store: Store | None, client_id: int = DEFAULT_CLIENT_ID) -> None:
        self._store, self.client_id = store, client_id
        self.reload()

    def reload(self) -> None:
        """Read every synced user again (after a sync, a disconnect, a reset)."""
        self.apply_loaded(load_users(self._store, self._sort, self.client_id))

    @property
    def sort_key(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    def apply_loaded(self, loaded: LoadedUsers) -> None:
        """Swap in rows read by `load_users` (possibly on a worker thread): cheap."""
        rows, index, order, sort = loaded
        self.beginResetModel()
        self._rows, self._index = rows, index
        if sort != self._sort:
            order = self._sorted_order(*self._sort)
        self._set_order(order)
        self._view = self._filtered(self._order, self._search)
        self.endResetModel()

    def set_failed_only(self, only: bool) -> None:
        """Show only the users the platform refused (with the reason)."""
        if only == self._failed_only:
            return
        self.beginResetModel()
        self._failed_only = only
        self._view = self._filtered(self._order, self._search)
        self.endResetModel()

    @property
    def failed(self) -> int:
        return sum(1 for r in self._rows if r[PLATFORM_STATUS] == "failed")

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self._search:
            return
        # Typing more letters only narrows: filter the current view, not every row.
        base = self._view if self._search and self._search in needle else self._order
        self.beginResetModel()
        self._search = needle
        self._view = self._filtered(base, needle)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers) or (column, order) == self._sort:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._set_order(self._sorted_order(column, order))
        self._view = self._filtered(self._order, self._search)
        self.layoutChanged.emit()

    @property
    def _haystack(self) -> list[str]:
        """search_text() per row (the index keeps them)."""
        return self._index.texts

    def _set_order(self, order: list[int]) -> None:
        self._order, self._rank = order, None

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> list[int]:
        return sorted_order(self._rows, self._haystack, column, order)

    def _filtered(self, base: list[int], needle: str) -> list[int]:
        if self._failed_only:
            rows = self._rows
            base = [i for i in base if rows[i][PLATFORM_STATUS] == "failed"]
        if not needle:
            return list(base)
        if len(base) < len(self._order):  # narrowing a view already filtered: its rows
            hay = self._haystack
            return [i for i in base if needle in hay[i]]
        hits = self._index.rows_containing(needle)  # every row: one scan in C
        if self._rank is None:
            self._rank = ranks(self._order)
        return sorted(hits, key=self._rank.__getitem__)  # in the table's order

    # -- what views and tests read ---------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._rows)

    def user_id(self, row: int) -> str:
        return str(self._rows[self._view[row]][ID])

    def row_values(self, row: int) -> tuple[Any, ...]:
        return self._rows[self._view[row]]

    # -- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        row = self._rows[self._view[index.row()]]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == PLATFORM:
                status = row[PLATFORM_STATUS]
                label = self._platform.get(status, "—") if status else "—"
                return f"{label}: {_detail(row)}" if row[PLATFORM_DETAIL] else label
            value = row[col]
            if col == STATUS:
                return self._active if value else self._disabled
            return value or ""
        if role == Qt.ItemDataRole.DecorationRole and col == PLATFORM:
            tone = _ATTENTION.get(row[PLATFORM_STATUS])  # only what needs a look is marked
            return status_icon(tone) if tone is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and col == LANGUAGE:
            return self._language_tip
        if role == Qt.ItemDataRole.ToolTipRole and col == PLATFORM and row[PLATFORM_DETAIL]:
            return _detail(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == LANGUAGE:
                return self._language_tip
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        # Read-only: every value comes from the identity provider.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
