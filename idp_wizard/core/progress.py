"""Progress reports and cancellation shared by every long-running operation.

Plain Python (no Qt): the UI's task runner turns reports into signals; the CLI prints
them or ignores them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from idp_wizard.core.errors import Cancelled


@dataclass(frozen=True, slots=True)
class Progress:
    phase: str  # "users", "groups", "org_units", "apply", "throttled", ...
    done: int = 0
    total: int | None = None
    message: str = ""


ProgressFn = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """The default progress sink."""


class CancelToken:
    """Checked between pages/steps; cancelling never interrupts a write half-way."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("Cancelled.")

    def wait(self, seconds: float) -> None:
        """Sleep that wakes up (and raises) as soon as the operation is cancelled."""
        if self._event.wait(seconds):
            raise Cancelled("Cancelled.")
