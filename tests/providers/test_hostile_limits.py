"""The readers against the demo fakes behind a hostile proxy: group and org unit names
holding text that shows wrong, answers without end in size, time or pages."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from idp_wizard.core.errors import ProviderError
from idp_wizard.demo.directory_fake import GOOGLE_HOST
from idp_wizard.demo.graph_fake import DEMO_TOKEN
from idp_wizard.demo.transport import DemoBackend
from idp_wizard.providers import paging
from idp_wizard.providers.google_directory import GoogleDirectoryReader, make_google_http
from idp_wizard.providers.graph import GraphReader, make_graph_http
from idp_wizard.providers.http import make_client
from idp_wizard.providers.tokens import StaticTokenSource

GRAPH_HOST = "graph.microsoft.com"
Body = dict[str, Any]
Reader = GraphReader | GoogleDirectoryReader


def _reader(backend: DemoBackend, google: bool, **policy: Any) -> Reader:
    client = make_client(backend.transport())
    tokens = StaticTokenSource(DEMO_TOKEN)
    if google:
        return GoogleDirectoryReader(make_google_http(client, tokens, sleep=lambda s: None,
                                                      **policy))
    return GraphReader(make_graph_http(client, tokens, sleep=lambda s: None, **policy))


def _proxy(backend: DemoBackend, google: bool, path_end: str,
           answer: Callable[[httpx.Request, httpx.Response], httpx.Response]) -> list[str]:
    """Answers of requests whose path ends with `path_end` reach the reader as `answer`
    makes them; returns the paths it touched."""
    host = GOOGLE_HOST if google else GRAPH_HOST
    inner = backend.routes[host]
    touched: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        response = inner(request)
        if response.status_code != 200 or not request.url.path.endswith(path_end):
            return response
        touched.append(request.url.path)
        return answer(request, response)

    backend.routes[host] = handler
    return touched


def _altered(alter: Callable[[Body], Body]) -> Callable[[httpx.Request, httpx.Response],
                                                         httpx.Response]:
    def answer(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        body = alter(json.loads(response.read()))
        return httpx.Response(200, json=body)
    return answer


# -- names that show wrong -------------------------------------------------------------

@pytest.mark.parametrize("google", [False, True])
def test_group_names_and_addresses_are_cleaned_as_users_are(google: bool) -> None:
    """Before: a group's name went to the filter lists and the CLI as it came, so a
    right-to-left override made "Finance \u202egnp.exe" read "Finance exe.png"."""
    backend = DemoBackend(size=40)
    name_key, mail_key, items = ("name", "email", "groups") if google else (
        "displayName", "mail", "value")

    def alter(b: Body) -> Body:
        groups = [dict(g) for g in b[items]]
        groups[0][name_key] = "Finance \u202egnp.exe\u202c"
        groups[0][mail_key] = "finance\u202e@contoso.example"
        groups[1][name_key] = "\u05e6\u05d5\u05d5\u05ea\u2028\u0641\u0631\u064a\u0642"
        return {**b, items: groups}

    touched = _proxy(backend, google, "/groups", _altered(alter))
    plain = _reader(DemoBackend(size=40), google).read_groups()
    read = _reader(backend, google).read_groups()
    assert len(touched) == 1
    assert [(g.name, g.email) for g in read[:2]] == [
        ("Finance gnp.exe", "finance @contoso.example"),  # an address: refused, not another
        ("\u05e6\u05d5\u05d5\u05ea \u0641\u0631\u064a\u0642", plain[1].email)]
    assert read[2:] == plain[2:] and len(read) == len(plain) > 2
    assert [g.member_ids for g in read] == [g.member_ids for g in plain]


def test_google_org_units_are_cleaned_as_users_org_units_are() -> None:
    """The user's org unit and the unit's path are cleaned alike, so they still match.
    Before: units kept their controls while users' org units lost them."""
    backend = DemoBackend(size=40)
    unit = "/Sales\u2066\u202e"  # a user of this unit holds the same path

    def alter_units(b: Body) -> Body:
        units = [dict(u) for u in b["organizationUnits"]]
        units[0] = {**units[0], "orgUnitPath": unit, "name": "Sales\u2066\u202e",
                    "parentOrgUnitPath": "/\u2069"}
        return {**b, "organizationUnits": units}

    def alter_users(b: Body) -> Body:
        return {**b, "users": [{**b["users"][0], "orgUnitPath": unit}, *b["users"][1:]]}

    _proxy(backend, True, "/orgunits", _altered(alter_units))
    reader = _reader(backend, True)
    units = reader.read_org_units()
    _proxy(backend, True, "/users", _altered(alter_users))
    employees = reader.read_employees()
    cleaned = [u for u in units if u.name.startswith("Sales")]
    assert [(u.path, u.name, u.parent_path) for u in cleaned] == [("/Sales", "Sales", "/")]
    assert employees[0].org_unit == "/Sales"
    assert str(employees[0].address_note) == (
        "org unit held the bidirectional control character U+2066, which was replaced")


