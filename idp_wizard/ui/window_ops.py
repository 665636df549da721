"""The main window's smaller flows: the setup wizard, demo tools, messages, CSV export.

A mixin for `MainWindow` (which provides app, runner, controller, panel, refresh and
_update_actions), kept apart so each file stays readable.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

from idp_wizard.cli_output import write_csv
from idp_wizard.core.store import Store
from idp_wizard.core.users import SyncedUser, iter_users

if TYPE_CHECKING:
    from idp_wizard.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class WindowOps:
    # -- the setup wizard ------------------------------------------------------------

    def open_wizard(self: MainWindow, mode_name: str) -> QWidget | None:
        """Open SetupWizard in mode NEW, REAUTHORIZE or EDIT_FILTERS (window-modal)."""
        if self.wizard is not None:
            self.wizard.raise_()
            self.wizard.activateWindow()
            return self.wizard
        try:  # imported late: the wizard is a large module the panel rarely needs
            from idp_wizard.core.wizard import WizardMode
            from idp_wizard.ui.wizard import SetupWizard
        except ImportError:
            log.exception("the setup wizard cannot be loaded")
            self.show_message(self.tr("Setup wizard unavailable"),
                              self.tr("The setup wizard is missing from this installation."),
                              QMessageBox.Icon.Critical)
            return None
        wizard = SetupWizard(self.app, self.runner, mode=WizardMode[mode_name], parent=self)
        wizard.completed.connect(self._wizard_completed)
        wizard.finished.connect(self._wizard_closed)
        self.wizard = wizard
        self.controller.hold_schedule = True  # the wizard runs its own sync
        self._update_actions()
        wizard.open()
        return wizard

    def _wizard_completed(self: MainWindow, *_: Any) -> None:
        self.refresh()

    def _wizard_closed(self: MainWindow, *_: Any) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is not None:
            wizard.deleteLater()
        self.controller.hold_schedule = False
        self.refresh()

    def start(self: MainWindow) -> None:
        """At start-up: with nothing connected, go straight to the wizard."""
        if self.controller.connection is None:
            self.open_wizard("NEW")

    def open_settings(self: MainWindow) -> QWidget:
        """The settings dialog (window-modal); the schedule waits while it is open."""
        from idp_wizard.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.app, self.controller.interval_minutes, self)
        dialog.accepted.connect(
            lambda: self.controller.set_interval_minutes(dialog.interval_minutes()))
        self.controller.hold_schedule = True

        def closed(_result: int) -> None:
            self.controller.hold_schedule = self.wizard is not None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()
        return dialog

    # -- demo tools ------------------------------------------------------------------

    def simulate_changes(self: MainWindow) -> None:
        app = self.app
        demo = app.demo
        if demo is not None and self.controller.run(
                "simulate", lambda _p, _c: demo.simulate_changes(1)):
            self.statusBar().showMessage(self.tr(
                "A joiner, a leaver and a move happened in the demo directory; "
                "the next sync picks them up."))

    def confirm_reset_demo(self: MainWindow) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Reset demo"), self.tr(
            "Reset the demo? The demo connection and all its synced users are forgotten, "
            "as if it had never been connected."), QMessageBox.StandardButton.NoButton, self)
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

    # -- messages and export ---------------------------------------------------------

    def show_message(self: MainWindow, title: str, text: str,
                     icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
        """A window-modal message that does not block the caller (no nested loop)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("message_box")
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    @staticmethod
    def write_csv(store: Store, search: str, path: Path) -> int:
        """Runs in a worker. Formulas are neutralised like the CLI's export."""
        count = 0

        def counted(users: Iterator[SyncedUser]) -> Iterator[SyncedUser]:
            nonlocal count
            for user in users:
                count += 1
                yield user

        # utf-8-sig: spreadsheet programs then read umlauts correctly.
        with path.open("w", newline="", encoding="utf-8-sig") as stream:
            write_csv(counted(iter_users(store, search)), stream)
        return count
