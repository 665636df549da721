"""What the history chart shows, as data (no Qt, no pixels): one point per sync run.

Synced users after each run come from the run record (`matched`: how many users the
app holds once that run was applied). A held, failed or interrupted run applied
nothing, so the count carries over from the run before; such runs, and incomplete ones
(the platform did not get everything), are marked: they are the runs an admin must
look at.
"""

from __future__ import annotations

from dataclasses import dataclass

from idp_wizard.core.runs import RunRecord

APPLIED = ("succeeded", "incomplete")  # the directory part was applied
MARKED = ("held", "failed", "incomplete", "interrupted")
SHOWN = 30  # the latest runs the chart draws (the table below lists more)


@dataclass(frozen=True, slots=True)
class RunPoint:
    run_id: int
    started_at: str
    status: str
    added: int  # applied (a held run applied nothing: see pending_removed)
    updated: int
    removed: int
    users: int | None  # synced users after the run (None: unknown, nothing before it)
    pending_removed: int  # held: the removals waiting for confirmation

    @property
    def mark(self) -> str | None:
        """"held", "failed", "incomplete" or "interrupted" when the run needs a look."""
        return self.status if self.status in MARKED else None


def history_series(runs: list[RunRecord], shown: int = SHOWN) -> list[RunPoint]:
    """`runs` newest first (as `list_runs` gives them) -> the latest `shown` runs,
    oldest first, with the synced users after each. Runs still running and dry runs
    changed nothing and are left out."""
    points: list[RunPoint] = []
    users: int | None = None
    for run in reversed(runs):
        status = str(run.status)
        if status in ("running", "dry_run"):
            continue
        applied = status in APPLIED
        if applied:
            users = run.matched
        points.append(RunPoint(
            run_id=run.id, started_at=run.started_at, status=status,
            added=run.added if applied else 0, updated=run.updated if applied else 0,
            removed=run.removed if applied else 0, users=users,
            pending_removed=(run.pending_removed or len(run.pending_removals))
            if status == "held" else 0))
    return points[-shown:]


def counts_by_mark(points: list[RunPoint]) -> dict[str, int]:
    """How many of the shown runs carry each mark (only marks that occur)."""
    found: dict[str, int] = {}
    for p in points:
        if p.mark is not None:
            found[p.mark] = found.get(p.mark, 0) + 1
    return found
