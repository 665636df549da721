"""Settings of one client: its sync interval, deletion limits, app registrations (and
whatever else a client decides for itself).

A client's own value wins; without one, the profile's value applies (what a
single-client version saved, or a distributor's default), then the caller's default.
Writes only ever go to the client's own row, so changing one client's settings never
changes another's. Settings of the whole app (the interface language) stay in
`Store.setting`.
"""

from __future__ import annotations

import json
from typing import Any

from idp_wizard.core.store import Store


def client_setting(store: Store, client_id: int, name: str, default: Any = None) -> Any:
    with store.errors():
        row = store.db.execute(
            "SELECT value FROM client_settings WHERE client_id = ? AND key = ?",
            [client_id, name]).fetchone()
    return json.loads(row[0]) if row else store.setting(name, default)


def set_client_setting(store: Store, client_id: int, name: str, value: Any) -> None:
    with store.transaction() as db:
        db.execute("INSERT INTO client_settings (client_id, key, value) VALUES (?, ?, ?) "
                   "ON CONFLICT (client_id, key) DO UPDATE SET value = excluded.value",
                   [client_id, name, json.dumps(value)])


def client_settings(store: Store, client_id: int) -> dict[str, Any]:
    """The client's own settings (diagnostics), without the profile's defaults."""
    with store.errors():
        rows = store.db.execute("SELECT key, value FROM client_settings WHERE client_id = ?",
                                [client_id]).fetchall()
    return {key: json.loads(value) for key, value in rows}


# The sync interval: the app's schedule per client, and the OS task's (the shortest).
INTERVAL_KEY = "sync_interval_minutes"
DEFAULT_INTERVAL, MIN_INTERVAL, MAX_INTERVAL = 40, 5, 24 * 60


def clamp_interval(value: object) -> int:
    """Minutes between syncs, within the allowed range (anything unreadable: default)."""
    try:
        minutes = int(value) if isinstance(value, int | float | str) else DEFAULT_INTERVAL
    except ValueError:
        minutes = DEFAULT_INTERVAL
    return max(MIN_INTERVAL, min(MAX_INTERVAL, minutes))


def intervals(store: Store) -> dict[int, int]:
    """Every client's sync interval in one read (client id → minutes; a client without
    its own value has the profile's)."""
    profile = clamp_interval(store.setting(INTERVAL_KEY, DEFAULT_INTERVAL))
    with store.errors():
        rows = store.db.execute(
            "SELECT c.id, s.value FROM clients c LEFT JOIN client_settings s ON "
            "s.client_id = c.id AND s.key = ? WHERE c.removed_at IS NULL",
            [INTERVAL_KEY]).fetchall()
    return {int(i): profile if v is None else clamp_interval(json.loads(v)) for i, v in rows}
