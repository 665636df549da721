"""GraphReader against small Microsoft Graph fakes serving the real API shapes."""

from __future__ import annotations

import json

import httpx
import pytest

from idp_wizard.core.errors import DeltaExpired, ProviderError
from idp_wizard.core.records import Employee, ProviderName
from idp_wizard.providers.graph import GraphReader
from idp_wizard.providers.graph_mapping import USER_SELECT, map_user, map_users

from .helpers import GRAPH, Harness, add_tenant_facts, graph_error, reply

USER_TYPE = "#microsoft.graph.user"


def graph_user(uid: str, **overrides: object) -> dict[str, object]:
    user: dict[str, object] = {
        "id": uid, "displayName": f"User {uid}", "givenName": "Given", "surname": "Sur",
        "mail": f"{uid}@contoso.com", "userPrincipalName": f"{uid}@contoso.onmicrosoft.com",
        "department": "Sales", "jobTitle": "Rep", "officeLocation": "Berlin", "country": "DE",
        "companyName": "Contoso", "preferredLanguage": "de-AT", "accountEnabled": True,
        "userType": "Member", "manager": {"@odata.type": USER_TYPE, "id": "boss"},
    }
    user.update(overrides)
    return user


def reader(h: Harness) -> GraphReader:
    return GraphReader(h.http)


def test_read_employees_params_paging_and_mapping() -> None:
    h = Harness()
    add_tenant_facts(h.router)
    next_link = f"{GRAPH}/v1.0/users?$skiptoken=abc"
    h.router.add("GET", "/v1.0/users", [
        reply({"value": [graph_user("u1")], "@odata.nextLink": next_link}),
        reply({"value": [graph_user("u2", mail=None, manager=None,
                                    userPrincipalName="u2@contoso.com")]}),
    ])
    employees = reader(h).read_employees()
    first = h.router.requests[0].url.params
    assert first["$select"] == USER_SELECT and first["$top"] == "999"
    assert first["$expand"] == "manager($select=id)"
    assert h.router.paths() == ["/v1.0/users", "/v1.0/places/microsoft.graph.room",
                                "/v1.0/users", "/v1.0/organization"]
    assert str(h.router.requests[2].url) == next_link
    assert employees[0] == Employee(
        id="u1", email="u1@contoso.com", display_name="User u1", given_name="Given",
        surname="Sur", department="Sales", job_title="Rep", location="Berlin", country="DE",
        company="Contoso", org_unit="", manager_id="boss", language_raw="de-AT",
        enabled=True, guest=False)
    assert employees[1].email == "u2@contoso.com"  # mail null -> UPN in a mail domain
    assert "its sign-in name u2@contoso.com is used" in str(employees[1].address_note)
    assert employees[1].manager_id == ""
    assert reader(h).provider is ProviderName.ENTRA


def test_mapping_nulls_guests_disabled_unicode() -> None:
    nulls = map_user({"id": "n", "displayName": None, "givenName": None, "surname": None,
                      "mail": None, "userPrincipalName": "room-4@contoso.com",
                      "department": None, "jobTitle": None, "officeLocation": None,
                      "country": None, "companyName": None, "preferredLanguage": None,
                      "accountEnabled": None, "userType": None})
    # No mailbox and no verified mail domains known: the UPN is not used as an address.
    assert nulls == Employee(id="n", email="", display_name="room-4@contoso.com", enabled=True,
                             address_note=nulls.address_note)
    assert str(nulls.address_note).startswith("has no mailbox (mail is empty), and its sign-in "
                                         "name room-4@contoso.com is not in a verified")
    guest = map_user(graph_user("g", mail=None, userType="Guest",
                                userPrincipalName="ann_fabrikam.com#EXT#@contoso.onmicrosoft.com"))
    assert guest.guest and guest.email == ""
    guest_mail = map_user(graph_user("g2", mail="ann@fabrikam.com", userType=None,
                                     userPrincipalName="ann_fab.com#EXT#@contoso.onmicrosoft.com"))
    assert guest_mail.guest and guest_mail.email == "ann@fabrikam.com"
    disabled = map_user(graph_user("d", accountEnabled=False))
    assert disabled.enabled is False
    names = map_user(graph_user("x", displayName=None, givenName="Jürgen", surname="Müller-Łukasz",
                                mail="jürgen@bücher.de", department="Vertrieb 東京"))
    assert names.display_name == "Jürgen Müller-Łukasz" and names.email == "jürgen@bücher.de"
    assert names.department == "Vertrieb 東京"
    with pytest.raises(ProviderError):
        map_users(["not a user"])


