"""The window notices what the command line or the OS scheduler changed in its profile
while it is open (a sync, a disconnect, a filter or target change, a rename, a client
removed): every few seconds it asks SQLite whether another connection committed, and
re-reads the panel when the shown client's state changed. Before, the panel kept
showing the counts, history and "Connected" of when it last ran an operation itself,
and offered "Sync now" on a client the command line had disconnected.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from idp_wizard.app import App
from idp_wizard.core.client_watch import client_marker, data_version
from idp_wizard.core.errors import IdpWizardError

log = logging.getLogger(__name__)

WATCH_MS = 2_000  # one PRAGMA read while nothing changed


class OutsideChanges(QObject):
    def __init__(self, app: Callable[[], App], idle: Callable[[], bool],
                 refresh: Callable[[], None], refresh_clients: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app, self._idle, self._refresh = app, idle, refresh
        self._refresh_clients = refresh_clients  # the switcher and the overview only
        self._version: int | None = None
        self._marker: tuple[object, ...] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(WATCH_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def seen(self) -> None:
        """The panel was just re-read: what it shows is the state as of now."""
        app = self._app()
        try:
            self._version = data_version(app.store)
            self._marker = client_marker(app.store, app.client_id)
        except IdpWizardError as exc:  # the next check tries again
            log.warning("could not read the profile's state: %s", exc)
            self._version = None

    def check(self) -> bool:
        """Re-read the panel if another process changed the shown client (while an
        operation or the wizard runs, its end re-reads it anyway)."""
        if not self._idle():
            return False
        app = self._app()
        try:
            version = data_version(app.store)
            if version == self._version:
                return False
            self._version = version
            if client_marker(app.store, app.client_id) == self._marker:
                self._refresh_clients()  # another client added, renamed, synced...
                return False
        except IdpWizardError as exc:  # a database busy or gone for a moment
            log.warning("could not read the profile's state: %s", exc)
            return False
        log.info("the shown client changed outside the window: re-reading it")
        self._refresh()
        return True
