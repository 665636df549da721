"""Asking for a client's name (add, rename) and confirming a client's removal.

The name dialog checks the name with core (empty, taken in any case or Unicode form,
too long) when OK is pressed and stays open with the one-sentence reason. Removing a
client needs a ticked box, like Disconnect, and says what goes, with the counts;
Cancel is the default button so that Enter never removes anything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.client_names import MAX_NAME
from idp_wizard.core.errors import IdpWizardError
from idp_wizard.ui.wording import fmt, one_line


def _wrapped(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


class ClientNameDialog(QDialog):
    """`apply(name)` saves the name; an IdpWizardError it raises is shown, not lost."""

    def __init__(self, title: str, prompt: str, initial: str,
                 apply: Callable[[str], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_name_dialog")
        self.setWindowTitle(title)
        self._apply = apply
        self.edit = QLineEdit(initial)
        self.edit.setObjectName("client_name_edit")
        self.edit.setMaxLength(MAX_NAME * 2)  # spaces collapse; core gives the reason
        self.edit.selectAll()
        label = QLabel(prompt)
        label.setBuddy(self.edit)
        label.setWordWrap(True)
        self.error = _wrapped("", "client_name_error")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("client_name_ok_button")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.edit.setFocus()

    def accept(self) -> None:
        try:
            self._apply(self.edit.text())
        except IdpWizardError as exc:
            self.error.setText(one_line(exc))
            self.error.show()
            self.edit.setFocus()
            return
        super().accept()


class RemoveClientDialog(QDialog):
    def __init__(self, name: str, provider_title: str, synced_users: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remove_client_dialog")
        self.setWindowTitle(fmt(self.tr("Remove client %1"), name))
        heading = QLabel(fmt(self.tr("Remove the client %1?"), name))
        heading.setObjectName("remove_client_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        parts = []
        if provider_title:
            parts.append(fmt(self.tr(
                "%1 is disconnected first: all %Ln synced users are permanently removed. "
                "They lose access to the platform and are removed from all ongoing "
                "trainings.", "", synced_users), provider_title))
        parts.append(self.tr(
            "The client's filter, sync history, audit log and settings are deleted and "
            "its sign-in is removed from the keychain. Other clients are not affected. "
            "This cannot be undone."))
        body = _wrapped("\n\n".join(parts), "remove_client_explanation")
        self.checkbox = QCheckBox(self.tr(
            "I &understand that %Ln synced users will be permanently removed.", "",
            synced_users))
        self.checkbox.setObjectName("remove_client_confirm_checkbox")

        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("remove_client_cancel_button")
        self.remove_button = QPushButton(self.tr("&Remove client"))
        self.remove_button.setObjectName("remove_client_confirm_button")
        self.remove_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.remove_button.setEnabled(False)
        self.remove_button.setAutoDefault(False)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button.setDefault(True)
        self.checkbox.toggled.connect(self.remove_button.setEnabled)
        self.remove_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(self.checkbox)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        self.cancel_button.setFocus()

    def accept(self) -> None:
        if self.checkbox.isChecked():  # also guards a programmatic accept()
            super().accept()
