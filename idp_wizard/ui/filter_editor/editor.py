"""The criteria editor: include/exclude pickers per attribute, people, toggles, summary,
live count and a preview of the matching employees.

Reused by the wizard's filtering page and by "Edit user filters". All counting goes
through `FilterSession.count` (microseconds), so it runs on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import ATTRIBUTES, FilterSpec
from idp_wizard.core.filter_summary import summarize
from idp_wizard.core.messages import Message
from idp_wizard.core.options import account_counts
from idp_wizard.core.records import Employee
from idp_wizard.ui.filter_editor.matching import MatchingView
from idp_wizard.ui.filter_editor.people import PeoplePicker
from idp_wizard.ui.filter_editor.picker import ValuePicker
from idp_wizard.ui.filter_editor.texts import PICKER_ATTRIBUTES, attribute_hint, attribute_title
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.theme import mark_as_error
from idp_wizard.ui.wording import fmt, number


class FilterEditor(QWidget):
    specChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter_editor")
        self._session: FilterSession | None = None
        self._loading = False  # setSpec: one specChanged, not one per picker
        self._count = 0
        self._preview_stale = True
        self._counts = {"guests": 0, "disabled": 0, "unlicensed": 0}
        self._group_request: Callable[[], str | Message] | None = None

        self.summary_label = QLabel()
        self.summary_label.setObjectName("filter_summary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel()
        self.status_label.setObjectName("filter_status")
        self.status_label.setWordWrap(True)
        mark_as_error(self.status_label)
        self.status_label.hide()

        self.include: dict[str, ValuePicker] = {}
        self.exclude: dict[str, ValuePicker] = {}
        self.attributes = QListWidget()
        self.attributes.setObjectName("filter_attributes")
        self.attributes.setAccessibleName(self.tr("Criteria"))
        self.stack = QStackedWidget()
        for attr in PICKER_ATTRIBUTES:
            self.stack.addWidget(self._attribute_page(attr))
            self.attributes.addItem(QListWidgetItem(attribute_title(attr)))
        self.people = PeoplePicker()
        self.people.changed.connect(self._on_changed)
        self.stack.addWidget(self.people)
        self.attributes.addItem(QListWidgetItem(attribute_title("emails")))
        # Wide enough for the longest title with a count ("Organisationseinheiten (12)"):
        # a fixed 200 px clipped longer translations.
        fm = self.attributes.fontMetrics()
        widest = max(fm.horizontalAdvance(fmt(self.tr("%1 (%2)"), attribute_title(a), "99"))
                     for a in (*PICKER_ATTRIBUTES, "emails"))
        self.attributes.setMinimumWidth(min(widest + 32, 320))
        self.attributes.setMaximumWidth(max(200, min(widest + 32, 320)))
        self.attributes.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.attributes.setCurrentRow(0)

        self.guests_box = QCheckBox(self.tr("Include &guests"))
        self.guests_box.setObjectName("include_guests_checkbox")
        self.disabled_box = QCheckBox(self.tr("Include &disabled accounts"))
        self.disabled_box.setObjectName("include_disabled_checkbox")
        # Rooms, shared mailboxes and service accounts are users to the directory.
        self.licensed_box = QCheckBox(self.tr("Only &licensed accounts"))
        self.licensed_box.setObjectName("only_licensed_checkbox")
        for box in (self.guests_box, self.disabled_box, self.licensed_box):
            box.toggled.connect(self._on_changed)
        self.accounts_hint = QLabel(self.tr(
            "Rooms, shared mailboxes and service accounts are users in Microsoft Entra ID "
            "too, and many can sign in. “Only licensed accounts” leaves out every account "
            "without a license, and room mailboxes where IdP Wizard may read the room list "
            "(permission Place.Read.All). An employee still waiting for a license is left "
            "out as well."))
        self.accounts_hint.setObjectName("accounts_hint")
        self.accounts_hint.setWordWrap(True)

        criteria = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.attributes)
        top.addWidget(self.stack, 1)
        toggles = QHBoxLayout()
        toggles.addWidget(self.guests_box)
        toggles.addSpacing(16)
        toggles.addWidget(self.disabled_box)
        toggles.addSpacing(16)
        toggles.addWidget(self.licensed_box)
        toggles.addStretch(1)
        criteria_layout = QVBoxLayout(criteria)
        criteria_layout.addLayout(top, 1)
        criteria_layout.addLayout(toggles)
        criteria_layout.addWidget(self.accounts_hint)

        self.matching = MatchingView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("filter_tabs")
        self.tabs.addTab(criteria, self.tr("&Criteria"))
        self.tabs.addTab(self.matching, self.tr("&Matching employees"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_preview())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        self._update_texts()

    def _attribute_page(self, attr: str) -> QWidget:
        page = QWidget()
        inc, exc = ValuePicker(attr, exclude=False), ValuePicker(attr, exclude=True)
        self.include[attr], self.exclude[attr] = inc, exc
        inc.changed.connect(self._on_changed)
        exc.changed.connect(self._on_changed)
        pickers = QHBoxLayout()
        pickers.addWidget(inc, 1)
        pickers.addWidget(exc, 1)
        hint = QLabel(attribute_hint(attr))
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(pickers, 1)
        layout.addWidget(hint)
        if attr == "groups":  # the hook for connections without group consent
            self.group_note = QLabel()
            self.group_note.setObjectName("group_access_note")
            self.group_note.setWordWrap(True)
            self.group_note.hide()
            self.group_access_button = QPushButton(self.tr("Ask for &group access"))
            self.group_access_button.setObjectName("request_group_access_button")
            self.group_access_button.clicked.connect(self._request_group_access)
            self.group_access_button.hide()
            layout.addWidget(self.group_note)
            layout.addWidget(self.group_access_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # -- public API ------------------------------------------------------------------

    def session(self) -> FilterSession | None:
        return self._session

    def setSession(self, session: FilterSession, spec: FilterSpec | None = None) -> None:
        """Show the criteria this directory offers, starting from `spec`."""
        self._session = session
        options = session.options()
        for attr in PICKER_ATTRIBUTES:
            self.include[attr].set_options(options.get(attr, []))
            self.exclude[attr].set_options(options.get(attr, []))
        by_email: dict[str, Employee] = {
            e.email.casefold(): e for e in session.directory.employees if e.email}
        self.people.set_lookup(session.find_people, by_email)
        self._counts = account_counts(session.index)
        self.setSpec(spec or FilterSpec.default())

    def setGroupAccess(self, note: str | Message | None,
                       request: Callable[[], str | Message] | None = None) -> None:
        """Hook: the connection may not read groups yet. Shows `note` (from
        providers.permissions.group_access_note) on the Groups criterion, with a button
        calling `request()` (which returns the next note) when given."""
        self._group_request = request
        self.group_note.setText(core_text(note or ""))
        self.group_note.setVisible(bool(note))
        self.group_access_button.setVisible(bool(note) and request is not None)
        self._update_texts()

    def _request_group_access(self) -> None:
        if self._group_request is not None:
            self.group_note.setText(core_text(self._group_request()))
        self.group_access_button.hide()

    def spec(self) -> FilterSpec:
        include = {a: self.include[a].values() for a in PICKER_ATTRIBUTES}
        exclude = {a: self.exclude[a].values() for a in PICKER_ATTRIBUTES}
        include["emails"], exclude["emails"] = self.people.values()
        return FilterSpec(
            include={a: include.get(a, ()) for a in ATTRIBUTES},
            exclude={a: exclude.get(a, ()) for a in ATTRIBUTES},
            include_guests=self.guests_box.isChecked(),
            include_disabled=self.disabled_box.isChecked(),
            only_licensed=self.licensed_box.isChecked(),
        )

    def setSpec(self, spec: FilterSpec) -> None:
        self._loading = True
        try:
            for attr in PICKER_ATTRIBUTES:
                self.include[attr].set_values(spec.include.get(attr, ()))
                self.exclude[attr].set_values(spec.exclude.get(attr, ()))
            self.people.set_values(spec.include.get("emails", ()),
                                   spec.exclude.get("emails", ()))
            self.guests_box.setChecked(spec.include_guests)
            self.disabled_box.setChecked(spec.include_disabled)
            self.licensed_box.setChecked(spec.only_licensed)
        finally:
            self._loading = False
        self._on_changed()

    def count(self) -> int:
        """X: how many employees the current criteria share (0 without a session);
        counted once per change (see `_on_changed`), however many read it."""
        return self._count

    def total(self) -> int:
        """Y: every employee in the directory."""
        return self._session.total if self._session else 0

    def summary(self) -> str:
        return self.summary_label.text()

    # -- reacting to changes ---------------------------------------------------------

    def _on_changed(self) -> None:
        if self._loading:
            return
        self._preview_stale = True
        self._count = self._session.count(self.spec()) if self._session else 0
        self._update_texts()
        self._refresh_preview()
        self.specChanged.emit()

    def _name(self, attr: str, value: str) -> str:
        if attr == "groups" and self._session is not None:
            return self._session.group_name(value)
        return value

    def _update_texts(self) -> None:
        spec = self.spec()
        sentence = core_text(summarize(spec, self._name))
        self.summary_label.setText(sentence)
        count = self.count()
        empty = self._session is not None and count == 0
        self.status_label.setVisible(empty)
        if empty:
            self.status_label.setText(
                fmt(self.tr("No employee matches these criteria: %1."), sentence))
        self.tabs.setTabText(1, fmt(self.tr("&Matching employees (%1)"), number(count)))
        self._update_toggles()
        for row, attr in enumerate((*PICKER_ATTRIBUTES, "emails")):
            if attr == "emails":
                chosen = sum(map(len, self.people.values()))
                has_options = True
            else:
                chosen = len(self.include[attr].values()) + len(self.exclude[attr].values())
                has_options = self.include[attr].model.rowCount() > 0
            item = self.attributes.item(row)
            title = attribute_title(attr)
            item.setText(fmt(self.tr("%1 (%2)"), title, number(chosen)) if chosen else title)
            # Entra has no org units: hide criteria the directory does not offer (but
            # keep Groups when it explains how to get group access).
            noted = attr == "groups" and not self.group_note.isHidden()
            item.setHidden(self._session is not None and not has_options and not chosen
                           and not noted)

    def _update_toggles(self) -> None:
        """The switches say how many accounts they concern (when a directory is read)."""
        if self._session is None:
            return
        counts = self._counts
        self.guests_box.setText(fmt(self.tr("Include &guests (%1)"), number(counts["guests"])))
        self.disabled_box.setText(fmt(self.tr("Include &disabled accounts (%1)"),
                                      number(counts["disabled"])))
        self.licensed_box.setText(fmt(self.tr("Only &licensed accounts (leaves out %1)"),
                                      number(counts["unlicensed"])))
        # Google lists no rooms and licenses every user: nothing to leave out there.
        offered = counts["unlicensed"] > 0 or self.licensed_box.isChecked()
        self.licensed_box.setVisible(offered)
        self.accounts_hint.setVisible(offered)

    def _refresh_preview(self) -> None:
        if not self._preview_stale or self.tabs.currentWidget() is not self.matching:
            return  # building the list costs more than counting: only when shown
        self._preview_stale = False
        session = self._session
        if session is None:
            self.matching.set_employees([])
        else:
            self.matching.set_employees(session.matching(self.spec()), session.index.employees)
