"""Pushing the groups the filter names, with their shared members (PATCH add/remove
members); a group that leaves the filter is removed from the platform. Only groups
this app created or adopted are ever changed or removed, and a group whose name and
members are what the platform last confirmed costs no request."""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

from idp_wizard.core.plan import SharedGroup
from idp_wizard.core.push_results import PlatformReport
from idp_wizard.core.store import Store
from idp_wizard.core.validation import PLATFORM_REFUSED
from idp_wizard.platform import GroupResult, GroupSpec, Outcome, ScimTarget

_KEEP = ("INSERT INTO platform_groups (client_id, id, platform_id, name, digest, status, "
         "detail, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(client_id, id) DO "
         "UPDATE SET platform_id = coalesce(excluded.platform_id, platform_id), "
         "name = excluded.name, digest = excluded.digest, status = excluded.status, "
         "detail = excluded.detail, updated_at = excluded.updated_at")


def _digest(spec: GroupSpec) -> str:
    text = "\x1e".join([spec.display_name, *sorted(spec.members)])
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def _specs(groups: list[SharedGroup], ids: dict[str, str],
           saved: dict[str, tuple[str | None, str | None]]) -> list[GroupSpec]:
    return [GroupSpec(g.id, g.name, frozenset(ids[m] for m in g.member_ids if m in ids),
                      (saved.get(g.id) or (None, None))[0]) for g in groups]


def _saved(store: Store, client_id: int) -> dict[str, tuple[str | None, str | None]]:
    """Group id → (platform id, digest confirmed; None after a failure)."""
    with store.errors():
        rows = store.db.execute(
            "SELECT id, platform_id, CASE WHEN status = 'provisioned' THEN digest END "
            "FROM platform_groups WHERE client_id = ?", [client_id]).fetchall()
    return {r[0]: (r[1], r[2]) for r in rows}


def _changes(groups: list[SharedGroup], ids: dict[str, str],
             saved: dict[str, tuple[str | None, str | None]]
             ) -> tuple[list[tuple[GroupSpec, str]], list[tuple[str, str]]]:
    wanted = {g.id for g in groups}
    specs = [(s, _digest(s)) for s in _specs(groups, ids, saved)]
    changed = [(s, d) for s, d in specs
               if not s.platform_id or (saved.get(s.directory_id) or (None, None))[1] != d]
    removals = [(gid, pid) for gid, (pid, _) in saved.items() if gid not in wanted and pid]
    return changed, removals


def _problem(report: PlatformReport, r: GroupResult, name: str) -> None:
    """A refused group is said with the run's other platform problems (by its name)."""
    if len(report.problems) >= 1000:
        return
    problem: dict[str, Any] = {"group_id": r.directory_id, "who": name, "reason": r.detail,
                               "action": PLATFORM_REFUSED}
    if r.message is not None:
        problem["message"] = r.message.to_json()
    report.problems.append(problem)


def groups_pending(store: Store, client_id: int, groups: list[SharedGroup] | None,
                   ids: dict[str, str]) -> bool:
    if groups is None:
        return False
    changed, removals = _changes(groups, ids, _saved(store, client_id))
    return bool(changed or removals)


def push_groups(store: Store, client_id: int, scim: ScimTarget, groups: list[SharedGroup],
                ids: dict[str, str], report: PlatformReport) -> None:
    if not scim.capabilities.groups:
        return
    changed, removals = _changes(groups, ids, _saved(store, client_id))
    digests = {s.directory_id: d for s, d in changed}
    names = {g.id: g.name for g in groups}
    results: list[GroupResult] = []
    if changed or removals:
        scim.push_groups([s for s, _ in changed], removals, results.append,
                         managed=set(ids.values()))
    if not results:
        return
    tally: Counter[str] = Counter()
    now = store.now()
    with store.transaction() as db:
        for r in results:
            tally[r.outcome.value] += 1
            if r.outcome in (Outcome.DELETED, Outcome.ABSENT):
                db.execute("DELETE FROM platform_groups WHERE client_id = ? AND id = ?",
                           [client_id, r.directory_id])
                continue
            failed = r.outcome is Outcome.FAILED
            if failed:
                _problem(report, r, names.get(r.directory_id, r.directory_id))
            db.execute(_KEEP, [client_id, r.directory_id, r.platform_id,
                               names.get(r.directory_id, ""), digests.get(r.directory_id),
                               "failed" if failed else "provisioned",
                               r.detail if failed else "", now])
    report.groups = {"created": tally["created"] + tally["adopted"],
                     "updated": tally["updated"], "deleted": tally["deleted"] + tally["absent"],
                     "failed": tally["failed"]}
