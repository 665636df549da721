"""The tray / menu-bar icon while the app runs: the last sync's outcome in its tooltip
and menu (Open, Sync now, Quit), and a notification when a sync gets held, the
connection needs reauthorization, or a scheduled sync failed or left the platform behind.

Where the platform has no tray (offscreen, some Linux desktops) nothing is shown, but
the texts and the notify decision still run: they are plain functions, tested alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon

from idp_wizard.app import App
from idp_wizard.core.connection import Connection, ConnectionState
from idp_wizard.core.messages import Message
from idp_wizard.core.runs import RunRecord, RunStatus, failure_reason, last_finished_run
from idp_wizard.sync_all import ClientSyncResult
from idp_wizard.ui import panel_texts as texts
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.panel_texts import fmt, number
from idp_wizard.ui.sync_controller import SyncController

ALERT_STATES = (ConnectionState.HELD, ConnectionState.NEEDS_REAUTHORIZATION)


translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def outcome_text(conn: Connection | None, last: RunRecord | None, syncing: bool = False) -> str:
    """One or two lines for the tooltip and the menu's (disabled) status entry."""
    if conn is None:
        return translate("Tray", "No identity provider is connected.")
    state = texts.syncing_text() if syncing else texts.state_text(conn.state)
    head = fmt(translate("Tray", "%1: %2"), conn.provider.title, state)
    if last is None:
        return head
    when = texts.local_datetime(last.finished_at) if last.finished_at else ""
    outcome = texts.outcome_text(str(last.status))
    if str(last.status) != "succeeded":  # held, failed...: no "+0 ~0 -0" for nothing applied
        return head + "\n" + fmt(translate("Tray", "Last sync %1: %2"), when, outcome)
    # Short signs, not words: Windows cuts a tray tooltip at 127 characters.
    counts = fmt(translate("Tray", "+%1 ~%2 -%3"), number(last.added),
                 number(last.updated), number(last.removed))
    return head + "\n" + fmt(translate("Tray", "Last sync %1: %2 (%3)"), when, outcome,
                             counts)


def _held() -> str:
    return translate("Tray", "A sync would remove many users; nothing was applied. "
                     "Open IdP Wizard to review the removals.")


def _failed(why: str | Message) -> str:
    return fmt(translate("Tray", "Nothing was changed: %1 The synced users are kept."),
               _sentence(core_text(failure_reason(why))))


def _not_delivered(why: str | Message) -> str:
    return fmt(translate("Tray", "The sync was saved, but the platform does not hold all "
                         "of it yet: %1"), _sentence(core_text(why)))


def _sentence(text: str) -> str:
    """A reason placed before another sentence ends as one ("...in the directory.")."""
    text = text.strip()
    return text if not text or text.endswith((".", "!", "?", "…")) else text + "."


def notification(before: ConnectionState | None,
                 conn: Connection | None) -> tuple[str, str] | None:
    """(title, message) when the connection just became held or needs
    reauthorization; None otherwise (no repeat for every scheduled run)."""
    if conn is None or conn.state not in ALERT_STATES or conn.state is before:
        return None
    if conn.state is ConnectionState.HELD:
        return translate("Tray", "Sync held"), _held()
    return (translate("Tray", "Reauthorization needed"),
            fmt(translate("Tray", "The connection to %1 needs to be reauthorized; "
                          "scheduled syncs are paused and the synced users are kept."),
                conn.provider.title))


def run_notification(seen: int | None, last: RunRecord | None) -> tuple[str, str] | None:
    """(title, message) for a scheduled run newer than run `seen` that failed or did not
    reach the platform: the admin is not watching the window then. Once per run."""
    if last is None or seen is None or last.id <= seen or last.trigger != "schedule":
        return None
    why = last.error_message or last.error
    if last.status is RunStatus.FAILED:
        return translate("Tray", "Scheduled sync failed"), _failed(why)
    if last.status is RunStatus.INCOMPLETE:
        return translate("Tray", "Platform not up to date"), _not_delivered(why)
    return None


