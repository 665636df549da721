"""The push: many users' operations with bounded concurrency over one HTTP client.

Contract for the engine:
- `push(ops, on_result)` calls `on_result` once per finished op, on the calling thread
  (so it may write to the engine's SQLite connection), as each completes.
- An op that gets no result was not (knowingly) applied: keep it pending. That happens
  when the push halts: a 401 (then `TokenRejected` is raised: the target needs a new
  token), the platform unreachable or failing after retries (that error is raised), or
  a cancel (`Cancelled`). Ops already running finish first; no op starts after a halt.
- A per-user refusal (400, 403, 409 that cannot be adopted, ...) is a FAILED result;
  the other users go on.
- Initial creates go in Bulk requests when the server supports Bulk (see bulk.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from functools import partial

from idp_wizard.core.errors import Cancelled
from idp_wizard.core.progress import CancelToken
from idp_wizard.platform.bulk import BulkCreator, batches
from idp_wizard.platform.errors import PlatformError
from idp_wizard.platform.http import ScimHttp
from idp_wizard.platform.operations import OpKind, PushSummary, UserOp, UserResult
from idp_wizard.platform.writer import UserWriter

log = logging.getLogger(__name__)
ResultCallback = Callable[[UserResult], None]
Task = Callable[[], list[UserResult]]
DEFAULT_CONCURRENCY = 4


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
        http = self.writer.users.http
        summary, writes_before = PushSummary(), http.writes
        halt: BaseException | None = None
        tasks = self._tasks(ops)
        pending: set[Future[list[UserResult]]] = set()
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="scim-push") as pool:
            try:
                while True:
                    while halt is None and len(pending) < self.concurrency * 2:
                        if cancel is not None and cancel.cancelled:
                            halt = Cancelled("Cancelled.")
                            http.halt()
                            break
                        task = next(tasks, None)
                        if task is None:
                            break
                        pending.add(pool.submit(_halting(http, task)))
                    if not pending:
                        break
                    done, pending = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
                    for future in done:
                        try:
                            results = future.result()
                        except (PlatformError, Cancelled) as exc:
                            # The cause wins over the Cancelled it caused in other workers.
                            if halt is None or (isinstance(halt, Cancelled)
                                                and not isinstance(exc, Cancelled)):
                                halt = exc
                            http.halt()  # in-flight retries stop waiting
                            continue
                        for result in results:
                            summary.add(result)
                            on_result(result)
            finally:
                if halt is not None or pending:
                    http.halt()
                    wait(pending)
                http.resume()
        summary.writes = http.writes - writes_before
        if halt is not None:
            log.info("push halted: %s", type(halt).__name__)
            raise halt
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
            if op.kind is OpKind.CREATE and not op.verify_first:
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


def _single(writer: UserWriter, op: UserOp) -> Task:
    return lambda: [writer.run(op)]


def _halting(http: ScimHttp, task: Task) -> Task:
    """Halt the client from the worker itself, before it takes the next queued op."""

    def run() -> list[UserResult]:
        try:
            return task()
        except (PlatformError, Cancelled):
            http.halt()
            raise

    return run
