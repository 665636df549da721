"""The sign-in services' answers are read within limits, as the directory's are: the real
MSAL and google-auth(-oauthlib) flows against token endpoints (or a proxy in front of
them) whose answer never ends, is announced as 64 MB, trickles a byte at a time, or
never comes. Each is one sentence, soon; nothing is stored; a renewal keeps the
connection. Entra's fake is served through a real `requests` session (`FakeEntraAdapter`),
Google's is a real HTTP server.

Before: MSAL's own session and requests-oauthlib's code exchange waited forever for an
answer, google-auth 120 s per read; none capped an answer's size or overall time (the
fakes end their answers after a while, or these tests would hang on the old code)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
import requests

from idp_wizard.app import App
from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.errors import AuthorizationRequired, ProviderError
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import count_users
from idp_wizard.demo.auth_fakes import ENDLESS, HUGE, STALL, TRICKLE
from idp_wizard.demo.entra_session import FakeEntraAdapter
from idp_wizard.providers import token_http
from tests.flows import connect

from .conftest import ENTRA, Fakes
from .test_hostile_sign_in import assert_nothing_kept, sign_in_options

SERVICE = {"entra": "The Microsoft sign-in service", "google": "The Google sign-in service"}
TOO_LARGE = ("{service} sent an answer larger than 1 MB, more than any sign-in answer; IdP "
             "Wizard stopped reading it. Try again later, and if it happens again, check the "
             "network (a proxy may rewrite the answers).")
TOO_SLOW = ("{service} took more than 2 seconds to answer; IdP Wizard stopped waiting. Try "
            "again later, and if it happens again, check the network connection.")
NO_ANSWER = {
    "entra": "Cannot reach the Microsoft sign-in service (no answer came in time); check the "
             "network connection and try again.",
    "google": "Cannot reach Google's sign-in service (no answer came in time); check the "
              "network connection and try again.",
}
RENEWAL_NO_ANSWER = {
    "entra": NO_ANSWER["entra"],
    "google": "Cannot reach Google to renew the sign-in (no answer came in time); check the "
              "network connection and try again.",
}


@pytest.fixture(autouse=True)
def short_limits(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Limits a test can wait for; the fakes' answers without end last 5 s or more."""
    monkeypatch.setattr(token_http, "TOKEN_DEADLINE", 2.0)
    monkeypatch.setattr(token_http, "TOKEN_TIMEOUT", (2.0, 1.0))
    yield


def _app(fakes: Fakes) -> App:
    """The app with Entra's fake behind a real session (ours) instead of MSAL's
    `http_client=`."""
    return fakes.app(msal_http_client=None, token_adapter=FakeEntraAdapter(fakes.entra))


def expected(provider: str, kind: str, renewal: bool = False) -> str:
    if kind == STALL:
        return (RENEWAL_NO_ANSWER if renewal else NO_ANSWER)[provider]
    return (TOO_SLOW if kind == TRICKLE else TOO_LARGE).format(service=SERVICE[provider])


@pytest.mark.parametrize("kind", [ENDLESS, HUGE, TRICKLE, STALL])
@pytest.mark.parametrize("provider", ["entra", "google"])
def test_an_endless_token_answer_at_sign_in_is_one_sentence(
        fakes: Fakes, google_file: Path, provider: str, kind: str) -> None:
    fakes.faults.token_endpoint_answer = kind
    app = _app(fakes)
    with pytest.raises(ProviderError) as info:
        connect(app, *sign_in_options(provider, google_file))
    assert str(info.value) == expected(provider, kind)
    assert_nothing_kept(fakes, app, info.value)


def test_an_endless_answer_during_a_device_code_sign_in(fakes: Fakes) -> None:
    fakes.faults.token_endpoint_answer = ENDLESS
    app = _app(fakes)
    with pytest.raises(ProviderError) as info:
        connect(app, ProviderName.ENTRA, replace(ENTRA, show_device_code=lambda code: None))
    assert str(info.value) == expected("entra", ENDLESS)
    assert_nothing_kept(fakes, app, info.value)


@pytest.mark.parametrize("kind", [ENDLESS, TRICKLE, STALL])
@pytest.mark.parametrize("provider", ["entra", "google"])
def test_an_endless_token_answer_at_renewal_keeps_the_connection(
        fakes: Fakes, google_file: Path, provider: str, kind: str) -> None:
    app = _app(fakes)
    connect(app, *sign_in_options(provider, google_file))
    assert app.sync_service().run().status == "succeeded"
    synced = count_users(app.store)
    (fakes.entra if provider == "entra" else fakes.google).revoke_access_tokens()
    fakes.faults.token_endpoint_answer = kind
    with pytest.raises(ProviderError) as info:
        app.sync_service().run()
    assert not isinstance(info.value, AuthorizationRequired)  # the sign-in is fine
    assert str(info.value) == expected(provider, kind, renewal=True)
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.CONNECTED
    assert count_users(app.store) == synced
    for secret in fakes.minted():
        assert secret not in str(info.value)
    fakes.faults.token_endpoint_answer = None  # the next run renews and syncs
    assert app.sync_service().run().status == "succeeded"
    app.close()


def _no_ca_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    """requests passes a CA bundle named in the environment as `verify` (verification
    on, with those authorities): without one, `verify` is True."""
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)


def test_every_entra_request_has_a_timeout_and_verifies_tls(
        fakes: Fakes, monkeypatch: pytest.MonkeyPatch) -> None:
    """MSAL's own session sends with no timeout; ours with TOKEN_TIMEOUT, and TLS
    verification on."""
    _no_ca_bundle(monkeypatch)
    adapter = FakeEntraAdapter(fakes.entra)
    app = fakes.app(msal_http_client=None, token_adapter=adapter)
    connect(app, ProviderName.ENTRA, ENTRA)
    assert len(adapter.timeouts) >= 2  # the OpenID configuration, the token
    assert set(adapter.timeouts) == {(2.0, 1.0)}
    assert set(adapter.verify) == {True}


def test_a_session_told_not_to_verify_still_verifies(
        fakes: Fakes, monkeypatch: pytest.MonkeyPatch) -> None:
    _no_ca_bundle(monkeypatch)
    adapter = FakeEntraAdapter(fakes.entra)
    session = token_http.token_session(adapter)
    session.verify = False
    url = "https://login.microsoftonline.com/common/discovery/instance"
    assert session.get(url, verify=False).status_code == 200
    assert (adapter.verify, adapter.timeouts) == ([True], [(2.0, 1.0)])


def test_a_gzip_bomb_counts_decoded(fakes: Fakes) -> None:
    """An answer of a few KB that unpacks to 8 MB is over the cap."""
    import gzip
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    bomb = gzip.compress(b" " * (8 << 20))

    class Bomb(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(bomb)))
            self.end_headers()
            self.wfile.write(bomb)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Bomb)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with pytest.raises(token_http.TokenAnswerLimit) as info:
            token_http.token_session().get(f"http://127.0.0.1:{server.server_address[1]}/")
        assert info.value.kind == token_http.TOO_LARGE
        assert isinstance(info.value, requests.RequestException)
        error = token_http.limit_error(info.value, "Google")
        assert error is not None and str(error) == TOO_LARGE.format(
            service=SERVICE["google"])
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