def client_notification(result: ClientSyncResult) -> tuple[str, str] | None:
    """(title, message) for another client's scheduled sync (ClientsScheduler) that
    failed, was held or did not reach the platform. The client bar marks that client,
    but a window closed to the tray shows nothing."""
    o, name = result.outcome, result.client.name
    if o.status == "failed":
        return (fmt(translate("Tray", "Scheduled sync of %1 failed"), name),
                _failed(o.message or o.error))
    if o.status == "held":
        return fmt(translate("Tray", "Sync of %1 held"), name), _held()
    if o.status == "incomplete" and o.platform is not None and not o.stopped_for_removal:
        return (fmt(translate("Tray", "Platform of %1 not up to date"), name),
                _not_delivered(o.platform.error))
    return None


class SyncTray(QObject):
    notified = Signal(str, str)  # title, message (emitted even without a tray)

    def __init__(self, app: App, controller: SyncController, open_window: Callable[[], None],
                 sync_action: QAction, quit_app: Callable[[], object],
                 parent: QObject | None = None, available: bool | None = None) -> None:
        super().__init__(parent)
        self.app, self.controller = app, controller
        if available is None:
            available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon: QSystemTrayIcon | None = None
        self._state = controller.connection.state if controller.connection else None
        self.text = ""
        self._last: RunRecord | None = None
        self._seen_run: int | None = None  # the newest run already reported (None: none read)
        if available:
            self.icon = QSystemTrayIcon(self._icon(), self)
            self.icon.setObjectName("tray_icon")
            menu = QMenu()
            menu.setObjectName("tray_menu")
            self.status_action = menu.addAction("")
            self.status_action.setEnabled(False)
            menu.addSeparator()
            menu.addAction(translate("Tray", "Open IdP Wizard"), open_window)
            menu.addAction(sync_action)
            menu.addSeparator()
            menu.addAction(translate("Tray", "Quit"), quit_app)
            self._menu = menu  # QSystemTrayIcon does not own its menu
            self.icon.setContextMenu(menu)
            self.icon.activated.connect(self._activated(open_window))
            self.icon.show()
        controller.started.connect(self.update)
        controller.finished.connect(self.update)
        controller.schedule_changed.connect(self.update)
        self.update()

    @staticmethod
    def _icon() -> QIcon:
        icon = QApplication.windowIcon()
        if icon.isNull():
            style = QApplication.style()
            icon = style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload)
        return icon

    @staticmethod
    def _activated(open_window: Callable[[], None]) -> Callable[[object], None]:
        def on(reason: object) -> None:
            if reason == QSystemTrayIcon.ActivationReason.Trigger:
                open_window()
        return on

    def set_app(self, app: App) -> None:
        """Another client is shown: its state is the new baseline, not news to notify."""
        self.app = app
        conn = self.controller.connection
        self._state = conn.state if conn else None
        self._seen_run = None
        self.update()

    def update(self, *_args: object) -> None:
        conn, busy = self.controller.connection, self.controller.busy
        if not busy:  # no store reads while a worker may be writing
            self._last = last_finished_run(self.app.store, self.app.client_id,
                                           with_problems=False)
            self._notify(run_notification(self._seen_run, self._last))
            self._seen_run = self._last.id if self._last else 0
        self.text = outcome_text(conn, self._last,
                                 syncing=busy and self.controller.current == "sync")
        if self.icon is not None:
            self.icon.setToolTip(self.text)
            self.status_action.setText(self.text.splitlines()[0])
        note = notification(self._state, conn)
        self._state = conn.state if conn else None
        self._notify(note)

    def note_other_client(self, result: ClientSyncResult) -> None:
        """Another client's scheduled sync ended (ClientsScheduler.synced)."""
        self._notify(client_notification(result))

    def _notify(self, note: tuple[str, str] | None) -> None:
        if note is not None:
            self.notified.emit(*note)
            if self.icon is not None and QSystemTrayIcon.supportsMessages():
                self.icon.showMessage(note[0], note[1], QSystemTrayIcon.MessageIcon.Warning)
