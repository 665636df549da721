"""The whole chain against a SCIM server: a demo profile (the demo tenant through the
real provider code) pointed at a server with `target set`, its token in an in-memory
keychain, every request through the fault transport so tests count what was sent."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.core.platform_state import user_statuses
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import synced_rows
from idp_wizard.demo.memory_keyring import MemoryKeyring
from idp_wizard.demo.transport import DemoBackend
from idp_wizard.paths import ProfilePaths
from idp_wizard.sign_in import AuthEnv
from tests.flows import connect
from tests.platform.helpers import TOKEN, Rig

NOW = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)  # fixed: the daily comparison only on request
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"


def auth_env(rig: Rig, keyring: MemoryKeyring | None = None,
             transport: httpx.BaseTransport | None = None) -> AuthEnv:
    return AuthEnv(keyring_backend=keyring or MemoryKeyring(),
                   platform_transport=transport or rig.transport)


def open_platform_app(data: Path, rig: Rig, size: int | None = 60,
                      keyring: MemoryKeyring | None = None,
                      transport: httpx.BaseTransport | None = None) -> App:
    return open_app(ProfilePaths(data, demo=True), clock=lambda: NOW, demo_size=size,
                    http_sleep=rig.sleeps, auth_env=auth_env(rig, keyring, transport))


def platform_app(data: Path, rig: Rig, provider: ProviderName, size: int = 60,
                 keyring: MemoryKeyring | None = None) -> App:
    """Target set (tested), then connected; not synced yet."""
    app = open_platform_app(data, rig, size, keyring)
    app.platform.set_target(rig.url, TOKEN)
    connect(app, provider)
    return app


def backend(app: App) -> DemoBackend:
    assert app.demo is not None
    return app.demo.backend()  # type: ignore[attr-defined, no-any-return]


def ours(rig: Rig) -> dict[str, dict[str, Any]]:
    """The server's users that carry a directory id (ours), by userName; fails on a
    duplicate userName."""
    found = [u for u in rig.users() if u.get("externalId")]
    names = Counter(str(u["userName"]).casefold() for u in rig.users())
    assert not [n for n, c in names.items() if c > 1], "duplicate users on the server"
    return {str(u["userName"]): u for u in found}


def assert_platform_holds_the_shared(app: App, rig: Rig) -> dict[str, dict[str, Any]]:
    """The server holds exactly the synced users, each confirmed (provisioned) with the
    platform id the app recorded, no duplicates."""
    synced = synced_rows(app.store)
    held = ours(rig)
    assert sorted(held) == sorted(r.email for r in synced.values())
    statuses = user_statuses(app.store, app.client_id)
    by_id = {str(u["externalId"]): u for u in held.values()}
    for uid in synced:
        pid, status, detail = statuses[uid]
        assert (status, detail) == ("provisioned", ""), (uid, status, detail)
        assert by_id[uid]["id"] == pid
    return held


def by_hand(rig: Rig, method: str, path: str, body: object = None) -> httpx.Response:
    """What someone does on the platform directly (no faults, not through the app)."""
    with httpx.Client(transport=rig.transport.inner,
                      headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        return client.request(method, f"{rig.url}{path}", json=body)
