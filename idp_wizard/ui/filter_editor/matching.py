"""Preview of the employees a filter shares: virtualised, searchable, sortable table.

Sorted as the panel's users are (`collation.sort_key`: "Álvaro" among the A's), by name
at first; a click on a header sorts by that column, ties by the name's, then directory
order; descending is the exact reverse. The model sorts its rows itself, once per
click: a proxy's comparisons would call into Python n log n times (100,000 rows).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.collation import sort_key
from idp_wizard.core.records import Employee

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
# What each column shows, in column order (name, e-mail, department).
_FIELDS: tuple[Callable[[Employee], str], ...] = (
    lambda e: e.display_name, lambda e: e.email, lambda e: e.department)


class MatchingModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._given: list[Employee] = []  # directory order
        self._rows: list[Employee] = []  # the order shown
        self._search: list[str] | None = None  # built on the first search only
        self._sort = (0, Qt.SortOrder.AscendingOrder)
        # Every filter click gives a new subset of the same employees: each column's
        # order of all of them is made once (text keys, ~0.15 s at 100,000), a subset
        # is then sorted by those ranks (ints, ~20 ms). `_universe` keeps the objects
        # alive, so their id()s stay theirs.
        self._universe: Sequence[Employee] = []
        self._known: set[int] = set()
        self._ranks: dict[int, dict[int, int]] = {}

    def set_employees(self, employees: list[Employee],
                      everyone: Sequence[Employee] | None = None) -> None:
        """`everyone`: the directory `employees` are chosen from (the filter's session),
        ranked once for all the subsets to come."""
        self.beginResetModel()
        universe = employees if everyone is None else everyone
        if universe is not self._universe and (
                everyone is not None or any(id(e) not in self._known for e in employees)):
            self._universe, self._known, self._ranks = universe, set(map(id, universe)), {}
        self._given, self._search = employees, None
        self._rows = self._sorted()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_FIELDS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        self._rows, self._search = self._sorted(), None
        # Selections and current rows follow their employee to its new place.
        moved = self.persistentIndexList()
        if moved:
            place = {id(e): row for row, e in enumerate(self._rows)}
            self.changePersistentIndexList(moved, [
                self.index(place[id(old[i.row()])], i.column()) for i in moved])
        self.layoutChanged.emit()

    def _column_ranks(self, column: int) -> dict[int, int]:
        """id(employee) -> place in `column`'s order of every known employee."""
        ranks = self._ranks.get(column)
        if ranks is None:
            # Stable sorts: by name, then by the column; ties keep directory order.
            order = sorted(self._universe, key=lambda e: sort_key(e.display_name))
            if column:
                field = _FIELDS[column]
                order.sort(key=lambda e: sort_key(field(e)))
            ranks = self._ranks[column] = {id(e): i for i, e in enumerate(order)}
        return ranks

    def _sorted(self) -> list[Employee]:
        column, order = self._sort
        ranks = self._column_ranks(column)
        rows = sorted(self._given, key=lambda e: ranks[id(e)])
        if order == Qt.SortOrder.DescendingOrder:
            rows.reverse()
        return rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("E-mail"), self.tr("Department"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _FIELDS[index.column()](e)
        if role == SEARCH_ROLE:
            if self._search is None:
                self._search = [f"{r.display_name}\n{r.email}\n{r.department}".casefold()
                                for r in self._rows]
            return self._search[index.row()]
        return None


class MatchingProxy(QSortFilterProxyModel):
    """Filters by the search text; sorting is the source model's (see the top)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class MatchingView(QWidget):
    """Search field + table; `set_employees` replaces the rows in one reset."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MatchingModel(self)
        self.proxy = MatchingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setObjectName("matching_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, e-mail or department…"))
        self.search.setAccessibleName(self.tr("Search the matching employees"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("matching_table")
        self.table.setAccessibleName(self.tr("Employees matching the criteria"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)  # a click on a header sorts by it
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)

    def set_employees(self, employees: list[Employee],
                      everyone: Sequence[Employee] | None = None) -> None:
        self.model.set_employees(employees, everyone)
