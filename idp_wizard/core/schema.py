"""The database schema as ordered migrations; `PRAGMA user_version` is the step count.

Never edit a released step: append a new one. Each step runs in the migration's
transaction (see store.py), after a backup copy of the file.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextvars import ContextVar

import sqlite_utils

from idp_wizard.core.client_names import (
    MAX_NAME,
    PLACEHOLDER,
    name_key,
    tenant_name,
    unique_name,
    written,
)
from idp_wizard.core.clock import iso, utc_now
from idp_wizard.core.collation import stored_key
from idp_wizard.core.messages import msg
from idp_wizard.core.text import replace_unshowable, shown, unshowable_character

USER_COLUMNS: tuple[str, ...] = (
    "id", "email", "display_name", "given_name", "surname", "department", "job_title",
    "location", "country", "company", "org_unit", "manager_id", "language", "language_raw",
    "enabled", "guest",
)

# Who holds an address (duplicate checks of incremental syncs); NOCASE like the query.
# Step 1 creates it; a large apply drops it and creates it again from this same text
# (apply.py), so a later step that changes the index must change it here too.
# The time a step writes (audit entries): the migrating store's clock, set around the
# steps (store_file.py); the system's only where none is set (in-memory schema checks).
MIGRATION_TIME: ContextVar[str | None] = ContextVar("migration_time", default=None)
EMAIL_INDEX = "synced_users_email"
EMAIL_INDEX_SQL = (f"CREATE INDEX {EMAIL_INDEX} ON synced_users "
                   "(client_id, email COLLATE NOCASE)")


def _v1(db: sqlite_utils.Database) -> None:
    db.table("clients").create({"id": int, "name": str, "created_at": str}, pk="id")
    db.table("connections").create(
        {
            "client_id": int, "provider": str, "tenant": str, "admin_account": str,
            "scopes": str, "state": str, "state_reason": str, "connected_at": str,
            "updated_at": str, "delta_link": str, "last_full_read_at": str,
            "directory_users": int, "settings": str,
        },
        pk="client_id",
        foreign_keys=[("client_id", "clients", "id")],
        not_null={"provider", "state"},
    )
    db.table("filters").create(
        {"client_id": int, "spec": str, "updated_at": str},
        pk="client_id",
        foreign_keys=[("client_id", "clients", "id")],
    )
    columns: dict[str, type] = {"client_id": int} | {c: str for c in USER_COLUMNS}
    # fingerprint: a digest of the row, so an unchanged directory is recognised
    # without loading every stored row (see users.row_fingerprint).
    columns |= {"enabled": int, "guest": int, "fingerprint": int, "synced_at": str,
                "updated_at": str}
    db.table("synced_users").create(
        columns,
        pk=("client_id", "id"),
        foreign_keys=[("client_id", "clients", "id")],
        not_null={"email", "display_name"},
    )
    db.execute(EMAIL_INDEX_SQL)
    db.table("sync_runs").create(
        {
            "id": int, "client_id": int, "started_at": str, "finished_at": str,
            "trigger": str, "mode": str, "mode_reason": str, "status": str, "directory_users": int,
            "matched": int, "added": int, "updated": int, "removed": int, "skipped": int,
            "kept": int, "problems": str, "pending_removals": str, "error": str,
        },
        pk="id",
        foreign_keys=[("client_id", "clients", "id")],
    )
    db.table("sync_runs").create_index(["client_id", "id"])
    db.table("audit_log").create(
        {"id": int, "client_id": int, "at": str, "actor": str, "action": str, "detail": str},
        pk="id",
    )
    db.table("settings").create({"key": str, "value": str}, pk="key")
    # Ids (no personal data) of everyone the directory listed at the last read, so an
    # incremental (delta) sync can still count "Y" and tell joiners from movers.
    db.table("directory_state").create(
        {"client_id": int, "ids": str, "read_at": str, "filter_digest": str}, pk="client_id",
    )
    db.table("demo_state").create(
        {"client_id": int, "size": int, "seed": int, "connected_at": str, "manual_steps": int},
        pk="client_id",
    )


def _v2(db: sqlite_utils.Database) -> None:
    """Safety: a generation number every connection-changing write bumps (a sync
    applies only to the connection it planned for); a filter change held by the
    deletion guard waits beside the live filter; held runs count what is pending
    apart from what was applied. The demo's own table moves to demo profiles only."""
    db.table("connections").add_column("generation", int, not_null_default=0)
    db.table("clients").add_column("generation", int, not_null_default=0)  # never reused
    db.table("filters").add_column("pending_spec", str)
    db.table("filters").add_column("pending_run_id", int)
    for column in ("pending_added", "pending_updated", "pending_removed"):
        db.table("sync_runs").add_column(column, int, not_null_default=0)
    # Held runs of v1 stored their pending adds and updates as if applied.
    db.execute("UPDATE sync_runs SET pending_added = added, pending_updated = updated, "
               "added = 0, updated = 0 WHERE status = 'held'")
    if not db.table("demo_state").count:
        db.table("demo_state").drop()


