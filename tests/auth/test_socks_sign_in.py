"""Sign-in requests (requests, as MSAL and google-auth send them) behind a SOCKS proxy
named in the environment: a real local SOCKS5 proxy (tests/socks_server.py) in front of
a real local HTTPS server, TLS verified; the proxy's handshake under the deadline; a
proxy neither HTTP stack can use named in one sentence."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.secrets import SecretStore
from idp_wizard.demo.memory_keyring import MemoryKeyring
from idp_wizard.demo.slow_socket import HEADERS, SlowServer
from idp_wizard.providers import token_http
from idp_wizard.providers.google_auth import GoogleAuth
from tests.socks_server import SocksServer
from tests.tls_authority import authority

DEADLINE = 1.0
LATE = 4.0  # generous: the request ends within this, the proxy's trickle takes longer
PROXIES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
TOO_SLOW = ("The Microsoft sign-in service took more than 1 second to answer; IdP Wizard "
            "stopped waiting. Try again later, and if it happens again, check the network "
            "connection.")


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No proxy but the test's own; the deadline short, connecting may take longer."""
    for name in PROXIES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    monkeypatch.setattr(token_http, "TOKEN_DEADLINE", DEADLINE)
    monkeypatch.setattr(token_http, "TOKEN_TIMEOUT", (8.0, 2.0))
    yield


@pytest.mark.parametrize("scheme", ["socks5", "socks5h"])
def test_a_token_request_goes_through_the_socks_proxy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, scheme: str) -> None:
    context, ca = authority(tmp_path)
    server = SlowServer(HEADERS, 0.05, tls=context, path="/token")
    proxy = SocksServer()
    monkeypatch.setenv("ALL_PROXY", proxy.url(scheme))
    session = token_http.token_session()
    answer = session.post(server.url, data={"grant_type": "refresh_token"}, verify=str(ca))
    session.close()
    assert answer.status_code == 200
    assert answer.json() == {}
    port = int(server.url.split(":")[2].split("/")[0])
    assert proxy.targets == [("127.0.0.1", port)]
    proxy.close()
    server.close()


@pytest.mark.parametrize(("delay", "trickle"), [(5.0, 0.0), (0.0, 5.0)])
def test_a_proxy_slow_with_its_socks_reply_is_too_slow_at_the_deadline(
        tmp_path: Path, delay: float, trickle: float) -> None:
    """PySocks reads the reply whole, each read within the connect timeout (8 s here):
    the deadline ends it, waiting for it at once (`delay`) or a byte at a time."""
    context, ca = authority(tmp_path)
    server = SlowServer(HEADERS, 0.05, tls=context, path="/token")
    proxy = SocksServer(delay=delay, trickle=trickle)
    session = token_http.token_session()
    started = time.monotonic()
    with pytest.raises(token_http.TokenAnswerLimit) as info:
        session.post(server.url, data={"grant_type": "refresh_token"}, verify=str(ca),
                     proxies={"https": proxy.url()})
    took = time.monotonic() - started
    session.close()
    assert str(token_http.limit_error(info.value, "Microsoft")) == TOO_SLOW
    assert DEADLINE <= took < LATE, took
    port = int(server.url.split(":")[2].split("/")[0])
    assert proxy.targets == [("127.0.0.1", port)]  # not retried
    assert server.connections == 1  # connected to (by the proxy), never asked
    proxy.close()
    server.close()


def test_a_proxy_no_client_can_use_is_one_sentence_naming_the_variable(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALL_PROXY", "ftp://x")
    with pytest.raises(ProviderError) as info:
        token_http.token_session()
    assert str(info.value) == (
        "The proxy named by the environment variable ALL_PROXY starts with \"ftp://\", "
        "which IdP Wizard cannot use (it uses http://, https://, socks5:// and socks5h:// "
        "proxies): correct or remove it, then try again.")
    assert info.value.code == "proxy"


def _google(url: str) -> GoogleAuth:
    return GoogleAuth(None, SecretStore("idp-wizard", MemoryKeyring()), revoke_url=url)


def test_googles_revocation_goes_through_the_socks_proxy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Disconnect revokes at Google with its own httpx client: through the proxy too
    (before: httpx's ImportError for socksio, out of "Disconnect")."""
    context, ca = authority(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(ca))  # httpx's verification trusts it
    server = SlowServer(HEADERS, 0.05, tls=context, path="/revoke")
    proxy = SocksServer()
    monkeypatch.setenv("ALL_PROXY", proxy.url())
    assert _google(server.url)._revoke("refresh-token") is True
    port = int(server.url.split(":")[2].split("/")[0])
    assert proxy.targets == [("127.0.0.1", port)]
    proxy.close()
    server.close()


def test_googles_revocation_with_an_unusable_proxy_is_not_sent(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Not confirmed (the caller says so), no traceback (before: httpx's ValueError)."""
    monkeypatch.setenv("ALL_PROXY", "ftp://x")
    assert _google("https://127.0.0.1:9/revoke")._revoke("refresh-token") is False
