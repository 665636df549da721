"""The push: many users' operations with bounded concurrency over one HTTP client.

Contract for the engine:
- `push(ops, on_result)` calls `on_result` once per finished op, on the calling thread
  (so it may write to the engine's SQLite connection), as each completes. `ops` is
  iterated lazily on the calling thread too. One push at a time per target.
- An op that gets no result was not (knowingly) applied: keep it pending. That happens
  when the push halts: a 401 (then `TokenRejected` is raised: the target needs a new
  token), the platform unreachable or failing after retries (that error is raised), or
  a cancel (`Cancelled`). Ops already running finish first; no op starts after a halt.
- A per-user refusal (400, 403, 409 that cannot be adopted, ...) is a FAILED result;
  the other users go on. But 403 for 5 users in a row with nothing else between means
  the token lost its rights: the push halts (`AccessDenied`) and the rest waits.
- Initial creates go in Bulk requests when the server supports Bulk (see bulk.py).
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from idp_wizard.core.errors import Cancelled
from idp_wizard.core.messages import msg
from idp_wizard.core.progress import CancelToken
from idp_wizard.platform.bulk import BulkCreator, batches
from idp_wizard.platform.errors import AccessDenied, PlatformError
from idp_wizard.platform.http import ScimHttp
from idp_wizard.platform.operations import OpKind, Outcome, PushSummary, UserOp, UserResult
from idp_wizard.platform.writer import UserWriter

log = logging.getLogger(__name__)
ResultCallback = Callable[[UserResult], None]
Task = Callable[[], list[UserResult]]
DEFAULT_CONCURRENCY = 4
DENIED_IN_A_ROW = 5  # users refused with 403 one after another: the token, not the users


class PushExecutor:
    def __init__(self, writer: UserWriter, *, concurrency: int = DEFAULT_CONCURRENCY,
                 use_bulk: bool = True) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.writer = writer
        self.concurrency = concurrency
        self.bulk = BulkCreator(writer)
        limits = writer.users.caps.bulk
        self.use_bulk = use_bulk and limits.usable

    def push(self, ops: Iterable[UserOp], on_result: ResultCallback,
             cancel: CancelToken | None = None) -> PushSummary:
        """`ops` is iterated on the calling thread (it may read the engine's store)."""
        http = self.writer.users.http
        summary, writes_before = PushSummary(), http.writes
        run = _Run(http, self.concurrency)
        try:
            run.drive(self._tasks(ops), summary, on_result, cancel)
        finally:
            run.stop()
        summary.writes = http.writes - writes_before
        if run.halt is not None:
            log.info("push halted: %s", type(run.halt).__name__)
            raise run.halt
        return summary

    def _tasks(self, ops: Iterable[UserOp]) -> Iterator[Task]:
        """Single ops as they come; fresh creates gathered into Bulk batches."""
        writer = self.writer
        if not self.use_bulk:
            for op in ops:
                yield _single(writer, op)
            return
        creates: list[UserOp] = []
        limit = min(self.writer.users.caps.bulk.max_operations, 500)
        for op in ops:
            # writer.methods.bulk: False once the server refused a Bulk request
            if op.kind is OpKind.CREATE and not op.verify_first and writer.methods.bulk:
                creates.append(op)
                if len(creates) >= limit:
                    yield from self._bulk_tasks(creates)
                    creates = []
            else:
                yield _single(writer, op)
        yield from self._bulk_tasks(creates)

    def _bulk_tasks(self, creates: list[UserOp]) -> Iterator[Task]:
        for batch in batches(creates, self.writer.users.caps.bulk):
            yield partial(self.bulk.run, batch)


class _Run:
    """Worker threads fed through a queue; results come back through another, so the
    calling thread alone iterates the ops and calls back (cheaper than a future each)."""

    def __init__(self, http: ScimHttp, concurrency: int) -> None:
        self.http = http
        self.window = concurrency * 2  # tasks queued or running at once
        self.halt: BaseException | None = None
        self.denied = 0  # 403 answers in a row
        self._tasks: queue.SimpleQueue[Task | None] = queue.SimpleQueue()
        self._done: queue.SimpleQueue[list[UserResult] | BaseException] = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"scim-push-{i}", daemon=True)
                         for i in range(concurrency)]
        for thread in self._threads:
            thread.start()

    def _work(self) -> None:
        while (task := self._tasks.get()) is not None:
            try:
                self._done.put(task())
            except BaseException as exc:  # handed to the calling thread, never lost
                if isinstance(exc, PlatformError | Cancelled):
                    self.http.halt()  # before this worker takes the next queued task
                self._done.put(exc)

    def drive(self, tasks: Iterator[Task], summary: PushSummary, on_result: ResultCallback,
              cancel: CancelToken | None) -> None:
        in_flight, exhausted = 0, False
        while True:
            while not exhausted and self.halt is None and in_flight < self.window:
                if cancel is not None and cancel.cancelled:
                    self._stop_with(Cancelled(cancel.reason))  # e.g. a disconnect's
                    break
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    break
                self._tasks.put(task)
                in_flight += 1
            if in_flight == 0:
                return
            try:
                out = self._done.get(timeout=0.25)  # wakes to look at `cancel`
            except queue.Empty:
                continue
            in_flight -= 1
            if isinstance(out, PlatformError | Cancelled):
                self._stop_with(out)
            elif isinstance(out, BaseException):
                raise out
            else:
                for result in out:
                    summary.add(result)
                    on_result(result)
                    self._judge(result)

    def _judge(self, result: UserResult) -> None:
        """403 for user after user, nothing else in between: the token lost its rights
        (not one protected user), so stop rather than be refused for everyone."""
        refused = result.outcome is Outcome.FAILED and result.status == 403
        self.denied = self.denied + 1 if refused else 0
        if self.denied == DENIED_IN_A_ROW:
            self._stop_with(AccessDenied(msg(
                "The platform refused {count} changes in a row with this SCIM token (403): "
                "check that the token may still provision users; the rest waits for the "
                "next sync.", count=DENIED_IN_A_ROW), status=403))

    def _stop_with(self, exc: BaseException) -> None:
        # The cause wins over the Cancelled it caused in the other workers.
        if self.halt is None or (isinstance(self.halt, Cancelled)
                                 and not isinstance(exc, Cancelled)):
            self.halt = exc
        self.http.halt()  # waiting retries wake; queued tasks send nothing

    def stop(self) -> None:
        """Let running tasks finish, then end the threads. Tasks still queued (after a
        halt or an error in the callback) send nothing; their ops stay pending."""
        self.http.halt()
        for _ in self._threads:
            self._tasks.put(None)
        for thread in self._threads:
            thread.join()
        self.http.resume()


def _single(writer: UserWriter, op: UserOp) -> Task:
    return lambda: [writer.run(op)]
