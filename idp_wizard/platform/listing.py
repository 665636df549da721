"""Reading lists from a SCIM server: filters and startIndex/count paging, with quirks.

- Paging is 1-based; we stop on `totalResults`, never on an empty page (an empty page
  before the end advances by the page size), and never trust `itemsPerPage` (servers
  may return fewer than `count`). Only a server without `totalResults` ends on an
  empty page.
- Some servers answer a startIndex past the end with the first page again: a page
  holding only ids already seen ends the listing.
- A filter with no match may be answered 404 (Okta) instead of an empty list.
- A lying listing is bounded (3 empty pages in a row, a repeated page) and reported as
  not complete (`Pages.complete`), never taken as "the rest is gone".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from idp_wizard.platform.errors import NotFound
from idp_wizard.platform.http import ScimHttp

JsonDict = dict[str, Any]
DEFAULT_PAGE = 200
MAX_EMPTY_PAGES = 3  # empty pages in a row before the reported end: the listing stops
MAX_RESOURCES = 10_000_000  # far beyond any tenant: a server inventing users forever


def eq_filter(attribute: str, value: str) -> str:
    """`userName eq "a@b.c"`: the value as a JSON string (quotes/backslashes escaped)."""
    return f"{attribute} eq {json.dumps(value, ensure_ascii=False)}"


def resources_of(body: JsonDict | None) -> list[JsonDict]:
    if not body:
        return []
    items = body.get("Resources", body.get("resources"))
    return [r for r in items if isinstance(r, dict)] if isinstance(items, list) else []


def total_of(body: JsonDict | None) -> int | None:
    value = (body or {}).get("totalResults")
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def search(http: ScimHttp, endpoint: str, attribute: str, value: str) -> list[JsonDict]:
    """Resources whose `attribute` equals `value` ([] for an empty list or a 404)."""
    try:
        reply = http.request("GET", endpoint, params={"filter": eq_filter(attribute, value)})
    except NotFound:
        return []
    return resources_of(reply.body)


class Pages:
    """Every resource of `endpoint`, page by page (each resource once). Iterate it once;
    afterwards `complete` says whether the server listed as many users as its
    `totalResults` said it holds. A listing that stops short (startIndex ignored, a
    total larger than what is ever returned, pages without Resources) is bounded and
    not complete: callers must not take an unlisted user as gone."""

    def __init__(self, http: ScimHttp, endpoint: str, page_size: int = DEFAULT_PAGE,
                 params: dict[str, str] | None = None) -> None:
        self.http, self.endpoint, self.page_size = http, endpoint, max(1, page_size)
        self.params = params or {}
        self.total: int | None = None  # the last totalResults the server reported
        self.listed = 0
        self.complete = True

    def __iter__(self) -> Iterator[list[JsonDict]]:
        start, seen, empty = 1, set[str](), 0
        while True:
            query = {**self.params, "startIndex": str(start), "count": str(self.page_size)}
            try:
                body = self.http.request("GET", self.endpoint, params=query).body
            except NotFound:
                break
            items = resources_of(body)
            total = total_of(body)
            if total is not None:
                self.total = total
            fresh = [r for r in items if str(r.get("id")) not in seen]
            if items and not fresh:
                break  # the first page again: the server wrapped around past the end
            seen.update(str(r.get("id")) for r in fresh)
            self.listed = len(seen)
            if fresh:
                yield fresh
            if total is None and not items:
                break  # no total (against the RFC): only an empty page can end it
            empty = 0 if items else empty + 1
            if empty >= MAX_EMPTY_PAGES or len(seen) >= MAX_RESOURCES:
                break  # a total that is never reached: give up, bounded
            start += len(items) if items else self.page_size
            if total is not None and start > total:
                break
        self.complete = self.total is None or self.listed >= self.total


def iter_pages(http: ScimHttp, endpoint: str, page_size: int = DEFAULT_PAGE,
               params: dict[str, str] | None = None) -> Pages:
    """Every resource of `endpoint`, page by page (each resource once)."""
    return Pages(http, endpoint, page_size, params)
