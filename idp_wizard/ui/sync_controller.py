"""Runs the panel's long operations (syncs, disconnect, reset, export) one at a time
through the TaskRunner, and keeps the in-app sync schedule.

One operation at a time: a second sync while one runs would only wait on the sync
lock, and a disconnect in the middle of a sync makes no sense. The schedule checks the
wall clock every 30 seconds rather than trusting one long QTimer, so a laptop that slept
through the due time syncs soon after it wakes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from idp_wizard.app import App
from idp_wizard.core.client_settings import (
    DEFAULT_INTERVAL,
    INTERVAL_KEY,
    MAX_INTERVAL,  # noqa: F401 (the panel and the settings dialog import these from here)
    MIN_INTERVAL,  # noqa: F401
    clamp_interval,
    client_setting,
    set_client_setting,
)
from idp_wizard.core.clock import parse_iso
from idp_wizard.core.connection import Connection, ConnectionState
from idp_wizard.core.errors import SyncInProgress
from idp_wizard.core.progress import CancelToken, ProgressFn
from idp_wizard.core.runs import last_finished_run
from idp_wizard.ui.tasks import TaskFn, TaskHandle, TaskRunner

log = logging.getLogger(__name__)

TICK_MS = 30_000
SYNC = "sync"


class SyncController(QObject):
    started = Signal(str)  # operation name ("sync", "disconnect", ...)
    progressed = Signal(object)  # core.progress.Progress
    finished = Signal(str, object, object)  # name, result, error (one of them None)
    schedule_changed = Signal()  # next due time or skip note changed

    def __init__(self, app: App, runner: TaskRunner, parent: QObject | None = None,
                 now: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self.app, self.runner = app, runner
        self._now = now or app.clock
        self._handle: TaskHandle | None = None
        self._name = ""
        self.last_trigger = ""  # of the running or last sync: "gui", "schedule", ...
        self._pending_interval: int | None = None  # written once the store is idle
        self.hold_schedule = False  # e.g. while the setup wizard is open
        self.skip_note = ""  # why the last scheduled sync did not run, if it did not
        self.connection: Connection | None = None  # cached: no store reads mid-task
        self.set_app(app)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.check_schedule)
        self._tick.start()

    def set_app(self, app: App) -> None:
        """Run the operations and the schedule of this client (the client switcher
        calls this while no operation runs)."""
        self.app = app
        self._interval = self._clamp(client_setting(app.store, app.client_id, INTERVAL_KEY,
                                                    DEFAULT_INTERVAL))
        self._anchor = datetime.min.replace(tzinfo=UTC)
        self.skip_note = ""
        self.reload()
        if self._anchor.year == 1:  # never synced: count from now
            self._anchor = self._now()

    def reload(self) -> None:
        """Re-read the connection (after operations and wizard runs)."""
        self.connection = self.app.connection()
        last = last_finished_run(self.app.store, self.app.client_id, with_problems=False)
        if last and last.finished_at:  # also counts syncs the wizard or the CLI ran
            self._anchor = max(self._anchor, parse_iso(last.finished_at))

    # -- running operations ----------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self._handle is not None

    @property
    def current(self) -> str:
        return self._name

    def run(self, name: str, fn: TaskFn) -> TaskHandle | None:
        """Start `fn(progress, cancel)` unless another operation is running."""
        if self._handle is not None:
            return None
        self._name = name
        self._handle = handle = self.runner.submit(name, fn)
        handle.progressed.connect(self.progressed)
        handle.succeeded.connect(lambda result: self._done(name, result, None))
        handle.failed.connect(lambda error: self._done(name, None, error))
        self.started.emit(name)
        return handle

    def sync(self, trigger: str = "gui", allow_deletions: bool = False,
             approved_removals: frozenset[str] = frozenset()) -> TaskHandle | None:
        if self.busy:
            return None
        app = self.app
        self.last_trigger = trigger

        def task(progress: ProgressFn, cancel: CancelToken) -> Any:
            outcome = app.sync_service().run(
                trigger=trigger, allow_deletions=allow_deletions,
                approved_removals=approved_removals, progress=progress, cancel=cancel)
            return outcome.detach()  # free the per-user lists here, not on the GUI thread

        return self.run(SYNC, task)

    def cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()

    def _done(self, name: str, result: object, error: object) -> None:
        self._handle, self._name = None, ""
        self.reload()
        if name == SYNC:
            self._anchor = self._now()
            if not isinstance(error, SyncInProgress):
                self.skip_note = ""
        if self._pending_interval is not None:
            set_client_setting(self.app.store, self.app.client_id, INTERVAL_KEY,
                               self._pending_interval)
            self._pending_interval = None
        self.finished.emit(name, result, error)
        self.schedule_changed.emit()

    # -- the schedule ----------------------------------------------------------------

    @staticmethod
    def _clamp(value: object) -> int:
        return clamp_interval(value)

    @property
    def interval_minutes(self) -> int:
        return self._interval

    def set_interval_minutes(self, minutes: int) -> None:
        minutes = self._clamp(minutes)
        if minutes == self._interval:
            return
        self._interval = minutes
        if self.busy:  # the worker may be inside a transaction on the shared connection
            self._pending_interval = minutes
        else:
            set_client_setting(self.app.store, self.app.client_id, INTERVAL_KEY, minutes)
        self.schedule_changed.emit()

    def next_due(self) -> datetime | None:
        if self.connection is None:
            return None
        return self._anchor + timedelta(minutes=self._interval)

    def check_schedule(self) -> None:
        """Start the scheduled sync when it is due (the tick timer calls this)."""
        if self.busy or self.hold_schedule:
            return  # the running operation's end re-anchors the schedule
        due = self.next_due()
        if due is None or self._now() < due:
            return
        # Due by what the window last read: read again, the command line or the OS
        # scheduler may have synced (the schedule counts from that) or disconnected the
        # client since (re-reading only moves the due time later, or drops it).
        self.reload()
        due = self.next_due()
        if due is None or self._now() < due:
            return
        conn = self.connection
        if conn is not None and conn.state is ConnectionState.NEEDS_REAUTHORIZATION:
            self._anchor = self._now()
            self.skip_note = self.tr(
                "The scheduled sync was skipped: the connection needs reauthorization.")
            self.schedule_changed.emit()
            return
        log.info("scheduled sync starting")
        self.sync(trigger="schedule")
