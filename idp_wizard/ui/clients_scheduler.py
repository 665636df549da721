"""While the app is open, every client syncs on its own interval, not only the one shown.

The shown client's schedule is the SyncController's (its progress shows in the panel).
This one looks after the others: every tick it starts the most overdue of them, one at
a time, on the task runner, each in its own `App` with its own lock, so a client's
scheduled sync never waits for another's and a sync from the CLI or the OS task of
the same client is simply skipped (the lock is taken). Clients that need
reauthorization are paused, as the single-client schedule is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from idp_wizard.core.clients import ClientInfo
from idp_wizard.core.progress import CancelToken, ProgressFn
from idp_wizard.sync_all import ClientSyncResult, sync_client
from idp_wizard.ui.client_session import ClientSession
from idp_wizard.ui.sync_controller import TICK_MS
from idp_wizard.ui.tasks import TaskHandle, TaskRunner

log = logging.getLogger(__name__)


class ClientsScheduler(QObject):
    synced = Signal(object)  # ClientSyncResult of another client's scheduled sync

    def __init__(self, session: ClientSession, runner: TaskRunner,
                 now: Callable[[], datetime] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self._now = now or session.app.clock
        self._handle: TaskHandle | None = None
        # When each client was last tried: a sync that could not even start (its lock
        # taken by the CLI, say) records no run, and must not be retried every tick.
        self._tried: dict[int, datetime] = {}
        self.paused = False  # e.g. while a client is being removed
        self.tick = QTimer(self)  # public: the window checks the clients on it too
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self.check)
        self.tick.start()

    @property
    def busy(self) -> bool:
        return self._handle is not None

    def due(self) -> ClientInfo | None:
        """The most overdue client other than the shown one, if any is due."""
        now, shown = self._now(), self.session.app.client_id
        due = [s for s in self.session.summaries()
               if s.id != shown and s.next_sync is not None and s.next_sync <= now
               and (s.id not in self._tried
                    or self._tried[s.id] + timedelta(minutes=s.interval_minutes) <= now)]
        if not due:
            return None
        first = min(due, key=lambda s: s.next_sync or now)
        return ClientInfo(first.id, first.name)

    def check(self) -> TaskHandle | None:
        """Start the next due sync (the tick timer calls this; tests may too)."""
        if self.busy or self.paused:
            return None
        client = self.due()
        if client is None:
            return None
        profile = self.session.profile
        log.info("scheduled sync of another client starting")
        self._tried[client.id] = self._now()

        def task(progress: ProgressFn, cancel: CancelToken) -> ClientSyncResult:
            return sync_client(profile, client, trigger="schedule", progress=progress,
                               cancel=cancel, name_in_hints=False)

        self._handle = handle = self.runner.submit("scheduled sync", task)
        handle.succeeded.connect(self._done)
        handle.finished.connect(self._finished)
        return handle

    def _done(self, result: ClientSyncResult) -> None:
        self.synced.emit(result)

    def _finished(self) -> None:
        self._handle = None
