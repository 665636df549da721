"""A directory server (or a proxy in front of it) that answers too slowly over a real
socket, each byte far within httpx's read timeout: its TLS handshake, a proxy's CONNECT
answer, the status line and headers. The request ends with the "too slow" sentence at
the deadline (1 s here), TLS verified against the test's authority.

Before: the deadline was checked only between pieces of the body, so a handshake took
up to the connect timeout and headers or a proxy's answer as long as they trickled (the
fake ends after 5 s: these tests then finish, late, without the sentence)."""

from __future__ import annotations

import ssl
import time

import httpx
import pytest

from idp_wizard.core.errors import ProviderError
from idp_wizard.demo.slow_socket import HANDSHAKE, HEADERS, SlowServer
from idp_wizard.providers import http as http_module
from idp_wizard.providers.deadline import DeadlineBackend, DeadlineClient
from idp_wizard.providers.graph import make_graph_http
from idp_wizard.providers.tokens import StaticTokenSource
from tests.providers.conftest import SHORT_DEADLINE

DEADLINE = SHORT_DEADLINE
TRICKLE = 5.0  # seconds the fake spreads its bytes over
LATE = 4.0  # generous: the request ends within this, the trickle takes longer
TOO_SLOW = ("Microsoft Graph took more than 1 second to answer one request ({path}); IdP "
            "Wizard stopped waiting. Try again later, and if it happens again, check the "
            "network connection.")


def _reader_fails(url: str) -> tuple[ProviderError, float]:
    """One directory request as the readers send it (make_client, the network)."""
    graph = make_graph_http(http_module.make_client(), StaticTokenSource("t"),
                            sleep=lambda s: None)
    started = time.monotonic()
    with pytest.raises(ProviderError) as info:
        graph.get_json(url)
    took = time.monotonic() - started
    graph.client.close()
    return info.value, took


@pytest.mark.parametrize("part", [HANDSHAKE, HEADERS])
def test_a_trickled_handshake_or_headers_are_too_slow_at_the_deadline(
        tls: ssl.SSLContext, part: str) -> None:
    server = SlowServer(part, TRICKLE, tls=tls, path="/v1.0/users")
    error, took = _reader_fails(server.url)
    assert str(error) == TOO_SLOW.format(path="/v1.0/users")
    assert error.code == "too_slow"
    assert DEADLINE <= took < LATE, took
    assert server.connections == 1  # not retried: it would take as long again
    server.close()


def test_a_proxy_trickling_its_connect_answer_is_too_slow_at_the_deadline(
        tls: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """An HTTPS_PROXY from the environment (as a company's): its CONNECT answer is read
    under the deadline too."""
    proxy = SlowServer(HEADERS, TRICKLE)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    error, took = _reader_fails("https://graph.microsoft.com/v1.0/users")
    assert str(error) == TOO_SLOW.format(path="/v1.0/users")
    assert DEADLINE <= took < LATE, took
    assert proxy.connections == 1
    proxy.close()


def test_an_answer_within_the_deadline_arrives(tls: ssl.SSLContext) -> None:
    """A quick answer is read; the deadline of one request cuts nothing later."""
    server = SlowServer(HEADERS, 0.05, tls=tls, path="/v1.0/users")
    graph = make_graph_http(http_module.make_client(), StaticTokenSource("t"),
                            sleep=lambda s: None)
    assert graph.get_json(server.url) == {}
    time.sleep(DEADLINE + 0.2)
    assert graph.get_json(server.url) == {}
    graph.client.close()
    server.close()


def test_the_clients_transports_carry_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx takes no network backend: the pool's is wrapped (httpcore's attribute).
    Checked here so an httpx or httpcore update that moves it fails a test."""
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    client = http_module.make_client()
    assert isinstance(client, DeadlineClient)
    transports = [client._transport, *client._mounts.values()]
    assert len(transports) == 2
    for transport in transports:
        assert isinstance(transport, httpx.HTTPTransport)
        assert isinstance(transport._pool._network_backend, DeadlineBackend)  # type: ignore[attr-defined]
    client.close()

