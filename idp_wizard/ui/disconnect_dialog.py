"""Disconnect confirmation: says plainly what is lost, and needs a ticked box.

Cancel is the default button so that pressing Enter never removes anyone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from idp_wizard.ui.confirm_dialog import TickedConfirmDialog
from idp_wizard.ui.panel_texts import fmt


class DisconnectDialog(TickedConfirmDialog):
    def __init__(self, provider_title: str, synced_users: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            "disconnect", fmt(self.tr("Disconnect %1"), provider_title),
            fmt(self.tr("Disconnect %1?"), provider_title),
            self.tr(
                "All %Ln synced users will be permanently removed. They lose access to the "
                "platform and are removed from all ongoing trainings. This cannot be undone; "
                "connecting again later adds them as new users.", "", synced_users),
            self.tr("I &understand that all %Ln users will be permanently removed.", "",
                    synced_users),
            self.tr("&Disconnect and remove users"), "disconnect_button", parent)
        self.disconnect_button = self.confirm_button
        self.fit_width(460)