def _v3(db: sqlite_utils.Database) -> None:
    """Messages in the admin's language: beside each stored English text, the message
    it came from (template and values, JSON), rendered by whichever face shows it."""
    db.table("sync_runs").add_column("error_message", str)
    db.table("connections").add_column("state_message", str)
    db.table("audit_log").add_column("detail_message", str)


# Settings that belong to one client since clients exist (the others, e.g. the interface
# language, stay the profile's). Frozen with the step: later per-client keys need no
# migration, they are simply written per client.
_CLIENT_KEYS = ("sync_interval_minutes", "deletion_threshold_percent",
                   "deletion_threshold_count", "entra.app", "google.client_config")


def _clients(db: sqlite_utils.Database) -> None:
    """Several clients (named, not numbered: steps of parallel work may be merged in
    before it; it only needs v2's tables). Names are unique without regard to case or
    Unicode form (a key under a UNIQUE index). A removed client keeps its row, without
    data or name key, so its id is never reused: keychain entries, lock files and open
    windows name clients by id. Settings per client (a client's own value wins over the
    profile's). The first client of a single-client profile is named after its tenant
    and keeps the settings it had; nothing else changes."""
    db.table("clients").add_column("name_key", str)
    db.table("clients").add_column("removed_at", str)
    db.table("client_settings").create(
        {"client_id": int, "key": str, "value": str}, pk=("client_id", "key"),
        foreign_keys=[("client_id", "clients", "id")])
    tenants = dict(db.execute("SELECT client_id, tenant FROM connections").fetchall())
    taken: set[str] = set()
    for client_id, name in db.execute("SELECT id, name FROM clients ORDER BY id").fetchall():
        if (name or PLACEHOLDER) == PLACEHOLDER and tenant_name(tenants.get(client_id) or ""):
            name = tenant_name(tenants[client_id])
        name = name or PLACEHOLDER
        base, n = name, 1
        while name_key(name) in taken:
            n += 1
            name = f"{base} ({n})"
        taken.add(name_key(name))
        db.execute("UPDATE clients SET name = ?, name_key = ? WHERE id = ?",
                   [name, name_key(name), client_id])
        marks = ", ".join("?" for _ in _CLIENT_KEYS)
        db.execute(f"INSERT INTO client_settings (client_id, key, value) SELECT ?, key, "
                   f"value FROM settings WHERE key IN ({marks})", [client_id, *_CLIENT_KEYS])
    db.execute("CREATE UNIQUE INDEX clients_name_key ON clients (name_key)")


def _source_fingerprints(db: sqlite_utils.Database) -> None:
    """Performance: beside each synced user, the fingerprint of the provider's own
    record as it was when the row was written (0: unknown), so a full read recognises
    an unchanged user before mapping it (see core/known_sources.py)."""
    db.table("synced_users").add_column("source_fingerprint", int, not_null_default=0)


