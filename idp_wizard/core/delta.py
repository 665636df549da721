"""Incremental (delta) sync for Entra: plan from what changed, not from everyone.

Graph's /users/delta tells which users changed since the last round. Unchanged users
need no work: their data did not change and (a filter change forces a full read) the
filter did not either. Only changed employees are planned; removals come from
`@removed` entries or from changed users who no longer match. A full read still runs
on the first sync, after a filter change, when the filter uses groups (membership
changes are not user changes), when Graph expires the delta link, and once a day.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable
from datetime import datetime, timedelta

from idp_wizard.core.clock import parse_iso
from idp_wizard.core.connection import Connection
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.language import LanguageMapper
from idp_wizard.core.messages import msg
from idp_wizard.core.plan import SyncPlan, build_plan
from idp_wizard.core.records import DeltaChanges, Directory
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.user_record import UserRecord
from idp_wizard.core.users import SyncedState, synced_state
from idp_wizard.core.validation import Action, Problem

SAFETY_FULL_READ = timedelta(hours=24)


def filter_digest(spec: FilterSpec) -> str:
    return hashlib.blake2b(spec.dumps().encode(), digest_size=16).hexdigest()


def choose_mode(conn: Connection, spec: FilterSpec, full_read_digest: str,
                now: datetime) -> tuple[str, str]:
    """("delta", "") or ("full", why). `full_read_digest`: the filter of the last full
    read (see `filter_digest`)."""
    if not conn.delta_link or not conn.last_full_read_at:
        return "full", "first read"
    if spec.include["groups"] or spec.exclude["groups"]:
        return "full", "the filter uses groups"
    if full_read_digest != filter_digest(spec):
        return "full", "the filter changed"
    if now - parse_iso(conn.last_full_read_at) >= SAFETY_FULL_READ:
        return "full", "daily full read"
    return "delta", ""


def load_directory_ids(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> set[str]:
    with store.errors():
        rows = list(store.db.query(
            "SELECT ids FROM directory_state WHERE client_id = ?", [client_id]))
    return set(rows[0]["ids"].split("\n")) - {""} if rows else set()


def full_read_digest(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> str:
    with store.errors():
        rows = list(store.db.query(
            "SELECT filter_digest FROM directory_state WHERE client_id = ?", [client_id]))
    return (rows[0]["filter_digest"] or "") if rows else ""


def save_directory_ids(store: Store, ids: Iterable[str], digest: str | None = None,
                       client_id: int = DEFAULT_CLIENT_ID) -> None:
    """Call inside the apply transaction: the snapshot moves with the users.
    `digest`: the filter of a full read (None keeps the one of the last full read)."""
    row: dict[str, object] = {"client_id": client_id, "ids": "\n".join(ids),
                              "read_at": store.now()}
    if digest is not None:
        row["filter_digest"] = digest
    store.db["directory_state"].upsert(row, pk="client_id")


def delta_plan(store: Store, changes: DeltaChanges, spec: FilterSpec, mapper: LanguageMapper,
               known_ids: set[str], synced_data: Collection[str] | None = None,
               client_id: int = DEFAULT_CLIENT_ID) -> tuple[SyncPlan, set[str]]:
    """The plan for one delta round, and the directory's ids after it."""
    changed_ids = [e.id for e in changes.changed]
    synced = synced_state(store, client_id, only_ids=changed_ids + list(changes.removed_ids))
    # `synced` covers exactly the changed and removed users, so build_plan's removals
    # are complete: removed synced users (absent from `changed`) and changed ones who
    # no longer match. Nothing may add to them here (they were once counted twice).
    plan = build_plan(Directory(changes.changed), spec, synced, mapper,
                      synced_data=synced_data, check=False)
    _skip_taken_addresses(plan, synced, set(changed_ids) | set(changes.removed_ids))
    ids_after = (known_ids | set(changed_ids)) - set(changes.removed_ids)
    plan.directory_users = len(ids_after)
    # Everyone synced and not touched by this round stays as is.
    plan.unchanged = synced.total - len(plan.removals) - len(plan.updates) - plan.kept
    return plan, ids_after


def _skip_taken_addresses(plan: SyncPlan, synced: SyncedState, moving: set[str]) -> None:
    """A changed employee may now use the address of a synced user who did not change
    (and so was not planned): the synced holder keeps it, the newcomer is skipped."""
    wanted = [r.email.casefold() for r in plan.adds] + [
        r.email.casefold() for r, _ in plan.updates]
    holders = synced.holders(wanted)
    taken = {addr for addr, uid in holders.items() if uid not in moving}
    if not taken:
        return
    # `taken` holders are not in this round, so never the row's own user.
    def clashes(r: UserRecord, action: Action) -> bool:
        if r.email.casefold() not in taken:
            return False
        plan.problems.append(Problem(r.id, r.email, msg(
            "e-mail address {address} is also used by another employee", address=r.email),
            action))
        return True

    plan.adds = [r for r in plan.adds if not clashes(r, Action.SKIPPED)]
    kept_before = len(plan.updates)
    plan.updates = [(r, f) for r, f in plan.updates if not clashes(r, Action.KEPT)]
    plan.kept += kept_before - len(plan.updates)  # synced users stay as they are
