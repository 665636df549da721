"""The synced-users list: a debounced search box over a QTableView of UsersTableModel."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyleOptionFrame,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.ui.empty_state import EmptyState
from idp_wizard.ui.panel_texts import fmt, number
from idp_wizard.ui.tasks import TaskRunner
from idp_wizard.ui.users_model import UsersTableModel

SEARCH_DEBOUNCE_MS = 150
# Fixed starting widths: ResizeToContents would measure all 100,000 rows.
_WIDTHS = (200, 260, 150, 120, 75, 80, 120)


class SearchField(QLineEdit):
    """A search box that never cuts its placeholder with "…": its least width shows it
    whole (in any language and font; the layout and so the window keep that room)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.textMargins()
        # What QLineEdit gives the placeholder: its text, 2 px each side, the margins;
        # the style adds the frame.
        text = QSize(self.fontMetrics().horizontalAdvance(self.placeholderText()) + 4
                     + margins.left() + margins.right(), hint.height())
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        need = self.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, text,
                                             self)
        return QSize(max(hint.width(), need.width()), hint.height())


class UsersView(QWidget):
    def __init__(self, store: Store | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._expected = 0  # users a background load brings (said while it runs)
        self.model = UsersTableModel(store, self)

        self.search = SearchField()
        self.search.setObjectName("users_search")
        # Short: the "Search:" label says what it is, and it fits the window's least width.
        self.search.setPlaceholderText(self.tr("Name, e-mail or department"))
        self.search.setAccessibleName(self.tr("Search users"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)

        self.count_label = QLabel()
        self.count_label.setObjectName("users_count_label")
        self.failed_only = QCheckBox(self.tr("Only &failed on the platform"))
        self.failed_only.setObjectName("users_failed_only")
        self.failed_only.setToolTip(self.tr(
            "Show only the users the platform refused, with the reason"))
        self.failed_only.toggled.connect(self.model.set_failed_only)
        self.export_button = QToolButton()  # its action is set by the main window
        self.export_button.setObjectName("export_csv_button")
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        self.table = QTableView()
        self.table.setObjectName("users_table")
        self.table.setAccessibleName(self.tr("Synced users"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate(_WIDTHS):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        # Words instead of an empty table: no synced users yet, or nobody matches.
        self.empty = EmptyState("users_empty_state")
        self.clear_search_button = QPushButton(self.tr("C&lear the search"))
        self.clear_search_button.setObjectName("clear_search_button")
        self.clear_search_button.clicked.connect(self._clear_filters)
        self.empty.add_button(self.clear_search_button)
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._debounce.start)
        self.model.modelReset.connect(self._update_count)
        self.model.loading_changed.connect(self._update_count)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.failed_only)
        top.addWidget(self.count_label)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self.setTabOrder(self.search, self.failed_only)
        self.setTabOrder(self.failed_only, self.export_button)
        self.setTabOrder(self.export_button, self.table)
        self._update_count()

    def reload(self, store: Store | None, runner: TaskRunner | None = None,
               client_id: int = DEFAULT_CLIENT_ID, expected: int = 0) -> None:
        """At once without a runner (the first fill of a small list); otherwise the
        users' order and search index are read on workers and swapped in when ready,
        so the window stays responsive. `expected`: how many users the load will bring
        (said while the table is still empty)."""
        self._expected = expected
        self.model.load(store, client_id, runner)

    @property
    def loading(self) -> bool:
        return self.model.loading

    def apply_search(self) -> None:
        """Filter now (the debounce timer calls this; tests may too)."""
        self._debounce.stop()
        self.model.set_search(self.search.text())

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self.model.filling and not total:  # the first fill of a large list, on a worker
            self.count_label.setText(self.tr("Loading…"))
            self.empty.say(self.tr("Loading %Ln synced users…", "", self._expected),
                           self.tr("The list appears here in a moment; everything "
                                   "else in this window works meanwhile."))
            self.clear_search_button.hide()
            self.body.setCurrentWidget(self.empty)
            return
        error = self.model.read_error
        if error and not total:  # never "no users yet" when they could not be read
            self.count_label.setText("")
            self.empty.say(self.tr("The synced users could not be read"), fmt(self.tr(
                "%1 They are read again after the next sync."), error))
            self.clear_search_button.hide()
            self.body.setCurrentWidget(self.empty)
            return
        searching = self.model.search_error
        self.count_label.setToolTip(error or searching)
        busy = self.model.sorting  # a large list re-sorts on a worker: ~0.15 s at 100,000
        if busy:
            self.table.viewport().setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.table.viewport().unsetCursor()
        if busy:
            text = self.tr("Sorting…")
        elif self.model.search_pending and searching:  # the search index could not be built
            text = self.tr("Search unavailable")
        elif self.model.search_pending:  # the search index is still being built
            text = self.tr("Searching…")
        elif shown == total:
            text = self.tr("%Ln users", "", total)
        else:
            text = fmt(self.tr("%1 of %2 users"), number(shown), number(total))
        if error and not busy and not self.model.search_pending:  # the last reload failed
            text = fmt(self.tr("%1 (not up to date)"), text)
        self.count_label.setText(text)
        self._show_empty(shown, total)

    def _show_empty(self, shown: int, total: int) -> None:
        if shown:
            self.body.setCurrentWidget(self.table)
            return
        search = self.search.text().strip()
        if not total:
            self.empty.say(self.tr("No synced users yet"), self.tr(
                "The shared employees are listed here after the first sync."))
        elif search:
            self.empty.say(fmt(self.tr("No users match “%1”"), search), self.tr(
                "Search by part of a name, an e-mail address or a department."))
        else:
            self.empty.say(self.tr("No user was refused by the platform"), self.tr(
                "Every synced user the platform received is provisioned."))
        self.clear_search_button.setVisible(bool(total))
        had_focus = self.table.hasFocus()
        self.body.setCurrentWidget(self.empty)
        if had_focus:  # never leave the focus on the hidden table
            self.search.setFocus()

    def _clear_filters(self) -> None:
        self.search.clear()
        self.failed_only.setChecked(False)
        self.apply_search()
        self.search.setFocus()
