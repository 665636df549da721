"""The deletion guard: a run that would remove too many users is held, not applied.

Held when the removals nobody approved are more than the limit (10 % of the synced
users or 50, whichever is larger; configurable), more than half of the synced users
(whatever their number: a 40-user tenant must not lose everyone to a partial read), or
any at all while the directory read returned no employees.
"""

from __future__ import annotations

import math

from idp_wizard.core.client_settings import client_setting
from idp_wizard.core.connection import ConnectionState, save_pending_filter, set_state
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.runs import RunStatus, finish_run
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.users import count_users

DEFAULT_DELETION_PERCENT = 10
DEFAULT_DELETION_COUNT = 50


def deletion_threshold(store: Store, synced_count: int,
                       client_id: int = DEFAULT_CLIENT_ID) -> int:
    """Removals above this number are held for confirmation (the client's limits)."""
    percent = client_setting(store, client_id, "deletion_threshold_percent",
                             DEFAULT_DELETION_PERCENT)
    count = client_setting(store, client_id, "deletion_threshold_count",
                           DEFAULT_DELETION_COUNT)
    return max(math.floor(synced_count * float(percent) / 100), int(count))


def hold_reason(unapproved: int, synced: int, directory_users: int,
                threshold: int) -> Message | None:
    """Why these removals must wait for the admin (None when they need not)."""
    if unapproved == 0:
        return None
    if directory_users == 0:
        return msg("The directory read returned no employees, so this sync would remove "
                   "{removed} of {synced} synced users. Nothing was applied; review the "
                   "removals and confirm them, or fix the directory or the filter.",
                   removed=unapproved, synced=synced)
    if unapproved * 2 > synced:
        return msg("This sync would remove {removed} of {synced} synced users, more than "
                   "half of them. Nothing was applied; review the removals and confirm "
                   "them, or fix the directory or the filter.",
                   removed=unapproved, synced=synced)
    if unapproved > threshold:
        return msg("This sync would remove {removed} of {synced} synced users (more than "
                   "the limit of {limit}). Nothing was applied; review the removals and "
                   "confirm them, or fix the directory or the filter.",
                   removed=unapproved, synced=synced, limit=threshold)
    return None


def plan_hold_reason(store: Store, plan: SyncPlan, unapproved: int,
                     client_id: int = DEFAULT_CLIENT_ID) -> tuple[Message | None, int]:
    """Why applying `plan` with `unapproved` removals would be held (None when it would
    not), and the synced users it is measured against."""
    synced = count_users(store, client_id)
    return hold_reason(unapproved, synced, plan.directory_users,
                       deletion_threshold(store, synced, client_id)), synced


def hold(store: Store, plan: SyncPlan, run_id: int, mode: str, reason: Message, synced: int,
         pending_spec: FilterSpec | None = None,
         client_id: int = DEFAULT_CLIENT_ID) -> SyncOutcome:
    """Record the run as held with who would be removed; apply nothing. A held filter
    change waits beside the live filter, which stays in force."""
    pending = [{"id": r.id, "who": r.who} for r in plan.removals]
    with store.transaction() as db:
        # Scheduled runs re-hold every interval: only the newest keeps the list.
        db.execute("UPDATE sync_runs SET pending_removals = '[]' WHERE client_id = ? "
                   "AND id < ? AND pending_removals != '[]' AND id NOT IN (SELECT "
                   "pending_run_id FROM filters WHERE client_id = ? AND pending_run_id IS "
                   "NOT NULL)", [client_id, run_id, client_id])
        finish_run(store, run_id, RunStatus.HELD, mode=mode,
                   directory_users=plan.directory_users, matched=plan.shared,
                   added=0, updated=0, removed=0, pending_added=len(plan.adds),
                   pending_updated=len(plan.updates), pending_removed=len(plan.removals),
                   skipped=plan.skipped, kept=plan.kept, pending_removals=pending,
                   problems=plan.problems_json(), error=reason)
        set_state(store, ConnectionState.HELD, reason, client_id)
        if pending_spec is not None:
            save_pending_filter(store, pending_spec, run_id, client_id)
    return SyncOutcome("held", plan, mode, run_id, error=str(reason), synced_users=synced,
                       message=reason)