def _contested(db: sqlite_utils.Database) -> None:
    """Exact incremental syncs: who shares an address with someone else at the last full
    read (ids, and keyed digests of the addresses; core/contested.py)."""
    for column in ("contested_ids", "contested_keys", "contested_salt"):
        db.table("directory_state").add_column(column, str)


def _platform(db: sqlite_utils.Database) -> None:
    """The platform (SCIM 2.0): one target per client (never its token, which lives in
    the keychain), per user what the platform confirmed and what is still to be sent
    (the outbox, written in the same transaction as the synced users), the groups we
    pushed, and each run's platform part apart from its directory part."""
    db.table("platform_targets").create(
        {"client_id": int, "url": str, "kind": str, "state": str, "state_reason": str,
         "capabilities": str, "settings": str, "tested_at": str, "reconciled_at": str,
         "unmanaged": int, "created_at": str, "updated_at": str},
        pk="client_id", foreign_keys=[("client_id", "clients", "id")],
        not_null={"url", "kind", "state"},
    )
    # pending: the operation still to send (create/update/delete), NULL when the platform
    # holds what it should. confirmed/confirmed_fp: what the platform last confirmed (the
    # flat SCIM values, for PATCHes of changed attributes only). sent_run: the run that
    # sent the pending operation (its answer unknown: a create may have been applied).
    db.table("platform_users").create(
        {"client_id": int, "id": str, "platform_id": str, "user_name": str,
         "confirmed_fp": int, "confirmed": str, "pending": str, "status": str,
         "detail": str, "http_status": int, "sent_run": int, "updated_at": str},
        pk=("client_id", "id"), foreign_keys=[("client_id", "clients", "id")],
        not_null={"status"},
    )
    db.execute("CREATE INDEX platform_users_pending ON platform_users (client_id, pending) "
               "WHERE pending IS NOT NULL")
    db.execute("CREATE INDEX platform_users_platform_id ON platform_users "
               "(client_id, platform_id) WHERE platform_id IS NOT NULL")
    db.table("platform_groups").create(
        {"client_id": int, "id": str, "platform_id": str, "name": str, "digest": str,
         "status": str, "detail": str, "updated_at": str},
        pk=("client_id", "id"), foreign_keys=[("client_id", "clients", "id")],
    )
    for column, kind in (("platform_status", str), ("platform_created", int),
                         ("platform_updated", int), ("platform_deleted", int),
                         ("platform_failed", int), ("platform_pending", int),
                         ("platform_error", str)):
        if kind is int:
            db.table("sync_runs").add_column(column, int, not_null_default=0)
        else:
            db.table("sync_runs").add_column(column, str)
    # Users synced before the platform existed are waiting for their first push.
    db.execute("INSERT INTO platform_users (client_id, id, user_name, pending, status) "
               "SELECT client_id, id, email, 'create', 'pending' FROM synced_users")


def _platform_messages(db: sqlite_utils.Database) -> None:
    """The platform's texts in the admin's language, like v3's: beside the target's
    state reason and each user's refusal, the message they came from (JSON)."""
    db.table("platform_targets").add_column("state_message", str)
    db.table("platform_users").add_column("detail_message", str)


def _platform_status_index(db: sqlite_utils.Database) -> None:
    """Counting the platform's users by state (the panel, the clients overview, every
    run's summary) reads a small index instead of every user's stored SCIM values:
    0.12 s at 100,000 users before, a few milliseconds after."""
    db.execute("CREATE INDEX platform_users_status ON platform_users (client_id, status)")


def _outbox_with_target_only(db: sqlite_utils.Database) -> None:
    """The outbox is kept only while a client has a platform target (a target, once
    saved, queues every synced user): rows of clients without one were never sent
    (a removed target forgot its users' state) and go."""
    db.execute("DELETE FROM platform_users WHERE platform_id IS NULL AND sent_run IS NULL "
               "AND client_id NOT IN (SELECT client_id FROM platform_targets)")


