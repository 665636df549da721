"""Paging a hostile provider (or proxy) hands out: links and tokens that come round
again, links that are no text, a delta link to another host."""

from __future__ import annotations

import httpx
import pytest

from idp_wizard.core.errors import ProviderError
from idp_wizard.providers.graph import GraphReader
from idp_wizard.providers.graph_batch import batch_get
from idp_wizard.providers.paging import iter_google_pages, iter_graph_pages

from .helpers import GOOGLE, GRAPH, Harness, add_tenant_facts, graph_error, reply

USERS = f"{GRAPH}/v1.0/users"
LIMIT = 12  # more requests than this: the reader would never have stopped


def _bounded(pages: list[httpx.Response]) -> object:
    """Serves `pages` round and round; fails the test once LIMIT requests were made."""
    served: list[int] = []

    def respond(request: httpx.Request) -> httpx.Response:
        served.append(1)
        if len(served) > LIMIT:
            raise AssertionError("the listing never ends")
        return pages[(len(served) - 1) % len(pages)]

    return respond


def test_graph_next_links_that_come_round_again_stop_the_read() -> None:
    h = Harness()
    a, b = f"{USERS}?$skiptoken=A", f"{USERS}?$skiptoken=B"
    h.router.add("GET", "/v1.0/users", _bounded([
        reply({"value": [{"id": "1"}], "@odata.nextLink": a}),
        reply({"value": [{"id": "2"}], "@odata.nextLink": b}),
        reply({"value": [{"id": "3"}], "@odata.nextLink": a}),  # back to page 2
    ]))
    pages = iter_graph_pages(h.http, USERS, {"$top": "999"})
    read: list[list[object]] = []
    with pytest.raises(ProviderError) as info:
        read.extend(pages)
    assert str(info.value) == ("Microsoft Graph listed a page of /v1.0/users twice, so the "
                               "listing would never end; IdP Wizard stopped reading it. Try "
                               "again later.")
    assert info.value.code == "endless_listing"
    assert len(read) == 3 and len(h.router.requests) == 3


def test_google_page_tokens_that_come_round_again_stop_the_read() -> None:
    h = Harness(google=True)
    h.router.add("GET", "/admin/directory/v1/users", _bounded([
        reply({"users": [{"id": "1"}], "nextPageToken": "t2"}),
        reply({"users": [{"id": "2"}], "nextPageToken": "t3"}),
        reply({"users": [{"id": "3"}], "nextPageToken": "t2"}),
    ]))
    read: list[list[object]] = []
    with pytest.raises(ProviderError) as info:
        read.extend(iter_google_pages(h.http, f"{GOOGLE}/users", {"customer": "my_customer"},
                                      "users"))
    assert str(info.value) == ("Google Directory API listed a page of /admin/directory/v1/users "
                               "twice, so the listing would never end; IdP Wizard stopped "
                               "reading it. Try again later.")
    assert len(read) == 3 and len(h.router.requests) == 3


@pytest.mark.parametrize("google", [False, True])
@pytest.mark.parametrize("link", [{"href": "x"}, ["x"], 7])
def test_a_next_link_that_is_no_text_is_malformed(google: bool, link: object) -> None:
    h = Harness(google=google)
    key, path = ("nextPageToken", "/admin/directory/v1/users") if google else (
        "@odata.nextLink", "/v1.0/users")
    h.router.add("GET", path, reply({"users" if google else "value": [], key: link}))
    with pytest.raises(ProviderError) as info:
        if google:
            list(iter_google_pages(h.http, f"{GOOGLE}/users", None, "users"))
        else:
            list(iter_graph_pages(h.http, USERS))
    label = "Google Directory API" if google else "Microsoft Graph"
    assert str(info.value) == f"{label} returned a malformed response ({path}); try again later."
    assert len(h.router.requests) == 1


@pytest.mark.parametrize("link", [
    "https://evil.example/v1.0/users/delta?$deltatoken=x",
    "http://graph.microsoft.com/v1.0/users/delta?$deltatoken=x",
])
def test_a_delta_link_elsewhere_is_refused_when_it_arrives(link: str) -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users/delta", reply({"value": [], "@odata.deltaLink": link}))
    pages = iter_graph_pages(h.http.bound_to(GRAPH), f"{GRAPH}/v1.0/users/delta")
    with pytest.raises(ProviderError) as info:
        list(pages)
    assert info.value.code == "foreign_link"
    assert pages.delta_link is None


def test_a_delta_link_that_is_no_text_is_malformed() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users/delta", reply({"value": [], "@odata.deltaLink": {"a": 1}}))
    with pytest.raises(ProviderError, match="malformed response"):
        list(iter_graph_pages(h.http, f"{GRAPH}/v1.0/users/delta"))


