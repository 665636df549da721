"""Small fakes for provider tests: a routing MockTransport, a fake clock, token sources."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from idp_wizard.core.progress import CancelToken, Progress
from idp_wizard.providers.google_directory import make_google_http
from idp_wizard.providers.graph import make_graph_http
from idp_wizard.providers.http import ProviderHttp, make_client

GRAPH = "https://graph.microsoft.com"
GOOGLE = "https://admin.googleapis.com/admin/directory/v1"
TOKEN_1 = "eyJ0eXAiOiJKV1Qi.secret-token-one.sig"
TOKEN_2 = "eyJ0eXAiOiJKV1Qi.secret-token-two.sig"

Responder = httpx.Response | list[httpx.Response] | Callable[[httpx.Request], httpx.Response]


def reply(data: object = None, status: int = 200, headers: dict[str, str] | None = None,
          raw: bytes | None = None) -> httpx.Response:
    content = raw if raw is not None else json.dumps(data).encode()
    return httpx.Response(status, content=content,
                          headers={"Content-Type": "application/json", **(headers or {})})


def graph_error(status: int, code: str, message: str = "failed",
                headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"error": {"code": code, "message": message,
                      "innerError": {"request-id": "r-1", "date": "2024-05-01T10:00:00"}}}
    return reply(body, status, headers)


def google_error(status: int, reason: str, message: str = "failed") -> httpx.Response:
    body = {"error": {"code": status, "message": message, "status": "PERMISSION_DENIED",
                      "errors": [{"message": message, "domain": "usageLimits",
                                  "reason": reason}]}}
    return reply(body, status)


class Router:
    """Routes (method, path) to responders; a list is served in order, its last repeats."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Responder] = {}
        self.requests: list[httpx.Request] = []

    def add(self, method: str, path: str, responder: Responder) -> Router:
        self.routes[(method, path)] = responder
        return self

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        key = (request.method, request.url.path)
        if key not in self.routes:
            return graph_error(404, "Request_ResourceNotFound", f"no route {key}")
        responder = self.routes[key]
        if isinstance(responder, list):
            return responder.pop(0) if len(responder) > 1 else responder[0]
        if isinstance(responder, httpx.Response):
            return responder
        return responder(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def paths(self) -> list[str]:
        return [r.url.path for r in self.requests]


def add_tenant_facts(router: Router, rooms: list[str] | None = None) -> Router:
    """/organization (contoso.com receives mail; contoso.onmicrosoft.com is the initial
    domain) and the room list (`None`: Place.Read.All not granted, Graph says 403)."""
    router.add("GET", "/v1.0/organization", reply({"value": [{"id": "t1", "verifiedDomains": [
        {"name": "contoso.com", "capabilities": "Email, OfficeCommunicationsOnline",
         "isInitial": False, "isDefault": True, "type": "Managed"},
        {"name": "contoso.onmicrosoft.com", "capabilities": "Email, OfficeCommunicationsOnline",
         "isInitial": True, "isDefault": False, "type": "Managed"},
        {"name": "intranet.contoso.com", "capabilities": "None", "isInitial": False,
         "isDefault": False, "type": "Managed"}]}]}))
    router.add("GET", "/v1.0/places/microsoft.graph.room",
               graph_error(403, "ErrorAccessDenied", "Access is denied.") if rooms is None
               else reply({"value": [{"id": f"r{i}", "emailAddress": a}
                                     for i, a in enumerate(rooms)]}))
    return router


class FakeSleep:
    """Records requested waits instead of sleeping; may run a hook (e.g. cancel)."""

    def __init__(self, hook: Callable[[float], None] | None = None) -> None:
        self.calls: list[float] = []
        self.hook = hook

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        if self.hook:
            self.hook(seconds)


class CountingTokens:
    """Hands out TOKEN_1 until a forced refresh, then TOKEN_2."""

    def __init__(self) -> None:
        self.refreshes = 0

    def access_token(self, force_refresh: bool = False) -> str:
        if force_refresh:
            self.refreshes += 1
        return TOKEN_2 if self.refreshes else TOKEN_1


class Harness:
    def __init__(self, google: bool = False, **policy: Any) -> None:
        self.router = Router()
        self.sleep = FakeSleep()
        self.tokens = CountingTokens()
        self.progress: list[Progress] = []
        self.cancel = CancelToken()
        make = make_google_http if google else make_graph_http
        self.http: ProviderHttp = make(
            make_client(self.router.transport()), self.tokens, sleep=self.sleep,
            progress=self.progress.append, cancel=self.cancel, **policy,
        )

    def throttle_messages(self) -> list[str]:
        return [str(p.message) for p in self.progress if p.phase == "throttled"]


def assert_no_secret(text: str) -> None:
    for secret in (TOKEN_1, TOKEN_2, "secret-token", "Bearer"):
        assert secret not in text, text
