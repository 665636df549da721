"""Managers on the platform: how reports name them, in which order users are sent so
that nobody comes before their manager, and which confirmed manager links are stale.

Entra names a manager by directory id, Google by e-mail address; both are handled.
Addresses are compared casefolded, as every duplicate check compares them: SQLite's
NOCASE (the index) folds ASCII letters only, so the few rows with other letters are
folded in Python too ("jörg@x" names the manager "JÖRG@x"; see users.py `holders`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from idp_wizard.core.platform_state import chunks
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.users import NON_ASCII_ADDRESSES

# Rows whose manager reference has a letter NOCASE does not fold (their addresses:
# users.NON_ASCII_ADDRESSES).
_NON_ASCII_REFERENCES = ("SELECT id, manager_id FROM synced_users WHERE client_id = ? "
                         "AND length(manager_id) != length(CAST(manager_id AS BLOB))")


def manager_keys(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> set[str]:
    """How the synced users name their managers: ids (Entra), casefolded addresses
    (Google)."""
    with store.errors():
        rows = store.db.execute("SELECT DISTINCT manager_id FROM synced_users WHERE "
                                "client_id = ? AND manager_id != ''", [client_id])
        return {key if "@" not in key else key.casefold() for (key,) in rows}


# Entra names a manager by directory id, Google by e-mail address: the id either way.
_MANAGER_ID = ("CASE WHEN instr(s.manager_id, '@') THEN coalesce((SELECT m.id FROM "
               "synced_users m WHERE m.client_id = s.client_id AND m.email = s.manager_id "
               "COLLATE NOCASE LIMIT 1), s.manager_id) ELSE s.manager_id END")


class ManagerFinder:
    """The synced user a manager reference names (an id, or an e-mail address in any
    case). The rows with non-ASCII addresses are read once, on the first address
    NOCASE does not find, and folded in Python."""

    def __init__(self, store: Store, client_id: int = DEFAULT_CLIENT_ID) -> None:
        self.store, self.client_id = store, client_id
        self._folded: dict[str, str] | None = None

    def __call__(self, key: str) -> str | None:
        if "@" not in key:
            return key
        row = self.store.db.execute("SELECT id FROM synced_users WHERE client_id = ? AND "
                                    "email = ? COLLATE NOCASE LIMIT 1",
                                    [self.client_id, key.casefold()]).fetchone()
        if row:
            return str(row[0])
        if self._folded is None:
            self._folded = {}
            for uid, email in self.store.db.execute(NON_ASCII_ADDRESSES, [self.client_id]):
                self._folded.setdefault(email.casefold(), uid)
        return self._folded.get(key.casefold())


def manager_of(store: Store, key: str, client_id: int = DEFAULT_CLIENT_ID) -> str | None:
    """The synced user a manager reference names (an id, or an e-mail address)."""
    return ManagerFinder(store, client_id)(key)


def manager_levels(store: Store, ids: list[str], client_id: int = DEFAULT_CLIENT_ID
                   ) -> list[list[str]]:
    """`ids` in waves: nobody comes before their manager (when the manager is among
    `ids` too), so each user is mapped with the manager's platform id already known
    and the manager link costs no second request. A cycle ends the ordering."""
    managers: dict[str, str] = {}
    with store.errors():
        for chunk in chunks(ids):
            marks = ", ".join("?" for _ in chunk)
            managers.update(store.db.execute(
                f"SELECT s.id, {_MANAGER_ID} FROM synced_users s WHERE s.client_id = ? AND "
                f"s.id IN ({marks}) AND s.manager_id != ''", [client_id, *chunk]).fetchall())
        find: ManagerFinder | None = None
        for uid, key in managers.items():
            if "@" in key:  # an address NOCASE did not find (non-ASCII letters)
                find = find or ManagerFinder(store, client_id)
                managers[uid] = find(key) or key
    waiting, levels = list(ids), []
    while waiting:
        left = set(waiting)
        ready = [i for i in waiting if managers.get(i) not in left or managers.get(i) == i]
        if not ready:  # managers in a cycle: send the rest, the links follow after
            ready = waiting
        levels.append(ready)
        taken = set(ready)
        waiting = [i for i in waiting if i not in taken]
    return levels


def users_with_managers(store: Store, managers: Iterable[str],
                        client_id: int = DEFAULT_CLIENT_ID) -> list[str]:
    """Synced users whose manager is one of `managers` (ids or e-mail addresses, in
    any case), each once."""
    wanted = [m.casefold() if "@" in m else m for m in managers]
    out: dict[str, None] = {}
    with store.errors():
        for chunk in chunks(wanted):
            marks = ", ".join("?" for _ in chunk)
            out.update((r[0], None) for r in store.db.execute(
                f"SELECT id FROM synced_users WHERE client_id = ? AND manager_id "
                f"COLLATE NOCASE IN ({marks})", [client_id, *chunk]))
        folded = {m for m in wanted if "@" in m}
        if folded:
            for uid, key in store.db.execute(_NON_ASCII_REFERENCES, [client_id]):
                if key.casefold() in folded:
                    out[uid] = None
    return list(out)


def manager_links(store: Store, ids: list[str], client_id: int = DEFAULT_CLIENT_ID
                  ) -> Iterator[tuple[str, str, str | None]]:
    """(id, manager reference, manager platform id the platform confirmed) of these
    provisioned users with nothing pending."""
    from idp_wizard.platform.attributes import MANAGER

    with store.errors():
        for chunk in chunks(ids):
            marks = ", ".join("?" for _ in chunk)
            rows = store.db.execute(
                f"SELECT p.id, s.manager_id, p.confirmed FROM platform_users p JOIN "
                f"synced_users s ON s.client_id = p.client_id AND s.id = p.id WHERE "
                f"p.client_id = ? AND p.id IN ({marks}) AND p.pending IS NULL AND "
                f"p.status = 'provisioned'", [client_id, *chunk]).fetchall()
            for uid, key, confirmed in rows:
                have = json.loads(confirmed).get(MANAGER) if confirmed else None
                yield uid, key, have if isinstance(have, str) else None


