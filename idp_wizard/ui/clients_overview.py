"""The overview of every client (`clients_overview`) and the client switcher's bar.

Only display and signals here; `ClientsHost` does what the buttons ask.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.client_overview import ClientSummary
from idp_wizard.ui.clients_model import NAME, ClientsTableModel, attention_text
from idp_wizard.ui.wording import fmt, number


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    return button


class ClientsOverview(QWidget):
    open_requested = Signal(int)  # client id
    add_requested = Signal()
    rename_requested = Signal(int)
    remove_requested = Signal(int)
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clients_overview")
        heading = QLabel(self.tr("Clients"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("clients_summary_label")

        self.model = ClientsTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("clients_table")
        self.table.setAccessibleName(self.tr("Clients"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.activated.connect(self._double_clicked)  # Enter on a row

        self.add_button = _button(self.tr("&Add client…"), "add_client_button")
        self.open_button = _button(self.tr("&Open"), "open_client_button")
        self.rename_button = _button(self.tr("Re&name…"), "rename_client_button")
        self.remove_button = _button(self.tr("&Remove client…"), "remove_client_button")
        self.remove_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.back_button = _button(self.tr("&Back to the client"), "overview_back_button")
        self.add_button.clicked.connect(self.add_requested)
        self.back_button.clicked.connect(self.back_requested)
        for button, signal in ((self.open_button, self.open_requested),
                               (self.rename_button, self.rename_requested),
                               (self.remove_button, self.remove_requested)):
            button.clicked.connect(lambda _=False, s=signal: self._emit_selected(s))

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.back_button)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.rename_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        # Tab in reading order: Back (top right), the table, then the row of actions.
        chain = (self.back_button, self.table, self.add_button, self.open_button,
                 self.rename_button, self.remove_button)
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)

    def show_summaries(self, summaries: list[ClientSummary], current_id: int) -> None:
        selected = self.selected_id()
        self.model.set_summaries(summaries, current_id)
        warned = sum(1 for s in summaries if s.warning)
        text = fmt(self.tr("Clients: %1"), number(len(summaries)))
        if warned:
            text = fmt(self.tr("%1. Needing attention: %2 (marked ⚠)"), text, number(warned))
        self.summary_label.setText(text)
        row = self.model.row_of(selected if selected is not None else current_id)
        if row >= 0:
            self.table.selectRow(row)
        if len(summaries) <= 50:  # content-sized columns; beyond that, a fixed layout
            self.table.resizeColumnsToContents()
        else:
            self.table.setColumnWidth(NAME, 220)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()).id if rows else None

    def set_enabled_actions(self, idle: bool) -> None:
        for button in (self.add_button, self.open_button, self.rename_button,
                       self.remove_button):
            button.setEnabled(idle)

    def _emit_selected(self, signal: Signal) -> None:
        client_id = self.selected_id()
        if client_id is not None:
            signal.emit(client_id)  # type: ignore[attr-defined]

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.open_button.isEnabled():
            self.open_requested.emit(self.model.summary(index.row()).id)


class ClientBar(QWidget):
    """The client switcher above the panel; hidden while there is only one client."""

    switch_requested = Signal(int)
    overview_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_bar")
        self.switcher = QComboBox()
        self.switcher.setObjectName("client_switcher")
        self.switcher.setMinimumContentsLength(24)
        self.switcher.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        label = QLabel(self.tr("C&lient:"))
        label.setBuddy(self.switcher)
        self.overview_button = _button(self.tr("All &clients"), "clients_overview_button")
        self.overview_button.clicked.connect(self.overview_requested)
        self.switcher.activated.connect(self._activated)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 0)
        layout.addWidget(label)
        layout.addWidget(self.switcher)
        layout.addWidget(self.overview_button)
        layout.addStretch(1)
        self._warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._shown: object = None

    def show_clients(self, summaries: list[ClientSummary], current_id: int,
                     force: bool = False) -> None:
        """`force`: also when unchanged (the admin picked a client that is not shown)."""
        shown = (tuple((s.id, s.name, s.warning) for s in summaries), current_id)
        if shown == self._shown and not force:
            return  # unchanged: an open list is not rebuilt under the admin's pointer
        self._shown = shown
        self.switcher.blockSignals(True)
        self.switcher.clear()
        for s in summaries:
            if s.warning:  # an icon and, for the tooltip and screen readers, the words
                self.switcher.addItem(self._warning, s.name, s.id)
                words = attention_text(s.warning)
                last = self.switcher.count() - 1
                self.switcher.setItemData(last, words, Qt.ItemDataRole.ToolTipRole)
                self.switcher.setItemData(last, fmt(self.tr("%1 (%2)"), s.name, words),
                                          Qt.ItemDataRole.AccessibleTextRole)
            else:
                self.switcher.addItem(s.name, s.id)
        self.switcher.setCurrentIndex(max(0, self.switcher.findData(current_id)))
        self.switcher.blockSignals(False)
        self.setVisible(len(summaries) > 1)

    def _activated(self, index: int) -> None:
        client_id = self.switcher.itemData(index)
        if client_id is not None:
            self.switch_requested.emit(int(client_id))
