"""Opens the setup wizard over the main window, one at a time, and tells when it closes.

The schedule waits while a wizard is open (the wizard runs its own sync).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from idp_wizard.app import App
from idp_wizard.ui.dialogs import show_message
from idp_wizard.ui.sync_controller import SyncController
from idp_wizard.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class WizardHost(QObject):
    completed = Signal()  # something was saved (connection, filter, reauthorization)
    closed = Signal()

    def __init__(self, app: App, runner: TaskRunner, controller: SyncController,
                 window: QWidget) -> None:
        super().__init__(window)
        self.app, self.runner, self.controller, self.window = app, runner, controller, window
        self.current: QWidget | None = None

    def open(self, mode_name: str) -> QWidget | None:
        """The wizard in mode NEW, REAUTHORIZE or EDIT_FILTERS (window-modal)."""
        if self.current is not None:
            self.current.raise_()
            self.current.activateWindow()
            return self.current
        try:  # imported late: the wizard is a large module the panel rarely needs
            from idp_wizard.core.wizard import WizardMode
            from idp_wizard.ui.wizard import SetupWizard
        except ImportError:
            log.exception("the setup wizard cannot be loaded")
            show_message(self.window, self.tr("Setup wizard unavailable"),
                         self.tr("The setup wizard is missing from this installation."),
                         QMessageBox.Icon.Critical)
            return None
        wizard = SetupWizard(self.app, self.runner, mode=WizardMode[mode_name],
                             parent=self.window)
        wizard.completed.connect(self.completed)
        wizard.finished.connect(self._closed)
        self.current = wizard
        self.controller.hold_schedule = True
        wizard.open()
        return wizard

    def _closed(self, *_: object) -> None:
        wizard, self.current = self.current, None
        if wizard is not None:
            wizard.deleteLater()
        self.controller.hold_schedule = False
        self.closed.emit()
