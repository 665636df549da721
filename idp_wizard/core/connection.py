"""The (at most one) provider connection of a client, and its saved filter. No tokens."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from idp_wizard.core.errors import NotConnected, SavedFilterInvalid, UsageError
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.hints import suggest
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.records import ProviderName
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store


class ConnectionState(StrEnum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    NEEDS_REAUTHORIZATION = "needs_reauthorization"
    HELD = "held"


@dataclass(slots=True)
class Connection:
    provider: ProviderName
    state: ConnectionState
    tenant: str = ""
    admin_account: str = ""
    scopes: list[str] = field(default_factory=list)
    state_reason: str = ""  # English; `state_message` renders in the admin's language
    connected_at: str = ""
    updated_at: str = ""
    delta_link: str = ""
    last_full_read_at: str = ""
    directory_users: int = 0
    settings: dict[str, Any] = field(default_factory=dict)
    generation: int = 0  # bumped by every write that changes the connection or filter
    state_message: Message | None = None

    @property
    def reason(self) -> str | Message:
        """Why the state is what it is, for display."""
        return self.state_message or self.state_reason


def load_connection(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> Connection | None:
    with store.errors():
        rows = list(store.db.query("SELECT * FROM connections WHERE client_id = ?", [client_id]))
    if not rows:
        return None
    r = rows[0]
    return Connection(
        provider=ProviderName(r["provider"]),
        state=ConnectionState(r["state"]),
        tenant=r["tenant"] or "",
        admin_account=r["admin_account"] or "",
        scopes=json.loads(r["scopes"] or "[]"),
        state_reason=r["state_reason"] or "",
        connected_at=r["connected_at"] or "",
        updated_at=r["updated_at"] or "",
        delta_link=r["delta_link"] or "",
        last_full_read_at=r["last_full_read_at"] or "",
        directory_users=r["directory_users"] or 0,
        settings=json.loads(r["settings"] or "{}"),
        generation=r.get("generation") or 0,
        state_message=Message.from_json(_json(r.get("state_message"))),
    )


def require_connection(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> Connection:
    conn = load_connection(store, client_id)
    if conn is None:
        raise NotConnected(msg("No identity provider is connected. Connect one first "
                               "({command}).",
                               command=suggest("connect --provider entra|google")))
    return conn


def save_connection(store: Store, conn: Connection, client_id: int = DEFAULT_CLIENT_ID) -> None:
    now = store.now()
    conn.updated_at = now
    conn.connected_at = conn.connected_at or now
    with store.transaction() as db:
        conn.generation = next_generation(store, client_id)
        db.table("connections").upsert(
            {
                "client_id": client_id,
                "provider": str(conn.provider),
                "tenant": conn.tenant,
                "admin_account": conn.admin_account,
                "scopes": json.dumps(conn.scopes),
                "state": str(conn.state),
                "state_reason": conn.state_reason,
                "state_message": (json.dumps(conn.state_message.to_json())
                                  if conn.state_message else None),
                "connected_at": conn.connected_at,
                "updated_at": conn.updated_at,
                "delta_link": conn.delta_link,
                "last_full_read_at": conn.last_full_read_at,
                "directory_users": conn.directory_users,
                "settings": json.dumps(conn.settings),
                "generation": conn.generation,
            },
            pk="client_id",
        )


def set_state(store: Store, state: ConnectionState, reason: str | Message = "",
              client_id: int = DEFAULT_CLIENT_ID) -> None:
    stored = json.dumps(reason.to_json()) if isinstance(reason, Message) else None
    with store.transaction() as db:
        db.execute(
            "UPDATE connections SET state = ?, state_reason = ?, state_message = ?, "
            "updated_at = ? WHERE client_id = ?",
            [str(state), str(reason), stored, store.now(), client_id],
        )


def _json(text: object) -> object:
    try:
        return json.loads(text) if isinstance(text, str) and text else None
    except ValueError:
        return None


def saved_filter_text(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> str | None:
    """The filter as stored (JSON), even one this version would refuse."""
    with store.errors():
        rows = list(store.db.query("SELECT spec FROM filters WHERE client_id = ?", [client_id]))
    return str(rows[0]["spec"]) if rows else None


def load_filter(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> FilterSpec:
    text = saved_filter_text(store, client_id)
    if text is None:
        return FilterSpec.default()
    try:
        return FilterSpec.loads(text, source=msg("The saved filter"), saved=True)
    except UsageError as exc:  # saved by an older version that let bad text through
        raise SavedFilterInvalid(msg(
            "{error}. Nothing was synced; replace the filter ({command}).",
            error=exc.message or str(exc), command=suggest("filters set FILE.json"))
        ) from None


def current_generation(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> int:
    """-1 when there is no connection. Compare inside a transaction before applying."""
    row = store.db.execute("SELECT generation FROM connections WHERE client_id = ?",
                           [client_id]).fetchone()
    return int(row[0] or 0) if row else -1


def next_generation(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> int:
    """A new generation number from the client's counter, which survives disconnects
    (a sync of an old connection must never match a new one). Call in a transaction.
    A removed client has no generation to give: a window or command still holding it
    cannot write anything for it again."""
    bumped = store.db.execute("UPDATE clients SET generation = generation + 1 WHERE id = ? "
                              "AND removed_at IS NULL", [client_id]).rowcount
    if not bumped:
        raise _removed()
    row = store.db.execute("SELECT generation FROM clients WHERE id = ?", [client_id]).fetchone()
    return int(row[0]) if row else 0


def require_client(store: Store, client_id: int) -> None:
    """Refuse a write for a client removed since it was opened (another window or
    process). Call holding the client's lock: a removal erases under it, so the answer
    holds until the lock is released."""
    with store.errors():
        row = store.db.execute("SELECT 1 FROM clients WHERE id = ? AND removed_at IS NULL",
                               [client_id]).fetchone()
    if row is None:
        raise _removed()


def _removed() -> UsageError:
    return UsageError(msg("This client has been removed (perhaps from another window or "
                          "the command line); nothing was saved. Choose another client."))


def bump_generation(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> None:
    store.db.execute("UPDATE connections SET generation = ? WHERE client_id = ?",
                     [next_generation(store, client_id), client_id])


def save_filter(store: Store, spec: FilterSpec, client_id: int = DEFAULT_CLIENT_ID) -> None:
    """The live filter; any filter change waiting for confirmation is dropped with it."""
    with store.transaction() as db:
        db.table("filters").upsert(
            {"client_id": client_id, "spec": json.dumps(spec.to_json()), "updated_at": store.now(),
             "pending_spec": None, "pending_run_id": None},
            pk="client_id",
        )
        bump_generation(store, client_id)


def save_pending_filter(store: Store, spec: FilterSpec, run_id: int,
                        client_id: int = DEFAULT_CLIENT_ID) -> None:
    """A filter change the deletion guard held: it waits beside the live filter."""
    live = load_filter(store, client_id)
    with store.transaction() as db:
        db.execute("INSERT INTO filters (client_id, spec, updated_at) VALUES (?, ?, ?) "
                   "ON CONFLICT(client_id) DO NOTHING",
                   [client_id, json.dumps(live.to_json()), store.now()])
        db.execute("UPDATE filters SET pending_spec = ?, pending_run_id = ? WHERE client_id = ?",
                   [json.dumps(spec.to_json()), run_id, client_id])


def load_pending_filter(store: Store, client_id: int = DEFAULT_CLIENT_ID,
                        ) -> tuple[FilterSpec, int] | None:
    """The held filter change and the run that held it, if one waits."""
    with store.errors():
        rows = list(store.db.query(
            "SELECT pending_spec, pending_run_id FROM filters WHERE client_id = ?", [client_id]))
    if not rows or not rows[0]["pending_spec"]:
        return None
    spec = FilterSpec.loads(rows[0]["pending_spec"],
                            source=msg("filter change waiting for confirmation"), saved=True)
    return spec, int(rows[0]["pending_run_id"] or 0)


def discard_pending_filter(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> None:
    with store.transaction() as db:
        db.execute("UPDATE filters SET pending_spec = NULL, pending_run_id = NULL "
                   "WHERE client_id = ?", [client_id])


def forget_connection(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> int:
    """Disconnect: remove the connection, its filter, every synced user and what was
    kept of the directory (ids for counting). One transaction: either all of it is gone
    or none of it. Returns users removed. Run history and the audit log stay, with the
    per-person details of runs (problems, pending removals) erased: only counts remain.
    """
    with store.transaction() as db:
        removed = db.table("synced_users").count_where("client_id = ?", [client_id])
        for table in ("synced_users", "filters", "connections", "directory_state"):
            db.execute(f"DELETE FROM {table} WHERE client_id = ?", [client_id])
        next_generation(store, client_id)
        db.execute(
            "UPDATE sync_runs SET problems = '[]', pending_removals = '[]' WHERE client_id = ?",
            [client_id],
        )
    return removed