def test_mapping_keeps_every_user_in_order() -> None:
    """How fast: benchmarks/bench_micro.py (`graph_map_100k_ms`)."""
    users = [graph_user(f"u{i}") for i in range(10_000)]
    mapped = map_users(users)
    assert [e.id for e in mapped] == [f"u{i}" for i in range(10_000)]


def test_read_groups_kinds_and_transitive_members() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/groups", reply({"value": [
        {"id": "g1", "displayName": "All Staff", "mail": "all@contoso.com",
         "groupTypes": ["Unified"], "securityEnabled": False, "mailEnabled": True},
        {"id": "g2", "displayName": "Admins", "mail": None, "groupTypes": [],
         "securityEnabled": True, "mailEnabled": False},
        {"id": "g3", "displayName": "Newsletter", "mail": "news@contoso.com",
         "groupTypes": [], "securityEnabled": False, "mailEnabled": True},
    ]}))
    first_pages = {
        "g1": {"value": [{"@odata.type": USER_TYPE, "id": "u1"},
                         {"@odata.type": "#microsoft.graph.group", "id": "g2"}],
               "@odata.nextLink": f"{GRAPH}/v1.0/groups/g1/transitiveMembers?$skiptoken=p2"},
        "g2": {"value": [{"@odata.type": USER_TYPE, "id": "u2"}]},
        "g3": {"value": []},
    }
    batches: list[list[str]] = []

    def batch(request: httpx.Request) -> httpx.Response:
        items = json.loads(request.content)["requests"]
        batches.append([item["url"] for item in items])
        return reply({"responses": [
            {"id": item["id"], "status": 200,
             "body": first_pages[item["url"].split("/")[2]]} for item in items]})
    h.router.add("POST", "/v1.0/$batch", batch)
    h.router.add("GET", "/v1.0/groups/g1/transitiveMembers", reply(
        {"value": [{"@odata.type": USER_TYPE, "id": "u2"},
                   {"@odata.type": "#microsoft.graph.device", "id": "d1"}]}))
    progress: list = []
    groups = reader(h).read_groups(progress=progress.append)
    assert [(g.id, g.name, g.email, g.kind, g.member_ids) for g in groups] == [
        ("g1", "All Staff", "all@contoso.com", "microsoft365", frozenset({"u1", "u2"})),
        ("g2", "Admins", "", "security", frozenset({"u2"})),
        ("g3", "Newsletter", "news@contoso.com", "distribution", frozenset()),
    ]
    groups_query = h.router.requests[0].url.params
    assert groups_query["$select"] == "id,displayName,mail,groupTypes,securityEnabled,mailEnabled"
    # One $batch for the three first pages; only g1's second page is a request of its own.
    assert batches == [[f"/groups/g{i}/transitiveMembers?$select=id&$top=999"
                        for i in (1, 2, 3)]]
    assert h.router.paths() == ["/v1.0/groups", "/v1.0/$batch",
                                "/v1.0/groups/g1/transitiveMembers"]
    assert [(p.done, p.total) for p in progress if p.phase == "groups"][-1] == (3, 3)
    assert reader(h).read_org_units() == []


def test_delta_initial_round() -> None:
    h = Harness()
    delta = f"{GRAPH}/v1.0/users/delta?$deltatoken=D1"
    h.router.add("GET", "/v1.0/users/delta", [
        reply({"value": [graph_user("u1", manager=None,
                                    **{"manager@delta": [{"@odata.type": USER_TYPE, "id": "m"}]})],
               "@odata.nextLink": f"{GRAPH}/v1.0/users/delta?$skiptoken=S1"}),
        reply({"value": [graph_user("u2")], "@odata.deltaLink": delta}),
    ])
    changes = reader(h).read_employees_delta(None)
    assert h.router.requests[0].url.params["$select"] == USER_SELECT
    assert h.router.requests[0].url.params["$expand"] == "manager"
    assert [e.id for e in changes.changed] == ["u1", "u2"]
    assert changes.changed[0].manager_id == "m"
    assert changes.removed_ids == [] and changes.delta_link == delta


