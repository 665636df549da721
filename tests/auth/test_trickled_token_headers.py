"""A token endpoint (or a proxy in front of it) whose status line and headers trickle in,
a byte every 0.04 s, far within every read timeout: the real MSAL and
google-auth(-oauthlib) flows, at sign-in and at renewal, and IdP Wizard's sign-in
session on its own over HTTP and HTTPS (TLS verified against the test's authority).
Each ends with the "too slow" sentence within the deadline (1 s here), not when the
headers end.

Before: the deadline was checked only while the body was read, so the headers could
take forever (each byte within the per-read timeout). The fake ends its answer by
itself after ~5.7 s, so on the old code these tests finish too, late."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.errors import AuthorizationRequired, ProviderError
from idp_wizard.core.users import count_users
from idp_wizard.demo.auth_fakes import SLOW_HEADERS, streamed_answer
from idp_wizard.demo.entra_session import FakeEntraAdapter
from idp_wizard.demo.slow_headers import OneShotServer, head_bytes
from idp_wizard.providers import token_http
from tests.flows import connect
from tests.tls_authority import authority

from .conftest import Fakes
from .test_hostile_sign_in import assert_nothing_kept, sign_in_options

DEADLINE = 1.0
# A sign-in's other steps take up to ~1 s (the loopback's wait); the fake's headers 5.7 s.
LATE = DEADLINE + 1.5
SERVICE = {"entra": "The Microsoft sign-in service", "google": "The Google sign-in service"}
TOO_SLOW = ("{service} took more than 1 second to answer; IdP Wizard stopped waiting. Try "
            "again later, and if it happens again, check the network connection.")


@pytest.fixture(autouse=True)
def short_limits(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A deadline a test can wait for; each read may wait 1 s (the fake pauses 0.04 s)."""
    monkeypatch.setattr(token_http, "TOKEN_DEADLINE", DEADLINE)
    monkeypatch.setattr(token_http, "TOKEN_TIMEOUT", (2.0, 1.0))
    yield


def test_the_fake_trickles_longer_than_the_deadline_and_ends() -> None:
    answer = streamed_answer(SLOW_HEADERS)
    assert len(head_bytes(answer)) * answer.header_pause > 3 * DEADLINE
    assert answer.header_pause < token_http.TOKEN_TIMEOUT[1] / 10


@pytest.mark.parametrize(("provider", "adapter"), [
    ("entra", "fake"), ("google", "fake"), ("google", "network")])
def test_trickled_headers_at_sign_in_are_too_slow_within_the_deadline(
        fakes: Fakes, google_file: Path, provider: str, adapter: str) -> None:
    """Entra's fake answers in process; a trickle comes over a real socket through the
    session's adapter. Google's fake is a real server, reached through that adapter or
    through the network adapter IdP Wizard uses in production."""
    fakes.faults.token_endpoint_answer = SLOW_HEADERS
    app = fakes.app(msal_http_client=None, token_adapter=FakeEntraAdapter(fakes.entra)
                    if adapter == "fake" else None)
    started = time.monotonic()
    with pytest.raises(ProviderError) as info:
        connect(app, *sign_in_options(provider, google_file))
    took = time.monotonic() - started
    assert str(info.value) == TOO_SLOW.format(service=SERVICE[provider])
    assert DEADLINE <= took < LATE, took
    assert_nothing_kept(fakes, app, info.value)


@pytest.mark.parametrize("provider", ["entra", "google"])
def test_trickled_headers_at_renewal_keep_the_connection(
        fakes: Fakes, google_file: Path, provider: str) -> None:
    app = fakes.app(msal_http_client=None, token_adapter=FakeEntraAdapter(fakes.entra))
    connect(app, *sign_in_options(provider, google_file))
    assert app.sync_service().run().status == "succeeded"
    synced = count_users(app.store)
    (fakes.entra if provider == "entra" else fakes.google).revoke_access_tokens()
    fakes.faults.token_endpoint_answer = SLOW_HEADERS
    started = time.monotonic()
    with pytest.raises(ProviderError) as info:
        app.sync_service().run()
    took = time.monotonic() - started
    assert not isinstance(info.value, AuthorizationRequired)  # the sign-in is fine
    assert str(info.value) == TOO_SLOW.format(service=SERVICE[provider])
    assert DEADLINE <= took < LATE, took
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.CONNECTED
    assert count_users(app.store) == synced
    fakes.faults.token_endpoint_answer = None  # the next run renews and syncs
    assert app.sync_service().run().status == "succeeded"
    app.close()


@pytest.mark.parametrize("tls", [False, True], ids=["http", "https"])
def test_the_sign_in_session_bounds_the_headers(tmp_path: Path, tls: bool) -> None:
    """The session as IdP Wizard makes it (the network adapter); over TLS the socket
    is shut down under the TLS layer, and verification stays on."""
    context, ca = authority(tmp_path) if tls else (None, None)
    server = OneShotServer(streamed_answer(SLOW_HEADERS), tls=context)
    session = token_http.token_session()
    started = time.monotonic()
    with pytest.raises(token_http.TokenAnswerLimit) as info:
        session.post(server.url, data={"grant_type": "refresh_token"},
                     verify=str(ca) if ca else True)
    took = time.monotonic() - started
    assert (info.value.kind, info.value.seconds) == (token_http.TOO_SLOW, DEADLINE)
    assert isinstance(info.value, requests.RequestException)
    assert DEADLINE <= took < DEADLINE + 0.5, took
    error = token_http.limit_error(info.value, "Google")
    assert error is not None and str(error) == TOO_SLOW.format(service=SERVICE["google"])
    server.thread.join(5)  # the fake's write failed once the client left
    assert not server.thread.is_alive()


def test_an_answer_within_the_deadline_still_arrives() -> None:
    """The watch ends with the answer: a quick one is read whole, and the connection
    that served it is not shut down later by a stale timer."""
    answer = streamed_answer(SLOW_HEADERS)
    quick = OneShotServer(type(answer)(answer.headers, iter([b"{}"]), header_pause=0.001))
    response = token_http.token_session().post(quick.url, data={})
    assert (response.status_code, response.content) == (200, b"{}")
    time.sleep(DEADLINE + 0.2)  # past the deadline: nothing fires into a later request
    again = OneShotServer(type(answer)(answer.headers, iter([b"[]"]), header_pause=0.0))
    assert token_http.token_session().post(again.url, data={}).content == b"[]"
