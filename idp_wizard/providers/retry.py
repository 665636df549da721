"""When and how long to wait before trying a provider again.

Throttling (429, Google's rate-limit 403s), 5xx and transport failures are retried;
Retry-After is honoured (capped), otherwise exponential backoff with full jitter.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from idp_wizard.core.messages import Message, msg

RETRY_STATUSES = frozenset({500, 502, 503, 504})
RATE_LIMIT_REASONS = frozenset({"userRateLimitExceeded", "rateLimitExceeded"})
BACKOFF_CAP = 60.0


class RetryableFailure(Exception):
    """An attempt failed in a way worth retrying ("throttled", "unavailable",
    "malformed"); `detail` is "429 TooManyRequests", the malformed path, or words for a
    failed connection ("no answer came in time")."""

    def __init__(self, kind: str, detail: str | Message, *, status: int | None = None,
                 code: str = "",
                 retry_after: float | None = None) -> None:
        super().__init__(kind)
        self.kind, self.detail, self.status = kind, detail, status
        self.code, self.retry_after = code, retry_after


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP-date); None when absent/garbage."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:  # negative or NaN is garbage: back off as without one (0 would hammer)
        return seconds if seconds >= 0 else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def backoff(attempt: int, retry_after: float | None, max_retry_after: float) -> float:
    """Retry-After (capped) when given, else exponential backoff with full jitter."""
    if retry_after is not None:
        return min(retry_after, max_retry_after)
    return random.uniform(0.0, min(BACKOFF_CAP, 2.0 ** (attempt - 1)))


def wait_message(label: str, kind: str, detail: str | Message, seconds: float) -> Message:
    """What the progress line says while waiting."""
    wait = max(1, round(seconds))
    if kind == "throttled":
        return msg("throttled by {provider}, retrying in {seconds} s", provider=label,
                   seconds=wait)
    if kind == "malformed":
        return msg("{provider} sent a malformed response, retrying in {seconds} s",
                   provider=label, seconds=wait)
    return msg("{provider} is not responding ({detail}), retrying in {seconds} s",
               provider=label, seconds=wait,
               detail=detail.split(" ")[0] if isinstance(detail, str) else detail)
