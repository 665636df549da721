"""The sign-in's loopback listener binds 127.0.0.1 only, for both providers (issue 12,
item 11) -- also where MSAL believes it runs in a container (it would bind 0.0.0.0)."""

from __future__ import annotations

import errno
import socket
import urllib.parse
from pathlib import Path

import msal.oauth2cli.authcode
import pytest

from idp_wizard.core.records import ProviderName
from idp_wizard.sign_in import SignInOptions
from tests.flows import connect

from .conftest import ENTRA, Fakes


def record_listening(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """(family, address) of every socket that starts listening from now on."""
    seen: list[tuple[int, str]] = []
    real = socket.socket.listen

    def listen(self: socket.socket, *args: int) -> None:
        seen.append((self.family, self.getsockname()[0]))
        real(self, *args)
    monkeypatch.setattr(socket.socket, "listen", listen)
    return seen


def test_entra_listens_on_127_0_0_1_even_in_a_container(
        fakes: Fakes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(msal.oauth2cli.authcode, "_is_inside_docker", lambda: True)
    held: list[int] = []

    def browser(url: str) -> bool:
        # While MSAL waits: [::1] on the redirect's port is taken, so nothing else can
        # answer a browser that tries "localhost" over IPv6 first.
        redirect = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)["redirect_uri"][0]
        port = urllib.parse.urlsplit(redirect).port
        assert redirect == f"http://localhost:{port}" and port
        if socket.has_ipv6:
            probe = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
            try:
                probe.bind(("::1", port))
            except OSError as exc:
                held.append(exc.errno or 0)
            finally:
                probe.close()
        return fakes.browser(url)

    seen = record_listening(monkeypatch)
    conn = connect(fakes.app(open_browser=browser), ProviderName.ENTRA, ENTRA)
    assert conn.admin_account == "admin@contoso.example"
    assert seen == [(socket.AF_INET, "127.0.0.1")]
    assert held in ([errno.EADDRINUSE], [errno.EADDRNOTAVAIL], [])  # no IPv6 loopback: []


def test_google_listens_on_127_0_0_1_and_redirects_there(
        fakes: Fakes, google_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = record_listening(monkeypatch)
    conn = connect(fakes.app(), ProviderName.GOOGLE, SignInOptions(client_secret_file=google_file))
    assert conn.admin_account == "admin@contoso.example"
    assert seen == [(socket.AF_INET, "127.0.0.1")]
    opened = fakes.google.browser.opened[-1]
    redirect = urllib.parse.parse_qs(urllib.parse.urlsplit(opened).query)["redirect_uri"][0]
    assert redirect.startswith("http://127.0.0.1:")
