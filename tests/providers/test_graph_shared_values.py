"""A read shares one string per distinct value among its records (graph_mapping.map_users):
the records are equal to those mapped one by one, without sharing."""

from __future__ import annotations

import json
from typing import Any

import pytest

from idp_wizard.core.records import Employee
from idp_wizard.providers.graph import GraphReader, make_graph_http
from idp_wizard.providers.graph_mapping import USER_SELECT, map_user, map_users
from idp_wizard.providers.http import make_client
from idp_wizard.providers.paging import iter_graph_pages
from idp_wizard.providers.tokens import StaticTokenSource

from .helpers import FakeSleep

transport = pytest.importorskip("idp_wizard.demo.transport")
TOKEN = "demo-access-token"
SHARED_FIELDS = ("given_name", "surname", "department", "job_title", "location", "country",
                 "company", "manager_id", "language_raw")


def _user(uid: str, **values: Any) -> dict[str, Any]:
    user: dict[str, Any] = {
        "id": uid, "displayName": f"User {uid}", "givenName": "Ada", "surname": "Admin",
        "mail": f"{uid}@contoso.example", "userPrincipalName": f"{uid}@contoso.example",
        "department": "IT", "jobTitle": "Admin", "officeLocation": "Berlin",
        "country": "Germany", "companyName": "Contoso", "preferredLanguage": "de-DE",
        "accountEnabled": True, "userType": "Member", "assignedLicenses": [{"skuId": "s"}],
        "manager": {"id": "m1"}}
    user.update(values)
    return json.loads(json.dumps(user))  # as parsed from a page: a new string per value


def test_shared_values_map_to_equal_records_holding_one_string_each() -> None:
    users = [_user(f"u{n}") for n in range(3)] + [
        _user("u3", department=None, manager=None, preferredLanguage="xx!"),
        _user("u4", mail=None, userType="Guest", jobTitle="", givenName=None)]
    shared: dict[str, str] = {}
    mapped = map_users(users, shared=shared)
    assert mapped == [map_user(u) for u in users]  # every field, every record
    assert len(mapped) == 5
    first, second = mapped[0], mapped[1]
    for name in SHARED_FIELDS:
        assert getattr(first, name) is getattr(second, name), name
    assert first.id is not second.id and first.email != second.email  # own values stay own
    # One entry per distinct value; ids, addresses and display names are not kept.
    assert set(shared) == {"Ada", "Admin", "IT", "Berlin", "Germany", "Contoso", "m1",
                           "de-DE", "", "xx!"}


def test_a_read_keeps_its_shared_values_to_itself() -> None:
    users = [_user("u1"), _user("u2")]
    one, other = map_users(users[:1]), map_users(users[1:])
    assert one[0].department == other[0].department
    assert one[0].department is not other[0].department  # no dict outlives a call


def _raw_users(backend: Any) -> list[dict[str, Any]]:
    http = make_graph_http(make_client(backend.transport()), StaticTokenSource(TOKEN),
                           sleep=FakeSleep())
    params = {"$select": USER_SELECT, "$top": "999", "$expand": "manager($select=id)"}
    return [u for page in iter_graph_pages(http, "https://graph.microsoft.com/v1.0/users",
                                           params) for u in page]


def _reader(backend: Any) -> GraphReader:
    return GraphReader(make_graph_http(make_client(backend.transport()),
                                       StaticTokenSource(TOKEN), sleep=FakeSleep()))


def test_full_reads_equal_an_unshared_mapping_of_the_same_pages() -> None:
    backend = transport.DemoBackend(size=2500, seed=3)  # several pages, traps included
    raw = _raw_users(backend)
    reader = _reader(backend)
    domains, rooms = reader._facts.needs_domains(raw), reader._facts.rooms()
    expected = {u["id"]: map_user(u, domains, rooms) for u in raw}
    assert len(expected) == len(raw) == sum(1 for _ in backend.tenant.active())
    full = reader.read_employees()
    delta = reader.read_employees_delta(None).changed
    for employees in (full, delta):
        assert {e.id: e for e in employees} == expected
        assert len(employees) == len(expected)
    _assert_shared(full)
    _assert_shared(delta)


def _assert_shared(employees: list[Employee]) -> None:
    """Equal values across the read's pages are one string."""
    for name in SHARED_FIELDS:
        values = [getattr(e, name) for e in employees]
        assert len({id(v) for v in values}) == len(set(values)), name
