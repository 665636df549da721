"""Reading lists from a SCIM server: filters and startIndex/count paging, with quirks.

- Paging is 1-based; we stop on `totalResults`, never on an empty page (an empty page
  before the end advances by the page size), and never trust `itemsPerPage` (servers
  may return fewer than `count`). Only a server without `totalResults` ends on an
  empty page.
- Some servers answer a startIndex past the end with the first page again: a page
  holding only ids already seen ends the listing.
- A filter with no match may be answered 404 (Okta) instead of an empty list.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from idp_wizard.platform.errors import NotFound
from idp_wizard.platform.http import ScimHttp

JsonDict = dict[str, Any]
DEFAULT_PAGE = 200


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


def iter_pages(http: ScimHttp, endpoint: str, page_size: int = DEFAULT_PAGE,
               params: dict[str, str] | None = None) -> Iterator[list[JsonDict]]:
    """Every resource of `endpoint`, page by page (each resource once)."""
    start, seen = 1, set[str]()
    while True:
        query = {**(params or {}), "startIndex": str(start), "count": str(page_size)}
        try:
            body = http.request("GET", endpoint, params=query).body
        except NotFound:
            return
        items = resources_of(body)
        total = total_of(body)
        fresh = [r for r in items if str(r.get("id")) not in seen]
        if items and not fresh:
            return  # the first page again: the server wrapped around past the end
        seen.update(str(r.get("id")) for r in fresh)
        if fresh:
            yield fresh
        if total is None and not items:
            return  # no total (against the RFC): only an empty page can end it
        start += len(items) if items else page_size
        if total is not None and start > total:
            return
