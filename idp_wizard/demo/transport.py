"""The demo backend: one tenant, shared faults, the fakes, and an httpx transport.

`DemoBackend(...).transport()` returns an `httpx.MockTransport` that answers Microsoft
Graph hosts with `FakeGraph` and admin.googleapis.com with `FakeDirectory`; any other
host raises `httpx.ConnectError`, so nothing ever leaves the machine. More hosts (token
endpoints, OAuth) can be added to `backend.routes`. Requests are served under one lock,
so churn applied from another thread never tears a page.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import httpx

from idp_wizard.demo.directory_fake import GOOGLE_HOST, FakeDirectory
from idp_wizard.demo.faults import Faults
from idp_wizard.demo.graph_fake import GRAPH_HOSTS, FakeGraph
from idp_wizard.demo.tenant import DOMAIN, DemoTenant

Handler = Callable[[httpx.Request], httpx.Response]


class DemoBackend:
    """Everything demo mode and the tests talk to instead of the real providers."""

    def __init__(self, size: int = 250, seed: int = 0, churn_steps: int = 0,
                 faults: Faults | None = None, domain: str = DOMAIN,
                 tenant: DemoTenant | None = None) -> None:
        """`tenant`: one already made (tenant_cache.py) instead of (size, seed, domain)."""
        if tenant is None:
            tenant = DemoTenant(size=size, seed=seed, domain=domain)
        self.tenant = tenant
        tenant.advance_to(churn_steps)
        self.faults = faults if faults is not None else Faults()
        self.graph = FakeGraph(self.tenant, self.faults)
        self.directory = FakeDirectory(self.tenant, self.faults)
        self.routes: dict[str, Handler] = {host: self.graph.handle for host in GRAPH_HOSTS}
        self.routes[GOOGLE_HOST] = self.directory.handle
        self._lock = threading.RLock()

    def handle(self, request: httpx.Request) -> httpx.Response:
        handler = self.routes.get(request.url.host)
        if handler is None or request.url.scheme != "https":
            raise httpx.ConnectError(
                f"demo mode: no network access to {request.url.host!r}", request=request
            )
        with self._lock:
            return handler(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def client(self, token: str | None = "demo-access-token", **kwargs: object) -> httpx.Client:
        """A convenience client on the demo transport (with a bearer token by default)."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(transport=self.transport(), headers=headers, **kwargs)  # type: ignore[arg-type]

    def set_churn_steps(self, steps: int) -> None:
        """Advance the running tenant to `steps` (joiners, leavers, moves appear).

        Forward is O(steps added). Going back rebuilds the tenant (O(size)); the fakes
        are re-pointed at it, so old delta links then answer 410 syncStateNotFound...
        unless the new tenant reaches their step; callers should only go forward.
        """
        with self._lock:
            if steps >= self.tenant.step:
                self.tenant.advance_to(steps)
                return
            tenant = DemoTenant(size=self.tenant.size, seed=self.tenant.seed, churn_steps=steps,
                                domain=self.tenant.domain)
            self.tenant = self.graph.tenant = self.directory.tenant = tenant
            self.graph.groups.clear()
            self.directory._cache.clear()
