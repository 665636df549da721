"""How the users table reads its users: at once (no task runner: tests, small lists), or
on workers while the window stays responsive: the order first (SQLite sorts; on a
reload with the newest run's warnings), then the search index. A newer read wins over
an older one; a failed read is said where the users or the search results would be.

`UsersTableModel` inherits this; it shows what arrives (`_replace`, `_resort`,
`_refilter`).
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, SignalInstance

from idp_wizard.core.runs import user_remarks
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.users_listing import SORTABLE, user_order
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.search_index import UserSearch, load_search
from idp_wizard.ui.tasks import TaskHandle, TaskRunner
from idp_wizard.ui.users_remarks import Remarks

Sort = tuple[int, Qt.SortOrder]


def load_order(store: Store, client_id: int, sort: Sort) -> array[int]:
    """Every user's rowid in the `sort` order: safe on a worker."""
    column, order = sort
    return user_order(store, client_id, SORTABLE[column],
                      order == Qt.SortOrder.DescendingOrder)


class UsersLoading:
    # The model's: its signals, what it reads for, and how it shows what arrived.
    loading_changed: SignalInstance
    search_ready: SignalInstance
    _store: Store | None
    client_id: int
    _runner: TaskRunner | None
    _order_task: TaskHandle | None
    _index_task: TaskHandle | None
    _reset_due: bool
    _index: UserSearch | None
    remarks: Remarks
    read_error: str
    search_error: str
    _search: str
    _shown_search: str
    _sort: Sort

    _replace: Callable[[Sequence[int]], None]
    _resort: Callable[[Sequence[int]], None]
    _refilter: Callable[[], None]

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
