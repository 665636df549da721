"""A client's platform target: the SCIM base URL, its state, what the server supports and
how we provision to it. Never the token: that lives in the OS keychain only (see
`PlatformSource`).

Kinds: "scim" (any SCIM 2.0 server the admin named) and "embedded" (the demo's
in-process platform in the profile folder). A demo profile without a saved target uses
the embedded one; it is saved, like any other target, on first use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from idp_wizard.core.messages import Message, from_stored, to_stored
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.platform.capabilities import Capabilities
from idp_wizard.platform.executor import DEFAULT_CONCURRENCY

EMBEDDED = "embedded"
SCIM = "scim"
MAX_CONCURRENCY = 16


class TargetState(StrEnum):
    NONE = "none"  # no target (status --json only)
    READY = "ready"
    NEEDS_TOKEN = "needs_token"  # the platform answered 401: nothing is sent until replaced
    UNREACHABLE = "unreachable"  # the last push could not reach it (network, 5xx, TLS)


@dataclass(frozen=True, slots=True)
class TargetSettings:
    deactivate: bool = False  # "Deactivate instead of delete" (PATCH active=false)
    concurrency: int = DEFAULT_CONCURRENCY

    def to_json(self) -> dict[str, Any]:
        return {"deactivate": self.deactivate, "concurrency": self.concurrency}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TargetSettings:
        try:
            concurrency = int(data.get("concurrency", DEFAULT_CONCURRENCY))
        except (TypeError, ValueError):
            concurrency = DEFAULT_CONCURRENCY
        return cls(bool(data.get("deactivate", False)),
                   max(1, min(MAX_CONCURRENCY, concurrency)))


@dataclass(frozen=True, slots=True)
class PlatformTarget:
    url: str
    kind: str = SCIM
    state: TargetState = TargetState.READY
    state_reason: str = ""
    capabilities: Capabilities | None = None  # from the last test (None: discover)
    settings: TargetSettings = field(default_factory=TargetSettings)
    tested_at: str = ""
    reconciled_at: str = ""  # the last full comparison with the platform ("": never)
    unmanaged: int = 0  # platform users that are not ours (counted then, never touched)
    state_message: Message | None = None  # `state_reason` in the admin's language

    @property
    def embedded(self) -> bool:
        return self.kind == EMBEDDED

    @property
    def reason(self) -> str | Message:
        """Why the state is what it is, for display."""
        return self.state_message or self.state_reason

    def with_state(self, state: TargetState, reason: str | Message = "") -> PlatformTarget:
        return replace(self, state=state, state_reason=str(reason),
                       state_message=_message(reason))


def load_target(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> PlatformTarget | None:
    with store.errors():
        rows = list(store.db.query("SELECT * FROM platform_targets WHERE client_id = ?",
                                   [client_id]))
    if not rows:
        return None
    r = rows[0]
    caps = json.loads(r["capabilities"]) if r["capabilities"] else None
    return PlatformTarget(
        url=r["url"], kind=r["kind"], state=TargetState(r["state"]),
        state_reason=r["state_reason"] or "",
        capabilities=Capabilities.from_json(caps) if caps else None,
        settings=TargetSettings.from_json(json.loads(r["settings"] or "{}")),
        tested_at=r["tested_at"] or "", reconciled_at=r["reconciled_at"] or "",
        unmanaged=r["unmanaged"] or 0, state_message=from_stored(r.get("state_message")))


def _message(reason: str | Message) -> Message | None:
    return reason if isinstance(reason, Message) else None


def save_target(store: Store, target: PlatformTarget,
                client_id: int = DEFAULT_CLIENT_ID) -> None:
    now = store.now()
    caps = target.capabilities
    with store.transaction() as db:
        db.execute(
            "INSERT INTO platform_targets (client_id, url, kind, state, state_reason, "
            "capabilities, settings, tested_at, reconciled_at, unmanaged, created_at, "
            "updated_at, state_message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
            "CONFLICT(client_id) DO UPDATE SET url = excluded.url, kind = excluded.kind, "
            "state = excluded.state, state_reason = excluded.state_reason, "
            "state_message = excluded.state_message, capabilities = excluded.capabilities, "
            "settings = excluded.settings, tested_at = excluded.tested_at, "
            "reconciled_at = excluded.reconciled_at, unmanaged = excluded.unmanaged, "
            "updated_at = excluded.updated_at",
            [client_id, target.url, target.kind, str(target.state), target.state_reason,
             json.dumps(caps.to_json()) if caps else None,
             json.dumps(target.settings.to_json()), target.tested_at,
             target.reconciled_at, target.unmanaged, now, now, to_stored(target.state_message)])


def set_target_state(store: Store, state: TargetState, reason: str | Message = "",
                     client_id: int = DEFAULT_CLIENT_ID) -> None:
    """`reason` may be a `Message`: its English text and the message are both kept."""
    with store.transaction() as db:
        db.execute("UPDATE platform_targets SET state = ?, state_reason = ?, "
                   "state_message = ?, updated_at = ? WHERE client_id = ?",
                   [str(state), str(reason), to_stored(reason), store.now(),
                    client_id])


def mark_reconciled(store: Store, unmanaged: int, client_id: int = DEFAULT_CLIENT_ID) -> None:
    with store.transaction() as db:
        db.execute("UPDATE platform_targets SET reconciled_at = ?, unmanaged = ? "
                   "WHERE client_id = ?", [store.now(), unmanaged, client_id])


def delete_target(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> None:
    with store.transaction() as db:
        db.execute("DELETE FROM platform_targets WHERE client_id = ?", [client_id])
