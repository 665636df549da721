"""Directory reads behind a SOCKS proxy named in the environment (as a company's
ALL_PROXY=socks5://...): a real local SOCKS5 proxy (tests/socks_server.py) in front of
a real local HTTPS server, TLS verified end to end; the proxy's handshake under the
request's deadline; and a proxy neither HTTP stack can use named in one sentence."""

from __future__ import annotations

import ssl
import time

import pytest

from idp_wizard.core.errors import ProviderError
from idp_wizard.demo.slow_socket import HEADERS, SlowServer
from idp_wizard.providers import http as http_module
from idp_wizard.providers.graph import make_graph_http
from idp_wizard.providers.tokens import StaticTokenSource
from tests.providers.conftest import SHORT_DEADLINE
from tests.socks_server import SocksServer

DEADLINE = SHORT_DEADLINE
LATE = 4.0  # generous: the request ends within this, the proxy's trickle takes longer
EXHAUSTED = ("Microsoft Graph is still not responding after 2 attempts (the proxy refused "
             "the connection); check the network connection or try again later.")
UNUSABLE = ("The proxy named by the environment variable {name} starts with \"{scheme}://\", "
            "which IdP Wizard cannot use (it uses http://, https://, socks5:// and "
            "socks5h:// proxies): correct or remove it, then try again.")


@pytest.mark.parametrize(("variable", "scheme"), [("ALL_PROXY", "socks5"),
                                                  ("HTTPS_PROXY", "socks5h"),
                                                  ("all_proxy", "socks5")])
def test_a_directory_read_goes_through_the_socks_proxy(
        tls: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch, variable: str,
        scheme: str) -> None:
    server = SlowServer(HEADERS, 0.05, tls=tls, path="/v1.0/users")
    proxy = SocksServer()
    monkeypatch.setenv(variable, proxy.url(scheme))
    graph = make_graph_http(http_module.make_client(None), StaticTokenSource("t"),
                            sleep=lambda s: None)
    assert graph.get_json(server.url) == {}
    graph.client.close()
    port = int(server.url.split(":")[2].split("/")[0])
    assert proxy.targets == [("127.0.0.1", port)]
    assert server.connections == 1
    proxy.close()
    server.close()


def test_a_proxy_slow_with_its_socks_reply_is_too_slow_at_the_deadline(
        tls: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """The SOCKS handshake is read under the request's deadline too (httpcore speaks
    SOCKS over the deadline's streams)."""
    server = SlowServer(HEADERS, 0.05, tls=tls, path="/v1.0/users")
    proxy = SocksServer(delay=5.0)
    monkeypatch.setenv("ALL_PROXY", proxy.url())
    graph = make_graph_http(http_module.make_client(None), StaticTokenSource("t"),
                            sleep=lambda s: None)
    started = time.monotonic()
    with pytest.raises(ProviderError) as info:
        graph.get_json(server.url)
    took = time.monotonic() - started
    graph.client.close()
    assert str(info.value) == (
        "Microsoft Graph took more than 1 second to answer one request (/v1.0/users); IdP "
        "Wizard stopped waiting. Try again later, and if it happens again, check the "
        "network connection.")
    assert info.value.code == "too_slow"
    assert DEADLINE <= took < LATE, took
    assert len(proxy.targets) == 1  # not retried: it would take as long again
    proxy.close()
    server.close()


def test_a_socks_reply_in_parts_is_a_sentence_not_a_traceback(
        tls: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """httpcore reads a SOCKS reply in one read: one sent in parts was socksio's
    ProtocolError, through httpx to the admin, the proxy's socket left open (a
    ResourceWarning, an error here). Now a proxy failure like any other: retried, then
    one sentence."""
    proxy = SocksServer(trickle=0.5)
    monkeypatch.setenv("ALL_PROXY", proxy.url())
    graph = make_graph_http(http_module.make_client(None), StaticTokenSource("t"),
                            sleep=lambda s: None, max_attempts=2)
    with pytest.raises(ProviderError) as info:
        graph.get_json("https://127.0.0.1:9/v1.0/users")
    graph.client.close()
    assert str(info.value) == EXHAUSTED
    assert len(proxy.targets) == 2
    proxy.close()


@pytest.mark.parametrize(("variable", "value", "scheme"), [
    ("ALL_PROXY", "ftp://x", "ftp"),
    ("HTTPS_PROXY", "socks4://127.0.0.1:1080", "socks4"),
    ("https_proxy", "SOCKS4A://user:secret@127.0.0.1:1080", "socks4a"),
])
def test_a_proxy_no_client_can_use_is_one_sentence_naming_the_variable(
        tls: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch, variable: str, value: str,
        scheme: str) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(ProviderError) as info:
        http_module.make_client(None)
    assert str(info.value) == UNUSABLE.format(name=variable, scheme=scheme)
    assert info.value.code == "proxy"
    assert "secret" not in str(info.value)


def test_an_injected_transport_ignores_the_machines_proxy(
        tls: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """The demo's transport has no sockets: the environment's proxy is not its concern."""
    import httpx

    monkeypatch.setenv("ALL_PROXY", "ftp://x")
    client = http_module.make_client(httpx.MockTransport(lambda r: httpx.Response(200)))
    assert client.get("https://graph.microsoft.com/").status_code == 200
    client.close()
