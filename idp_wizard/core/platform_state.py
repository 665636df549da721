"""Per-user platform state: the platform's id for each user, what it last confirmed, and
the operation still to send (the outbox).

`enqueue_plan` runs inside a sync's apply transaction, so a directory change and the
platform work it implies commit together or not at all; delivery (core/push.py) then
sends what is pending and records each answer. A user is "provisioned" only once the
platform confirmed it. Statuses: provisioned, pending, failed (the platform refused
this user; retried every run), deactivated (removed from the filter while "deactivate
instead of delete" is set: only the ids are kept, so a return reactivates them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from idp_wizard.core.messages import Message, from_stored
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.user_record import UserRecord
from idp_wizard.platform.mapping import MappedUser

PROVISIONED, PENDING, FAILED, DEACTIVATED = "provisioned", "pending", "failed", "deactivated"
CREATE, UPDATE, DELETE = "create", "update", "delete"
CHUNK = 500
MANAGED = "_managed"  # in a stored confirmed state: the attributes managed then

# Shared users: pending create until the platform knows them, else update.
_UPSERT = (
    "INSERT INTO platform_users (client_id, id, user_name, pending, status, detail, "
    "updated_at) VALUES (?, ?, ?, 'create', 'pending', '', ?) ON CONFLICT(client_id, id) "
    "DO UPDATE SET user_name = excluded.user_name, status = 'pending', detail = '', "
    "pending = CASE WHEN platform_id IS NULL THEN 'create' ELSE 'update' END, "
    "updated_at = excluded.updated_at")
# Removed users: a delete, unless the platform never heard of them (then: forget).
_FORGET_UNSENT = ("DELETE FROM platform_users WHERE client_id = ? AND id = ? AND "
                  "platform_id IS NULL AND sent_run IS NULL")
_REMOVE = ("UPDATE platform_users SET pending = 'delete', status = 'pending', detail = '', "
           "confirmed = NULL, updated_at = ? WHERE client_id = ? AND id = ? AND "
           "(platform_id IS NOT NULL OR sent_run IS NOT NULL) AND status != 'deactivated'")


@dataclass(frozen=True, slots=True)
class PlatformCounts:
    provisioned: int = 0
    pending: int = 0
    failed: int = 0
    deactivated: int = 0

    @property
    def on_platform(self) -> int:
        """Users the app put on the platform that are still there (any state)."""
        return self.provisioned + self.deactivated


@dataclass(frozen=True, slots=True)
class UserState:
    """One user's row, as delivery reads it (`record`: the synced user, None if removed)."""

    id: str
    pending: str | None
    platform_id: str | None
    user_name: str | None
    confirmed_fp: int | None
    confirmed: str | None
    sent_run: int | None
    status: str
    record: UserRecord | None = None

    def previous(self) -> MappedUser | None:
        """What the platform last confirmed, for a PATCH of the changed attributes, with
        the attributes managed then (None: stored by an older version, not known)."""
        if not self.confirmed or self.confirmed_fp is None:
            return None
        values = json.loads(self.confirmed)
        managed = values.pop(MANAGED, None)
        return MappedUser(values, self.confirmed_fp,
                          None if managed is None else frozenset(managed))


def chunks(values: Iterable[str]) -> Iterator[list[str]]:
    items = list(values)
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def enqueue_plan(store: Store, plan: SyncPlan, client_id: int = DEFAULT_CLIENT_ID) -> None:
    """The outbox: call inside the apply transaction."""
    now, db = store.now(), store.db.conn
    rows = [*plan.adds, *(r for r, _ in plan.updates)]
    if rows:
        db.executemany(_UPSERT, ((client_id, r.id, r.email, now) for r in rows))
    if plan.removals:
        ids = [(client_id, r.id) for r in plan.removals]
        db.executemany(_FORGET_UNSENT, ids)
        db.executemany(_REMOVE, ((now, client_id, uid) for _, uid in ids))


