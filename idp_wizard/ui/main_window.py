"""The main window: the user-management panel, what it shows, and how operations
report back. The panel's actions (the ⋮ menu) and the dialogs they open are in
panel_actions.py.

Every long operation goes through `SyncController` (and so the TaskRunner); dialogs are
opened window-modal with `open()`, never `exec()`, so nothing spins a nested loop.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from idp_wizard.app import App
from idp_wizard.core.errors import Cancelled, IdpWizardError, SyncInProgress
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.runs import last_finished_run
from idp_wizard.core.users import count_users
from idp_wizard.ui.client_session import ClientSession
from idp_wizard.ui.clients_host import REMOVE, ClientsHost
from idp_wizard.ui.demo_actions import DemoActions
from idp_wizard.ui.dialogs import show_message
from idp_wizard.ui.disconnect_actions import DisconnectActions
from idp_wizard.ui.focus import ListFocusRing, first_focusable, takes_focus
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.operation_texts import busy_text, done_text, sync_text
from idp_wizard.ui.outside_changes import OutsideChanges
from idp_wizard.ui.panel import UserManagementPanel
from idp_wizard.ui.panel_actions import PanelActions
from idp_wizard.ui.panel_texts import fmt
from idp_wizard.ui.sync_controller import SYNC, SyncController
from idp_wizard.ui.tasks import TaskRunner
from idp_wizard.ui.tray import SyncTray
from idp_wizard.ui.wizard_host import WizardHost

# From this many synced users the first fill of the table loads in the background too.
BACKGROUND_FILL = 20_000
log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, app: App, runner: TaskRunner, parent: QWidget | None = None,
                 session: ClientSession | None = None) -> None:
        super().__init__(parent)
        self._filled = False  # has the users table had its first fill?
        self._own_session = session is None
        # The shown client; the client switcher re-points everything at another one.
        self.session = session or ClientSession.for_app(app)
        self.runner = runner
        self.setObjectName("main_window")
        demo = app.demo is not None
        title = self.tr("IdP Wizard — Demo") if demo else self.tr("IdP Wizard")
        # Qt appends " — <display name>" to every window title that does not end with
        # it ("IdP Wizard — Demo — IdP Wizard"): the title is the display name, so the
        # main window reads exactly it and dialogs read "Settings — IdP Wizard — Demo".
        QGuiApplication.setApplicationDisplayName(title)
        self.setWindowTitle(title)
        self.focus_ring = ListFocusRing(self)
        self.controller = SyncController(app, runner, self)
        self.panel = UserManagementPanel(demo, self)
        # The users first: SQLite sorts them on a worker while the window is built.
        conn = self.controller.connection
        self._reload_users(count_users(self.app.store, self.app.client_id) if conn else 0)
        self.wizards = WizardHost(app, runner, self.controller, self)
        self.wizards.completed.connect(self.refresh)
        self.wizards.closed.connect(self.refresh)
        self.demo_actions = DemoActions(app, self.controller, self,
                                        self.statusBar().showMessage)
        self.clients = ClientsHost(self.session, runner, self.controller, self.wizards,
                                   self.panel, self, self.statusBar().showMessage)
        self.setCentralWidget(self.clients.container)
        self.session.switched.connect(self._repoint)
        self.disconnects = DisconnectActions(app, self.controller, self)
        self.panel_actions = PanelActions(self)  # the ⋮ menu, its actions and buttons
        self._connect_signals()
        self.tray = SyncTray(app, self.controller, self.show_from_tray,
                             self.panel_actions.action_sync_now,
                             self.close, self)
        self.clients.scheduler.synced.connect(self.tray.note_other_client)
        self.statusBar().setSizeGripEnabled(True)
        self.resize(1100, 720)
        self.outside = OutsideChanges(lambda: self.app, self._idle, self.refresh,
                                      self.clients.refresh, self)
        self._refresh(users=False)  # being read since the start of __init__

    @property
    def app(self) -> App:
        """The shown client's App."""
        return self.session.app

    def _repoint(self, app: App) -> None:
        """Another client is shown: every part works on its App from now on."""
        self.controller.set_app(app)
        self.wizards.app = self.demo_actions.app = self.disconnects.app = app
        self.tray.set_app(app)
        self.refresh()
        self.statusBar().showMessage(fmt(self.tr("Showing the client %1."), app.client_name))

    def _connect_signals(self) -> None:
        header, banner = self.panel.header, self.panel.demo_banner
        self.panel.connect_button.clicked.connect(lambda: self.wizards.open("NEW"))
        header.review_button.clicked.connect(self.review_removals)
        header.reauthorize_button.clicked.connect(self.panel_actions.action_reauthorize.trigger)
        header.discard_change_button.clicked.connect(self.panel_actions.discard_filter_change)
        header.finish_disconnect_button.clicked.connect(lambda: self.disconnects.run())
        header.interval_spin.valueChanged.connect(self.controller.set_interval_minutes)
        banner.simulate_button.clicked.connect(self.demo_actions.simulate_changes)
        banner.reset_button.clicked.connect(self.demo_actions.confirm_reset)
        self.panel.cancel_button.clicked.connect(self.controller.cancel)
        c = self.controller
        c.started.connect(self._on_started)
        c.progressed.connect(self.panel.show_progress)
        c.finished.connect(self._on_finished)
        c.schedule_changed.connect(self._show_schedule)
        c._tick.timeout.connect(self._show_schedule)  # keeps "today" vs date current

    # -- display ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read everything shown (after syncs, disconnects and wizard runs)."""
        self._refresh(users=True)

    def _refresh(self, users: bool) -> None:
        store, client = self.app.store, self.app.client_id
        self.controller.reload()
        conn = self.controller.connection
        synced = count_users(store, client) if conn else 0
        last = last_finished_run(store, client, with_problems=False)
        self.panel.header.show_connection(conn, synced, last, self.controller.current == SYNC,
                                          self.app.pending_filter_change())
        changed = self.panel.connected != (conn is not None)
        self.panel.show_connected(conn is not None)
        self.panel.header.platform_label.show_status(self.app.platform.status(), synced,
                                                     last)
        leftover = 0 if conn else self.app.platform.remaining()
        if leftover:
            self.panel.header.show_leftover(leftover)
        self.panel.history.reload(store, client, synced)
        self.clients.refresh()
        self._show_schedule()
        self._update_actions()
        if users:  # last: the worker's reads would share the GIL with the reads above
            self._reload_users(synced)
        if changed:  # connected or disconnected: the focus onto the new first control
            self.settle_focus(force=True)
        self.outside.seen()

    def _reload_users(self, synced: int) -> None:
        """A small list fills at once (the window opens with its users), also another
        client's; a large one, and every later refresh, loads on workers: the window is
        on screen and responsive while SQLite sorts 100,000 users (never showing the last
        client's meanwhile: a background read empties the table first)."""
        client = self.app.client_id
        fresh = not self._filled or client != self.panel.users.model.client_id
        at_once = fresh and synced < BACKGROUND_FILL
        self._filled = True
        self.panel.users.reload(self.app.store, None if at_once else self.runner, client,
                                synced)

    def _show_schedule(self) -> None:
        c = self.controller
        conn = c.connection
        paused = conn is not None and conn.state.value == "needs_reauthorization"
        self.panel.header.show_schedule(c.next_due(), paused, c.skip_note,
                                        c.interval_minutes)

    def _idle(self) -> bool:
        return not self.controller.busy and self.wizard is None

    def _update_actions(self) -> None:
        connected = self.controller.connection is not None
        idle = self._idle()
        self.panel_actions.set_enabled(connected, idle)
        self.clients.set_idle(idle)
        header, banner = self.panel.header, self.panel.demo_banner
        self.panel.connect_button.setEnabled(idle)
        header.review_button.setEnabled(idle)
        header.reauthorize_button.setEnabled(idle)
        banner.simulate_button.setEnabled(connected and idle)
        banner.reset_button.setEnabled(connected and idle)
        self.settle_focus()

    def settle_focus(self, force: bool = False) -> None:
        """After a state change (connected, disconnected, another client, a sync): the
        focus never stays on a control that is now hidden or disabled; it goes to the
        panel's first control (the connect button when nothing is connected). `force`:
        the panel changed its content, so the focus goes there whatever it was on."""
        current = self.focusWidget()
        if not force and current is not None and takes_focus(current):
            return
        panel = self.panel
        page = panel.users if panel.connected else panel.connect_cta
        if force:
            panel.tabs.setCurrentIndex(0)
        target = first_focusable(page) if panel.tabs.currentIndex() == 0 else None
        target = target or first_focusable(self.clients.container)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_started(self, name: str) -> None:
        self.panel.show_busy(busy_text(name), name == SYNC)
        if name == SYNC:
            self.panel.header.show_connection(
                self.controller.connection, self.panel.users.model.total,
                None, syncing=True)
        self._update_actions()

    def _on_finished(self, name: str, result: object, error: object) -> None:
        self.panel.hide_busy()
        if name == REMOVE and error is None:  # the shown client may be gone: switch first
            self.clients.after_removal()
        self.refresh()
        if error is not None:
            self._report_error(name, error)
            return
        said = (sync_text(result) if name == SYNC and isinstance(result, SyncOutcome)
                else done_text(name, result))
        if said is not None:
            self.statusBar().showMessage(said)

    def _report_error(self, name: str, error: object) -> None:
        if isinstance(error, Cancelled):
            self.statusBar().showMessage(self.tr("Cancelled; nothing was applied."))
            return
        scheduled = name == SYNC and self.controller.last_trigger == "schedule"
        if isinstance(error, SyncInProgress) and scheduled:
            self.controller.skip_note = self.tr(
                "The scheduled sync was skipped: another sync was running.")
            self._show_schedule()
            return
        if isinstance(error, IdpWizardError):
            text = core_text(error)
        else:
            log.error("operation %s failed", name, exc_info=error)  # type: ignore[arg-type]
            text = self.tr("An internal error stopped this operation; details are in the log.")
        if scheduled:  # no pop-up for an unattended run: the panel shows "Failed"
            self.statusBar().showMessage(fmt(self.tr("The scheduled sync failed: %1"), text))
            return
        self.statusBar().clearMessage()  # not an earlier success under the failure
        show_message(self, self.tr("Operation failed"), text, QMessageBox.Icon.Warning)

    # -- operations ------------------------------------------------------------------

    def show_from_tray(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def review_removals(self) -> None:
        self.panel_actions.review_removals()

    def confirm_disconnect(self) -> None:
        self.disconnects.confirm()

    def open_settings(self) -> QWidget:
        return self.panel_actions.open_settings()

    @property
    def wizard(self) -> QWidget | None:
        """The open setup wizard, if any."""
        return self.wizards.current

    def start(self) -> None:
        """At start-up: with nothing connected, go straight to the wizard."""
        if self.controller.connection is None:
            self.wizards.open("NEW")


    def closeEvent(self, event: QCloseEvent) -> None:
        self.outside.timer.stop()  # the stores are closed next: nothing to watch
        self.controller.cancel()
        self.runner.wait_for_done(10_000)  # let a sync stop between pages, never mid-write
        if self._own_session:  # its profile's store; the App is the caller's to close
            self.session.profile.close()
        super().closeEvent(event)
