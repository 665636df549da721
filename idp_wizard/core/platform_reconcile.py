"""Comparing the platform with what it should hold: first-sync adoption and drift repair.

The platform's users are listed page by page (paged GET /Users) and compared on the fly,
so memory stays small: each listed user is matched to one of ours by the platform id we
know, else userName (any case), else externalId (our directory id), as Entra's
provisioning matches; only the fingerprint of what it holds is kept, plus the full
state of the few that differ. Platform users that are none of ours are only counted:
never touched. What the platform holds on an attribute the app wrote and manages no
more (a "synced data" group unticked) is part of what it holds: it differs, and the
write removes it, as a sync without the comparison does.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from idp_wizard.core.platform_state import MANAGED, other_keys
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.user_record import USER_COLUMNS, UserRecord
from idp_wizard.platform import MappedUser, ScimTarget, UserMapper
from idp_wizard.platform.attributes import MANAGER
from idp_wizard.platform.errors import UnmappableUser
from idp_wizard.platform.resource_api import resource_id

JsonDict = dict[str, Any]
log = logging.getLogger(__name__)


@dataclass(slots=True)
class Comparison:
    matched: dict[str, str] = field(default_factory=dict)  # directory id → platform id
    # in sync → the manager link it holds (as compared: with the manager ids known
    # before the push, which adopted or created managers change)
    in_sync: dict[str, str | None] = field(default_factory=dict)
    drifted: dict[str, MappedUser] = field(default_factory=dict)  # what the platform holds
    unmanaged: int = 0
    listed: int = 0
    complete: bool = True  # False: the platform listed fewer users than it said it holds
    reported: int | None = None  # the platform's totalResults


@dataclass(slots=True)
class _Ours:
    """Lookups over our users, built once the platform turns out to hold anyone."""

    fingerprints: dict[str, int] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)  # casefolded userName → id
    by_platform_id: dict[str, str] = field(default_factory=dict)
    platform_of: dict[str, str] = field(default_factory=dict)  # id → its platform id
    others: set[str] = field(default_factory=set)  # platform ids/names we remove or keep
    dropped: dict[str, tuple[str, ...]] = field(default_factory=dict)  # UserMapper.dropped


def synced_records(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> Iterable[UserRecord]:
    cols = ", ".join(USER_COLUMNS)
    with store.errors():
        cursor = store.db.execute(f"SELECT {cols} FROM synced_users WHERE client_id = ?",
                                  [client_id])
        while rows := cursor.fetchmany(1000):
            yield from map(UserRecord._make, rows)


def _ours(store: Store, client_id: int, mapper: UserMapper) -> _Ours:
    ours = _Ours()
    for record in synced_records(store, client_id):
        try:
            ours.fingerprints[record.id] = mapper.map(record).fingerprint
        except UnmappableUser:
            continue
        ours.by_name[record.email.strip().casefold()] = record.id
    with store.errors():
        for uid, pid, name, shared in store.db.execute(
                "SELECT p.id, p.platform_id, p.user_name, s.id IS NOT NULL FROM platform_users "
                "p LEFT JOIN synced_users s ON s.client_id = p.client_id AND s.id = p.id "
                "WHERE p.client_id = ?", [client_id]):
            if shared and pid:
                ours.by_platform_id[pid], ours.platform_of[uid] = uid, pid
            elif not shared:  # a removal still to send, or a deactivated user
                ours.others.update(v for v in (pid, (name or "").casefold()) if v)
    interned: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per distinct set
    for uid, confirmed, _ in other_keys(store, mapper.keys, client_id):
        values = json.loads(confirmed)
        values.pop(MANAGED, None)
        gone = mapper.dropped(MappedUser(values, 0))
        if gone:
            ours.dropped[uid] = interned.setdefault(gone, gone)
    return ours


def compare(store: Store, target: ScimTarget, mapper: UserMapper,
            client_id: int = DEFAULT_CLIENT_ID) -> Comparison:
    """List the platform and match its users with ours (nothing is written)."""
    result, ours = Comparison(), None
    # Ours by name, but linked to another platform user: used only if that one is gone.
    fallback: dict[str, tuple[str, JsonDict]] = {}
    pages = target.iter_users()
    for page in pages:
        if ours is None:  # an empty platform (a first sync) needs no lookups
            ours = _ours(store, client_id, mapper)
        for resource in page:
            result.listed += 1
            _match(resource, ours, result, mapper, fallback)
    result.complete, result.reported = pages.complete, pages.total
    if not pages.complete:  # unlisted users are looked up one by one, never taken as gone
        log.warning("the platform listed %d users of the %s it reported", pages.listed,
                    pages.total)
    if ours is None:
        return result
    for uid, (pid, resource) in fallback.items():
        if uid in result.matched:
            result.unmanaged += 1  # a second platform user with our user's name
        else:
            _take(uid, pid, resource, ours, result, mapper)  # ours was deleted by hand
    return result


def _match(resource: JsonDict, ours: _Ours, result: Comparison, mapper: UserMapper,
           fallback: dict[str, tuple[str, JsonDict]]) -> None:
    pid = resource_id(resource)
    if pid is None:  # no id, or one that is not text: unusable, and no stranger either
        return  # (ours among them are read by their known ids, as if not listed)
    uid = ours.by_platform_id.get(pid)
    if uid is not None:
        _take(uid, pid, resource, ours, result, mapper)
        return
    name = resource.get("userName")
    folded = name.strip().casefold() if isinstance(name, str) else ""
    external = resource.get("externalId")
    uid = ours.by_name.get(folded) if folded else None
    if uid is None and isinstance(external, str) and external in ours.fingerprints:
        uid = external
    if uid is None or uid in result.matched or uid in fallback:
        if pid not in ours.others and folded not in ours.others:
            result.unmanaged += 1
        return
    if uid in ours.platform_of:
        fallback[uid] = (pid, resource)
    else:
        _take(uid, pid, resource, ours, result, mapper)


def _take(uid: str, pid: str, resource: JsonDict, ours: _Ours, result: Comparison,
          mapper: UserMapper) -> None:
    result.matched[uid] = pid
    # What the app wrote and manages no more: on the user it wrote, not one it adopts.
    mine = ours.platform_of.get(uid) == pid
    current = mapper.project(resource, ours.dropped.get(uid, ()) if mine else ())
    if current.fingerprint == ours.fingerprints.get(uid):
        linked = current.values.get(MANAGER)
        result.in_sync[uid] = linked if isinstance(linked, str) else None
    else:
        result.drifted[uid] = current
