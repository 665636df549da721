"""A SCIM server (or a proxy) answering too slowly over a real socket, each byte far
within the 30 s read timeout: its TLS handshake, its status line and headers, its body.
The request ends at the deadline (1 s here) with one sentence, is not retried, and a
push stops on it (a PlatformError halts the executor). TLS stays verified.

Before: no deadline; the request took as long as the trickle (5 s here, the fake then
ends: these tests finish, late, with an answer)."""

from __future__ import annotations

import ssl
import time
from pathlib import Path

import httpx
import pytest

from idp_wizard.demo.slow_socket import BODY, HANDSHAKE, HEADERS, SlowServer
from idp_wizard.platform.errors import AnswerLost, PlatformTimeout
from idp_wizard.platform.http import RetryPolicy, ScimHttp
from tests.platform.helpers import TOKEN, Sleeps
from tests.tls_authority import authority

DEADLINE = 1.0
TRICKLE = 5.0
LATE = 4.0  # generous: the request ends within this, the trickle takes longer
TOO_SLOW = ("127.0.0.1 took more than 1 second to answer one request; IdP Wizard stopped "
            "waiting. Check the network connection or try again later.")


def _http(server: SlowServer) -> ScimHttp:
    base = server.url.rsplit("/", 1)[0]
    return ScimHttp(base, TOKEN, policy=RetryPolicy(max_attempts=3), sleep=Sleeps(),
                    deadline=DEADLINE)


@pytest.fixture
def tls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ssl.SSLContext:
    context, cert = authority(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # httpx's verification trusts it
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return context


@pytest.mark.parametrize(("part", "https"), [(HANDSHAKE, True), (HEADERS, False),
                                             (HEADERS, True), (BODY, False)])
def test_a_trickled_answer_is_too_slow_at_the_deadline(
        tls: ssl.SSLContext, part: str, https: bool) -> None:
    server = SlowServer(part, TRICKLE, tls=tls if https else None, path="/scim/v2/Users")
    with _http(server) as http:
        started = time.monotonic()
        with pytest.raises(PlatformTimeout) as info:
            http.request("GET", "/Users")
        took = time.monotonic() - started
    assert str(info.value) == TOO_SLOW
    assert DEADLINE <= took < LATE, took
    assert server.connections == 1  # not retried: it would take as long again
    server.close()


def test_a_post_cut_at_the_deadline_may_have_been_applied(tls: ssl.SSLContext) -> None:
    """Its answer was lost: the write may have been applied (as after a lost answer)."""
    server = SlowServer(BODY, TRICKLE, path="/scim/v2/Users")
    with _http(server) as http:
        started = time.monotonic()
        with pytest.raises(AnswerLost) as info:
            http.request("POST", "/Users", body={"userName": "a"})
        took = time.monotonic() - started
    assert str(info.value) == ("The platform's answer was lost (127.0.0.1): the change may "
                               "or may not have been applied.")
    assert DEADLINE <= took < LATE, took
    assert server.connections == 1
    server.close()


def test_an_answer_within_the_deadline_arrives(tls: ssl.SSLContext) -> None:
    server = SlowServer(HEADERS, 0.05, tls=tls, path="/scim/v2/Users")
    with _http(server) as http:
        assert http.request("GET", "/Users").status == 200
        time.sleep(DEADLINE + 0.2)  # the first request's deadline cuts nothing later
        assert http.request("GET", "/Users").status == 200
    server.close()


def test_the_client_carries_the_deadline() -> None:
    from idp_wizard.providers.deadline import DeadlineBackend

    with ScimHttp("https://scim.example.com/scim/v2", TOKEN) as http:
        transport = http._client._transport
        assert isinstance(transport, httpx.HTTPTransport)
        assert isinstance(transport._pool._network_backend, DeadlineBackend)  # type: ignore[attr-defined]
