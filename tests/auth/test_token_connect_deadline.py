"""The sign-in requests' deadline (token_watch.py) from the moment the connection is
made: a token endpoint trickling its TLS handshake, or an HTTP proxy trickling its
answer to CONNECT, each byte far within every timeout. Both come before the request is
sent, where the deadline used to start. Each ends with the "too slow" sentence at the
deadline (1 s here), TLS verified against the test's authority.

Before: the handshake took as long as the connect timeout let it (8 s here; the fake's
trickle ends after 5 s and the answer then arrives), the proxy's answer as long as it
trickled, twice (requests retries a connection that failed before sending)."""

from __future__ import annotations

import gc
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from idp_wizard.demo.slow_socket import HANDSHAKE, HEADERS, SlowServer
from idp_wizard.providers import token_http, token_watch
from tests.tls_authority import authority

DEADLINE = 1.0
TRICKLE = 5.0
LATE = 4.0  # generous: the request ends within this, the trickle takes longer
TOO_SLOW = ("The Microsoft sign-in service took more than 1 second to answer; IdP Wizard "
            "stopped waiting. Try again later, and if it happens again, check the network "
            "connection.")


@pytest.fixture(autouse=True)
def short_limits(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The deadline short; connecting (the TLS handshake with it, as CPython bounds a
    whole handshake by the socket's timeout) may take longer than the trickle."""
    monkeypatch.setattr(token_http, "TOKEN_DEADLINE", DEADLINE)
    monkeypatch.setattr(token_http, "TOKEN_TIMEOUT", (8.0, 2.0))
    yield


def _fails(url: str, **kwargs: object) -> tuple[token_http.TokenAnswerLimit, float]:
    session = token_http.token_session()
    started = time.monotonic()
    with pytest.raises(token_http.TokenAnswerLimit) as info:
        session.post(url, data={"grant_type": "refresh_token"}, **kwargs)  # type: ignore[arg-type]
    took = time.monotonic() - started
    session.close()
    return info.value, took


def test_a_trickled_tls_handshake_is_too_slow_at_the_deadline(tmp_path: Path) -> None:
    _handshake_is_too_slow(tmp_path)


def _handshake_is_too_slow(tmp_path: Path) -> None:
    context, ca = authority(tmp_path)
    server = SlowServer(HANDSHAKE, TRICKLE, tls=context, path="/token")
    error, took = _fails(server.url, verify=str(ca))
    assert str(token_http.limit_error(error, "Microsoft")) == TOO_SLOW
    assert DEADLINE <= took < LATE, took
    server.close()


def test_a_proxy_trickling_its_connect_answer_is_too_slow_at_the_deadline() -> None:
    proxy = SlowServer(HEADERS, TRICKLE)
    error, took = _fails("https://login.microsoftonline.com/common/oauth2/v2.0/token",
                         proxies={"https": proxy.url})
    assert str(token_http.limit_error(error, "Microsoft")) == TOO_SLOW
    assert DEADLINE <= took < LATE, took
    proxy.close()


def test_a_proxy_answer_cut_off_in_its_headers_is_no_tunnel() -> None:
    """The status line within the deadline (a 75-byte head over 3 s: 17 bytes by
    ~0.7 s), the rest cut off by it: http.client reads the shut-down socket's end as the
    end of the headers, and TLS used to start on it (CPython's ssl then left that
    socket unclosed, to a later test's garbage collection)."""
    proxy = SlowServer(HEADERS, 3.0)
    error, took = _fails("https://login.microsoftonline.com/common/oauth2/v2.0/token",
                         proxies={"https": proxy.url})
    assert str(token_http.limit_error(error, "Microsoft")) == TOO_SLOW
    assert DEADLINE <= took < LATE, took
    proxy.close()
    chain, context = [], error.__context__
    while context is not None:
        chain.append(type(context).__name__)
        context = context.__context__
    assert chain[-1] == "ConnectionAbortedError", chain  # no TLS on the cut-off tunnel
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        del error
        gc.collect()
    assert [str(w.message) for w in caught if w.category is ResourceWarning] == []


def test_a_socket_timing_out_before_the_deadline_timer_is_still_too_slow(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a busy machine the timer's thread may fire after the socket's timeout (cut to
    the time left) ended the handshake: that is the deadline too, not another error."""
    def late_start(self: token_watch.Watch) -> None:
        self._timer = threading.Timer(DEADLINE + 3.0, self._fire)
        self._timer.daemon = True
        self._timer.start()

    monkeypatch.setattr(token_watch.Watch, "start", late_start)
    _handshake_is_too_slow(tmp_path)
