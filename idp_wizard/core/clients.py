"""The clients of a profile: each one customer organisation with at most one connection.

Names are unique regardless of case and Unicode form (see client_names). A removed
client's data goes, every row of every table that names it, in one transaction; its
row stays as a tombstone without a name key, so its id is never given to another
client (keychain entries, lock files and open windows name clients by id).
Disconnecting first (tokens, platform users) is the caller's job: `Profile.remove`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from idp_wizard.core.client_names import PLACEHOLDER, checked_name, name_key, tenant_name
from idp_wizard.core.errors import UsageError
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.store import Store
from idp_wizard.core.text import shown

MAX_LISTED = 10  # names a message lists before "and N more"


@dataclass(frozen=True, slots=True)
class ClientInfo:
    id: int
    name: str
    created_at: str = ""


def list_clients(store: Store) -> list[ClientInfo]:
    """Every client (not removed), by name."""
    with store.errors():
        rows = store.db.execute(
            "SELECT id, name, created_at FROM clients WHERE removed_at IS NULL").fetchall()
    clients = [ClientInfo(int(i), str(n or ""), str(c or "")) for i, n, c in rows]
    return sorted(clients, key=lambda c: (name_key(c.name), c.id))


def client_by_id(store: Store, client_id: int) -> ClientInfo | None:
    """The client, unless there is none with this id or it was removed."""
    with store.errors():
        row = store.db.execute("SELECT id, name, created_at FROM clients WHERE id = ? AND "
                               "removed_at IS NULL", [client_id]).fetchone()
    return ClientInfo(int(row[0]), str(row[1] or ""), str(row[2] or "")) if row else None


def names_text(clients: list[ClientInfo]) -> Message:
    """"A, B, C" (at most MAX_LISTED names, then how many more)."""
    names = [shown(c.name) for c in clients[:MAX_LISTED]]
    if not names:
        return msg("none")
    more = len(clients) - len(names)
    if more:
        return msg("{names} and {more} more", names=names, more=more)
    return msg("{names}", names=names)


def find_client(store: Store, name: str) -> ClientInfo:
    """The client with this name (any case or Unicode form); one sentence if none."""
    key = name_key(name)
    clients = list_clients(store)
    for client in clients:
        if name_key(client.name) == key:
            return client
    raise UsageError(msg("There is no client named {name}; the clients are {names}.",
                         name=shown(name), names=names_text(clients)))


def _taken(store: Store, key: str, but: int | None = None) -> ClientInfo | None:
    with store.errors():
        row = store.db.execute("SELECT id, name FROM clients WHERE name_key = ?",
                               [key]).fetchone()
    if row is None or row[0] == but:
        return None
    return ClientInfo(int(row[0]), str(row[1]))


def _duplicate(name: str, existing: ClientInfo) -> UsageError:
    if existing.name == name:
        return UsageError(msg("There is already a client named {name}; choose another name.",
                              name=shown(name)))
    return UsageError(msg("There is already a client named {name} ({existing}: names that "
                          "differ only in case, spacing or Unicode form are the same name); "
                          "choose another name.", name=shown(name),
                          existing=shown(existing.name)))


def add_client(store: Store, name: str) -> ClientInfo:
    clean = checked_name(name)
    key = name_key(clean)
    existing = _taken(store, key)
    if existing is not None:
        raise _duplicate(clean, existing)
    try:
        with store.transaction() as db:
            db.execute("INSERT INTO clients (name, name_key, created_at) VALUES (?, ?, ?)",
                       [clean, key, store.now()])
            client_id = int(db.execute("SELECT last_insert_rowid()").fetchone()[0])
    except sqlite3.IntegrityError:  # another process added the same name just now
        raise _duplicate(clean, _taken(store, key) or ClientInfo(0, clean)) from None
    store.audit("client.add", shown(clean), client_id=client_id)  # no words: any language
    return ClientInfo(client_id, clean, store.now())


def rename_client(store: Store, old: str, new: str) -> ClientInfo:
    client = find_client(store, old)
    clean = checked_name(new)
    key = name_key(clean)
    existing = _taken(store, key, but=client.id)
    if existing is not None:
        raise _duplicate(clean, existing)
    if clean == client.name:
        return client
    try:
        with store.transaction() as db:
            renamed = db.execute("UPDATE clients SET name = ?, name_key = ? WHERE id = ? AND "
                                 "removed_at IS NULL", [clean, key, client.id]).rowcount
            if renamed:  # with the rename: never an entry under a removed client's id
                store.audit("client.rename", f"{shown(client.name)} → {shown(clean)}",
                            client_id=client.id)
    except sqlite3.IntegrityError:
        raise _duplicate(clean, _taken(store, key) or ClientInfo(0, clean)) from None
    if not renamed:  # removed by another process since it was found
        find_client(store, old)  # raises: there is no client named so (any more)
    return ClientInfo(client.id, clean, client.created_at)


def name_after_tenant(store: Store, client_id: int, tenant: str) -> None:
    """A client still called by the app's placeholder ("Default": the first client of a
    new profile) takes its tenant's name when it connects, as the migration names an
    upgraded profile's. A name the admin gave, or a tenant name another client has,
    stays as it is."""
    client = client_by_id(store, client_id)
    name = tenant_name(tenant)
    if client is None or client.name != PLACEHOLDER or not name:
        return
    if _taken(store, name_key(name)) is None:
        with store.transaction() as db:
            db.execute("UPDATE clients SET name = ?, name_key = ? WHERE id = ?",
                       [name, name_key(name), client_id])
        store.audit("client.rename", f"{shown(client.name)} → {shown(name)}",
                    client_id=client_id)


def client_tables(store: Store) -> list[str]:
    """Every table with a `client_id` column: what a removal empties (tables added
    later, such as the platform's, are found too)."""
    with store.errors():
        tables = store.db.table_names()
        return [t for t in tables if t != "clients"
                and "client_id" in {c.name for c in store.db.table(t).columns}]


def erase_client(store: Store, client: ClientInfo, note: Message) -> None:
    """Delete every row of the client in one transaction and keep its tombstone; the
    audit entry that says so is all that stays under its id. Call it holding the
    client's lock, after it was disconnected."""
    with store.transaction() as db:
        db.execute("PRAGMA defer_foreign_keys = ON")  # rows of several tables go at once
        for table in client_tables(store):
            db.execute(f"DELETE FROM [{table}] WHERE client_id = ?", [client.id])
        db.execute("UPDATE clients SET name_key = NULL, removed_at = ?, "
                   "generation = generation + 1 WHERE id = ?", [store.now(), client.id])
        store.audit("client.remove", msg("client {name} removed; {note}",
                                         name=shown(client.name), note=note),
                    client_id=client.id)
