"""What every wizard page shares: the app, the runner, the flow's data, and one way to
run a background task that is safe to outlive the wizard."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from idp_wizard.app import App
from idp_wizard.core.progress import Progress
from idp_wizard.core.wizard import WizardData, WizardMode
from idp_wizard.core.wizard_engine import WizardEngine
from idp_wizard.ui.tasks import TaskFn, TaskHandle, TaskRunner


@dataclass
class WizardContext:
    app: App
    runner: TaskRunner
    engine: WizardEngine  # the flow and its side effects; pages only show them
    advance: Callable[[], None] = lambda: None  # go to the next page
    refresh_buttons: Callable[[], None] = lambda: None  # Back/Cancel/Finish changed
    # A page changed its state (a task started or ended, an error shows): buttons, the
    # step map, and the focus onto the page's first or primary visible control.
    state_changed: Callable[[], None] = lambda: None
    task: TaskHandle | None = None
    closed: bool = False
    _late: dict[int, Callable[[Any], None]] = field(default_factory=dict)

    @property
    def mode(self) -> WizardMode:
        return self.engine.mode

    @property
    def data(self) -> WizardData:
        return self.engine.data

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def run(self, name: str, fn: TaskFn, *, succeeded: Callable[[Any], None],
            failed: Callable[[BaseException], None],
            progressed: Callable[[Progress], None] | None = None,
            late: Callable[[Any], None] | None = None) -> TaskHandle:
        """Submit `fn`; callbacks run on the GUI thread unless the wizard has closed
        meanwhile, in which case only `late(result)` runs (e.g. forget a sign-in that
        finished after Cancel, so nothing half-connected remains)."""
        handle = self.runner.submit(name, fn)
        self.task = handle

        def on_ok(result: Any) -> None:
            if self.closed:
                if late is not None:
                    late(result)
            else:
                succeeded(result)

        def on_fail(exc: BaseException) -> None:
            if not self.closed:
                failed(exc)

        def on_progress(p: Progress) -> None:
            if not self.closed and progressed is not None:
                progressed(p)

        def on_finished() -> None:
            if self.task is handle:
                self.task = None
            if not self.closed:
                self.state_changed()

        handle.succeeded.connect(on_ok)
        handle.failed.connect(on_fail)
        handle.progressed.connect(on_progress)
        handle.finished.connect(on_finished)
        self.state_changed()
        return handle
