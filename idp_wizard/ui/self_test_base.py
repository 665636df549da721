"""The self-test's machinery: one check at a time, each reported on its own line; a
failing check fails the run but the others still run. No check lives here."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

OK, FAILED, SKIPPED = "OK", "FAILED", "SKIPPED"
DEMO_SIZE = 50
WAIT_MS = 30_000


class Skip(Exception):
    """The check cannot apply here (e.g. no German .qm built yet); not a failure."""


@dataclass
class Result:
    name: str
    status: str
    detail: str
    seconds: float


class SelfTest:
    def __init__(self, out: Callable[[str], None]) -> None:
        self.out = out
        self.results: list[Result] = []

    def check(self, name: str, fn: Callable[[], str]) -> bool:
        start = time.perf_counter()
        try:
            status, detail = OK, fn()
        except Skip as exc:
            status, detail = SKIPPED, str(exc)
        except Exception as exc:  # report every failure, keep checking the rest
            status, detail = FAILED, f"{type(exc).__name__}: {exc}"
        result = Result(name, status, detail, time.perf_counter() - start)
        self.results.append(result)
        self.out(f"[{status:^7}] {name} ({result.seconds:.2f} s)"
                 + (f": {detail}" if detail else ""))
        return status != FAILED

    @property
    def passed(self) -> bool:
        return all(r.status != FAILED for r in self.results)



def wait(check: Callable[[], bool], what: str, ms: int = WAIT_MS) -> None:
    """Let queued signals (task results, page changes) land; a test tool, not app code."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    deadline = time.monotonic() + ms / 1000
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)

