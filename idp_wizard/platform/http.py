"""Authenticated SCIM requests under one retry policy (tenacity).

- TLS verification is always on; redirects are never followed (they would carry the
  token elsewhere); plain http only to the local machine.
- 429 and 503 honour Retry-After; otherwise exponential backoff with full jitter.
- 5xx and timeouts are retried within limits. A POST whose answer was lost (5xx,
  timeout, dropped connection after sending) may have been applied, so it is retried
  only through `lost_write_check`: the caller looks up whether it was, first.
- One request takes at most `DEADLINE` seconds, connecting, TLS, headers and body
  included, through an HTTP or a SOCKS proxy too (httpx's timeouts bound each read
  only; providers/deadline.py bounds them all): a server or proxy trickling its answer
  ends the request with one sentence, not retried (a retry would wait as long again),
  and stops a push.
- After a 401 the token is known bad: every later request (any thread) fails at once
  with `TokenRejected`, so a push stops writing promptly.
"""

from __future__ import annotations

import json
import logging
import random
import socket
import ssl
import threading
import time
from collections import Counter
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field

import httpx
import tenacity

from idp_wizard.core.errors import Cancelled
from idp_wizard.core.messages import msg, msg_count
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn
from idp_wizard.platform import replies
from idp_wizard.platform.errors import (
    AnswerLost,
    PlatformError,
    PlatformTimeout,
    PlatformUnavailable,
    PlatformUnreachable,
    TlsFailure,
    TokenRejected,
)
from idp_wizard.platform.replies import Reply
from idp_wizard.platform.urls import normalise_base_url
from idp_wizard.providers.deadline import DeadlineClient, within
from idp_wizard.providers.http import USER_AGENT
from idp_wizard.providers.proxies import unusable_proxy
from idp_wizard.providers.retry import parse_retry_after

log = logging.getLogger(__name__)

TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEADLINE = 120.0  # seconds for one request, from connecting to its answer's last byte
SCIM_JSON = "application/scim+json"
RETRY_STATUSES = frozenset({500, 502, 503, 504})
LostWriteCheck = Callable[[], Reply | None]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 6
    max_retry_after: float = 120.0  # a longer Retry-After is capped to this
    backoff_cap: float = 60.0


class _Retry(Exception):
    """Internal: an attempt failed in a way worth another (kind: throttled/unavailable/
    timeout/unreachable)."""

    def __init__(self, kind: str, detail: str, retry_after: float | None = None,
                 lost: bool = False) -> None:
        super().__init__(kind)
        self.kind, self.detail, self.retry_after, self.lost = kind, detail, retry_after, lost


class BearerAuth(httpx.Auth):
    """Adds the token per request, so it is never in the client's default headers."""

    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request

    def __repr__(self) -> str:
        return "BearerAuth(<redacted>)"


def _chain(exc: BaseException) -> Generator[BaseException]:
    seen: BaseException | None = exc
    while seen is not None:
        yield seen
        seen = seen.__cause__ or seen.__context__


@dataclass
class _State:
    lost: bool = False  # an earlier attempt's answer was lost (a POST may have been applied)
    resent: bool = False  # an earlier attempt's answer was lost (any method)
    extra: dict[str, str] = field(default_factory=dict)


