"""Graph's plain paging for the fake: `$top` pages, an opaque `$skiptoken` in nextLink."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from idp_wizard.demo.faults import decode_cursor, encode_cursor, json_response
from idp_wizard.demo.graph_common import GraphError, context, link, page_size

# (query, start, size) -> (rows, position after the last row)
Rows = Callable[[httpx.QueryParams, int, int], tuple[list[Any], int]]
PageFault = Callable[[int], httpx.Response | None]


def paged(host: str, path: str, q: httpx.QueryParams, rows_fn: Rows, total: int,
          fingerprint: str, *, name: str, expand: bool = False,
          fault: PageFault | None = None) -> httpx.Response:
    """One page of a listing; the $skiptoken holds (path, tenant, offset, page number).

    `expand`: the request expands a navigation property, so a page holds at most 100
    objects, as in Graph. `fault`: the listing's page faults (users only)."""
    start, page = 0, 1
    if "$skiptoken" in q:
        parts = decode_cursor(q["$skiptoken"])
        if not parts or parts[:2] != [path, fingerprint] or len(parts) != 4:
            raise GraphError(400, "Directory_InvalidSkipToken", "The skip token is invalid.")
        start, page = int(parts[2]), int(parts[3])  # type: ignore[call-overload]
    if fault is not None and (response := fault(page)) is not None:
        return response
    rows, end = rows_fn(q, start, page_size(q.get("$top"), expand))
    body: dict[str, Any] = {"@odata.context": context(name), "value": rows}
    if end < total:
        keep = [(k, v) for k, v in q.multi_items() if k != "$skiptoken"]
        token = encode_cursor(path, fingerprint, end, page + 1)
        body["@odata.nextLink"] = link(host, path, [*keep, ("$skiptoken", token)])
    return json_response(200, body)
