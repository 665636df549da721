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
from idp_wizard.core.contested import Contested, shared_addresses
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.language import LanguageMapper
from idp_wizard.core.plan import SyncPlan, build_plan
from idp_wizard.core.records import DeltaChanges, Directory
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.users import SyncedState, synced_state

SAFETY_FULL_READ = timedelta(hours=24)


def filter_digest(spec: FilterSpec) -> str:
    return hashlib.blake2b(spec.dumps().encode(), digest_size=16).hexdigest()


def choose_mode(conn: Connection, spec: FilterSpec, full_read_digest: str,
                now: datetime) -> tuple[str, str]:
    """("delta", "") or ("full", why). `full_read_digest`: the filter of the last full
    read (see `filter_digest`)."""
    if not conn.delta_link or not conn.last_full_read_at:
        return "full", "first read"
    if spec.group_values:
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
                       client_id: int = DEFAULT_CLIENT_ID,
                       contested: Contested | None = None) -> None:
    """Call inside the apply transaction: the snapshot moves with the users.
    `digest`: the filter of a full read (None keeps the one of the last full read);
    `contested`: who shares addresses, after a full read (None keeps the last)."""
    row: dict[str, object] = {"client_id": client_id, "ids": "\n".join(ids),
                              "read_at": store.now()}
    if digest is not None:
        row["filter_digest"] = digest
    if contested is not None:
        row |= contested.to_row()
    store.db.table("directory_state").upsert(row, pk="client_id")


def load_contested(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> Contested | None:
    """The contests of the last full read; None when none was kept (read in full)."""
    with store.errors():
        rows = list(store.db.query(
            "SELECT contested_ids, contested_keys, contested_salt FROM directory_state "
            "WHERE client_id = ?", [client_id]))
    if not rows or not rows[0]["contested_salt"]:
        return None
    return Contested.from_row(rows[0])


def delta_plan(store: Store, changes: DeltaChanges, spec: FilterSpec, mapper: LanguageMapper,
               known_ids: set[str], synced_data: Collection[str] | None = None,
               client_id: int = DEFAULT_CLIENT_ID) -> tuple[SyncPlan, set[str]] | None:
    """The plan for one delta round, and the directory's ids after it; None when the
    round meets an address several employees share (only a full read plans that
    exactly: see core/contested.py)."""
    if shared_addresses(changes.changed):
        return None
    changed_ids = [e.id for e in changes.changed]
    synced = synced_state(store, client_id, only_ids=changed_ids + list(changes.removed_ids))
    # `synced` covers exactly the changed and removed users, so build_plan's removals
    # are complete: removed synced users (absent from `changed`) and changed ones who
    # no longer match. Nothing may add to them here (they were once counted twice).
    plan = build_plan(Directory(changes.changed), spec, synced, mapper,
                      synced_data=synced_data, check=False)
    if _taken_addresses(plan, synced, set(changed_ids) | set(changes.removed_ids)):
        return None
    ids_after = (known_ids | set(changed_ids)) - set(changes.removed_ids)
    plan.directory_users = len(ids_after)
    # Everyone synced and not touched by this round stays as is.
    plan.unchanged = synced.total - len(plan.removals) - len(plan.updates) - plan.kept
    return plan, ids_after


def _taken_addresses(plan: SyncPlan, synced: SyncedState, moving: set[str]) -> bool:
    """Whether a changed employee now uses the address of a synced user who did not
    change (and so was not planned): a contest, which only a full read plans exactly."""
    wanted = [r.email.casefold() for r in plan.adds] + [
        r.email.casefold() for r, _ in plan.updates]
    holders = synced.holders(wanted)
    return any(uid not in moving for uid in holders.values())
