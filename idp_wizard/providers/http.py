"""The one HTTP policy both directory readers use: client settings, retries, one origin.

Retries (via tenacity, see retry.py) cover throttling, 5xx and transport failures;
Retry-After is honoured. Errors are one sentence for the admin (api_errors.py). The
bearer token goes to the reader's own API origin only: a link elsewhere (a tampered
@odata.nextLink or stored delta link) is refused before any token is fetched.

An answer is read as a stream, within limits no provider comes near: at most
`MAX_BODY` bytes (Graph pages are a few MB) and `DEADLINE` seconds per request
(httpx's read timeout is per read: a server trickling a byte every 29 s never hits it).
The deadline covers connecting, the TLS handshake, a proxy's answer and the headers
too (deadline.py bounds every socket operation by it), through an HTTP or a SOCKS
proxy as well. Either limit ends the request
with one sentence; it is not retried (a retry would wait or download as long again).
"""

from __future__ import annotations

import copy
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
import tenacity

from idp_wizard import __version__
from idp_wizard.core.errors import ProviderError
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn
from idp_wizard.providers.api_errors import (
    ApiError,
    ErrorParser,
    exhausted_error,
    final_error,
    malformed_error,
    too_large,
    too_slow,
)
from idp_wizard.providers.base import TokenSource
from idp_wizard.providers.deadline import DeadlineClient, within
from idp_wizard.providers.json_decode import loads
from idp_wizard.providers.net_words import network_reason
from idp_wizard.providers.proxies import unusable_proxy
from idp_wizard.providers.retry import (
    RATE_LIMIT_REASONS,
    RETRY_STATUSES,
    RetryableFailure,
    backoff,
    parse_retry_after,
    wait_message,
)

log = logging.getLogger(__name__)

USER_AGENT = f"IdP-Wizard/{__version__}"
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
MAX_BODY = 64 * 1024 * 1024  # bytes of one answer, decoded (a gzip bomb counts in full)
DEADLINE = 300.0  # seconds for one request, from sending it to its answer's last byte
_monotonic = time.monotonic  # the default clock of `ProviderHttp` (tests replace it)

JsonDict = dict[str, Any]