def counts(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> PlatformCounts:
    with store.errors():
        found = dict(store.db.execute(
            "SELECT status, count(*) FROM platform_users WHERE client_id = ? GROUP BY status",
            [client_id]).fetchall())
    return PlatformCounts(found.get(PROVISIONED, 0), found.get(PENDING, 0),
                          found.get(FAILED, 0), found.get(DEACTIVATED, 0))


def platform_ids(store: Store, client_id: int = DEFAULT_CLIENT_ID,
                 managers: set[str] | None = None) -> dict[str, str]:
    """Directory id → platform id, for every user the platform knows (groups), or only
    for the managers (`manager_keys`: ids or casefolded addresses)."""
    with store.errors():
        rows = store.db.execute(
            "SELECT p.id, p.platform_id, p.user_name FROM platform_users p WHERE "
            "p.client_id = ? AND p.platform_id IS NOT NULL", [client_id])
        if managers is None:
            return {uid: pid for uid, pid, _ in rows}
        return {uid: pid for uid, pid, name in rows
                if uid in managers or (name or "").casefold() in managers}


def pending_ids(store: Store, client_id: int, kinds: tuple[str, ...]) -> list[str]:
    """Users with one of these pending operations."""
    marks = ", ".join("?" for _ in kinds)
    with store.errors():
        rows = store.db.execute(
            f"SELECT id FROM platform_users WHERE client_id = ? AND pending IN ({marks}) "
            "ORDER BY id", [client_id, *kinds]).fetchall()
    return [r[0] for r in rows]


_STATE_COLUMNS = ("p.id, p.pending, p.platform_id, p.user_name, p.confirmed_fp, "
                  "p.confirmed, p.sent_run, p.status")


def load_states(store: Store, ids: list[str], client_id: int = DEFAULT_CLIENT_ID
                ) -> list[UserState]:
    """Rows for `ids` (in that order), each with its synced record when it has one."""
    from idp_wizard.core.user_record import USER_COLUMNS  # the synced_users columns

    found: dict[str, UserState] = {}
    cols = ", ".join(f"s.{c}" for c in USER_COLUMNS)
    with store.errors():
        for chunk in chunks(ids):
            marks = ", ".join("?" for _ in chunk)
            for row in store.db.execute(
                f"SELECT {_STATE_COLUMNS}, s.id IS NOT NULL, {cols} FROM platform_users p "
                f"LEFT JOIN synced_users s ON s.client_id = p.client_id AND s.id = p.id "
                f"WHERE p.client_id = ? AND p.id IN ({marks})", [client_id, *chunk]):
                record = UserRecord._make(row[9:]) if row[8] else None
                found[row[0]] = UserState(row[0], row[1], row[2], row[3], row[4], row[5],
                                          row[6], row[7], record)
    return [found[i] for i in ids if i in found]


def mark_sent(store: Store, ids: list[str], run_id: int,
              client_id: int = DEFAULT_CLIENT_ID) -> None:
    """Before sending: these operations' answers may be lost from now on."""
    with store.transaction() as db:
        db.conn.executemany("UPDATE platform_users SET sent_run = ? WHERE client_id = ? "
                            "AND id = ?", ((run_id, client_id, i) for i in ids))


def mark_update(store: Store, ids: Iterable[str], client_id: int = DEFAULT_CLIENT_ID) -> None:
    """Users whose platform state must be compared again (e.g. their manager changed)."""
    with store.transaction() as db:
        db.conn.executemany(
            "UPDATE platform_users SET pending = 'update', status = 'pending' WHERE "
            "client_id = ? AND id = ? AND pending IS NULL AND status = 'provisioned'",
            ((client_id, i) for i in ids))


def reset_for_new_target(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> None:
    """Another platform: nothing is known there yet. Shared users wait for their first
    push (matched by userName/externalId first); removals and deactivations concerned
    the old platform only. Call inside the transaction that saves the target."""
    db = store.db
    db.execute("DELETE FROM platform_users WHERE client_id = ? AND id NOT IN (SELECT id "
               "FROM synced_users WHERE client_id = ?)", [client_id, client_id])
    db.execute("UPDATE platform_users SET platform_id = NULL, confirmed = NULL, "
               "confirmed_fp = NULL, sent_run = NULL, pending = 'create', status = 'pending', "
               "detail = '', http_status = NULL WHERE client_id = ?", [client_id])
    queue_unqueued(store, client_id)
    db.execute("DELETE FROM platform_groups WHERE client_id = ?", [client_id])


def queue_unqueued(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> None:
    """Every synced user without a row waits for its first push: the outbox is kept
    only while the client has a target, so a target that appears (saved, or the demo's
    default used for the first time) starts from every synced user."""
    store.db.execute(
        "INSERT INTO platform_users (client_id, id, user_name, pending, status) "
        "SELECT client_id, id, email, 'create', 'pending' FROM synced_users s "
        "WHERE client_id = ? AND NOT EXISTS (SELECT 1 FROM platform_users p WHERE "
        "p.client_id = s.client_id AND p.id = s.id)", [client_id])


def queue_all_removals(store: Store, client_id: int = DEFAULT_CLIENT_ID,
                       keep_deactivated: bool = False) -> None:
    """Disconnect: every user the platform has (or may have) from us is to be removed.
    `keep_deactivated`: deactivating is the setting, and these are deactivated already."""
    db = store.db
    db.execute("DELETE FROM platform_users WHERE client_id = ? AND ((platform_id IS NULL "
               "AND sent_run IS NULL) OR (? AND status = 'deactivated'))",
               [client_id, keep_deactivated])
    db.execute("UPDATE platform_users SET pending = 'delete', status = 'pending', "
               "confirmed = NULL, detail = '' WHERE client_id = ?", [client_id])


def on_platform(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> int:
    """Users the platform has from us, or may have (sent, answer unknown)."""
    with store.errors():
        row = store.db.execute(
            "SELECT count(*) FROM platform_users WHERE client_id = ? AND (platform_id IS "
            "NOT NULL OR sent_run IS NOT NULL)", [client_id]).fetchone()
    return int(row[0])


def forget_platform_state(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> None:
    """Disconnect: after the platform's users were removed (or kept on request)."""
    with store.transaction() as db:
        db.execute("DELETE FROM platform_users WHERE client_id = ?", [client_id])
        db.execute("DELETE FROM platform_groups WHERE client_id = ?", [client_id])


def user_statuses(store: Store, client_id: int = DEFAULT_CLIENT_ID
                  ) -> dict[str, tuple[str | None, str, str]]:
    """Directory id → (platform id, status, detail) of the synced users."""
    with store.errors():
        rows = store.db.execute(
            "SELECT id, platform_id, status, detail FROM platform_users WHERE client_id = ?",
            [client_id]).fetchall()
    return {r[0]: (r[1], r[2], r[3] or "") for r in rows}


def refusal_messages(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> dict[str, Message]:
    """Directory id → why the platform refused the user, in the admin's language (the
    users whose refusal kept its message; `user_statuses` has every detail in English)."""
    with store.errors():
        rows = store.db.execute(
            "SELECT id, detail_message FROM platform_users WHERE client_id = ? AND "
            "detail != '' AND detail_message IS NOT NULL", [client_id]).fetchall()
    found = ((r[0], from_stored(r[1])) for r in rows)
    return {uid: m for uid, m in found if m is not None}


def _managed_mark(keys: Iterable[str]) -> str:
    """How a confirmed state recorded while `keys` were managed ends (`row_values`
    writes them last): a text comparison, no JSON parsed per row."""
    return row_values({}, keys)[1:]


_OTHER_KEYS = ("FROM platform_users WHERE client_id = ? AND confirmed IS NOT NULL AND "
               "substr(confirmed, -?) IS NOT ?")


def other_keys(store: Store, keys: Iterable[str], client_id: int = DEFAULT_CLIENT_ID
               ) -> Iterator[tuple[str, str, str | None]]:
    """(id, confirmed state, pending op) of users whose confirmed state was recorded while
    other attributes were managed (a "synced data" group ticked or unticked since), or
    by an older version that did not record them: the platform may hold values the app
    manages no more (to remove) or lack values it manages now."""
    mark = _managed_mark(keys)
    with store.errors():
        cursor = store.db.execute(f"SELECT id, confirmed, pending {_OTHER_KEYS}",
                                  [client_id, len(mark), mark])
        while rows := cursor.fetchmany(1000):
            yield from rows


def any_other_keys(store: Store, keys: Iterable[str], client_id: int = DEFAULT_CLIENT_ID
                   ) -> bool:
    """Whether `other_keys` names anyone (one cheap scan: no JSON parsed)."""
    mark = _managed_mark(keys)
    with store.errors():
        row = store.db.execute(f"SELECT EXISTS (SELECT 1 {_OTHER_KEYS})",
                               [client_id, len(mark), mark]).fetchone()
    return bool(row[0])


def row_values(state: dict[str, Any], managed: Iterable[str] | None = None) -> str:
    """The flat SCIM values as stored (`confirmed`), with the attributes managed then
    (under `MANAGED`, which no SCIM attribute name can be: they begin with a letter)."""
    if managed is not None:
        state = {**state, MANAGED: sorted(managed)}
    return json.dumps(state, ensure_ascii=False, separators=(",", ":"))