def batch_handler(records: dict[str, dict], throttle_once: set[str], seen: list[dict]):
    def handle(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        seen.append(body)
        assert len(body["requests"]) <= 20
        responses = []
        for item in body["requests"]:
            uid = item["url"].split("?")[0].rsplit("/", 1)[1]
            assert f"$select={USER_SELECT}" in item["url"] and item["method"] == "GET"
            if uid in throttle_once:
                throttle_once.discard(uid)
                responses.append({"id": item["id"], "status": 429, "headers": {"Retry-After": "7"},
                                  "body": {"error": {"code": "TooManyRequests", "message": "x"}}})
            elif uid in records:
                responses.append({"id": item["id"], "status": 200, "body": records[uid]})
            else:
                responses.append({"id": item["id"], "status": 404,
                                  "body": {"error": {"code": "Request_ResourceNotFound"}}})
        return reply({"responses": list(reversed(responses))})
    return handle


def test_delta_incremental_completes_partial_entries_via_batch() -> None:
    h = Harness()
    old_link = f"{GRAPH}/v1.0/users/delta?$deltatoken=D1"
    new_link = f"{GRAPH}/v1.0/users/delta?$deltatoken=D2"
    partial = [{"id": f"p{i}", "department": "New"} for i in range(25)]
    h.router.add("GET", "/v1.0/users/delta", [
        reply({"value": [*partial[:10], {"id": "gone", "@removed": {"reason": "deleted"}}],
               "@odata.nextLink": f"{GRAPH}/v1.0/users/delta?$skiptoken=S2"}),
        reply({"value": [*partial[10:], {"id": "vanished", "department": "X"},
                         {"id": "soft", "@removed": {"reason": "changed"}}],
               "@odata.deltaLink": new_link}),
    ])
    records = {f"p{i}": graph_user(f"p{i}", department="New") for i in range(25)}
    seen: list[dict] = []
    h.router.add("POST", "/v1.0/$batch", batch_handler(records, {"p3"}, seen))
    changes = reader(h).read_employees_delta(old_link)
    assert str(h.router.requests[0].url) == old_link
    assert sorted(e.id for e in changes.changed) == sorted(records)
    assert all(e.department == "New" and e.email.endswith("@contoso.com") for e in changes.changed)
    assert sorted(changes.removed_ids) == ["gone", "soft", "vanished"]
    assert changes.delta_link == new_link
    assert [len(b["requests"]) for b in seen] == [20, 1, 6]  # p3 retried on its own
    assert h.sleep.calls == [7.0]
    assert h.throttle_messages() == ["throttled by Microsoft Graph, retrying in 7 s"]


def test_delta_expired_propagates() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users/delta", graph_error(410, "syncStateNotFound"))
    with pytest.raises(DeltaExpired):
        reader(h).read_employees_delta(f"{GRAPH}/v1.0/users/delta?$deltatoken=old")


def test_current_account_and_global_admin() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/me", reply({"id": "me1", "displayName": "Admin",
                                           "userPrincipalName": "admin@contoso.com", "mail": None}))
    h.router.add("GET", "/v1.0/me/transitiveMemberOf", [
        reply({"value": [{"@odata.type": "#microsoft.graph.group", "id": "g1"}],
               "@odata.nextLink": f"{GRAPH}/v1.0/me/transitiveMemberOf?$skiptoken=2"}),
        reply({"value": [{"@odata.type": "#microsoft.graph.directoryRole", "id": "r1",
                          "roleTemplateId": "62e90394-69f5-4237-9190-012177145e10"}]}),
    ])
    assert reader(h).current_account() == ("me1", "admin@contoso.com")
    assert reader(h).is_global_admin() is True

    h = Harness()
    h.router.add("GET", "/v1.0/me/transitiveMemberOf", reply({"value": [
        {"@odata.type": "#microsoft.graph.directoryRole", "id": "r2",
         "roleTemplateId": "fe930be7-5e62-47db-91af-98c3a49a38b1"}]}))
    assert reader(h).is_global_admin() is False


def test_national_cloud_base() -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users", reply({"value": []}))
    GraphReader(h.http, "https://graph.microsoft.us/").read_employees()
    assert h.router.requests[0].url.host == "graph.microsoft.us"
