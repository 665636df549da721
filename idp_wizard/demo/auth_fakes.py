"""What the sign-in fakes share: switchable faults, minted secrets, JWT and browser helpers.

The fakes themselves: `entra_fake.FakeEntra` (the Microsoft identity platform, served
in process through MSAL's `http_client=`) and `google_oauth_fake.FakeGoogleOAuth` (a
real HTTP server on 127.0.0.1, because google-auth refreshes through `requests`).
Both mint access tokens straight into the demo Graph/Directory fakes, so the real
readers work with whatever the real sign-in libraries obtained.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field


@dataclass
class AuthFaults:
    """Switches a test flips; the next request or sign-in sees them."""

    unknown_client: bool = False  # the app registration does not exist
    consent_refused: bool = False  # the admin presses Cancel on the consent page
    sign_in_as_admin: bool = True  # False: an ordinary employee signs in
    browser_closed: bool = False  # the browser never comes back to the loopback
    refresh_revoked: bool = False  # every refresh token answers invalid_grant
    refused_scopes: tuple[str, ...] = ()  # Google: the admin unticks these scopes
    device_pending_polls: int = 1  # device code: "authorization_pending" answers first
    access_token_lifetime: int = 3600
    # Every token endpoint request (code, refresh, device code) gets this instead of its
    # answer: a key of TOKEN_ENDPOINT_JUNK, TRUNCATED (the genuine answer cut short), or
    # one of STREAMED (an answer without end in size or time, or none at all).
    token_endpoint_answer: str | None = None
    # Entra: the token endpoint refuses every grant with this key of entra_answers.REFUSALS
    # (consent withdrawn, multi-factor authentication or Conditional Access asked for).
    entra_refusal: str | None = None
    # Entra: the admin signs in with an account of another tenant. A sign-in at a named
    # tenant is refused (AADSTS50020); at "organizations" it lands in the other tenant.
    other_tenant_user: bool = False
    # Google: the redirect to the loopback carries another sign-in's state (an old tab,
    # or a forged request): a CSRF guard must refuse it.
    stale_state: bool = False


TRUNCATED = "truncated"
# (status, Content-Type, body) a token endpoint may answer instead of tokens: a proxy's
# sign-in page, a gateway's plain text, an empty body, an outage page, a JSON outage.
TOKEN_ENDPOINT_JUNK: dict[str, tuple[int, str, str]] = {
    "html": (200, "text/html; charset=utf-8",
             "<!DOCTYPE html><html><head><title>Proxy sign-in</title></head>"
             "<body><h1>Please sign in to the proxy</h1></body></html>"),
    "text": (200, "text/plain", "upstream connect error or disconnect/reset before headers"),
    "empty": (200, "application/json", ""),
    "unavailable": (503, "text/html",
                    "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>"),
    "server_error": (500, "application/json",
                     '{"error": "server_error", "error_description": "Backend failure."}'),
}


# Answers without end (see `streamed_answer`). Each ends by itself after a while, so a
# client without limits gets an answer too (and a test of it fails, not hangs).
ENDLESS, HUGE, TRICKLE, STALL = "endless", "huge", "trickle", "stall"
SLOW_HEADERS = "slow_headers"  # the status line and headers trickle (a proxy may do it)
STREAMED = (ENDLESS, HUGE, TRICKLE, STALL, SLOW_HEADERS)
ENDLESS_BYTES = 8 << 20  # what "endless" sends before it ends: 8 times a client's cap
TRICKLE_BYTES, TRICKLE_PAUSE = 100, 0.05  # one byte, then a pause: 5 s in all
STALL_SECONDS = 5.0  # how long "stall" holds the connection before closing it unanswered
# "slow_headers": the status line and headers (a padding header of this many bytes
# among them, ~140 bytes in all) a byte at a time, each after this pause (~5.7 s in all;
# every pause far below any read timeout), then an empty JSON object: it ends by itself.
HEADER_TRICKLE_BYTES, HEADER_TRICKLE_PAUSE = 40, 0.04


@dataclass
class StreamedAnswer:
    """Headers and body pieces of a token endpoint's answer without end; `stall`: the
    seconds it waits before closing the connection without any answer; `header_pause`:
    the pause before each byte of the status line and headers (0: sent at once)."""

    headers: dict[str, str]
    chunks: Iterator[bytes]
    stall: float = 0.0
    header_pause: float = 0.0


def streamed_answer(kind: str) -> StreamedAnswer:
    """An endless body (no Content-Length), a body announced as 64 MB, one trickling
    a byte at a time, headers trickling a byte at a time, or no answer at all
    (`STREAMED`)."""
    json_type = {"Content-Type": "application/json"}
    if kind == STALL:
        return StreamedAnswer({}, iter(()), STALL_SECONDS)
    if kind == SLOW_HEADERS:
        return StreamedAnswer({**json_type, "Content-Length": "2",
                               "X-Padding": "." * HEADER_TRICKLE_BYTES}, iter([b"{}"]),
                              header_pause=HEADER_TRICKLE_PAUSE)
    if kind == TRICKLE:
        return StreamedAnswer({**json_type, "Content-Length": str(TRICKLE_BYTES)},
                              _trickle())
    if kind == HUGE:
        return StreamedAnswer({**json_type, "Content-Length": str(64 << 20)}, _endless())
    if kind == ENDLESS:
        return StreamedAnswer(json_type, _endless())
    raise ValueError(kind)


def _endless() -> Iterator[bytes]:
    yield b'{"access_token": "'
    piece = b"A" * 65536
    for _ in range(ENDLESS_BYTES // len(piece)):
        yield piece


def _trickle() -> Iterator[bytes]:
    for _ in range(TRICKLE_BYTES):
        time.sleep(TRICKLE_PAUSE)
        yield b" "


def token_endpoint_junk(kind: str, genuine: str) -> tuple[int, str, str]:
    """What the token endpoint answers under `AuthFaults.token_endpoint_answer`. A cut
    answer keeps its access and refresh tokens whole: only the last field is cut, so a
    library that quotes the body it could not parse would leak them."""
    if kind == TRUNCATED:
        return 200, "application/json", genuine[: max(0, len(genuine) - 10)]
    return TOKEN_ENDPOINT_JUNK[kind]


@dataclass
class Minted:
    """Every secret a fake handed out, so tests can prove none of them leaked."""

    access_tokens: list[str] = field(default_factory=list)
    refresh_tokens: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    id_tokens: list[str] = field(default_factory=list)

    def all(self) -> list[str]:
        return [*self.access_tokens, *self.refresh_tokens, *self.codes, *self.id_tokens]

    def new(self, kind: str, prefix: str) -> str:
        value = f"{prefix}{secrets.token_urlsafe(24)}"
        getattr(self, kind).append(value)
        return value


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64url_json(obj: object) -> str:
    return b64url(json.dumps(obj, separators=(",", ":")).encode())


def unsigned_jwt(claims: dict[str, object]) -> str:
    """An ID token without a signature: both libraries only decode ID tokens they got
    directly from the token endpoint over TLS (OIDC Core 3.1.3.7 allows that)."""
    now = int(time.time())
    body = {"iat": now, "nbf": now, "exp": now + 3600, **claims}
    return f"{b64url_json({'alg': 'none', 'typ': 'JWT'})}.{b64url_json(body)}."


def s256(verifier: str) -> str:
    import hashlib

    return b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def query(url: str) -> dict[str, str]:
    return {k: v[0] for k, v in urllib.parse.parse_qs(urllib.parse.urlsplit(url).query).items()}


class SimulatedBrowser:
    """Stands in for the system browser: `open(url)` returns at once (like
    `webbrowser.open`) and a thread plays the admin's part of the sign-in.

    `visit(url)` is supplied by the fake (it knows its login page); it returns
    nothing. Failures end up in `errors`, never as unhandled thread exceptions.
    """

    def __init__(self, visit: Callable[[str], None]) -> None:
        self._visit = visit
        self.opened: list[str] = []
        self.errors: list[str] = []
        self._threads: list[threading.Thread] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        thread = threading.Thread(target=self._run, args=(url,), daemon=True)
        self._threads.append(thread)
        thread.start()
        return True

    def _run(self, url: str) -> None:
        try:
            self._visit(url)
        except (OSError, urllib.error.URLError, ValueError) as exc:
            self.errors.append(f"{type(exc).__name__}: {exc}")

    def join(self, timeout: float = 5.0) -> None:
        for thread in self._threads:
            thread.join(timeout)


def http_send(url: str, data: dict[str, str] | None = None, timeout: float = 5.0) -> int:
    """A browser request (GET, or a form POST); follows redirects; returns the status."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(url, data=body)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as exc:
        exc.read()
        exc.close()
        return int(exc.code)
