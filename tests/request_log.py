"""Every request the demo backend answers, a Graph $batch's sub-requests included, for
tests that count group reads (any backend of the process: the CLI makes its own)."""

from __future__ import annotations

import json
from collections import Counter

import httpx
import pytest

from idp_wizard.demo.transport import DemoBackend

BATCHED = "batched "  # marks a $batch's sub-request in `urls`


class RequestLog:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.urls: list[str] = []
        handle, urls = DemoBackend.handle, self.urls

        def noting(backend: DemoBackend, request: httpx.Request) -> httpx.Response:
            urls.append(str(request.url))
            if request.url.path.endswith("/$batch"):
                urls.extend(BATCHED + str(r["url"])
                            for r in json.loads(request.content)["requests"])
            return handle(backend, request)

        monkeypatch.setattr(DemoBackend, "handle", noting)

    def clear(self) -> None:
        del self.urls[:]

    def members_of(self) -> Counter[str]:
        """Member requests (first and next pages, batched or not) per group id."""
        out: Counter[str] = Counter()
        for url in self.urls:
            parts = httpx.URL(url.removeprefix(BATCHED)).path.split("/")
            if "groups" in parts and parts[-1] in ("members", "transitiveMembers"):
                out[parts[parts.index("groups") + 1]] += 1
        return out

    def group_requests(self) -> int:
        """Requests about groups: listings, member pages and $batch requests."""
        return sum("/groups" in url or url.endswith("/$batch") for url in self.urls
                   if not url.startswith(BATCHED))

    def count(self, part: str) -> int:
        return sum(part in url for url in self.urls if not url.startswith(BATCHED))
