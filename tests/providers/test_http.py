"""The shared HTTP policy: retries, Retry-After, 401 refresh, errors, paging."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from idp_wizard import __version__
from idp_wizard.core.errors import AuthorizationRequired, Cancelled, DeltaExpired, ProviderError
from idp_wizard.providers.http import make_client
from idp_wizard.providers.paging import iter_google_pages, iter_graph_pages
from idp_wizard.providers.retry import parse_retry_after

from .helpers import (
    GOOGLE,
    GRAPH,
    TOKEN_1,
    TOKEN_2,
    Harness,
    assert_no_secret,
    google_error,
    graph_error,
    reply,
)

USERS = f"{GRAPH}/v1.0/users"
OK = reply({"value": []})


def test_make_client_settings() -> None:
    client = make_client()
    assert client.headers["User-Agent"] == f"IdP-Wizard/{__version__}"
    assert client.timeout == httpx.Timeout(30.0, connect=10.0)
    assert client.follow_redirects is False


def test_bearer_token_sent() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users", OK)
    assert h.http.get_json(USERS) == {"value": []}
    assert h.router.requests[0].headers["Authorization"] == f"Bearer {TOKEN_1}"


def test_429_honours_retry_after() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users",
                 [graph_error(429, "TooManyRequests", headers={"Retry-After": "12"}), OK])
    assert h.http.get_json(USERS) == {"value": []}
    assert h.sleep.calls == [12.0]
    assert h.throttle_messages() == ["throttled by Microsoft Graph, retrying in 12 s"]


def test_retry_after_http_date() -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 <= (parse_retry_after(when) or 0) <= 30
    assert parse_retry_after("garbage") is None
    assert parse_retry_after(None) is None


def test_retry_after_is_capped() -> None:
    h = Harness(max_retry_after=120.0)
    h.router.add("GET", "/v1.0/users",
                 [graph_error(429, "TooManyRequests", headers={"Retry-After": "3600"}), OK])
    h.http.get_json(USERS)
    assert h.sleep.calls == [120.0]


def test_429_without_retry_after_backs_off_exponentially() -> None:
    h = Harness(max_attempts=8)
    h.router.add("GET", "/v1.0/users", [graph_error(429, "TooManyRequests")] * 7 + [OK])
    h.http.get_json(USERS)
    assert len(h.sleep.calls) == 7
    for attempt, waited in enumerate(h.sleep.calls, 1):
        assert 0 <= waited <= min(60.0, 2.0 ** (attempt - 1))


def test_503_then_success() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users",
                 [graph_error(503, "serviceNotAvailable", headers={"Retry-After": "4"}), OK])
    assert h.http.get_json(USERS) == {"value": []}
    assert h.throttle_messages() == ["Microsoft Graph is not responding (503), retrying in 4 s"]


def test_timeout_then_success() -> None:
    h = Harness()
    calls = []

    def flaky(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) == 1:
            raise httpx.ReadTimeout("timed out", request=request)
        return OK

    h.router.add("GET", "/v1.0/users", flaky)
    assert h.http.get_json(USERS) == {"value": []}
    assert len(h.sleep.calls) == 1
    assert h.throttle_messages()[0].startswith(
        "Microsoft Graph is not responding (no answer came in time), retrying in ")


@pytest.mark.parametrize(("failure", "words"), [
    (httpx.ConnectError("[Errno 111] Connection refused"), "no connection could be made"),
    (httpx.ConnectError("[Errno -2] Name or service not known"),
     "the server's name could not be looked up"),
    (httpx.ConnectTimeout("timed out"), "the connection timed out"),
    (httpx.RemoteProtocolError("Server disconnected without sending a response."),
     "the connection broke off"),
    (httpx.ProxyError("407 Proxy Authentication Required"), "the proxy refused the connection"),
])
def test_a_failed_connection_is_said_in_words_not_type_names(
        failure: httpx.TransportError, words: str) -> None:
    """It read "(ConnectError)" or "(ReadTimeout)": a Python type name in a sentence."""
    h = Harness(max_attempts=2)

    def fail(request: httpx.Request) -> httpx.Response:
        raise failure

    h.router.add("GET", "/v1.0/users", fail)
    with pytest.raises(ProviderError) as info:
        h.http.get_json(USERS)
    assert str(info.value) == (f"Microsoft Graph is still not responding after 2 attempts "
                               f"({words}); check the network connection or try again later.")


def test_google_rate_limit_403_retried_quota_not() -> None:
    h = Harness(google=True)
    h.router.add("GET", "/admin/directory/v1/users",
                 [google_error(403, "rateLimitExceeded"),
                  google_error(403, "userRateLimitExceeded"), reply({"users": []})])
    assert h.http.get_json(f"{GOOGLE}/users") == {"users": []}
    assert len(h.sleep.calls) == 2
    assert h.throttle_messages()[0].startswith("throttled by Google Directory API, retrying in")

    h = Harness(google=True)
    h.router.add("GET", "/admin/directory/v1/users", google_error(403, "quotaExceeded"))
    with pytest.raises(ProviderError) as info:
        h.http.get_json(f"{GOOGLE}/users")
    assert h.sleep.calls == []
    assert "quotaExceeded" in str(info.value) and "Google Directory API" in str(info.value)


def test_retries_exhausted_names_the_code() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users", graph_error(429, "TooManyRequests"))
    with pytest.raises(ProviderError) as info:
        h.http.get_json(USERS)
    assert len(h.router.requests) == 6 and len(h.sleep.calls) == 5
    message = str(info.value)
    assert "Microsoft Graph is still throttled after 6 attempts" in message
    assert "429 TooManyRequests" in message and "try again later" in message
    assert info.value.status == 429 and info.value.code == "TooManyRequests"


def test_401_refreshes_once_then_succeeds() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users", [graph_error(401, "InvalidAuthenticationToken"), OK])
    assert h.http.get_json(USERS) == {"value": []}
    assert h.tokens.refreshes == 1
    assert h.router.requests[1].headers["Authorization"] == f"Bearer {TOKEN_2}"
    assert h.sleep.calls == []


def test_two_401s_require_authorization() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users", graph_error(401, "InvalidAuthenticationToken",
                                                   f"token {TOKEN_1} is bad"))
    with pytest.raises(AuthorizationRequired) as info:
        h.http.get_json(USERS)
    assert h.tokens.refreshes == 1 and len(h.router.requests) == 2
    assert str(info.value) == ("Microsoft Graph rejected the sign-in "
                               "(InvalidAuthenticationToken). Reauthorize the connection.")


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b"", b"\xff\xfe"])
def test_malformed_2xx_retried_once_then_fails(raw: bytes) -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users", reply(raw=raw))
    with pytest.raises(ProviderError) as info:
        h.http.get_json(f"{USERS}?$top=1")
    assert len(h.router.requests) == 2
    assert str(info.value).startswith("Microsoft Graph returned a malformed response (/v1.0/users)")


def test_malformed_then_good_body_succeeds() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users", [reply(raw=b'{"value": ['), OK])
    assert h.http.get_json(USERS) == {"value": []}


@pytest.mark.parametrize(("status", "code", "expected"), [
    (403, "Authorization_RequestDenied", "grant admin consent for the permissions"),
    (404, "Request_ResourceNotFound", "/v1.0/users was not found"),
    (400, "BadRequest", "rejected the request to /v1.0/users (400 BadRequest: failed)"),
])
def test_error_messages(status: int, code: str, expected: str) -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users", graph_error(status, code))
    with pytest.raises(ProviderError) as info:
        h.http.get_json(USERS, {"$filter": "secret-ish"})
    message = str(info.value)
    assert expected in message and "Microsoft Graph" in message and str(status) in message
    assert "$filter" not in message and "secret-ish" not in message
    assert info.value.code == code and info.value.status == status
    assert h.sleep.calls == []


@pytest.mark.parametrize(("status", "code"), [
    (410, "syncStateNotFound"), (400, "resyncRequired"), (400, "SyncStateNotFound")])
def test_delta_expired(status: int, code: str) -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users/delta", graph_error(status, code))
    with pytest.raises(DeltaExpired):
        h.http.get_json(f"{GRAPH}/v1.0/users/delta?$deltatoken=abc")


def test_cancel_during_wait() -> None:
    h = Harness()
    h.sleep.hook = lambda _: h.cancel.cancel()
    h.router.add("GET", "/v1.0/users", graph_error(429, "TooManyRequests"))
    with pytest.raises(Cancelled):
        h.http.get_json(USERS)
    assert len(h.router.requests) == 1


def test_cancel_wakes_real_wait() -> None:
    h = Harness()
    h.http._sleep = __import__("time").sleep  # the real clock path uses CancelToken.wait
    h.cancel.cancel()
    with pytest.raises(Cancelled):
        h.http._pause(60.0)


def test_no_token_in_any_error_message() -> None:
    messages = []
    for response in (graph_error(401, "InvalidAuthenticationToken", f"Bearer {TOKEN_1}"),
                     graph_error(400, "BadRequest", f"bad token {TOKEN_1} / {TOKEN_2}"),
                     graph_error(500, "generalException", f"Bearer {TOKEN_2}"),
                     graph_error(403, "Forbidden", TOKEN_1), reply(raw=TOKEN_1.encode())):
        h = Harness(max_attempts=2)
        h.router.add("GET", "/v1.0/users", response)
        with pytest.raises(ProviderError) as info:
            h.http.get_json(USERS)
        messages.append(str(info.value))
    for message in messages:
        assert_no_secret(message)


def test_graph_paging_follows_next_link_verbatim() -> None:
    h = Harness()
    next_link = f"{GRAPH}/v1.0/users?$skiptoken=X%2BY&$top=999"
    h.router.add("GET", "/v1.0/users", [
        reply({"value": [{"id": "1"}], "@odata.nextLink": next_link}),
        reply({"value": [{"id": "2"}], "@odata.deltaLink": f"{GRAPH}/v1.0/users?$deltatoken=D"}),
    ])
    pages = iter_graph_pages(h.http, USERS, {"$top": "999", "$select": "id"}, phase="users")
    assert [[u["id"] for u in page] for page in pages] == [["1"], ["2"]]
    assert pages.delta_link == f"{GRAPH}/v1.0/users?$deltatoken=D"
    assert str(h.router.requests[1].url) == next_link  # nothing re-added
    assert [(p.done, p.total) for p in h.progress if p.phase == "users"] == [(1, None), (2, None)]


def test_google_paging_page_token_and_missing_items() -> None:
    h = Harness(google=True)
    h.router.add("GET", "/admin/directory/v1/users", [
        reply({"users": [{"id": "1"}], "nextPageToken": "t2"}),
        reply({"nextPageToken": "t3"}),  # Google omits the items key on an empty page
        reply({"users": [{"id": "3"}]}),
    ])
    pages = list(iter_google_pages(h.http, f"{GOOGLE}/users", {"customer": "my_customer"},
                                   "users", phase="users"))
    assert pages == [[{"id": "1"}], [], [{"id": "3"}]]
    params = [dict(r.url.params) for r in h.router.requests]
    assert params == [{"customer": "my_customer"}, {"customer": "my_customer", "pageToken": "t2"},
                      {"customer": "my_customer", "pageToken": "t3"}]


def test_paging_checks_cancel_between_pages() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users",
                 reply({"value": [{"id": "1"}], "@odata.nextLink": f"{USERS}?$skiptoken=2"}))
    pages = iter(iter_graph_pages(h.http, USERS))
    next(pages)
    h.cancel.cancel()
    with pytest.raises(Cancelled):
        next(pages)
