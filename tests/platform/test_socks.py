"""The platform behind a SOCKS proxy named in the environment (ALL_PROXY=socks5://...):
a real local SOCKS5 proxy (tests/socks_server.py) in front of a real local HTTPS SCIM
fake, TLS verified; the proxy's handshake under the request's deadline; a proxy neither
HTTP stack can use named in one sentence (httpx raised ValueError making the client)."""

from __future__ import annotations

import ssl
import time
from pathlib import Path

import pytest

from idp_wizard.demo.slow_socket import HEADERS, SlowServer
from idp_wizard.platform.errors import PlatformTimeout, PlatformUnreachable
from idp_wizard.platform.http import RetryPolicy, ScimHttp
from tests.platform.helpers import TOKEN, Sleeps
from tests.socks_server import SocksServer
from tests.tls_authority import authority

DEADLINE = 1.0
LATE = 4.0  # generous: the request ends within this, the proxy's delay takes longer


@pytest.fixture
def tls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ssl.SSLContext:
    context, cert = authority(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # httpx's verification trusts it
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return context


def _http(server: SlowServer) -> ScimHttp:
    base = server.url.rsplit("/", 1)[0]
    return ScimHttp(base, TOKEN, policy=RetryPolicy(max_attempts=3), sleep=Sleeps(),
                    deadline=DEADLINE)


def test_a_request_goes_through_the_socks_proxy(
        tls: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch) -> None:
    server = SlowServer(HEADERS, 0.05, tls=tls, path="/scim/v2/Users")
    proxy = SocksServer()
    monkeypatch.setenv("ALL_PROXY", proxy.url())
    with _http(server) as http:
        assert http.request("GET", "/Users").status == 200
    port = int(server.url.split(":")[2].split("/")[0])
    assert proxy.targets == [("127.0.0.1", port)]
    proxy.close()
    server.close()


def test_a_proxy_slow_with_its_socks_reply_is_too_slow_at_the_deadline(
        tls: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch) -> None:
    server = SlowServer(HEADERS, 0.05, tls=tls, path="/scim/v2/Users")
    proxy = SocksServer(delay=5.0)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url("socks5h"))
    with _http(server) as http:
        started = time.monotonic()
        with pytest.raises(PlatformTimeout) as info:
            http.request("GET", "/Users")
        took = time.monotonic() - started
    assert str(info.value) == ("127.0.0.1 took more than 1 second to answer one request; "
                               "IdP Wizard stopped waiting. Check the network connection or "
                               "try again later.")
    assert DEADLINE <= took < LATE, took
    assert len(proxy.targets) == 1  # not retried: it would take as long again
    proxy.close()
    server.close()


def test_a_proxy_no_client_can_use_is_one_sentence_naming_the_variable(
        tls: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "ftp://proxy.example.com:21")
    with pytest.raises(PlatformUnreachable) as info:
        ScimHttp("https://scim.example.com/scim/v2", TOKEN)
    assert str(info.value) == (
        "The proxy named by the environment variable HTTPS_PROXY starts with \"ftp://\", "
        "which IdP Wizard cannot use (it uses http://, https://, socks5:// and socks5h:// "
        "proxies): correct or remove it, then try again.")
