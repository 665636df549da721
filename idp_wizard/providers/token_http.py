"""The sign-in services' answers read within limits, as the directory's are (http.py).

MSAL (Entra) and google-auth / google-auth-oauthlib (Google) talk to their token,
discovery and device-code endpoints over `requests`, outside ProviderHttp: MSAL's own
session waits forever for an answer, requests-oauthlib's code exchange too, and none
caps an answer's size. So every such request goes through `LimitedAdapter`, mounted
on the session each library is given (`token_session`, or `limit_session` on one the
library made): each read waits at most `TOKEN_TIMEOUT`, an answer is at most
`MAX_TOKEN_BODY` bytes (decoded: a gzip bomb counts in full) and takes at most
`TOKEN_DEADLINE` seconds from sending the request to its last byte, the status line
and headers included (token_watch.py: a timer shuts the socket down at the deadline;
through an HTTP or a SOCKS proxy too, token_socks.py).
TLS verification cannot be turned off here (a CA bundle, e.g. a company's, still can
be named).

Going over a limit raises `TokenAnswerLimit` (a `requests.RequestException`, which
every caller of these libraries already catches); `limit_error` turns it into the one
sentence the admin reads. Loaded with the first sign-in, as `requests` is.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import requests
import requests.adapters
import urllib3.exceptions

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.messages import msg, msg_count
from idp_wizard.providers.proxies import unusable_proxy
from idp_wizard.providers.token_watch import DeadlineHTTPAdapter, watching

MAX_TOKEN_BODY = 1 << 20  # bytes; a token or discovery answer is a few KB
TOKEN_DEADLINE = 60.0  # seconds for one request, from sending it to its last byte
TOKEN_TIMEOUT = (10.0, 30.0)  # seconds to connect, and to wait for each read
_CHUNK = 64 * 1024
TOO_LARGE, TOO_SLOW = "too_large", "too_slow"


class TokenAnswerLimit(requests.RequestException):
    """A sign-in service's answer over a limit (`kind`: TOO_LARGE or TOO_SLOW;
    `seconds`: the deadline that applied)."""

    def __init__(self, kind: str, request: requests.PreparedRequest,
                 seconds: float | None = None) -> None:
        super().__init__(kind, request=request)
        self.kind = kind
        self.seconds = TOKEN_DEADLINE if seconds is None else seconds


class LimitedAdapter(requests.adapters.BaseAdapter):
    """Sends through `inner` (the network by default) and reads each answer whole,
    within the limits, before the library sees it."""

    def __init__(self, inner: requests.adapters.BaseAdapter | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 deadline: float | None = None) -> None:
        """`deadline`: seconds for one request (None: `TOKEN_DEADLINE` when it is sent).
        `inner` gets the deadline for the headers too when it (or what it sends
        through) is a `DeadlineHTTPAdapter`."""
        super().__init__()
        # As MSAL's own session: one retry of a connection that failed before sending.
        self.inner = inner if inner is not None else DeadlineHTTPAdapter(max_retries=1)
        self._clock, self._deadline = clock, deadline

    def send(self, request: requests.PreparedRequest, stream: bool = False,
             timeout: Any = None, verify: bool | str = True, cert: Any = None,
             proxies: dict[str, str] | None = None) -> requests.Response:
        deadline = TOKEN_DEADLINE if self._deadline is None else self._deadline
        started = self._clock()
        with watching(deadline) as watch:
            try:
                response = self.inner.send(request, stream=True, timeout=TOKEN_TIMEOUT,
                                           verify=True if verify is False else verify,
                                           cert=cert, proxies=proxies)
                try:
                    body = self._read(response, request, started, deadline)
                finally:
                    response.close()
                if watch.fired:  # a socket shut down at the deadline may look ended
                    raise TokenAnswerLimit(TOO_SLOW, request, deadline)
            except OSError as exc:  # requests' errors are OSErrors too
                if watch.passed and not isinstance(exc, TokenAnswerLimit):
                    raise TokenAnswerLimit(TOO_SLOW, request, deadline) from None
                raise
        response._content = body  # what `response.content` / `.text` then return
        response._content_consumed = True
        return response

    def _read(self, response: requests.Response, request: requests.PreparedRequest,
              started: float, deadline: float) -> bytes:
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > MAX_TOKEN_BODY:
            raise TokenAnswerLimit(TOO_LARGE, request)
        raw = response.raw
        # read1 returns what one read brings: a server trickling bytes meets the
        # deadline between reads (read() would wait for a whole chunk first).
        read = getattr(raw, "read1", None) or raw.read
        chunks: list[bytes] = []
        size = 0
        while True:
            try:
                chunk = read(_CHUNK, decode_content=True)
            except urllib3.exceptions.ProtocolError as exc:  # as requests' own reading
                raise requests.exceptions.ChunkedEncodingError(exc) from None
            except urllib3.exceptions.DecodeError as exc:
                raise requests.exceptions.ContentDecodingError(exc) from None
            except urllib3.exceptions.ReadTimeoutError as exc:
                raise requests.exceptions.ConnectionError(exc) from None
            except urllib3.exceptions.SSLError as exc:
                raise requests.exceptions.SSLError(exc) from None
            if self._clock() - started > deadline:
                raise TokenAnswerLimit(TOO_SLOW, request, deadline)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > MAX_TOKEN_BODY:
                raise TokenAnswerLimit(TOO_LARGE, request)
            chunks.append(chunk)

    def close(self) -> None:
        self.inner.close()


def limit_session(session: requests.Session,
                  inner: requests.adapters.BaseAdapter | None = None) -> requests.Session:
    """`session` with every request through a `LimitedAdapter` (over `inner`), and TLS
    verification on. Over the network (no `inner`), a proxy the machine names must be
    usable (proxies.py): `requests` would refuse it only when sending, in its words."""
    if inner is None and (problem := unusable_proxy()) is not None:
        raise ProviderError(problem, code="proxy")
    adapter = LimitedAdapter(inner)
    session.mount("https://", adapter)
    session.mount("http://", adapter)  # only a test's fake on 127.0.0.1 answers there
    session.verify = True
    return session


def token_session(inner: requests.adapters.BaseAdapter | None = None) -> requests.Session:
    """A new session for a sign-in library, within the limits."""
    return limit_session(requests.Session(), inner)


def limit_error(exc: BaseException, service: str) -> ProviderError | None:
    """The admin's sentence when `exc` is a `TokenAnswerLimit`, or wraps one (google-auth
    passes transport failures on as its first argument, others as their cause); None
    otherwise. `service`: whose sign-in service, e.g. "Microsoft"."""
    seen: BaseException | None = exc
    for _ in range(4):  # a wrapper of a wrapper at most
        if seen is None or isinstance(seen, TokenAnswerLimit):
            break
        first = seen.args[0] if seen.args else None
        seen = first if isinstance(first, BaseException) else seen.__cause__
    if not isinstance(seen, TokenAnswerLimit):
        return None
    if seen.kind == TOO_LARGE:
        return ProviderError(msg(
            "The {service} sign-in service sent an answer larger than {size} MB, more than "
            "any sign-in answer; IdP Wizard stopped reading it. Try again later, and if it "
            "happens again, check the network (a proxy may rewrite the answers).",
            service=service, size=MAX_TOKEN_BODY >> 20), code=TOO_LARGE)
    seconds = max(1, round(seen.seconds))
    return ProviderError(msg_count(
        seconds, "The {service} sign-in service took more than {seconds} second to answer; "
        "IdP Wizard stopped waiting. Try again later, and if it happens again, check the "
        "network connection.", "The {service} sign-in service took more than {seconds} "
        "seconds to answer; IdP Wizard stopped waiting. Try again later, and if it happens "
        "again, check the network connection.", service=service, seconds=seconds),
        code=TOO_SLOW)
