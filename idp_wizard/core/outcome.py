"""What a sync run reports, and helpers for the bulk work of a run (no Qt, no I/O)."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from idp_wizard.core.messages import Message
from idp_wizard.core.plan import SyncPlan

if TYPE_CHECKING:
    from idp_wizard.core.push_results import PlatformReport


@dataclass(slots=True)
class SyncOutcome:
    # "succeeded", "held", "failed", "dry_run", or "incomplete": the directory part was
    # applied but the platform part halted (see `platform`; the rest is sent next run)
    status: str
    plan: SyncPlan | None
    mode: str
    run_id: int | None = None
    error: str = ""
    synced_users: int = 0  # on the platform after this run
    would_hold: str = ""  # a dry run: why the real run would be held ("" if it would not)
    message: Message | None = None  # `error` (or `would_hold`) in the admin's language
    counts: dict[str, object] = field(default_factory=dict, init=False)
    platform: PlatformReport | None = field(default=None, init=False)  # the push, if any

    def __post_init__(self) -> None:
        plan = self.plan
        if plan is not None:  # kept apart from the plan, which may be detached
            self.counts = {
                "add": len(plan.adds), "update": len(plan.updates),
                "remove": len(plan.removals), "skipped": plan.skipped, "kept": plan.kept,
                "directory_users": plan.directory_users,
                "problems": plan.problems_json(),
            }

    @property
    def stopped_for_removal(self) -> bool:
        """Its platform part was stopped because the client is being disconnected or
        removed: nothing waits for a next sync (the removal drops it with the client)."""
        from idp_wizard.core.locks import stopped_while_sending

        return (self.status == "incomplete" and self.platform is not None
                and self.platform.error == stopped_while_sending())

    def detach(self) -> SyncOutcome:
        """Drop the plan's per-user lists, in small steps: freeing 100,000 rows in one
        go holds the GIL long enough to freeze the GUI thread."""
        if self.plan is not None:
            release(self.plan.adds, self.plan.updates, self.plan.removals)
            self.plan = None
        return self

    def to_json(self) -> dict[str, object]:
        """Counts are what was applied; a dry run reports what would be applied."""
        c = self.counts
        applied = self.status in ("succeeded", "dry_run", "incomplete")
        out: dict[str, object] = {
            "status": self.status, "mode": self.mode, "run_id": self.run_id,
            "added": c.get("add", 0) if applied else 0,
            "updated": c.get("update", 0) if applied else 0,
            "removed": c.get("remove", 0) if applied else 0,
            "skipped": c.get("skipped", 0), "kept": c.get("kept", 0),
            "synced_users": self.synced_users,
            "directory_users": c.get("directory_users", 0),
            "problems": c.get("problems", []),
        }
        if self.status == "held":
            out["pending"] = {"added": c.get("add", 0), "updated": c.get("update", 0),
                              "removed": c.get("remove", 0)}
        if self.platform is not None:
            out["platform"] = self.platform.to_json()
            out["problems"] = [*c.get("problems", []),  # type: ignore[misc]
                               *self.platform.problems]
        if self.error:
            out["error"] = self.error
        if self.status == "dry_run":
            out["would_hold"] = bool(self.would_hold)
            if self.would_hold:
                out["hold_reason"] = self.would_hold
        return out


def release(*lists: list[Any]) -> None:
    """Empty big lists a slice at a time, letting other threads run in between."""
    for items in lists:
        while items:
            del items[-2000:]


@contextlib.contextmanager
def bulk_work() -> Iterator[None]:
    """No full garbage collections while 100,000s of records are built and written.

    A full collection scans every live object: repeated as a sync's records pile up,
    such scans cost ~30 % of a sync, and each one holds the GIL for 100-400 ms (the
    GUI thread froze for as long: benchmarks/bench_gui.py gui_max_stall_ms). Our
    records form no cycles, so only young garbage needs the collector (HTTP responses):
    small young generations keep each collection to a few milliseconds, and full
    collections wait until the bulk work is over. Nested uses keep the outer setting.
    10,000: a page of parsed JSON (a Google page is ~7,000 containers) mostly dies
    before a collection walks it. Measured against 5,000 at 100,000 employees: Google's
    no-change read 40 young collections instead of 333 (0.18 s instead of 0.29 s), the
    longest collection of an Entra first sync 20 ms instead of 41-46 ms; 20,000 made
    single collections of 38-49 ms.
    """
    old = gc.get_threshold()
    gc.set_threshold(10_000, 4, 1_000_000_000)
    try:
        yield
    finally:
        gc.set_threshold(*old)
