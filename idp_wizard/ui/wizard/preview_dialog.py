"""Edit user filters: what saving the new filter changes, before anything is applied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.user_record import UserRecord
from idp_wizard.ui.wizard.widgets import text_label
from idp_wizard.ui.wording import fmt


def _who(row: UserRecord) -> str:
    return fmt("%1 <%2>", row.display_name, row.email) if row.display_name else row.email


class ChangePreviewDialog(QDialog):
    def __init__(self, plan: SyncPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_preview_dialog")
        self.setWindowTitle(self.tr("Confirm the filter change"))
        self.plan = plan
        adds, removals = len(plan.adds), len(plan.removals)
        if plan.is_noop:
            headline = self.tr("Nothing changes: the same employees stay shared.")
        else:  # a line each, so that each count has its own plural
            lines = []
            if adds:
                lines.append(self.tr("%Ln employees will be added.", "", adds))
            if removals:
                lines.append(self.tr("%Ln employees will be removed.", "", removals))
            headline = "\n".join(lines) or self.tr("No employee is added or removed.")
        self.headline = text_label(headline, "change_preview_headline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        if plan.updates:
            layout.addWidget(text_label(self.tr(
                "The details of %Ln employees will be updated.", "", len(plan.updates))))
        self.added_list = self._section(layout, "added", self.tr("Show the employees to "
                                                                 "&add"), plan.adds)
        self.removed_list = self._section(layout, "removed", self.tr("Show the employees to "
                                                                     "&remove"), plan.removals)
        if removals:
            layout.addWidget(text_label(self.tr(
                "Removed employees lose access to the platform and are removed from all "
                "ongoing trainings.")))
        # The button says what it does; when people lose access, Enter never presses it.
        buttons = QDialogButtonBox()
        self.confirm_button = buttons.addButton(
            self.tr("A&pply and remove %Ln employees", "", removals) if removals
            else self.tr("A&pply the filter"),
            QDialogButtonBox.ButtonRole.DestructiveRole if removals
            else QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirm_changes_button")
        self.confirm_button.clicked.connect(self.accept)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_changes_button")
        default, other = (cancel, self.confirm_button) if removals else (self.confirm_button,
                                                                          cancel)
        other.setAutoDefault(False)  # focused, it would take over Enter
        default.setDefault(True)
        default.setFocus()
        buttons.rejected.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 280)

    def _section(self, layout: QVBoxLayout, name: str, text: str,
                 rows: list[UserRecord]) -> QListWidget:
        toggle = QToolButton()
        toggle.setText(text)
        toggle.setObjectName(f"show_{name}_button")
        toggle.setCheckable(True)
        toggle.setAutoRaise(True)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        names = QListWidget()
        names.setObjectName(f"{name}_list")
        names.setUniformItemSizes(True)
        names.setMinimumHeight(140)
        names.addItems([_who(r) for r in rows])
        names.setVisible(False)
        toggle.toggled.connect(names.setVisible)
        toggle.toggled.connect(lambda on: toggle.setArrowType(
            Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow))
        toggle.setEnabled(bool(rows))
        layout.addWidget(toggle)
        layout.addWidget(names)
        return names
