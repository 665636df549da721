"""Full user records for a list of ids through Graph's JSON batching ($batch, 20 a call).

Graph answers each item on its own: throttled items are retried (honouring the
largest Retry-After), 404s mean the user is gone by now.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from idp_wizard.providers.graph_mapping import parse_graph_error
from idp_wizard.providers.http import ProviderHttp
from idp_wizard.providers.retry import RETRY_STATUSES, parse_retry_after

BATCH_SIZE = 20  # Graph's limit of requests per $batch


def fetch_users(http: ProviderHttp, base: str, ids: list[str],
                query: str) -> tuple[list[dict[str, Any]], list[str]]:
    """(user bodies found, ids that are 404 by now); `query`: "$select=...&$expand=..."."""
    found: list[dict[str, Any]] = []
    gone: list[str] = []
    for start in range(0, len(ids), BATCH_SIZE):
        pending = {str(n): uid for n, uid in enumerate(ids[start : start + BATCH_SIZE])}
        attempt = 0
        while pending:
            attempt += 1
            http.check_cancelled()
            reply = http.post_json(f"{base}/$batch", {"requests": [
                {"id": rid, "method": "GET", "url": f"/users/{quote(uid, safe='')}?{query}"}
                for rid, uid in pending.items()
            ]})
            wait: float | None = None
            detail = ""
            for item in reply.get("responses") or []:
                rid = str(item.get("id"))
                uid = pending.get(rid)
                if uid is None:
                    continue
                status = item.get("status") if isinstance(item.get("status"), int) else 0
                body = item.get("body")
                if status == 200 and isinstance(body, dict):
                    found.append(body)
                elif status == 404:
                    gone.append(uid)
                elif status == 429 or status in RETRY_STATUSES:
                    headers = {str(k).lower(): str(v)
                               for k, v in (item.get("headers") or {}).items()}
                    after = parse_retry_after(headers.get("retry-after"))
                    if after is not None:
                        wait = after if wait is None else max(wait, after)
                    detail = f"{status} {parse_graph_error(status, body).code}".strip()
                    continue
                elif status == 200:
                    raise http.malformed("/v1.0/$batch")
                else:
                    err = parse_graph_error(status, body)
                    raise http.error_for(status, err, "/v1.0/users/{id}")
                del pending[rid]
            if pending:  # throttled items, or items Graph did not answer
                kind = "unavailable" if detail.startswith("5") else "throttled"
                http.retry_later(kind, attempt, detail or "no answer", wait)
    return found, gone
