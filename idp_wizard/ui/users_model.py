"""The synced users as a virtual table model: every user's place, rows read as shown.

100,000 users must open in a quarter of a second on a 2-core machine, so the model
never loads every row: it holds the rowids of every user in the table's order (sorted
by SQLite on a worker, core/users_listing.py), reads the rows it shows a block at a
time (with their platform status), and searches an index of every user's folded text
that a worker builds once the table is open; a search typed before the index is there
applies when it arrives. Without a task runner (tests, small lists) all of it happens
at once.
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
from idp_wizard.core.runs import user_remarks
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.users_listing import SORTABLE, Row, failed_rowids, user_order
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.search_index import UserSearch, load_search
from idp_wizard.ui.tasks import TaskHandle, TaskRunner
from idp_wizard.ui.theme import Tone, status_icon
from idp_wizard.ui.users_remarks import Remarks
from idp_wizard.ui.users_rows import GONE, RowBlocks

# Row layout: the visible columns first (the platform column shows the row's platform
# status and reason), then the id (for exports and tests), its platform status, reason
# (English) and the reason's message (the interface language).
NAME, EMAIL, DEPARTMENT, LOCATION, LANGUAGE, STATUS, PLATFORM = range(7)
ID, PLATFORM_STATUS, PLATFORM_DETAIL, PLATFORM_MESSAGE = 6, 7, 8, 9

Index = QModelIndex | QPersistentModelIndex
Sort = tuple[int, Qt.SortOrder]
_ATTENTION = {"failed": Tone.BAD, "pending": Tone.BUSY}  # platform states worth a mark


def load_order(store: Store, client_id: int, sort: Sort) -> array[int]:
    """Every user's rowid in the `sort` order: safe on a worker."""
    column, order = sort
    return user_order(store, client_id, SORTABLE[column],
                      order == Qt.SortOrder.DescendingOrder)


def _detail(row: Row) -> str:
    """Why the platform refused the user, in the interface language where kept."""
    return core_text(from_stored(row[PLATFORM_MESSAGE]) or row[PLATFORM_DETAIL])


class UsersTableModel(QAbstractTableModel):
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

    def load(self, store: Store | None, client_id: int = DEFAULT_CLIENT_ID,
             runner: TaskRunner | None = None) -> None:
        """Read the users again: at once without a runner; with one, on workers (the
        order, then the search index) while the window stays responsive. Another
        client's users are never shown meanwhile: the table empties first."""
        if store is not self._store or client_id != self.client_id:
            self._store, self.client_id, self._index = store, client_id, None
            self.remarks = Remarks()  # never another client's marks
            self._replace(array("q"))
        self._runner = runner
        self.read_error = self.search_error = ""  # a new attempt
        if runner is None or store is None:
            self._order_task = self._index_task = None
            self._index = load_search(store, client_id) if store is not None else None
            order = self._read_order()
            self.remarks = Remarks(user_remarks(store, client_id) if store is not None else None)
            self._replace(order)
            self.loading_changed.emit()
            return
        self._reset_due = True
        self._request_order()

    @property
    def filling(self) -> bool:
        """The order of the users is still being read."""
        return self._order_task is not None

    @property
    def loading(self) -> bool:
        """Something of the list (its order or its search index) is still being read."""
        return self._order_task is not None or self._index_task is not None

    @property
    def sorting(self) -> bool:
        """A new sort order of the users shown is being read (the rows stay meanwhile)."""
        return self._order_task is not None and not self._reset_due

    @property
    def search_pending(self) -> bool:
        """A search waits for the search index."""
        return self._search != self._shown_search

    def _read_order(self) -> array[int]:
        if self._store is None:
            return array("q")
        return load_order(self._store, self.client_id, self._sort)

    def _request_order(self) -> None:
        """The order on a worker; for a reload, with the newest run's warnings."""
        assert self._runner is not None and self._store is not None
        store, client, sort, reset = self._store, self.client_id, self._sort, self._reset_due

        def read(_p: object, _c: object) -> tuple[array[int], Remarks | None]:
            return (load_order(store, client, sort),
                    Remarks(user_remarks(store, client)) if reset else None)

        self._order_task = self._submit("load users", read, self._order_arrived)
        self.loading_changed.emit()

    def _submit(self, name: str, fn: Any, arrived: Any) -> TaskHandle:
        """A read on a worker: `arrived(handle, result)`, failures noted (`read_error`,
        `search_error`), the task forgotten once ended."""
        assert self._runner is not None
        handle = self._runner.submit(name, fn)
        handle.succeeded.connect(lambda result: arrived(handle, result))
        handle.failed.connect(lambda error: self._note_failure(handle, error))
        handle.finished.connect(lambda: self._task_ended(handle))
        return handle

    def _order_arrived(self, handle: TaskHandle,
                       result: tuple[array[int], Remarks | None]) -> None:
        if handle is not self._order_task:  # a newer read (another sort, a reload) wins
            return
        self._order_task = None
        order, remarks = result
        if not self._reset_due:
            self._resort(order)
            return
        self._reset_due = False
        if remarks is not None:
            self.remarks = remarks
        # The index first: whatever the reset below sets off (a quit that closes the
        # window and waits for the workers) finds it submitted.
        assert self._runner is not None and self._store is not None
        store, client = self._store, self.client_id
        self._index_task = self._submit(
            "index users", lambda _p, _c: load_search(store, client, order),
            self._index_arrived)
        self._replace(order)

    def _index_arrived(self, handle: TaskHandle, index: UserSearch) -> None:
        if handle is not self._index_task:
            return
        self._index_task, self._index = None, index
        if self._search:  # typed meanwhile, or shown with the last sync's index
            self._refilter()
        self.search_ready.emit()

    def _note_failure(self, handle: TaskHandle, error: object) -> None:
        """A read on a worker failed (the database locked or damaged...): said where the
        users or the search results would be, until the next load tries again."""
        if handle is self._order_task:
            self.read_error = core_text(error)
        elif handle is self._index_task:
            self.search_error = core_text(error)

    def _task_ended(self, handle: TaskHandle) -> None:
        """Failed or cancelled: the list stays as it was."""
        if handle is self._order_task:
            self._order_task = None
        elif handle is self._index_task:
            self._index_task = None
        self.loading_changed.emit()

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