def make_client(transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """The only way readers get a client: TLS verification is always on. Without
    `transport` (the network), a proxy the machine names must be usable (proxies.py)."""
    if transport is None and (problem := unusable_proxy()) is not None:
        raise ProviderError(problem, code="proxy")
    return DeadlineClient(
        transport=transport,
        verify=True,
        timeout=TIMEOUT,
        follow_redirects=False,  # a redirect would carry the bearer token elsewhere
        headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
    )


def origin(url: str | httpx.URL) -> str:
    """"https://host" of an API base URL (lower-case; the default port dropped)."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    port = f":{parsed.port}" if parsed.port not in (None, 443) else ""
    return f"{parsed.scheme}://{parsed.host}{port}".lower()


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
        clock: Callable[[], float] | None = None,
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
        self._clock = clock or _monotonic
        self.home: str | None = None  # the only origin requests go to (see `bound_to`)
        self._retrying: tenacity.Retrying | None = None  # built on first use, per copy

    def __copy__(self) -> ProviderHttp:
        bound = object.__new__(type(self))
        bound.__dict__.update(self.__dict__)
        bound._retrying = None  # its callbacks are bound to the original
        return bound

    def bound_to(self, base_url: str) -> ProviderHttp:
        """A copy that sends requests (and so the token) to `base_url`'s origin only."""
        bound = copy.copy(self)
        bound.home = origin(base_url)
        return bound

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
        page: JsonDict = self._request("GET", url, params, None)
        return page

    def get_page(self, url: str, params: dict[str, str] | None,
                 decode: Callable[[bytes], object | None]) -> object:
        """As `get_json`, with a success's body decoded by `decode` (e.g. into a typed
        page); an answer it returns None for is read as `get_json` reads it."""
        return self._request("GET", url, params, None, decode)

    def post_json(self, url: str, body: object) -> JsonDict:
        answer: JsonDict = self._request("POST", url, None, body)
        return answer

    def _request(
        self, method: str, url: str, params: dict[str, str] | None, body: object,
        decode: Callable[[bytes], object | None] | None = None,
    ) -> Any:
        # Parsed once: a nextLink is a few hundred characters, and a 100,000-user read
        # follows a thousand of them.
        parsed = self._check_origin(url)
        state = {"refreshed": False, "malformed": 0, "decode": decode}
        try:  # most requests succeed at once: the retry policy only once one fails
            return self._attempt(method, parsed, params, body, state)
        except RetryableFailure as failure:
            first: list[RetryableFailure] = [failure]

        def attempt(*args: Any) -> Any:
            if first:  # the policy counts the failed attempt above as its first
                raise first.pop()
            return self._attempt(*args)

        retrying = self._retrying
        if retrying is None:  # one policy per copy: building it costs more than a page
            retrying = self._retrying = tenacity.Retrying(
                stop=tenacity.stop_after_attempt(self.max_attempts),
                wait=self._wait,
                retry=tenacity.retry_if_exception_type(RetryableFailure),
                sleep=self._pause,
                before_sleep=self._before_sleep,
                retry_error_callback=self._give_up,
            )
        return retrying(attempt, method, parsed, params, body, state)

    def check_link(self, url: str) -> None:
        """Refuse (ProviderError "foreign_link") a link this reader must not follow."""
        self._check_origin(url)

    def _check_origin(self, url: str) -> httpx.URL:
        """Links come from the provider (or the store): follow them only to the API's own
        https origin, so the bearer token is never sent anywhere else."""
        parsed: httpx.URL | None = None
        try:
            parsed = httpx.URL(url)
            target = origin(parsed)
        except (httpx.InvalidURL, TypeError):
            target = ""
        if not target.startswith("https://") or (self.home is not None and target != self.home):
            raise ProviderError(msg(
                "{provider} gave a link to {where}, which is not {home}; IdP Wizard did not "
                "follow it and sent no sign-in there. Nothing was changed; try again, and if "
                "it happens again, check the network (a proxy may rewrite the answers).",
                provider=self.label, where=target or msg("an unreadable address"),
                home=self.home or msg("an https address")), code="foreign_link")
        assert parsed is not None  # an unparsable URL has no https origin
        return parsed

    def _send(self, method: str, url: httpx.URL, params: dict[str, str] | None, body: object,
              refresh: bool) -> tuple[httpx.Response, bytes]:
        """The answer and its body, read within `MAX_BODY` and `DEADLINE`."""
        token = self._tokens.access_token(force_refresh=refresh)
        headers = {"Authorization": f"Bearer {token}"}
        request = self.client.build_request(method, url, params=params, json=body,
                                            headers=headers)
        clock = self._clock
        started = clock()
        with within(DEADLINE) as deadline:  # the socket's side, headers included
            try:
                response = self.client.send(request, stream=True)
                try:
                    chunks = self._read(response, url.path, clock, started)
                finally:
                    response.close()
            except httpx.TimeoutException:
                if deadline.hit:
                    raise too_slow(self.label, url.path, DEADLINE) from None
                raise
        return response, b"".join(chunks)

    def _read(self, response: httpx.Response, path: str, clock: Callable[[], float],
              started: float) -> list[bytes]:
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > MAX_BODY:
            raise too_large(self.label, path, MAX_BODY >> 20)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():  # decoded: a gzip bomb counts in full
            size += len(chunk)
            if size > MAX_BODY:
                raise too_large(self.label, path, MAX_BODY >> 20)
            if clock() - started > DEADLINE:
                raise too_slow(self.label, path, DEADLINE)
            chunks.append(chunk)
        if clock() - started > DEADLINE:  # the answer may have come all at once, late
            raise too_slow(self.label, path, DEADLINE)
        return chunks

    def _attempt(
        self, method: str, url: httpx.URL, params: dict[str, str] | None, body: object,
        state: dict[str, Any],
    ) -> Any:
        self.check_cancelled()
        path = url.path  # messages and logs carry the path only
        try:
            response, content = self._send(method, url, params, body, refresh=False)
            if response.status_code == 401 and not state["refreshed"]:
                state["refreshed"] = True  # the token may just have expired: refresh once
                log.info("%s answered 401 on %s; refreshing the token", self.label, path)
                response, content = self._send(method, url, params, body, refresh=True)
        except httpx.InvalidURL:  # a page token of 64 KB and more: no answer Google gives
            raise self.malformed(path) from None
        except httpx.DecodingError:  # a body its Content-Encoding does not decode
            state["malformed"] += 1
            if state["malformed"] == 1:  # perhaps a damaged transfer: try once more
                raise RetryableFailure("malformed", path) from None
            raise self.malformed(path) from None
        except (httpx.UnsupportedProtocol, httpx.LocalProtocolError) as exc:
            log.warning("%s: request not sent: %s", self.label, type(exc).__name__)
            raise ProviderError(msg("Cannot send a request to {provider} ({error}).",
                                    provider=self.label,
                                    error=msg("the request is not valid"))) from None
        except httpx.TransportError as exc:  # timeouts included: words, not type names
            log.info("%s: %s on %s", self.label, type(exc).__name__, path)
            raise RetryableFailure("unavailable", network_reason(exc)) from None
        return self._handle(response, content, path, state)

    def _handle(self, response: httpx.Response, content: bytes, path: str,
                state: dict[str, Any]) -> Any:
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
            raise self.malformed(path)
        try:
            body: object = loads(content)
        except ValueError:
            body = None
        err = self._parse(status, body)
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        throttled = status == 429 or (
            status == 403 and RATE_LIMIT_REASONS.intersection(err.reasons))
        if throttled or status in RETRY_STATUSES:
            kind = "throttled" if throttled else "unavailable"
            raise RetryableFailure(kind, f"{status} {err.code}".strip(), status=status,
                                   code=err.code, retry_after=retry_after)
        raise self.error_for(status, err, path)

    # -- errors -----------------------------------------------------------------------

    def malformed(self, path: str) -> ProviderError:
        return malformed_error(self.label, path)

    def error_for(self, status: int, err: ApiError, path: str) -> ProviderError:
        """The admin-facing error for a final (non-retried) error answer."""
        return final_error(self.label, status, err, path)

    def _give_up(self, state: tenacity.RetryCallState) -> JsonDict:
        exc = state.outcome.exception() if state.outcome else None
        assert isinstance(exc, RetryableFailure)  # tenacity only retries those
        raise exhausted_error(self.label, exc.kind, state.attempt_number, exc.detail,
                              exc.code, exc.status)

    # -- waiting ----------------------------------------------------------------------

    def _wait(self, state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        retry_after = exc.retry_after if isinstance(exc, RetryableFailure) else None
        return backoff(state.attempt_number, retry_after, self.max_retry_after)

    def _before_sleep(self, state: tenacity.RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        seconds = state.next_action.sleep if state.next_action else 0.0
        if isinstance(exc, RetryableFailure):
            message = wait_message(self.label, exc.kind, exc.detail, seconds)
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

    def retry_later(self, kind: str, attempt: int, detail: str | Message,
                    retry_after: float | None = None) -> None:
        """For callers retrying parts of a request themselves (Graph $batch items)."""
        if attempt >= self.max_attempts:
            raise exhausted_error(self.label, kind, attempt, detail)
        seconds = backoff(attempt, retry_after, self.max_retry_after)
        message = wait_message(self.label, kind, detail, seconds)
        self.report(Progress(phase="throttled", message=message))
        self._pause(seconds)