def _users_sort_name(db: sqlite_utils.Database) -> None:
    """The panel's users table sorts 100,000 names in SQLite, not in Python: beside each
    synced user, the sort key of a name SQLite cannot fold itself (letters outside ASCII:
    "Álvaro" among the A's), written by every sync; NULL for a plain ASCII name, whose key
    is `lower(display_name)`. No index: the table sorts on a worker, and an index would
    cost every sync's inserts."""
    db.table("synced_users").add_column("sort_name", str)
    db.conn.create_function("idp_stored_key", 1, stored_key, deterministic=True)
    db.execute("UPDATE synced_users SET sort_name = idp_stored_key(display_name) "
               "WHERE display_name GLOB '*[^ -~]*'")


def _platform_details(db: sqlite_utils.Database) -> None:
    """Each run's platform part keeps what it says beyond its counts (JSON: repairs,
    removed users already gone, a short listing; core/platform_notes.py), so History
    and the panel say what the command line said."""
    db.table("sync_runs").add_column("platform_details", str)


def _showable_client_names(db: sqlite_utils.Database) -> None:
    """A client name holds nothing a new name is refused for (client_names.checked_name):
    one an earlier version let in, with a bidirectional control ("Bob \u202enimda\u202c"
    reads "Bob admin"), a line separator or another unshowable character, is cleaned as
    directory values are (`replace_unshowable`) and stays unique: a clean name keeps its
    own, a cleaned one that would be another's takes " (2)", " (3)"... Each renamed
    client's audit log says what its name was and why. Removed clients' tombstones keep
    theirs (never shown, no name key). A second run finds nothing to clean."""
    rows = db.execute("SELECT id, name, name_key FROM clients WHERE removed_at IS NULL "
                      "ORDER BY id").fetchall()
    dirty = [(int(i), str(n)) for i, n, _ in rows if unshowable_character(str(n or ""))]
    if not dirty:
        return
    ids = {i for i, _ in dirty}
    taken = {str(k) for i, _, k in rows if i not in ids and k is not None}
    taken |= {name_key(str(n or "")) for i, n, _ in rows if i not in ids}
    # Free the old keys first: a cleaned name may be another unclean name's key.
    db.execute(f"UPDATE clients SET name_key = NULL WHERE id IN ({', '.join(map(str, ids))})")
    for client_id, old in dirty:
        cleaned = written(replace_unshowable(old))[:MAX_NAME].strip() or PLACEHOLDER
        name = unique_name(cleaned, taken)
        taken.add(name_key(name))
        db.execute("UPDATE clients SET name = ?, name_key = ? WHERE id = ?",
                   [name, name_key(name), client_id])
        why = unshowable_character(old)
        detail = msg("{old} → {new}: a client name may not contain {character}; renamed "
                     "when IdP Wizard was updated", old=shown(old), new=shown(name),
                     character=why) if name == cleaned else msg(
            "{old} → {new}: a client name may not contain {character}, and {cleaned} is "
            "another client's name; renamed when IdP Wizard was updated", old=shown(old),
            new=shown(name), character=why, cleaned=shown(cleaned))
        db.execute("INSERT INTO audit_log (client_id, at, actor, action, detail, "
                   "detail_message) VALUES (?, ?, ?, ?, ?, ?)",
                   [client_id, MIGRATION_TIME.get() or iso(utc_now()), "IdP Wizard",
                    "client.rename", str(detail),
                    json.dumps(detail.to_json())])


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _v1, _v2, _v3, _clients, _source_fingerprints, _contested, _platform,
    _platform_messages, _platform_status_index, _outbox_with_target_only,
    _users_sort_name, _platform_details, _showable_client_names)
SCHEMA_VERSION = len(MIGRATIONS)
