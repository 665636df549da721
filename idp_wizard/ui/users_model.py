"""The synced users as a virtual table model: every user's place, rows read as shown.

100,000 users must open in a quarter of a second on a 2-core machine, so the model
never loads every row: it holds the rowids of every user in the table's order (sorted
by SQLite on a worker, core/users_listing.py), reads the rows it shows a block at a
time (with their platform status), and searches an index of every user's folded text
that a worker builds once the table is open; a search typed before the index is there
applies when it arrives. Without a task runner (tests, small lists) all of it happens
at once. The reads themselves (at once or on workers) are in users_loading.py.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from idp_wizard.core.messages import from_stored
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.users_listing import Row, failed_rowids
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.search_index import UserSearch
from idp_wizard.ui.tasks import TaskHandle, TaskRunner
from idp_wizard.ui.theme import Tone, status_icon
from idp_wizard.ui.users_loading import Sort, UsersLoading
from idp_wizard.ui.users_remarks import Remarks
from idp_wizard.ui.users_rows import GONE, RowBlocks

# Row layout: the visible columns first (the platform column shows the row's platform
# status and reason), then the id (for exports and tests), its platform status, reason
# (English) and the reason's message (the interface language).
NAME, EMAIL, DEPARTMENT, LOCATION, LANGUAGE, STATUS, PLATFORM = range(7)
ID, PLATFORM_STATUS, PLATFORM_DETAIL, PLATFORM_MESSAGE = 6, 7, 8, 9

Index = QModelIndex | QPersistentModelIndex
_ATTENTION = {"failed": Tone.BAD, "pending": Tone.BUSY}  # platform states worth a mark


def _detail(row: Row) -> str:
    """Why the platform refused the user, in the interface language where kept."""
    return core_text(from_stored(row[PLATFORM_MESSAGE]) or row[PLATFORM_DETAIL])


class UsersTableModel(UsersLoading, QAbstractTableModel):
    loading_changed = Signal()  # a background read started or ended
    search_ready = Signal()  # the search index arrived

    def __init__(self, store: Store | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.client_id = DEFAULT_CLIENT_ID  # whose users (the client switcher changes it)
        self._runner: TaskRunner | None = None  # None: every read at once
        self._order: Sequence[int] = array("q")  # every user's rowid, in the sort order
        self._view: Sequence[int] = self._order  # the rowids shown: _order, filtered
        self._shown_search = ""  # the search _view is filtered by (it may await the index)
        self._blocks = RowBlocks()  # the rows shown, read a block at a time
        self.remarks = Remarks()  # the newest run's warnings, by user id (marked rows)
        self._index: UserSearch | None = None
        self._failed: set[int] = set()  # rowids the platform refused (when filtering)
        self._order_task: TaskHandle | None = None
        self._index_task: TaskHandle | None = None
        self._reset_due = False  # the order on its way replaces the data (not a re-sort)
        # Why the last read on a worker failed ("": it did not): of the users' order (the
        # list is not up to date), of the search index (searching is not possible).
        self.read_error = self.search_error = ""
        self._search = ""
        self._failed_only = False
        self._sort: Sort = (NAME, Qt.SortOrder.AscendingOrder)
        self._headers = (self.tr("Name"), self.tr("E-mail"), self.tr("Department"),
                         self.tr("Location"), self.tr("Language"), self.tr("Status"),
                         self.tr("Platform"))
        self._active, self._disabled = self.tr("Active"), self.tr("Disabled")
        self._platform = {"provisioned": self.tr("Provisioned"), "pending": self.tr("Pending"),
                          "failed": self.tr("Failed"), "deactivated": self.tr("Deactivated")}
        self._language_tip = self.tr(
            "Comes from the identity provider; it cannot be changed here")

    # -- loading ---------------------------------------------------------------------

    def set_store(self, store: Store | None, client_id: int = DEFAULT_CLIENT_ID) -> None:
        self.load(store, client_id)

    def reload(self) -> None:
        """Read every synced user again, at once (after a sync, a disconnect, a reset)."""
        self.load(self._store, self.client_id)

    def _replace(self, order: Sequence[int]) -> None:
        self.beginResetModel()
        self._order = order
        self._blocks.clear()
        self._read_failed()
        self._view, self._shown_search = self._filtered(self._search)
        self.endResetModel()

    def _resort(self, order: Sequence[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        self._order = order
        self._view, self._shown_search = self._filtered(self._search)
        self.layoutChanged.emit()

    def _refilter(self, narrowing: bool = False) -> None:
        self.beginResetModel()
        self._view, self._shown_search = self._filtered(self._search, narrowing)
        self.endResetModel()

    # -- searching, filtering, sorting -----------------------------------------------

    @property
    def sort_key(self) -> Sort:
        return self._sort

    def set_failed_only(self, only: bool) -> None:
        """Show only the users the platform refused (with the reason)."""
        if only == self._failed_only:
            return
        self._failed_only = only
        self._read_failed()
        self._refilter()

    def _read_failed(self) -> None:
        store = self._store if self._failed_only else None
        self._failed = failed_rowids(store, self.client_id) if store is not None else set()

    @property
    def failed(self) -> int:
        store = self._store
        return len(failed_rowids(store, self.client_id)) if store is not None else 0

    def set_search(self, text: str) -> None:
        needle = text.strip().casefold()
        if needle == self._search:
            return
        # Typing more letters only narrows: filter the rows shown when they are few (a
        # step in Python each); many take one scan of the index in C.
        narrowing = (bool(self._shown_search) and self._shown_search in needle
                     and len(self._view) <= len(self._order) // 16)
        self._search = needle
        self._refilter(narrowing)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers) or (column, order) == self._sort:
            return
        self._sort = (column, order)
        if self._runner is None or self._store is None:
            self._resort(self._read_order())
        else:  # SQLite sorts on a worker; the rows stay as they are meanwhile
            self._request_order()

    def _filtered(self, needle: str, narrowing: bool = False) -> tuple[Sequence[int], str]:
        """(the rows shown, the search they are filtered by): without the index, a search
        waits and every row is shown meanwhile."""
        rows: Sequence[int] = self._order
        index = self._index
        if not needle or index is None:
            needle = ""
        elif narrowing:
            text_of = index.text_of
            rows = [r for r in self._view if needle in (text_of(r) or "")]
        else:
            rows = index.matching(needle, self._order)
        if self._failed_only:
            failed = self._failed
            rows = [r for r in rows if r in failed]
        return rows, needle

    # -- what views and tests read ---------------------------------------------------

    @property
    def total(self) -> int:
        return len(self._order)

    def shown_rowids(self) -> list[int]:
        """The rows shown (the users' rowids), in the table's order: what an export of
        "the users the table shows" writes."""
        return list(self._view)

    def user_id(self, row: int) -> str:
        return str(self._row(row)[ID])

    def row_values(self, row: int) -> tuple[Any, ...]:
        return self._row(row)

    def _row(self, row: int) -> Row:
        return self._blocks.row(self._store, self.client_id, self._view, row)

    # -- QAbstractTableModel ---------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        row = self._row(index.row())
        if row is GONE:  # removed since the order was read: empty until the reload
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == PLATFORM:
                status = row[PLATFORM_STATUS]
                label = self._platform.get(status, "—") if status else "—"
                return f"{label}: {_detail(row)}" if row[PLATFORM_DETAIL] else label
            value = row[col]
            if col == STATUS:
                return self._active if value else self._disabled
            return value or ""
        if col == NAME and row[ID] in self.remarks.ids:  # a dict look-up a paint
            remark = self.remarks.data(role, row[ID], row[NAME])
            if remark is not None:
                return remark
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
