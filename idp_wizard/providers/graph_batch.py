"""Many small Graph reads in few requests: JSON batching ($batch, 20 reads a call).

Graph answers each item on its own: throttled or unavailable items are retried
(honouring the largest Retry-After), every other answer is handed back as it came.
Used for the full records of users a delta round names, and for the first page of
every group's transitive members (one request per 20 groups instead of per group).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import quote

from idp_wizard.core.messages import msg
from idp_wizard.providers.graph_mapping import parse_graph_error
from idp_wizard.providers.http import ProviderHttp
from idp_wizard.providers.retry import RETRY_STATUSES, parse_retry_after

BATCH_SIZE = 20  # Graph's limit of requests per $batch
Answer = tuple[int, Any]  # (status, body)
T = TypeVar("T")


def batch_get(http: ProviderHttp, base: str, paths: list[str],
              done: Callable[[int], None] | None = None) -> dict[str, Answer]:
    """GET each relative `path` ("/users/x?$select=id"); path -> (status, body).
    `done(n)`: called with how many paths have their final answer so far."""
    return batch_map(http, base, paths, lambda _path, status, body: (status, body), done)


def batch_map(http: ProviderHttp, base: str, paths: list[str],
              keep: Callable[[str, int, Any], T],
              done: Callable[[int], None] | None = None) -> dict[str, T]:
    """As `batch_get`, but each final answer becomes `keep(path, status, body)` as it
    arrives, so its body need not outlive it (the first member pages of 2,000 groups
    are ~570,000 objects, which the garbage collector would scan again and again)."""
    answers: dict[str, T] = {}
    for start in range(0, len(paths), BATCH_SIZE):
        pending = {str(n): path for n, path in enumerate(paths[start : start + BATCH_SIZE])}
        attempt = 0
        while pending:
            attempt += 1
            http.check_cancelled()
            reply = http.post_json(f"{base}/$batch", {"requests": [
                {"id": rid, "method": "GET", "url": path} for rid, path in pending.items()]})
            wait: float | None = None
            detail = ""
            responses = reply.get("responses")
            if not isinstance(responses, list) or not all(
                    isinstance(item, dict) for item in responses):
                raise http.malformed("/v1.0/$batch")  # not "throttled", not a crash
            for item in responses:
                rid = str(item.get("id"))
                path = pending.get(rid)
                if path is None:
                    continue
                status = item.get("status") if isinstance(item.get("status"), int) else 0
                body = item.get("body")
                if status == 429 or status in RETRY_STATUSES:
                    raw = item.get("headers")
                    headers = {str(k).lower(): str(v)
                               for k, v in (raw if isinstance(raw, dict) else {}).items()}
                    after = parse_retry_after(headers.get("retry-after"))
                    if after is not None:
                        wait = after if wait is None else max(wait, after)
                    detail = f"{status} {parse_graph_error(status, body).code}".strip()
                    continue
                answers[path] = keep(path, status, body)
                del pending[rid]
            if pending:  # throttled items, or items Graph did not answer
                kind = "unavailable" if detail.startswith("5") else "throttled"
                http.retry_later(kind, attempt, detail or msg("no answer"), wait)
        if done is not None:
            done(len(answers))
    return answers


def fetch_users(http: ProviderHttp, base: str, ids: list[str],
                query: str) -> tuple[list[dict[str, Any]], list[str]]:
    """(user bodies found, ids that are 404 by now); `query`: "$select=...&$expand=..."."""
    paths = {f"/users/{quote(uid, safe='')}?{query}": uid for uid in ids}
    found: list[dict[str, Any]] = []
    gone: list[str] = []
    for path, (status, body) in batch_get(http, base, list(paths)).items():
        if status == 200 and isinstance(body, dict):
            found.append(body)
        elif status == 404:
            gone.append(paths[path])
        elif status == 200:
            raise http.malformed("/v1.0/$batch")
        else:
            raise http.error_for(status, parse_graph_error(status, body), "/v1.0/users/{id}")
    return found, gone
