"""The deletion guard: a run that would remove too many users is held, not applied."""

from __future__ import annotations

import math

from idp_wizard.core.connection import ConnectionState, set_state
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.runs import RunStatus, finish_run
from idp_wizard.core.store import Store

DEFAULT_DELETION_PERCENT = 10
DEFAULT_DELETION_COUNT = 50


def deletion_threshold(store: Store, synced_count: int) -> int:
    """Removals above this number are held for confirmation."""
    percent = store.setting("deletion_threshold_percent", DEFAULT_DELETION_PERCENT)
    count = store.setting("deletion_threshold_count", DEFAULT_DELETION_COUNT)
    return max(math.floor(synced_count * percent / 100), count)


def hold(store: Store, plan: SyncPlan, run_id: int, mode: str, threshold: int,
         synced: int) -> SyncOutcome:
    """Record the run as held with who would be removed; apply nothing."""
    n = len(plan.removals)
    reason = (f"This sync would remove {n:,} of {synced:,} synced users (more than the "
              f"limit of {threshold:,}). Nothing was applied; review the removals and "
              "confirm them, or fix the directory or the filter.")
    pending = [{"id": r.id, "who": r.who} for r in plan.removals]
    finish_run(store, run_id, RunStatus.HELD, mode=mode,
               directory_users=plan.directory_users, matched=plan.shared,
               added=len(plan.adds), updated=len(plan.updates), removed=0,
               skipped=plan.skipped, kept=plan.kept, pending_removals=pending,
               problems=[p.to_json() for p in plan.problems], error=reason)
    set_state(store, ConnectionState.HELD, reason)
    return SyncOutcome("held", plan, mode, run_id, error=reason, synced_users=synced)
