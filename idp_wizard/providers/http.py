"""The one HTTP policy both directory readers use: client settings, retries, errors.

Retries (via tenacity) cover throttling (429, Google rate-limit 403s), 5xx and transport
failures; Retry-After is honoured. Error messages name the provider, the status, the
provider's code and what the admin can do -- never a token, a body or a query string.
"""

from __future__ import annotations

import copy
import logging
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import tenacity

from idp_wizard import __version__
from idp_wizard.core.errors import AuthorizationRequired, DeltaExpired, ProviderError
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn
from idp_wizard.providers.base import TokenSource

log = logging.getLogger(__name__)

USER_AGENT = f"IdP-Wizard/{__version__}"
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
RETRY_STATUSES = frozenset({500, 502, 503, 504})
RATE_LIMIT_REASONS = frozenset({"userRateLimitExceeded", "rateLimitExceeded"})
DELTA_EXPIRED_CODES = frozenset({"syncstatenotfound", "resyncrequired", "syncstateinvalid"})
BACKOFF_CAP = 60.0
# JWTs (Entra) and Google access tokens, in case a provider echoes one in a message.
_TOKEN_RE = re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]*|ya29\.[\w.-]+|Bearer\s+\S+")

JsonDict = dict[str, Any]


def make_client(transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """The only way readers get a client: TLS verification is always on."""
    return httpx.Client(
        transport=transport,
        verify=True,
        timeout=TIMEOUT,
        follow_redirects=False,  # a redirect would carry the bearer token elsewhere
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
    )


@dataclass(frozen=True, slots=True)
class ApiError:
    """What a provider-specific parser understood of an error body."""

    code: str = ""
    message: str = ""
    reasons: tuple[str, ...] = ()
    hint: str = ""  # what the admin can do, when the provider's code tells us


ErrorParser = Callable[[int, object], ApiError]


class _Retry(Exception):
    """Internal: an attempt failed in a way worth retrying ("throttled", "unavailable",
    "malformed"); `detail` is "429 TooManyRequests", "timeout" or the malformed path."""

    def __init__(self, kind: str, detail: str, *, status: int | None = None, code: str = "",
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
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _scrub(text: str, limit: int = 200) -> str:
    text = _TOKEN_RE.sub("<redacted>", " ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ProviderHttp:
    """Authenticated JSON requests to one provider under the shared retry policy."""

    def __init__(
        self,
        client: httpx.Client,
        token_source: TokenSource,
        provider_label: str,
        error_parser: ErrorParser,
        *,
        sleep: Callable[[float], None] = time.sleep,
        max_attempts: int = 6,
        max_retry_after: float = 120.0,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        self.client = client
        self.label = provider_label
        self.max_attempts = max_attempts
        self.max_retry_after = max_retry_after
        self.progress = progress
        self.cancel = cancel
        self._tokens = token_source
        self._parse = error_parser
        self._sleep = sleep

    def with_context(
        self, progress: ProgressFn | None = None, cancel: CancelToken | None = None
    ) -> ProviderHttp:
        """A copy reporting to `progress` and stopping on `cancel` (per reader call)."""
        bound = copy.copy(self)
        bound.progress = progress or self.progress
        bound.cancel = cancel or self.cancel
        return bound

    def report(self, progress: Progress) -> None:
        if self.progress is not None:
            self.progress(progress)

    def check_cancelled(self) -> None:
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()

    # -- requests -------------------------------------------------------------------

    def get_json(self, url: str, params: dict[str, str] | None = None) -> JsonDict:
        return self._request("GET", url, params, None)

    def post_json(self, url: str, body: object) -> JsonDict:
        return self._request("POST", url, None, body)

    def _request(
        self, method: str, url: str, params: dict[str, str] | None, body: object
    ) -> JsonDict:
        state = {"refreshed": False, "malformed": 0}
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.max_attempts),
            wait=self._wait,
            retry=tenacity.retry_if_exception_type(_Retry),
            sleep=self._pause,
            before_sleep=self._before_sleep,
            retry_error_callback=self._give_up,
        )
        result: JsonDict = retrying(self._attempt, method, url, params, body, state)
        return result

    def _send(
        self, method: str, url: str, params: dict[str, str] | None, body: object, refresh: bool
    ) -> httpx.Response:
        token = self._tokens.access_token(force_refresh=refresh)
        headers = {"Authorization": f"Bearer {token}"}
        return self.client.request(method, url, params=params, json=body, headers=headers)

    def _attempt(
        self, method: str, url: str, params: dict[str, str] | None, body: object,
        state: dict[str, Any],
    ) -> JsonDict:
        self.check_cancelled()
        path = httpx.URL(url).path  # messages and logs carry the path only
        try:
            response = self._send(method, url, params, body, refresh=False)
            if response.status_code == 401 and not state["refreshed"]:
                state["refreshed"] = True  # the token may just have expired: refresh once
                log.info("%s answered 401 on %s; refreshing the token", self.label, path)
                response = self._send(method, url, params, body, refresh=True)
        except (httpx.UnsupportedProtocol, httpx.LocalProtocolError) as exc:
            name = type(exc).__name__
            raise ProviderError(f"Cannot send a request to {self.label} ({name}).") from None
        except httpx.TimeoutException:
            raise _Retry("unavailable", "timeout") from None
        except httpx.TransportError as exc:
            raise _Retry("unavailable", type(exc).__name__) from None
        return self._handle(response, path, state)

    def _handle(self, response: httpx.Response, path: str, state: dict[str, Any]) -> JsonDict:
        status = response.status_code
        if 200 <= status < 300:
            if status == 204:
                return {}
            try:
                data = response.json()
            except ValueError:  # includes JSONDecodeError and UnicodeDecodeError
                data = None
            if isinstance(data, dict):
                return data
            state["malformed"] += 1
            if state["malformed"] == 1:  # perhaps a truncated transfer: try once more
                raise _Retry("malformed", path)
            raise self.malformed(path)
        try:
            body: object = response.json()
        except ValueError:
            body = None
        err = self._parse(status, body)
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        throttled = status == 429 or (
            status == 403 and RATE_LIMIT_REASONS.intersection(err.reasons))
        if throttled or status in RETRY_STATUSES:
            kind = "throttled" if throttled else "unavailable"
            raise _Retry(kind, f"{status} {err.code}".strip(), status=status, code=err.code,
                         retry_after=retry_after)
        raise self.error_for(status, err, path)

    # -- errors -----------------------------------------------------------------------

    def malformed(self, path: str) -> ProviderError:
        return ProviderError(
            f"{self.label} returned a malformed response ({path}); try again later.",
            code="malformed",
        )

    def error_for(self, status: int, err: ApiError, path: str) -> ProviderError:
        """The admin-facing error for a final (non-retried) error answer."""
        code = err.code or f"HTTP {status}"
        detail = f"{status} {code}"
        if status == 401:
            return AuthorizationRequired(
                f"{self.label} rejected the sign-in ({code}). Reauthorize the connection.",
                code=err.code, status=status,
            )
        if status == 410 or err.code.lower() in DELTA_EXPIRED_CODES:
            return DeltaExpired(
                f"{self.label} no longer knows the last sync state ({detail}); "
                "a full read is needed.", code=err.code, status=status,
            )
        if status == 403:
            hint = err.hint or "check the signed-in account's role and the granted permissions"
            text = f"{self.label} denied access to {path} ({detail}): {hint}."
        elif status == 404:
            text = f"{self.label}: {path} was not found ({detail}); it may have been deleted."
        elif 300 <= status < 400:
            text = f"{self.label} answered {path} with an unexpected redirect ({status})."
        else:
            said = f": {_scrub(err.message)}" if err.message else ""
            hint = f" {err.hint}." if err.hint else ""
            text = f"{self.label} rejected the request to {path} ({detail}{said}).{hint}"
        return ProviderError(text, code=err.code, status=status)

    def exhausted(self, kind: str, attempts: int, detail: str, code: str = "",
                  status: int | None = None) -> ProviderError:
        if kind == "malformed":
            return self.malformed(detail)
        what = (f"is still throttled after {attempts} attempts ({detail}); try again later"
                if kind == "throttled" else
                f"is still not responding after {attempts} attempts ({detail}); "
                "check the network connection or try again later")
        return ProviderError(f"{self.label} {what}.", code=code, status=status)

    def _give_up(self, state: tenacity.RetryCallState) -> JsonDict:
        exc = state.outcome.exception() if state.outcome else None
        assert isinstance(exc, _Retry)  # tenacity only retries _Retry
        raise self.exhausted(exc.kind, state.attempt_number, exc.detail, exc.code, exc.status)

    # -- waiting ----------------------------------------------------------------------

    def backoff(self, attempt: int, retry_after: float | None = None) -> float:
        """Retry-After (capped) when given, else exponential backoff with full jitter."""
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        return random.uniform(0.0, min(BACKOFF_CAP, 2.0 ** (attempt - 1)))

    def _wait(self, state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        retry_after = exc.retry_after if isinstance(exc, _Retry) else None
        return self.backoff(state.attempt_number, retry_after)

    def wait_message(self, kind: str, detail: str, seconds: float) -> str:
        wait = f"retrying in {max(1, round(seconds))} s"
        if kind == "throttled":
            return f"throttled by {self.label}, {wait}"
        if kind == "malformed":
            return f"{self.label} sent a malformed response, {wait}"
        return f"{self.label} is not responding ({detail.split(' ')[0]}), {wait}"

    def _before_sleep(self, state: tenacity.RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        seconds = state.next_action.sleep if state.next_action else 0.0
        if isinstance(exc, _Retry):
            message = self.wait_message(exc.kind, exc.detail, seconds)
            log.info("%s (attempt %d)", message, state.attempt_number)
            self.report(Progress(phase="throttled", message=message))

    def _pause(self, seconds: float) -> None:
        """Sleep between attempts; a cancelled operation stops waiting at once."""
        cancel = self.cancel
        if cancel is not None:
            cancel.raise_if_cancelled()
            if self._sleep is time.sleep:  # the real clock: wake up on cancel
                cancel.wait(seconds)
                return
        self._sleep(seconds)
        self.check_cancelled()

    def retry_later(self, kind: str, attempt: int, detail: str,
                    retry_after: float | None = None) -> None:
        """For callers retrying parts of a request themselves (Graph $batch items)."""
        if attempt >= self.max_attempts:
            raise self.exhausted(kind, attempt, detail)
        seconds = self.backoff(attempt, retry_after)
        message = self.wait_message(kind, detail, seconds)
        self.report(Progress(phase="throttled", message=message))
        self._pause(seconds)


# Paging lives in paging.py; re-exported so callers keep one import.
from idp_wizard.providers.paging import GraphPages, iter_google_pages, iter_graph_pages  # noqa: E402

__all__ = ["GraphPages", "ProviderHttp", "iter_google_pages", "iter_graph_pages", "make_client"]
