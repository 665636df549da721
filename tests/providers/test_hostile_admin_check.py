"""The administrator check reads a malformed answer as malformed, never as "no": an
administrator told they lack the role would look for a fault in their account, not in
the network. The demo backends answer, with one entry or value altered on the way."""

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
from idp_wizard.providers.google_directory import GoogleDirectoryReader, make_google_http
from idp_wizard.providers.graph import GraphReader, make_graph_http
from idp_wizard.providers.http import make_client
from idp_wizard.providers.tokens import StaticTokenSource

Body = dict[str, Any]
CHECK = ("; try again later, and if it happens again, check the network (a proxy may "
         "rewrite the answers).")
GRAPH_UNREADABLE = ("Microsoft Graph answered the check for the administrator role in a form "
                    f"IdP Wizard cannot read{CHECK}")
GOOGLE_UNREADABLE = ("Google Directory API answered the check for the administrator role in "
                     f"a form IdP Wizard cannot read{CHECK}")
ROLE_TYPE = "#microsoft.graph.directoryRole"
GLOBAL_ADMIN = "62e90394-69f5-4237-9190-012177145e10"
NOT_OBJECTS = [lambda e: e["id"], lambda e: None, lambda e: 7, lambda e: [e]]
NOT_OBJECT_NAMES = ["text", "null", "number", "list"]


def _graph(backend: DemoBackend) -> GraphReader:
    tokens = StaticTokenSource(DEMO_TOKEN)
    return GraphReader(make_graph_http(make_client(backend.transport()), tokens,
                                       sleep=lambda s: None))


def _google(backend: DemoBackend) -> GoogleDirectoryReader:
    tokens = StaticTokenSource(DEMO_TOKEN)
    return GoogleDirectoryReader(make_google_http(make_client(backend.transport()), tokens,
                                                  sleep=lambda s: None))


def alter_roles(backend: DemoBackend, change: Callable[[list[Any]], list[Any]]) -> None:
    """/me/transitiveMemberOf's entries reach the reader as `change` makes them."""
    host = "graph.microsoft.com"
    inner = backend.routes[host]

    def handler(request: httpx.Request) -> httpx.Response:
        response = inner(request)
        if response.status_code != 200 or not request.url.path.endswith("/transitiveMemberOf"):
            return response
        body = json.loads(response.read())
        return httpx.Response(200, json={**body, "value": change(body["value"])})

    backend.routes[host] = handler


def alter_account(backend: DemoBackend, change: Callable[[Body], object]) -> None:
    """Google's users.get answers reach the reader as `change` makes them."""
    inner = backend.routes[GOOGLE_HOST]

    def handler(request: httpx.Request) -> httpx.Response:
        response = inner(request)
        if response.status_code != 200 or "/users/" not in request.url.path:
            return response
        return httpx.Response(200, json=change(json.loads(response.read())))

    backend.routes[GOOGLE_HOST] = handler


def the_role_as(change: Callable[[Body], object]) -> Callable[[list[Any]], list[Any]]:
    return lambda entries: [change(e) if e.get("@odata.type") == ROLE_TYPE else e
                            for e in entries]


@pytest.mark.parametrize("change", NOT_OBJECTS, ids=NOT_OBJECT_NAMES)
def test_graph_a_role_entry_that_is_no_object_is_malformed_not_a_no(
        change: Callable[[Body], object]) -> None:
    """Before: passed over, so a Global Administrator read as none."""
    backend = DemoBackend(size=40)
    assert _graph(backend).is_global_admin() is True
    alter_roles(backend, the_role_as(change))
    with pytest.raises(ProviderError) as info:
        _graph(backend).is_global_admin()
    assert str(info.value) == GRAPH_UNREADABLE
    assert info.value.code == "malformed"


@pytest.mark.parametrize("first", [False, True], ids=["after", "before"])
def test_graph_an_entry_that_is_no_object_beside_the_role_is_malformed_either_way(
        first: bool) -> None:
    """The page is judged whole: where the bad entry stands changes nothing. Before:
    passed over, the role after it was found and the answer read as "yes"."""
    backend = DemoBackend(size=40)
    alter_roles(backend, lambda entries: ["x", *entries] if first else [*entries, "x"])
    with pytest.raises(ProviderError) as info:
        _graph(backend).is_global_admin()
    assert str(info.value) == GRAPH_UNREADABLE


