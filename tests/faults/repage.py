"""A proxy in front of the demo's Graph that serves the initial delta round in pages of
its own making: records moved between pages, listed twice, written as other bytes."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from idp_wizard.app import App

from .hostile import GRAPH_HOST

Entry = dict[str, Any] | bytes  # a record, or its bytes as the page carries them
# All the round's records -> the pages to serve (each a list of entries).
Layout = Callable[[list[dict[str, Any]]], list[list[Entry]]]
MARK = "hb"  # the proxy's own skip tokens


def record_bytes(entry: Entry) -> bytes:
    """As Graph (and the demo) write a record: compact, UTF-8."""
    if isinstance(entry, bytes):
        return entry
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode()


def _page(entries: list[Entry], link: tuple[str, str]) -> bytes:
    values = b",".join(map(record_bytes, entries))
    tail = json.dumps({link[0]: link[1]}, separators=(",", ":")).encode()[1:]
    return b'{"@odata.context":"x","value":[' + values + b"]," + tail


def repage(app: App, layout: Layout,
           finish: Callable[[int, bytes], bytes] = lambda i, page: page) -> list[int]:
    """From now on each initial delta round is served as `layout` pages it; `finish`
    may rewrite page i's bytes. Returns a list counting the rounds served."""
    backend = app.demo.backend()
    inner = backend.routes[GRAPH_HOST]
    served: dict[str, bytes] = {}
    rounds: list[int] = []

    def whole_round(request: httpx.Request) -> tuple[list[dict[str, Any]], str]:
        entries: list[dict[str, Any]] = []
        while True:
            body = json.loads(inner(request).read())
            entries.extend(body["value"])
            if "@odata.nextLink" not in body:
                return entries, body["@odata.deltaLink"]
            request = httpx.Request("GET", body["@odata.nextLink"], headers=request.headers)

    def handler(request: httpx.Request) -> httpx.Response:
        path, params = request.url.path, request.url.params
        if not path.endswith("/users/delta") or "$deltatoken" in params:
            return inner(request)
        token = params.get("$skiptoken", "")
        if not token:
            entries, delta_link = whole_round(request)
            pages = layout(entries)
            rounds.append(1)
            base = f"https://{GRAPH_HOST}/v1.0/users/delta?$skiptoken={MARK}{len(rounds)}-"
            for i, page in enumerate(pages):
                link = (("@odata.deltaLink", delta_link) if i == len(pages) - 1 else
                        ("@odata.nextLink", f"{base}{i + 1}"))
                served[f"{MARK}{len(rounds)}-{i}"] = finish(i, _page(page, link))
            token = f"{MARK}{len(rounds)}-0"
        if not token.startswith(MARK):
            return inner(request)
        return httpx.Response(200, content=served[token],
                              headers={"Content-Type": "application/json"})

    backend.routes[GRAPH_HOST] = handler
    return rounds


def split(*sizes: int) -> Layout:
    """Pages of these sizes, then one with the rest (and the delta link)."""
    def layout(entries: list[dict[str, Any]]) -> list[list[Entry]]:
        pages: list[list[Entry]] = []
        start = 0
        for n in sizes:
            pages.append(list(entries[start:start + n]))
            start += n
        return [*pages, list(entries[start:])]
    return layout
