"""A provider (or a proxy in front of it) that answers the demo fakes' pages altered."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from idp_wizard.app import App
from idp_wizard.core.records import ProviderName
from idp_wizard.demo.directory_fake import GOOGLE_HOST

# Alters one decoded users page; returns the new body (a dict, or raw bytes).
Alter = Callable[[dict[str, Any]], object]
GRAPH_HOST = "graph.microsoft.com"


def is_users_page(request: httpx.Request, provider: ProviderName, first: bool) -> bool:
    """A page of the users listing (Graph: the delta round; Google: users.list)."""
    path = request.url.path
    if provider is ProviderName.ENTRA:
        if not path.endswith("/users/delta"):
            return False
        follow = "$skiptoken" in request.url.params
    else:
        if not path.endswith("/users"):
            return False
        follow = "pageToken" in request.url.params
    return not follow if first else True


def alter_users_pages(app: App, provider: ProviderName, alter: Alter,
                      first_only: bool = True) -> list[int]:
    """Every users page (or the first only) reaches the reader as `alter` made it.
    Returns a list that counts the pages altered."""
    backend = app.demo.backend()
    host = GRAPH_HOST if provider is ProviderName.ENTRA else GOOGLE_HOST
    inner = backend.routes[host]
    altered: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        response = inner(request)
        if response.status_code != 200 or not is_users_page(request, provider, first_only):
            return response
        body = alter(json.loads(response.read()))
        altered.append(1)
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        return httpx.Response(200, content=raw, headers={"Content-Type": "application/json"})

    backend.routes[host] = handler
    return altered


def items_key(provider: ProviderName) -> str:
    return "value" if provider is ProviderName.ENTRA else "users"
