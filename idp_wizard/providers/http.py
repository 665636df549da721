"""The one HTTP policy both directory readers use: client settings, retries, one origin.

Retries (via tenacity, see retry.py) cover throttling, 5xx and transport failures;
Retry-After is honoured. Errors are one sentence for the admin (api_errors.py). The
bearer token goes to the reader's own API origin only: a link elsewhere (a tampered
@odata.nextLink or stored delta link) is refused before any token is fetched.

Each answer is read within limits of size and time, and read into data or a failure,
by http_answer.py.
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
)
from idp_wizard.providers.base import TokenSource
from idp_wizard.providers.deadline import DeadlineClient
from idp_wizard.providers.http_answer import fetch, interpret
from idp_wizard.providers.net_words import network_reason
from idp_wizard.providers.proxies import unusable_proxy
from idp_wizard.providers.retry import RetryableFailure, backoff, wait_message

log = logging.getLogger(__name__)

USER_AGENT = f"IdP-Wizard/{__version__}"
TIMEOUT = httpx.Timeout(30.0, connect=10.0)
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
        """The answer and its body, read within limits (http_answer.py)."""
        token = self._tokens.access_token(force_refresh=refresh)
        headers = {"Authorization": f"Bearer {token}"}
        request = self.client.build_request(method, url, params=params, json=body,
                                            headers=headers)
        return fetch(self.client, request, self.label, url.path, self._clock)

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
        return interpret(response, content, path, state, self.label, self._parse)

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
