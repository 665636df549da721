"""One answer of a provider's API: read within limits, then read into data or a failure.

An answer is read as a stream, within limits no provider comes near: at most
`MAX_BODY` bytes (Graph pages are a few MB) and `DEADLINE` seconds per request
(httpx's read timeout is per read: a server trickling a byte every 29 s never hits it).
The deadline covers connecting, the TLS handshake, a proxy's answer and the headers
too (deadline.py bounds every socket operation by it), through an HTTP or a SOCKS
proxy as well. Either limit ends the request
with one sentence; it is not retried (a retry would wait or download as long again).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from idp_wizard.providers.api_errors import (
    ErrorParser,
    final_error,
    malformed_error,
    too_large,
    too_slow,
)
from idp_wizard.providers.deadline import within
from idp_wizard.providers.json_decode import loads
from idp_wizard.providers.retry import (
    RATE_LIMIT_REASONS,
    RETRY_STATUSES,
    RetryableFailure,
    parse_retry_after,
)

MAX_BODY = 64 * 1024 * 1024  # bytes of one answer, decoded (a gzip bomb counts in full)
DEADLINE = 300.0  # seconds for one request, from sending it to its answer's last byte


def fetch(client: httpx.Client, request: httpx.Request, label: str, path: str,
          clock: Callable[[], float]) -> tuple[httpx.Response, bytes]:
    """The answer to `request` and its body, read within `MAX_BODY` and `DEADLINE`."""
    started = clock()
    with within(DEADLINE) as deadline:  # the socket's side, headers included
        try:
            response = client.send(request, stream=True)
            try:
                chunks = _read(response, label, path, clock, started)
            finally:
                response.close()
        except httpx.TimeoutException:
            if deadline.hit:
                raise too_slow(label, path, DEADLINE) from None
            raise
    return response, b"".join(chunks)


def _read(response: httpx.Response, label: str, path: str, clock: Callable[[], float],
          started: float) -> list[bytes]:
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > MAX_BODY:
        raise too_large(label, path, MAX_BODY >> 20)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():  # decoded: a gzip bomb counts in full
        size += len(chunk)
        if size > MAX_BODY:
            raise too_large(label, path, MAX_BODY >> 20)
        if clock() - started > DEADLINE:
            raise too_slow(label, path, DEADLINE)
        chunks.append(chunk)
    if clock() - started > DEADLINE:  # the answer may have come all at once, late
        raise too_slow(label, path, DEADLINE)
    return chunks


def interpret(response: httpx.Response, content: bytes, path: str, state: dict[str, Any],
              label: str, parse: ErrorParser) -> Any:
    """A success's data; otherwise a RetryableFailure, or the final ProviderError."""
    status = response.status_code
    if 200 <= status < 300:
        if status == 204:
            return {}
        if state["decode"] is not None:
            page = state["decode"](content)
            if page is not None:
                return page
        try:
            data = loads(content)  # as response.json() does
        except ValueError:  # includes JSONDecodeError and UnicodeDecodeError
            data = None
        # A top-level "error" in a 2xx answer is no listing (a proxy or gateway
        # passing an error on as 200): read as data it would look like an empty page.
        if isinstance(data, dict) and "error" not in data:
            return data
        state["malformed"] += 1
        if state["malformed"] == 1:  # perhaps a truncated transfer: try once more
            raise RetryableFailure("malformed", path)
        raise malformed_error(label, path)
    try:
        body: object = loads(content)
    except ValueError:
        body = None
    err = parse(status, body)
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    throttled = status == 429 or (
        status == 403 and RATE_LIMIT_REASONS.intersection(err.reasons))
    if throttled or status in RETRY_STATUSES:
        kind = "throttled" if throttled else "unavailable"
        raise RetryableFailure(kind, f"{status} {err.code}".strip(), status=status,
                               code=err.code, retry_after=retry_after)
    raise final_error(label, status, err, path)
