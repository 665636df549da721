"""Switchable faults shared by both fakes, and small helpers both fakes use.

`Faults` is mutable on purpose: a test flips a switch mid-run and the next request
sees it. `gate()` applies the request-wide faults in a fixed order (documented there);
the page-specific ones (`malformed_page`, `fail_page_once`) are applied by the users
listing handlers through `page_fault()`.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

# (status, code) → response; each fake supplies its own error body shape.
ErrorFn = Callable[[int, str, str], httpx.Response]
MALFORMED_BODY = b'{"value": [{"id": "00000000-0000-4000-a000-00000000000'  # cut short


@dataclass
class Faults:
    throttle: int = 0  # the next N requests answer 429
    throttle_retry_after: float | None = 1.0  # None: no Retry-After header
    server_errors: int = 0  # the next N requests answer `server_error_status`
    server_error_status: int = 503
    timeouts: int = 0  # the next N requests raise httpx.ReadTimeout
    malformed_page: int | None = None  # this users page (1-based) is invalid JSON, always
    fail_page_once: int | None = None  # this users page fails once with 500 (then None)
    revoke_after: int | None = None  # after N more successful requests: 401 for all
    delta_expired: bool = False  # Graph delta/deltatoken links answer 410
    delta_expired_code: str = "syncStateNotFound"  # or "resyncRequired"
    google_rate_limit_403: int = 0  # Google: the next N requests answer 403
    requests: int = 0  # every request seen (including faulted ones)
    log: list[str] = field(default_factory=list)  # every requested URL

    def gate(self, request: httpx.Request, error: ErrorFn, google: bool) -> httpx.Response | None:
        """Request-wide faults, in this order: count+log, timeout, 5xx, revoked, 429, 403.

        Returns the fault response, or None when the request may proceed. Auth is
        checked by the fake after this, so a fault hits even unauthenticated requests.
        """
        self.requests += 1
        self.log.append(str(request.url))
        if self.timeouts > 0:
            self.timeouts -= 1
            raise httpx.ReadTimeout("demo fault: read timed out", request=request)
        if self.server_errors > 0:
            self.server_errors -= 1
            status = self.server_error_status
            return error(status, "serviceNotAvailable" if status == 503 else "generalException",
                         "The service is temporarily unavailable.")
        if self.revoke_after is not None and self.revoke_after <= 0:
            return error(401, "revoked", "")
        if self.throttle > 0:
            self.throttle -= 1
            resp = error(429, "TooManyRequests", "Too many requests; retry later.")
            if self.throttle_retry_after is not None:
                value = self.throttle_retry_after
                resp.headers["Retry-After"] = str(int(value) if value == int(value) else value)
            return resp
        if google and self.google_rate_limit_403 > 0:
            self.google_rate_limit_403 -= 1
            return error(403, "userRateLimitExceeded", "User Rate Limit Exceeded")
        return None

    def succeeded(self) -> None:
        """Count one successful request towards `revoke_after`."""
        if self.revoke_after is not None and self.revoke_after > 0:
            self.revoke_after -= 1

    def page_fault(self, page: int, error: ErrorFn) -> httpx.Response | None:
        """Faults tied to the users listing's page number (1-based)."""
        if self.fail_page_once == page:
            self.fail_page_once = None
            return error(500, "generalException", "An internal server error occurred.")
        if self.malformed_page == page:
            return httpx.Response(200, content=MALFORMED_BODY,
                                  headers={"Content-Type": "application/json"})
        return None


def json_response(
    status: int, body: object, headers: dict[str, str] | None = None
) -> httpx.Response:
    """One `json.dumps` per response: cheap even for a 999-user page."""
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    hdrs = {"Content-Type": "application/json; charset=utf-8"}
    hdrs.update(headers or {})
    return httpx.Response(status, content=data, headers=hdrs)


def encode_cursor(*parts: object) -> str:
    """An opaque page/delta token (clients must pass it back untouched)."""
    raw = json.dumps(parts, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(token: str) -> list[object] | None:
    """The parts of `encode_cursor`, or None when the token is garbled."""
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        parts = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    return parts if isinstance(parts, list) else None


def bearer(request: httpx.Request) -> str | None:
    """The bearer token of the request, if any."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None
