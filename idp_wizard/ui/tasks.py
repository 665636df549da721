"""The one way the GUI runs background work (sign-in, rules sync, user sync).

A task is a plain callable `fn(progress, cancel) -> result` from core/providers code.
It runs on Qt's thread pool; progress, result and error come back to the GUI thread
as queued signals on a `TaskHandle`, so no worker ever touches a widget. Tests may
inject `InlineTaskRunner`, which runs the same callable synchronously.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from idp_wizard.core.progress import CancelToken, Progress, ProgressFn

log = logging.getLogger(__name__)
TaskFn = Callable[[ProgressFn, CancelToken], Any]


class TaskHandle(QObject):
    """Lives in the GUI thread; signals arrive here queued from the worker."""

    progressed = Signal(object)  # Progress
    succeeded = Signal(object)  # the result
    failed = Signal(object)  # the exception
    finished = Signal()  # after succeeded/failed

    _relay_progress = Signal(object)
    _relay_result = Signal(object, object)  # (result, error)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.cancel_token = CancelToken()
        self.running = True
        # Always queued: results arrive through the event loop, in order, even when
        # the task ran synchronously (InlineTaskRunner) before anyone connected.
        self._relay_progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._relay_result.connect(self._on_result, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self.cancel_token.cancel()

    # Called from the worker thread: only emit (queued to this object's thread).
    def report(self, p: Progress) -> None:
        self._relay_progress.emit(p)

    def complete(self, result: Any, error: BaseException | None) -> None:
        self._relay_result.emit(result, error)

    @Slot(object)
    def _on_progress(self, p: Progress) -> None:
        if self.running:
            self.progressed.emit(p)

    @Slot(object, object)
    def _on_result(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        if error is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(error)
        self.finished.emit()


class _Job(QRunnable):
    def __init__(self, fn: TaskFn, handle: TaskHandle) -> None:
        super().__init__()
        self.fn, self.handle = fn, handle
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.handle.report, self.handle.cancel_token)
        except BaseException as exc:  # handed to the GUI thread, never lost
            if not isinstance(exc, Exception):
                raise
            log.info("task %s failed: %s", self.handle.name, type(exc).__name__)
            self.handle.complete(None, exc)
        else:
            self.handle.complete(result, None)


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._handles: set[TaskHandle] = set()

    def submit(self, name: str, fn: TaskFn) -> TaskHandle:
        handle = TaskHandle(name, self)
        self._handles.add(handle)
        handle.finished.connect(lambda: self._handles.discard(handle))
        self.pool.start(_Job(fn, handle))
        return handle

    def cancel_all(self) -> None:
        for handle in list(self._handles):
            handle.cancel()

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """At shutdown: give running tasks a chance to stop cleanly."""
        self.cancel_all()
        return self.pool.waitForDone(msecs)


class InlineTaskRunner(TaskRunner):
    """Runs tasks synchronously in the caller's thread (tests). Signals are still
    delivered through the event loop, so callers connect after `submit` as usual."""

    def submit(self, name: str, fn: TaskFn) -> TaskHandle:
        handle = TaskHandle(name, self)
        _Job(fn, handle).run()
        return handle
