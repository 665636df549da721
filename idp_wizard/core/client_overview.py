"""Every client's state at a glance (the overview, `clients list`), in a few queries.

200 clients must be listed in well under 300 ms, so nothing here opens a client: one
query joins each client with its connection, synced-user count and last finished run,
and one more reads every sync interval.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from idp_wizard.core.client_names import name_key
from idp_wizard.core.client_settings import DEFAULT_INTERVAL, intervals
from idp_wizard.core.clock import parse_iso
from idp_wizard.core.messages import Message, from_stored
from idp_wizard.core.store import Store

HELD, REAUTHORIZE, FAILED = "held", "needs_reauthorization", "failed"
PLATFORM = "platform"  # the platform needs a new token or could not be reached
_FAILED_RUNS = ("failed", "interrupted")

_SQL = """
SELECT c.id, c.name, k.provider, k.state, k.state_reason, k.tenant, k.connected_at,
       (SELECT COUNT(*) FROM synced_users u WHERE u.client_id = c.id),
       r.finished_at, r.status, r.error, t.state,
       (SELECT COUNT(*) FROM platform_users p WHERE p.client_id = c.id
        AND p.status = 'provisioned'),
       k.state_message, r.error_message
FROM clients c
LEFT JOIN connections k ON k.client_id = c.id
LEFT JOIN platform_targets t ON t.client_id = c.id
LEFT JOIN sync_runs r ON r.id = (SELECT MAX(id) FROM sync_runs s
                                 WHERE s.client_id = c.id AND s.status != 'running')
WHERE c.removed_at IS NULL
"""


@dataclass(frozen=True, slots=True)
class ClientSummary:
    id: int
    name: str
    provider: str | None  # "entra", "google" or None (not connected)
    state: str  # a ConnectionState value, "disconnected" when there is no connection
    state_reason: str = ""
    tenant: str = ""
    synced_users: int = 0
    last_sync_at: str = ""  # the last finished run (while connected)
    last_status: str = ""
    last_error: str = ""
    next_sync: datetime | None = None  # by the app's schedule; None: none due
    interval_minutes: int = DEFAULT_INTERVAL
    platform: str | None = None  # the platform target's state (a TargetState value)
    provisioned: int = 0  # users the platform confirmed
    state_message: Message | None = None  # `state_reason` in the admin's language
    last_error_message: Message | None = None  # `last_error` in the admin's language

    @property
    def attention_reason(self) -> str | Message:
        """Why the admin is needed ("" when not): the state's reason, else the last
        run's error, as a message where one was kept."""
        if not self.warning:
            return ""
        return (self.state_message or self.state_reason or self.last_error_message
                or self.last_error)

    @property
    def warning(self) -> str:
        """What needs the admin: "held", "needs_reauthorization", "failed", "platform"
        or ""."""
        if self.state in (HELD, REAUTHORIZE):
            return self.state
        if self.provider and self.last_status in _FAILED_RUNS:
            return FAILED
        return PLATFORM if self.platform in ("needs_token", "unreachable") else ""

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "provider": self.provider, "state": self.state,
            "state_reason": self.state_reason, "tenant": self.tenant or None,
            "synced_users": self.synced_users,
            "last_sync": {"finished_at": self.last_sync_at, "status": self.last_status,
                          "error": self.last_error} if self.last_sync_at else None,
            "next_sync": self.next_sync.isoformat() if self.next_sync else None,
            "interval_minutes": self.interval_minutes,
            "platform": None if self.platform is None else {
                "state": self.platform, "provisioned": self.provisioned},
            "warning": self.warning or None,
        }


def next_sync(state: str, connected_at: str, last_sync_at: str,
              interval_minutes: int) -> datetime | None:
    """When the app's schedule syncs this client next: an interval after its last
    finished run (or its connection). Paused while it needs reauthorization."""
    anchor = last_sync_at or connected_at
    if not anchor or state in ("disconnected", REAUTHORIZE):
        return None
    return parse_iso(anchor) + timedelta(minutes=interval_minutes)


def client_summaries(store: Store) -> list[ClientSummary]:
    """Every client, by name."""
    minutes = intervals(store)
    with store.errors():
        rows = store.db.execute(_SQL).fetchall()
    out = []
    for (cid, name, provider, state, reason, tenant, connected_at, synced, finished,
         status, error, platform, provisioned, state_message, error_message) in rows:
        state = state or "disconnected"
        last = (finished or "") if provider else ""  # history of an old connection: not shown
        interval = minutes.get(cid, DEFAULT_INTERVAL)
        out.append(ClientSummary(
            cid, name or "", provider, state, reason or "", tenant or "", int(synced),
            last, (status or "") if last else "", (error or "") if last else "",
            next_sync(state, connected_at or "", last, interval), interval,
            platform, int(provisioned or 0),
            state_message=from_stored(state_message),
            last_error_message=from_stored(error_message) if last else None))
    return sorted(out, key=lambda s: (name_key(s.name), s.id))
