"""Asking for a client's name (add, rename) and confirming a client's removal.

The name dialog checks the name with core (empty, taken in any case or Unicode form,
too long) when OK is pressed and stays open with the one-sentence reason. Removing a
client needs a ticked box, like Disconnect, and says what goes, with the counts;
Cancel is the default button so that Enter never removes anything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.client_names import MAX_NAME
from idp_wizard.core.errors import IdpWizardError
from idp_wizard.ui.confirm_dialog import TickedConfirmDialog
from idp_wizard.ui.dialogs import fit_height_to_width, fit_new_texts
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
            fit_new_texts(self)  # the reason's lines count before the height is set
            self.edit.setFocus()
            return
        super().accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height_to_width(self)  # a reason that wraps (German, a long name) is never cut


class RemoveClientDialog(TickedConfirmDialog):
    def __init__(self, name: str, provider_title: str, synced_users: int,
                 parent: QWidget | None = None) -> None:
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
        super().__init__(
            "remove_client", fmt(self.tr("Remove client %1"), name),
            fmt(self.tr("Remove the client %1?"), name), "\n\n".join(parts),
            self.tr("I &understand that %Ln synced users will be permanently removed.", "",
                    synced_users),
            self.tr("&Remove client"), "remove_client_confirm_button", parent)
        self.remove_button = self.confirm_button
        self.fit_width(480)