def test_graph_users_listed_twice_are_read_once() -> None:
    """/users (the rules sync's read: "Share X out of Y") naming one id on two pages.
    Before: counted twice in Y. Now once, the later listing, with a remark when the
    two listings differ."""
    h = Harness()
    add_tenant_facts(h.router)
    first = {"id": "u1", "mail": "a@contoso.com", "department": "Sales"}
    h.router.add("GET", "/v1.0/users", [
        reply({"value": [first, {"id": "u2", "mail": "b@contoso.com"}],
               "@odata.nextLink": f"{USERS}?$skiptoken=2"}),
        reply({"value": [{**first, "department": "Legal"},
                         {"id": "u2", "mail": "b@contoso.com"},
                         {"id": "u3", "mail": None, "userPrincipalName": "svc", "jobTitle": "x"},
                         {"id": "u3", "mail": None, "userPrincipalName": "svc"}]}),
    ])
    employees = GraphReader(h.http, managers=False).read_employees()
    assert [(e.id, e.department) for e in employees] == [("u1", "Legal"), ("u2", ""),
                                                         ("u3", "")]
    assert str(employees[0].address_note) == ("Microsoft Graph listed this user twice with "
                                              "different data; the later listing was used")
    assert employees[1].address_note == ""
    assert str(employees[2].address_note).startswith("has no mailbox (mail is empty)")


@pytest.mark.parametrize("value", ["-5", "-0.5", "nan", "-inf"])
def test_a_retry_after_of_garbage_backs_off_instead_of_hammering(value: str) -> None:
    """Before: a negative or NaN Retry-After was read as 0 s: five retries at once."""
    h = Harness()
    h.router.add("GET", "/v1.0/users", graph_error(429, "TooManyRequests",
                                                   headers={"Retry-After": value}))
    with pytest.raises(ProviderError) as info:
        h.http.get_json(USERS)
    assert str(info.value) == ("Microsoft Graph is still throttled after 6 attempts (429 "
                               "TooManyRequests); try again later.")
    assert len(h.sleep.calls) == 5
    for attempt, waited in enumerate(h.sleep.calls, 1):
        assert 0 <= waited <= 2.0 ** (attempt - 1)
    assert sum(h.sleep.calls) > 0



@pytest.mark.parametrize("body", [
    {"responses": {"0": {"status": 200}}}, {"responses": ["x"]}, {"responses": None}, {},
])
def test_a_batch_answer_of_the_wrong_shape_is_malformed(body: object) -> None:
    """Before: an AttributeError ("Unexpected internal error"), or, with no list at all,
    "still throttled after 6 attempts (no answer)" after five waits."""
    h = Harness()
    h.router.add("POST", "/v1.0/$batch", reply(body))
    with pytest.raises(ProviderError) as info:
        batch_get(h.http, f"{GRAPH}/v1.0", ["/users/x"])
    assert str(info.value) == ("Microsoft Graph returned a malformed response (/v1.0/$batch); "
                               "try again later.")
    assert h.sleep.calls == []


def test_batch_item_headers_of_the_wrong_shape_are_no_headers() -> None:
    h = Harness()
    h.router.add("POST", "/v1.0/$batch", [
        reply({"responses": [{"id": "0", "status": 429, "headers": ["Retry-After"]}]}),
        reply({"responses": [{"id": "0", "status": 200, "body": {"id": "x"}}]}),
    ])
    assert batch_get(h.http, f"{GRAPH}/v1.0", ["/users/x"]) == {"/users/x": (200, {"id": "x"})}
    assert len(h.sleep.calls) == 1


def test_graph_entries_that_are_no_objects_stop_the_admin_check_and_the_group_read() -> None:
    """Before: an AttributeError ("Unexpected internal error") in the admin check at
    sign-in and in the group read; then they were passed over, which read a role that
    is no object as "not a Global Administrator" and left a group out of a filter
    naming it. Now each stops with one sentence, as a member that is no object does
    (tests/providers/test_hostile_groups.py, test_hostile_admin_check.py)."""
    check = ("; try again later, and if it happens again, check the network (a proxy may "
             "rewrite the answers).")
    h = Harness()
    add_tenant_facts(h.router)
    h.router.add("GET", "/v1.0/me/transitiveMemberOf", reply({"value": [
        "x", None, {"@odata.type": "#microsoft.graph.directoryRole",
                    "roleTemplateId": "62e90394-69f5-4237-9190-012177145e10"}]}))
    h.router.add("GET", "/v1.0/groups", reply({"value": ["x", {"id": "g1", "displayName": "G"}]}))
    reader = GraphReader(h.http)
    with pytest.raises(ProviderError) as info:
        reader.is_global_admin()
    assert str(info.value) == ("Microsoft Graph answered the check for the administrator "
                               f"role in a form IdP Wizard cannot read{check}")
    with pytest.raises(ProviderError) as info:
        reader.read_groups()
    assert str(info.value) == f"Microsoft Graph listed a group without a valid id{check}"
    assert [r.url.path for r in h.router.requests].count("/v1.0/$batch") == 0