def test_graph_a_non_admin_with_a_bad_entry_is_malformed_and_without_one_a_no() -> None:
    backend = DemoBackend(size=40)
    backend.graph.global_admins.clear()
    assert _graph(backend).is_global_admin() is False
    alter_roles(backend, lambda entries: [*entries, None])
    with pytest.raises(ProviderError) as info:
        _graph(backend).is_global_admin()
    assert str(info.value) == GRAPH_UNREADABLE


@pytest.mark.parametrize("value", ["true", None, 1, [True], {"isAdmin": True}],
                         ids=["text", "null", "number", "list", "object"])
def test_google_is_admin_that_is_not_true_or_false_is_malformed_not_a_no(
        value: object) -> None:
    """Before: anything but exactly true read as "not a super administrator"."""
    backend = DemoBackend(size=40)
    email = backend.tenant.admin_email
    assert _google(backend).admin_status(email)[0] is True
    alter_account(backend, lambda user: {**user, "isAdmin": value})
    with pytest.raises(ProviderError) as info:
        _google(backend).admin_status(email)
    assert str(info.value) == GOOGLE_UNREADABLE
    assert info.value.code == "malformed"


def test_google_is_admin_missing_is_malformed_not_a_no() -> None:
    backend = DemoBackend(size=40)
    alter_account(backend, lambda user: {k: v for k, v in user.items() if k != "isAdmin"})
    with pytest.raises(ProviderError) as info:
        _google(backend).admin_status(backend.tenant.admin_email)
    assert str(info.value) == GOOGLE_UNREADABLE


def test_google_an_answer_that_is_no_object_is_malformed() -> None:
    """Guards what ProviderHttp already did (passes on the old code too): an answer
    that is no JSON object is retried once, then malformed."""
    backend = DemoBackend(size=40)
    email = backend.tenant.admin_email
    alter_account(backend, lambda user: [user])
    with pytest.raises(ProviderError) as info:
        _google(backend).admin_status(email)
    assert str(info.value) == (
        f"Google Directory API returned a malformed response (/admin/directory/v1/users/"
        f"{email}); try again later.")
    assert info.value.code == "malformed"


def test_google_a_plain_no_is_still_a_no() -> None:
    backend = DemoBackend(size=40)
    alter_account(backend, lambda user: {**user, "isAdmin": False})
    assert _google(backend).admin_status(backend.tenant.admin_email) == (
        False, backend.directory.customer_id)


ODD_VALUES = [("roleTemplateId", 7), ("roleTemplateId", [GLOBAL_ADMIN]),
              ("roleTemplateId", {"id": GLOBAL_ADMIN}), ("id", 12), ("id", None),
              ("@odata.type", [ROLE_TYPE])]


@pytest.mark.parametrize(("key", "value"), ODD_VALUES,
                         ids=["template-number", "template-list", "template-object",
                              "id-number", "id-null", "type-list"])
def test_graph_a_role_entry_with_odd_values_is_malformed_not_a_no(key: str,
                                                                  value: object) -> None:
    """An object whose roleTemplateId, id or type is not text. Before: it just did not
    match, so a Global Administrator read as none."""
    backend = DemoBackend(size=40)
    alter_roles(backend, the_role_as(lambda e: {**e, key: value}))
    with pytest.raises(ProviderError) as info:
        _graph(backend).is_global_admin()
    assert str(info.value) == GRAPH_UNREADABLE
    assert info.value.code == "malformed"


def test_graph_a_role_listed_without_its_template_is_still_a_no() -> None:
    """Without the permission to read roles Graph lists a role by id and type only:
    readable, and not the Global Administrator role as far as IdP Wizard can tell."""
    backend = DemoBackend(size=40)
    alter_roles(backend, the_role_as(lambda e: {k: v for k, v in e.items()
                                                if k != "roleTemplateId"}))
    assert _graph(backend).is_global_admin() is False
