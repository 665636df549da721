"""The demo banner's actions: directory changes on demand, and starting afresh."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from idp_wizard.app import App
from idp_wizard.ui.sync_controller import SyncController


class DemoActions(QObject):
    def __init__(self, app: App, controller: SyncController, window: QWidget,
                 status: Callable[[str], None]) -> None:
        super().__init__(window)
        self.app, self.controller, self.window, self.status = app, controller, window, status

    def simulate_changes(self) -> None:
        demo = self.app.demo
        if demo is not None and self.controller.run(
                "simulate", lambda _p, _c: demo.simulate_changes(1)):
            self.status(self.tr("A joiner, a leaver and a move happened in the demo "
                                "directory; the next sync picks them up."))

    def confirm_reset(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reset demo"), self.tr(
            "Reset the demo? The demo connection and all its synced users are forgotten, "
            "so that you can connect again from the start. The sync history and the admin "
            "actions are kept."), QMessageBox.StandardButton.NoButton,
            self.window)
        box.setObjectName("reset_demo_confirm")
        reset = box.addButton(self.tr("&Reset demo"), QMessageBox.ButtonRole.DestructiveRole)
        reset.setObjectName("reset_demo_confirm_button")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        app = self.app

        def chosen(button: object) -> None:
            if button is reset:
                self.controller.run("reset", lambda _p, _c: app.disconnect())

        box.buttonClicked.connect(chosen)
        box.finished.connect(box.deleteLater)
        box.open()
        return box
