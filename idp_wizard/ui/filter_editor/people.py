"""Per-person additions and exclusions, found by name or e-mail (FilterSession.find_people)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.records import Employee
from idp_wizard.ui.wording import fmt

Lookup = Callable[[str], list[Employee]]
EMAIL_ROLE = Qt.ItemDataRole.UserRole + 1


def _person(e: Employee) -> str:
    return fmt("%1 <%2>", e.display_name, e.email) if e.display_name else e.email


class PeoplePicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_picker")
        self._find: Lookup = lambda text: []
        self._by_email: dict[str, Employee] = {}

        self.search = QLineEdit()
        self.search.setObjectName("people_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name or e-mail address"))
        self.search.setAccessibleName(self.tr("Find people by name or e-mail address"))
        find_label = QLabel(self.tr("&Find a person:"))
        find_label.setBuddy(self.search)
        self.results = QListWidget()
        self.results.setObjectName("people_results")
        self.results.setAccessibleName(self.tr("People found"))
        self.add_button = QPushButton(self.tr("Always &include"))
        self.add_button.setObjectName("people_include_button")
        self.exclude_button = QPushButton(self.tr("Always e&xclude"))
        self.exclude_button.setObjectName("people_exclude_button")

        self.included = QListWidget()
        self.included.setObjectName("people_included")
        self.included.setAccessibleName(self.tr("Always included"))
        self.excluded = QListWidget()
        self.excluded.setObjectName("people_excluded")
        self.excluded.setAccessibleName(self.tr("Always excluded"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("people_remove_button")
        for b in (self.add_button, self.exclude_button, self.remove_button):
            b.setAutoDefault(False)

        left = QVBoxLayout()
        left.addWidget(find_label)
        left.addWidget(self.search)
        left.addWidget(self.results, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.exclude_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        right = QGridLayout()
        headings = (QLabel(self.tr("<b>Always included</b> (even outside the criteria)")),
                    QLabel(self.tr("<b>Always excluded</b>")))
        for heading in headings:
            heading.setWordWrap(True)  # else the German sets the whole editor's width
        right.addWidget(headings[0], 0, 0)
        right.addWidget(self.included, 1, 0)
        right.addWidget(headings[1], 2, 0)
        right.addWidget(self.excluded, 3, 0)
        right.addWidget(self.remove_button, 4, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

        self.search.textChanged.connect(self._search)
        self.add_button.clicked.connect(lambda: self._pick(self.included))
        self.exclude_button.clicked.connect(lambda: self._pick(self.excluded))
        self.results.itemActivated.connect(lambda _item: self._pick(self.included))
        self.remove_button.clicked.connect(self._remove)
        for w in (self.results, self.included, self.excluded):
            w.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_lookup(self, find: Lookup, by_email: dict[str, Employee]) -> None:
        self._find, self._by_email = find, by_email
        self._search(self.search.text())

    def values(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(always included e-mails, always excluded e-mails)."""
        return self._emails(self.included), self._emails(self.excluded)

    def set_values(self, included: tuple[str, ...], excluded: tuple[str, ...]) -> None:
        for widget, emails in ((self.included, included), (self.excluded, excluded)):
            widget.clear()
            for email in emails:
                self._append(widget, email)
        self._update_buttons()

    def _emails(self, widget: QListWidget) -> tuple[str, ...]:
        return tuple(widget.item(i).data(EMAIL_ROLE) for i in range(widget.count()))

    def _append(self, widget: QListWidget, email: str) -> None:
        e = self._by_email.get(email.casefold())
        item = QListWidgetItem(_person(e) if e else email)
        item.setData(EMAIL_ROLE, email)
        widget.addItem(item)

    def _search(self, text: str) -> None:
        self.results.clear()
        for e in self._find(text):
            item = QListWidgetItem(_person(e))
            item.setData(EMAIL_ROLE, e.email)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_buttons()

    def _pick(self, target: QListWidget) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        email = item.data(EMAIL_ROLE)
        for widget in (self.included, self.excluded):  # a person is in one list only
            for i in reversed(range(widget.count())):
                if widget.item(i).data(EMAIL_ROLE).casefold() == email.casefold():
                    widget.takeItem(i)
        self._append(target, email)
        self._update_buttons()
        self.changed.emit()

    def _remove(self) -> None:
        for widget in (self.included, self.excluded):
            for item in widget.selectedItems():
                widget.takeItem(widget.row(item))
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        has_result = self.results.currentItem() is not None
        self.add_button.setEnabled(has_result)
        self.exclude_button.setEnabled(has_result)
        self.remove_button.setEnabled(
            bool(self.included.selectedItems() or self.excluded.selectedItems()))
