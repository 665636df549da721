"""Progress reports and cancellation shared by every long-running operation.

Plain Python (no Qt): the UI's task runner turns reports into signals; the CLI prints
them or ignores them.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from idp_wizard.core.errors import Cancelled
from idp_wizard.core.messages import Message, msg


@dataclass(frozen=True, slots=True)
class Progress:
    phase: str  # "users", "groups", "org_units", "apply", "throttled", ...
    done: int = 0
    total: int | None = None
    message: str | Message = ""  # what to show (the GUI has its own words per phase)


ProgressFn = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """The default progress sink."""


class CancelToken:
    """The one cancel signal of every long operation (syncs, reads, sign-ins).

    Checked between pages and steps: cancelling never interrupts a write half-way.
    `on_cancel` registers what wakes a blocking wait (a sign-in's loopback listener);
    `watch` adds a condition checked with every `raise_if_cancelled` (e.g. another
    process asked this client's running sync to stop), at most every `WATCH_EVERY` s.
    """

    WATCH_EVERY = 0.2

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._wake: Callable[[], None] | None = None
        self._watch: Callable[[], str | Message | None] | None = None
        self._next_watch = 0.0
        self._reason: str | Message = msg("Cancelled.")

    def cancel(self, reason: str | Message = "") -> None:
        with self._lock:
            if reason:
                self._reason = reason
            self._event.set()
            wake = self._wake
        if wake is not None:
            wake()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    @property
    def reason(self) -> str | Message:
        """Why it was cancelled ("Cancelled." unless the canceller said)."""
        return self._reason

    def on_cancel(self, wake: Callable[[], None] | None) -> None:
        """Register what wakes a waiting operation; runs at once if already cancelled."""
        with self._lock:
            self._wake = wake
            fire = wake is not None and self._event.is_set()
        if fire and wake is not None:
            wake()

    def watch(self, check: Callable[[], str | Message | None]) -> None:
        """`check()` returns why the operation must stop, or None to go on."""
        self._watch = check

    def raise_if_cancelled(self) -> None:
        check = self._watch
        if check is not None and not self._event.is_set():
            now = time.monotonic()
            if now >= self._next_watch:
                self._next_watch = now + self.WATCH_EVERY
                reason = check()
                if reason:
                    self.cancel(reason)
        if self._event.is_set():
            raise Cancelled(self._reason)

    def wait(self, seconds: float) -> None:
        """Sleep that wakes up (and raises) as soon as the operation is cancelled."""
        if self._event.wait(seconds):
            raise Cancelled(self._reason)
