"""A hostile platform for tests: the in-process scim2-server behind a transport that
may tamper with any request (lie about listings, refuse, answer wrongly)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from idp_wizard.app import App
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.records import ProviderName
from tests.flows import connect
from tests.platform.engine import open_platform_app
from tests.platform.helpers import TOKEN, Rig

Forward = Callable[[httpx.Request], httpx.Response]
Tamper = Callable[[httpx.Request, Forward], httpx.Response]


class Hostile(httpx.BaseTransport):
    """Passes requests to the rig's transport unless `tamper` is set: then `tamper`
    decides (it may forward with the callable it gets)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.tamper: Tamper | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        def forward(req: httpx.Request) -> httpx.Response:
            response = self.inner.handle_request(req)
            response.read()
            return response

        request.read()
        return forward(request) if self.tamper is None else self.tamper(request, forward)


def listing(request: httpx.Request) -> bool:
    """A page of the full listing (GET /Users without a filter)."""
    return (request.method == "GET" and request.url.path.endswith("/Users")
            and "filter" not in request.url.params)


def list_response(resources: list[object], total: int, **extra: object) -> httpx.Response:
    return httpx.Response(200, json={
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
        "totalResults": total, "Resources": resources, **extra},
        headers={"Content-Type": "application/scim+json"})


def hostile_app(tmp_path: Path, rig: Rig, size: int = 30, tamper: Tamper | None = None
                ) -> tuple[App, Hostile, SyncOutcome]:
    """Target set, connected, first sync run (through `tamper`, if given)."""
    hostile = Hostile(rig.transport)
    app = open_platform_app(tmp_path, rig, size, transport=hostile)
    app.platform.set_target(rig.url, TOKEN)
    connect(app, ProviderName.ENTRA)
    hostile.tamper = tamper
    first = app.sync_service().run()
    if tamper is None:
        assert first.platform is not None and first.platform.status == "delivered"
    hostile.tamper = None
    return app, hostile, first


def without_meta(users: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Users as read back, without their `meta` (times and versions change on a write)."""
    return {name: {k: v for k, v in u.items() if k != "meta"} for name, u in users.items()}