class ScimHttp:
    """One SCIM target (base URL + token) over one thread-safe httpx client."""

    def __init__(self, base_url: str, token: str, *,
                 transport: httpx.BaseTransport | None = None,
                 policy: RetryPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 jitter: Callable[[float, float], float] = random.uniform,
                 cancel: CancelToken | None = None, progress: ProgressFn | None = None,
                 timeout: httpx.Timeout = TIMEOUT, max_connections: int = 16,
                 deadline: float | None = None) -> None:
        """`deadline`: seconds for one request (None: `DEADLINE` when it is sent)."""
        self.base_url = normalise_base_url(base_url, allow_any_host=transport is not None)
        self.host = httpx.URL(self.base_url).host or self.base_url  # for messages
        self.policy = policy or RetryPolicy()
        self.cancel, self.progress = cancel, progress
        self.scrub = replies.scrubber(token)
        self._sleep, self._jitter = sleep, jitter
        self._deadline = deadline
        self._rejected = threading.Event()
        self._halted = threading.Event()
        self._count_lock = threading.Lock()
        self.sent: Counter[str] = Counter()  # requests sent, by method (retries included)
        if transport is None and (problem := unusable_proxy()) is not None:
            raise PlatformUnreachable(problem)  # httpx would raise ValueError making it
        self._client = DeadlineClient(
            transport=transport, verify=True, timeout=timeout, follow_redirects=False,
            auth=BearerAuth(token),
            limits=httpx.Limits(max_connections=max_connections,
                                max_keepalive_connections=max_connections),
            headers={"User-Agent": USER_AGENT, "Accept": f"{SCIM_JSON}, application/json"})

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> ScimHttp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def token_rejected(self) -> bool:
        return self._rejected.is_set()

    @property
    def writes(self) -> int:
        """Write requests sent so far (POST, PUT, PATCH, DELETE; retries included)."""
        with self._count_lock:
            return sum(n for method, n in self.sent.items() if method != "GET")

    def halt(self) -> None:
        """Stop: waiting retries wake up and no new request is sent (`Cancelled`)."""
        self._halted.set()

    def resume(self) -> None:
        self._halted.clear()

    def url(self, path: str) -> str:
        return self.base_url + "/" + path.lstrip("/")

    # -- requests -----------------------------------------------------------------

    def request(self, method: str, path: str, *, body: object = None,
                content: bytes | None = None, params: Mapping[str, str] | None = None,
                headers: Mapping[str, str] | None = None,
                lost_write_check: LostWriteCheck | None = None) -> Reply:
        """Send one request (with retries); a 2xx `Reply` or a `PlatformError`.
        `body` is sent as JSON; `content` is JSON the caller encoded already."""
        if body is not None:
            content = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        hdrs = dict(headers or {})
        if content is not None:
            hdrs["Content-Type"] = SCIM_JSON
        retrying = tenacity.Retrying(
            stop=tenacity.stop_after_attempt(self.policy.max_attempts),
            wait=self._wait, retry=tenacity.retry_if_exception_type(_Retry),
            sleep=self._pause, before_sleep=self._before_sleep,
            retry_error_callback=self._give_up)
        reply: Reply = retrying(self._attempt, method.upper(), path, content, params, hdrs,
                                lost_write_check, _State())
        return reply

    def _attempt(self, method: str, path: str, content: bytes | None,
                 params: Mapping[str, str] | None, headers: dict[str, str],
                 check: LostWriteCheck | None, state: _State) -> Reply:
        self._check_live()
        if state.lost and check is not None:
            found = check()  # the lost POST may have been applied: adopt, never duplicate
            if found is not None:
                return found
        where = f"{method} {path}"
        with self._count_lock:
            self.sent[method] += 1
        seconds = DEADLINE if self._deadline is None else self._deadline
        try:
            with within(seconds) as deadline:
                response = self._client.request(method, self.url(path), content=content,
                                                params=params, headers=headers)
        except httpx.TimeoutException as exc:
            if not deadline.hit:
                raise self._timeout(exc, where, method, check, state) from None
            if method == "POST" and check is None and not isinstance(exc, httpx.ConnectTimeout):
                raise self._lost("timeout", where, method, check, state) from None
            raise self._too_slow(seconds) from None
        except httpx.ConnectError as exc:
            raise self._connect_error(exc) from None
        except (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.InvalidURL):
            raise PlatformUnreachable(msg("Cannot send a request to {host}: check the SCIM "
                                          "base URL.", host=self._host())) from None
        except httpx.TransportError as exc:
            raise self._lost("unavailable", f"{where}: {type(exc).__name__}",
                             method, check, state) from None
        log.debug("%s %s -> %d", method, path, response.status_code)
        status = response.status_code
        if 200 <= status < 300:
            return replies.success(response, self._host())
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if status == 429:
            raise _Retry("throttled", f"{where}: 429", retry_after)  # not applied
        if status in RETRY_STATUSES:
            raise self._lost("unavailable", f"{where}: {status}", method, check, state,
                             retry_after)
        error = replies.failure(response, method, path, self.scrub)
        error.after_lost = state.resent
        if isinstance(error, TokenRejected):
            self._rejected.set()  # wakes every waiting retry; no request after this one
        raise error

    def _timeout(self, exc: httpx.TimeoutException, where: str, method: str,
                 check: LostWriteCheck | None, state: _State) -> Exception:
        if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
            return _Retry("timeout", where)  # never sent: safe to repeat
        return self._lost("timeout", where, method, check, state)

    def _too_slow(self, seconds: float) -> PlatformTimeout:
        whole = max(1, round(seconds))
        return PlatformTimeout(msg_count(
            whole, "{host} took more than {seconds} second to answer one request; IdP "
            "Wizard stopped waiting. Check the network connection or try again later.",
            "{host} took more than {seconds} seconds to answer one request; IdP Wizard "
            "stopped waiting. Check the network connection or try again later.",
            host=self._host(), seconds=whole))

    def _lost(self, kind: str, detail: str, method: str, check: LostWriteCheck | None,
              state: _State, retry_after: float | None = None) -> Exception:
        """The answer is lost. Idempotent methods retry; a POST only via its check."""
        if method == "POST" and check is None:
            log.info("answer lost: %s", detail)
            return AnswerLost(msg("The platform's answer was lost ({host}): the change may or "
                                  "may not have been applied.", host=self._host()))
        state.lost, state.resent = method == "POST", True
        return _Retry(kind, detail, retry_after, lost=True)

    def _connect_error(self, exc: httpx.ConnectError) -> Exception:
        host = self._host()
        for cause in _chain(exc):
            if isinstance(cause, ssl.SSLError):
                return TlsFailure(msg(
                    "The secure connection to {host} failed (the certificate is not trusted "
                    "or TLS failed): check the URL and the server's certificate.", host=host))
            if isinstance(cause, socket.gaierror):
                return PlatformUnreachable(msg("The host {host} is unknown: check the SCIM "
                                               "base URL and the network connection.",
                                               host=host))
        return _Retry("unreachable", "connect")  # refused / reset: the server may be back

    def _check_live(self) -> None:
        if self._rejected.is_set():
            raise TokenRejected(replies.TOKEN_REJECTED, status=401)
        if self._halted.is_set():
            raise Cancelled(msg("Stopped."))
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()

    def _host(self) -> str:
        return self.host

    # -- giving up ----------------------------------------------------------------

    def _exhausted(self, kind: str, attempts: int, detail: str) -> PlatformError:
        host = self._host()
        tries = msg("after {attempts} attempts", attempts=attempts) if attempts > 1 else msg(
            "now")
        if kind == "timeout":
            return PlatformTimeout(msg("{host} did not answer in time ({tries}): check the "
                                       "network connection or try again later.", host=host,
                                       tries=tries))
        if kind == "unreachable":
            return PlatformUnreachable(msg("Cannot connect to {host} (connection refused, "
                                           "{tries}): check the SCIM base URL and the "
                                           "network.", host=host, tries=tries))
        if kind == "throttled":
            return PlatformUnavailable(msg("{host} is still throttling requests ({tries}): "
                                           "try again later.", host=host, tries=tries),
                                       status=429)
        log.info("giving up on %s", detail)
        return PlatformUnavailable(msg("{host} is not available ({tries}, the server "
                                       "reported an error): try again later.", host=host,
                                       tries=tries))

    def _give_up(self, state: tenacity.RetryCallState) -> Reply:
        exc = state.outcome.exception() if state.outcome else None
        assert isinstance(exc, _Retry)  # tenacity only retries _Retry
        raise self._exhausted(exc.kind, state.attempt_number, exc.detail)

    # -- waiting ------------------------------------------------------------------

    def backoff(self, attempt: int, retry_after: float | None) -> float:
        """Retry-After (capped) when given, else exponential backoff with full jitter."""
        if retry_after is not None:
            return min(retry_after, self.policy.max_retry_after)
        return self._jitter(0.0, min(self.policy.backoff_cap, 2.0 ** (attempt - 1)))

    def _wait(self, state: tenacity.RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        return self.backoff(state.attempt_number,
                            exc.retry_after if isinstance(exc, _Retry) else None)

    def _before_sleep(self, state: tenacity.RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        seconds = state.next_action.sleep if state.next_action else 0.0
        if isinstance(exc, _Retry) and self.progress is not None:
            wait = max(1, round(seconds))
            message = msg("throttled by the platform, retrying in {seconds} s",
                          seconds=wait) if exc.kind == "throttled" else msg(
                          "no answer from the platform, retrying in {seconds} s", seconds=wait)
            self.progress(Progress(phase="throttled", message=message))

    def _pause(self, seconds: float) -> None:
        """Sleep between attempts; wakes early on cancel or on a 401 seen elsewhere."""
        if self._sleep is time.sleep:
            deadline = time.monotonic() + seconds
            while (left := deadline - time.monotonic()) > 0:
                if self._rejected.wait(min(left, 0.2)) or self._halted.is_set():
                    break
                if self.cancel is not None and self.cancel.cancelled:
                    break
        else:
            self._sleep(seconds)
        self._check_live()
