"""The panel's actions: the ⋮ menu (also opened with F10) and the header's buttons
backed by its actions, which of them are enabled, and what they start: a sync, and
what opens a dialog first (held removals, the CSV export, the settings), or drops a
held filter change.

Dialogs are opened window-modal with `open()`, never `exec()`; the work itself runs on
the main window's `SyncController` (and so the TaskRunner).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from idp_wizard.core.export import export_rows_csv
from idp_wizard.core.progress import CancelToken, ProgressFn
from idp_wizard.core.runs import held_run
from idp_wizard.core.users import count_users
from idp_wizard.ui.connection_header import MENU_KEY
from idp_wizard.ui.focus import takes_focus
from idp_wizard.ui.removals_dialog import RemovalsDialog

if TYPE_CHECKING:
    from idp_wizard.ui.main_window import MainWindow

# The texts stay in the main window's translation context, where they have always lived.
translate = QCoreApplication.translate


class PanelActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._make_actions()

    def _action(self, name: str, text: str, slot: Any,
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        self.window.addAction(action)  # shortcuts work without opening the menu
        return action

    def _make_actions(self) -> None:
        window = self.window
        self.action_reauthorize = self._action(
            "action_reauthorize", translate("MainWindow", "&Reauthorize connection…"),
            lambda: window.wizards.open("REAUTHORIZE"))
        self.action_edit_filters = self._action(
            "action_edit_filters", translate("MainWindow", "&Edit user filters…"),
            lambda: window.wizards.open("EDIT_FILTERS"))
        self.action_sync_now = self._action(
            "action_sync_now", translate("MainWindow", "&Sync now"), self.sync_now,
            QKeySequence.StandardKey.Refresh)
        self.action_export_csv = self._action(
            "action_export_csv", translate("MainWindow", "E&xport CSV…"), self.export_csv_dialog,
            QKeySequence.StandardKey.Save)
        self.action_disconnect = self._action(
            "action_disconnect", translate("MainWindow", "&Disconnect…"), window.confirm_disconnect)
        self.action_settings = self._action(
            "action_settings", translate("MainWindow", "Se&ttings…"), self.open_settings,
            QKeySequence.StandardKey.Preferences)
        self.action_clients = self._action(
            "action_clients", translate("MainWindow", "C&lients…"), window.clients.show_overview)
        menu = QMenu(window)
        menu.setObjectName("connection_menu")
        for action in (self.action_reauthorize, self.action_edit_filters,
                       self.action_sync_now, None, self.action_export_csv,
                       self.action_settings, self.action_clients, None,
                       self.action_disconnect):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        header = window.panel.header
        header.menu_button.setMenu(menu)
        # The ⋮ menu is many Tabs away: its key (F10, as for an app's main menu) opens it.
        self.menu_shortcut = QShortcut(MENU_KEY, window)
        self.menu_shortcut.setObjectName("connection_menu_shortcut")
        self.menu_shortcut.activated.connect(self.open_connection_menu)
        header.sync_button.setDefaultAction(self.action_sync_now)
        header.settings_button.setDefaultAction(self.action_settings)  # when not connected
        window.panel.users.export_button.setDefaultAction(self.action_export_csv)

    def set_enabled(self, connected: bool, idle: bool) -> None:
        """What needs a connection needs it; nothing starts while something runs."""
        for action in (self.action_reauthorize, self.action_edit_filters,
                       self.action_sync_now, self.action_disconnect):
            action.setEnabled(connected and idle)
        self.action_export_csv.setEnabled(connected and idle)
        self.action_settings.setEnabled(idle)  # no settings writes while a sync runs

    def open_connection_menu(self) -> None:
        """F10: the ⋮ menu, opened without a nested event loop, its first action active."""
        button = self.window.panel.header.menu_button
        menu = button.menu()
        if menu is None or not takes_focus(button):
            return
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        first = next((a for a in menu.actions() if a.isEnabled() and not a.isSeparator()),
                     None)
        if first is not None:
            menu.setActiveAction(first)

    # -- what they start ---------------------------------------------------------------

    def sync_now(self) -> None:
        self.window.controller.sync(trigger="gui")

    def review_removals(self) -> None:
        window = self.window
        app = window.app
        held = held_run(app.store, app.client_id)
        pending = held.pending_removals if held else []
        dialog = RemovalsDialog(pending, count_users(app.store, app.client_id), window)
        # Approve exactly the removals shown: should the directory lose even more
        # people before the admin confirms, those are held again, not applied unseen.
        dialog.accepted.connect(lambda: window.controller.sync(
            trigger="gui", approved_removals=dialog.pending_ids))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def discard_filter_change(self) -> None:
        """Keep the current filter; the held change is dropped (nothing was applied)."""
        app = self.window.app
        self.window.controller.run("discard", lambda _p, _c: app.discard_filter_change())

    def export_csv_dialog(self) -> None:
        suggested = str(Path.home() / translate("MainWindow", "synced-users.csv"))
        path, _ = QFileDialog.getSaveFileName(
            self.window, translate("MainWindow", "Export users as CSV"), suggested,
            translate("MainWindow", "CSV files (*.csv)"))
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """Write the users the table shows (its search, "only failed" and sort) to `path`,
        off the GUI thread."""
        window = self.window
        rowids = window.panel.users.model.shown_rowids()
        store, client = window.app.store, window.app.client_id

        def task(_p: ProgressFn, _c: CancelToken) -> tuple[int, Path]:
            return export_rows_csv(store, rowids, path, client), path

        window.controller.run("export", task)

    def open_settings(self) -> QWidget:
        """The settings dialog (window-modal); the schedule waits while it is open."""
        from idp_wizard.ui.settings_dialog import SettingsDialog

        window = self.window
        dialog = SettingsDialog(window.app, window.controller.interval_minutes, window,
                                window.runner)
        dialog.accepted.connect(
            lambda: window.controller.set_interval_minutes(dialog.interval_minutes()))
        window.controller.hold_schedule = True

        def closed(_result: int) -> None:
            window.controller.hold_schedule = window.wizard is not None
            dialog.deleteLater()
            window.refresh()  # the platform target may have changed

        dialog.finished.connect(closed)
        dialog.open()
        return dialog