@pytest.mark.parametrize("google", [False, True])
def test_an_address_with_a_bidi_control_is_refused_not_turned_into_another(
        google: bool) -> None:
    """Dropped as in a name, "ceo\u202e@…" would become "ceo@…", someone else's valid
    address; a space makes it invalid, so the user is reported instead."""
    backend = DemoBackend(size=40)
    items, key = ("users", "primaryEmail") if google else ("value", "mail")
    address = "ceo\u202e@contoso.example"

    def alter(b: Body) -> Body:
        return {**b, items: [{**b[items][0], key: address}, *b[items][1:]]}

    _proxy(backend, google, "/users", _altered(alter))
    first = _reader(backend, google).read_employees()[0]
    assert (first.email, str(first.address_note)) == (
        "ceo @contoso.example",
        "e-mail address held the bidirectional control character U+202E, which was replaced")


# -- listings without end --------------------------------------------------------------

@pytest.mark.parametrize("google", [False, True])
@pytest.mark.parametrize("long_links", [False, True], ids=["links", "long links"])
def test_a_listing_with_a_new_link_on_every_page_ends(
        google: bool, long_links: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """A proxy (or provider) handing out a new next link on every page. Before: the
    read went on for ever, keeping every link (up to 64 KB each) in memory."""
    monkeypatch.setattr(paging, "MAX_PAGES", 25, raising=False)
    backend = DemoBackend(size=40)
    host = GOOGLE_HOST if google else GRAPH_HOST
    inner = backend.routes[host]
    items, path = ("users", "/admin/directory/v1/users") if google else ("value",
                                                                        "/v1.0/users")
    pad = "x" * (60_000 if long_links else 10)
    served: list[str] = []
    first: list[Body] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path != path:
            return inner(request)
        if not first:
            first.append(json.loads(inner(request).read()))
        served.append(str(request.url))
        if len(served) > 200:
            raise AssertionError("the listing never ends")
        token = f"{pad}{len(served)}"
        link = ({"nextPageToken": token} if google else
                {"@odata.nextLink": f"https://{GRAPH_HOST}/v1.0/users?$skiptoken={token}"})
        return httpx.Response(200, json={items: first[0][items][:2], **link})

    backend.routes[host] = handler
    with pytest.raises(ProviderError) as info:
        _reader(backend, google).read_employees()
    label = "Google Directory API" if google else "Microsoft Graph"
    assert str(info.value) == (
        f"{label} kept listing {path} past 25 pages, more than any directory has; IdP "
        "Wizard stopped reading it. Try again later, and if it happens again, check the "
        "network (a proxy may rewrite the answers).")
    assert info.value.code == "endless_listing"
    assert len(served) == 25


def test_a_google_page_token_too_long_to_send_is_a_malformed_answer() -> None:
    """Before: httpx.InvalidURL escaped the reader ("Unexpected internal error")."""
    backend = DemoBackend(size=40)
    inner = backend.routes[GOOGLE_HOST]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path != "/admin/directory/v1/users":
            return inner(request)
        body = json.loads(inner(request).read())
        return httpx.Response(200, json={**body, "nextPageToken": "t" * 70_000})

    backend.routes[GOOGLE_HOST] = handler
    with pytest.raises(ProviderError) as info:
        _reader(backend, True).read_employees()
    assert (str(info.value), info.value.code) == (
        "Google Directory API returned a malformed response (/admin/directory/v1/users); "
        "try again later.", "malformed")


@pytest.mark.parametrize("google", [False, True])
def test_a_body_its_encoding_does_not_decode_is_a_malformed_answer(google: bool) -> None:
    """"gzip" announced, something else sent (a broken proxy). Before:
    httpx.DecodingError escaped the reader ("Unexpected internal error"). Tried twice,
    as a malformed page is."""
    backend = DemoBackend(size=40)
    path = "/admin/directory/v1/users" if google else "/v1.0/users"
    calls: list[int] = []

    def answer(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        calls.append(1)
        return httpx.Response(200, content=b"not gzip at all", headers={
            "Content-Encoding": "gzip", "Content-Type": "application/json"})

    _proxy(backend, google, path, answer)
    with pytest.raises(ProviderError) as info:
        _reader(backend, google).read_employees()
    label = "Google Directory API" if google else "Microsoft Graph"
    assert (str(info.value), info.value.code) == (
        f"{label} returned a malformed response ({path}); try again later.", "malformed")
    assert len(calls) == 2
