"""The HTTP policy: no token in any message or log, no redirects followed, lost POST
answers never retried blindly, media types, retries within limits."""

from __future__ import annotations

import logging

import httpx
import pytest

from idp_wizard.core.errors import Cancelled
from idp_wizard.platform.errors import (
    AnswerLost,
    NotFound,
    NotScim,
    PlatformUnavailable,
    RequestRejected,
    WrongBaseUrl,
)
from idp_wizard.platform.http import BearerAuth, RetryPolicy, ScimHttp
from idp_wizard.platform.replies import Reply
from tests.platform.helpers import TOKEN, Sleeps

URL = "https://scim.example.com/scim/v2"


def http_for(handler: httpx.MockTransport | None = None, attempts: int = 4,
             sleeps: Sleeps | None = None) -> ScimHttp:
    return ScimHttp(URL, TOKEN, transport=handler, policy=RetryPolicy(max_attempts=attempts),
                    sleep=sleeps if sleeps is not None else Sleeps())


def answering(*responses: httpx.Response, seen: list[httpx.Request] | None = None
              ) -> httpx.MockTransport:
    queue = list(responses)

    def handle(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return httpx.MockTransport(handle)


def test_a_server_echoing_the_token_never_gets_it_into_messages_or_logs(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    echo = httpx.Response(400, json={
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "400",
        "scimType": "invalidValue", "detail": f"bad header Authorization: Bearer {TOKEN} x"})
    with http_for(answering(echo)) as http, pytest.raises(RequestRejected) as info:
        http.request("POST", "/Users", body={"userName": "a"})
    text = str(info.value) + info.value.detail
    assert TOKEN not in text and "<redacted>" in text
    assert info.value.scim_type == "invalidValue" and info.value.status == 400
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(BearerAuth(TOKEN))


def test_the_token_is_sent_as_a_bearer_header_per_request() -> None:
    seen: list[httpx.Request] = []
    ok = httpx.Response(200, json={"totalResults": 0, "Resources": []})
    with http_for(answering(ok, seen=seen)) as http:
        http.request("GET", "/Users")
        assert TOKEN not in str(http._client.headers)
    assert seen[0].headers["Authorization"] == f"Bearer {TOKEN}"
    assert str(seen[0].url) == f"{URL}/Users"


def test_redirects_are_not_followed() -> None:
    seen: list[httpx.Request] = []
    moved = httpx.Response(302, headers={"Location": "https://elsewhere.example/v2/Users"})
    with http_for(answering(moved, seen=seen)) as http, pytest.raises(WrongBaseUrl) as info:
        http.request("GET", "/Users")
    assert len(seen) == 1 and "redirected" in str(info.value)


def test_a_post_whose_answer_is_lost_is_not_repeated_blindly() -> None:
    seen: list[httpx.Request] = []
    with http_for(answering(httpx.Response(502), seen=seen)) as http:
        with pytest.raises(AnswerLost):
            http.request("POST", "/Bulk", body={})
        assert len(seen) == 1
        found = Reply(200, {"id": "x"}, httpx.Headers())
        reply = http.request("POST", "/Users", body={}, lost_write_check=lambda: found)
    assert reply is found and len(seen) == 2


def test_idempotent_requests_are_retried_within_limits() -> None:
    seen: list[httpx.Request] = []
    sleeps = Sleeps()
    with http_for(answering(httpx.Response(500), seen=seen), sleeps=sleeps) as http, \
            pytest.raises(PlatformUnavailable) as info:
        http.request("GET", "/Users")
    assert len(seen) == 4 and len(sleeps) == 3
    assert str(info.value) == ("scim.example.com is not available (after 4 attempts, the "
                               "server reported an error): try again later.")


@pytest.mark.parametrize("media", ["application/scim+json", "application/json",
                                   "text/json; charset=utf-8", None])
def test_json_media_types_are_all_accepted(media: str | None) -> None:
    headers = {"Content-Type": media} if media else {}
    answer = httpx.Response(200, content=b'{"id": "1"}', headers=headers)
    with http_for(answering(answer)) as http:
        assert http.request("GET", "/Users/1").body == {"id": "1"}


def test_a_204_has_no_body_and_an_html_200_is_not_scim() -> None:
    with http_for(answering(httpx.Response(204, headers={"ETag": 'W/"3"'}))) as http:
        reply = http.request("PATCH", "/Users/1", body={})
        assert (reply.body, reply.etag) == (None, 'W/"3"')
    page = httpx.Response(200, text="<html>Login</html>", headers={"Content-Type": "text/html"})
    with http_for(answering(page)) as http, pytest.raises(NotScim) as info:
        http.request("GET", "/Users/1")
    assert "an HTML page" in str(info.value)


def test_a_404_tells_scim_errors_from_other_pages() -> None:
    scim = httpx.Response(404, json={"schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
                                     "detail": "User 'x' not found", "status": "404"})
    with http_for(answering(scim)) as http, pytest.raises(NotFound) as info:
        http.request("GET", "/Users/x")
    assert info.value.scim_error is True and "User 'x' not found" in str(info.value)
    page = httpx.Response(404, text="<html>Not here</html>", headers={"Content-Type": "text/html"})
    with http_for(answering(page)) as http, pytest.raises(NotFound) as info:
        http.request("GET", "/Users/x")
    assert info.value.scim_error is False


def test_a_halted_client_sends_nothing() -> None:
    seen: list[httpx.Request] = []
    with http_for(answering(httpx.Response(200, json={}), seen=seen)) as http:
        http.halt()
        with pytest.raises(Cancelled):
            http.request("GET", "/Users")
        http.resume()
        http.request("GET", "/Users")
    assert len(seen) == 1


@pytest.mark.parametrize("status", [200, 400])
def test_an_answer_nested_too_deep_is_not_scim_not_an_internal_error(status: int) -> None:
    """Before: json.loads raised RecursionError, which nothing caught ("Unexpected
    internal error")."""
    deep = httpx.Response(status, content=b"[" * 100_000 + b"]" * 100_000,
                          headers={"Content-Type": "application/scim+json"})
    with http_for(answering(deep)) as http, pytest.raises((NotScim, RequestRejected)) as info:
        http.request("GET", "/Users/1")
    assert type(info.value) is (NotScim if status == 200 else RequestRejected)
