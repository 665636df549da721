"""Disconnect from the panel: the confirmation (with how many users leave the platform),
the operation on the task runner, and finishing a disconnect the platform interrupted."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from idp_wizard.app import App
from idp_wizard.core.users import count_users
from idp_wizard.ui.disconnect_dialog import DisconnectDialog
from idp_wizard.ui.sync_controller import SyncController


class DisconnectActions(QObject):
    def __init__(self, app: App, controller: SyncController, window: QWidget) -> None:
        super().__init__(window)
        self.app, self.controller, self.window = app, controller, window

    def confirm(self) -> None:
        conn = self.controller.connection
        if conn is None:
            return
        target = self.app.platform.target()
        platform = None if target is None else (
            target.url, self.app.platform.remaining(), target.settings.deactivate)
        dialog = DisconnectDialog(conn.provider.title,
                                  count_users(self.app.store, self.app.client_id),
                                  self.window, platform)
        dialog.accepted.connect(lambda: self.run(dialog.keep_platform_users()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def run(self, keep_platform_users: bool = False) -> None:
        """Also finishes a disconnect whose platform removals were interrupted."""
        app = self.app
        self.controller.run("disconnect", lambda _p, _c: app.disconnect(keep_platform_users))
