"""The Microsoft Graph fake, driven with plain httpx (no provider code)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from idp_wizard.demo.graph_fake import GLOBAL_ADMIN_TEMPLATE_ID
from idp_wizard.demo.transport import DemoBackend

G = "https://graph.microsoft.com/v1.0"


@pytest.fixture
def backend() -> DemoBackend:
    return DemoBackend(size=250, seed=1)


@pytest.fixture
def client(backend: DemoBackend) -> httpx.Client:
    return backend.client()


def follow(client: httpx.Client, url: str, link: str = "@odata.nextLink") -> list[dict[str, Any]]:
    pages = []
    next_url: str | None = url
    while next_url:
        resp = client.get(next_url)
        assert resp.status_code == 200, resp.text
        pages.append(resp.json())
        next_url = pages[-1].get(link)
    return pages


def test_paging_yields_every_user_exactly_once(backend: DemoBackend, client: httpx.Client) -> None:
    pages = follow(client, f"{G}/users?$top=40&$select=displayName")
    ids = [u["id"] for p in pages for u in p["value"]]
    assert len(ids) == len(set(ids)) == 250
    assert all(len(p["value"]) <= 40 for p in pages) and len(pages) == 7
    assert "$skiptoken=" in pages[0]["@odata.nextLink"]
    big = client.get(f"{G}/users?$top=5000").json()  # capped at 999
    assert len(big["value"]) == 250 and "@odata.nextLink" not in big
    assert follow(DemoBackend(250, seed=1).client(), f"{G}/users?$top=99") == follow(
        client, f"{G}/users?$top=99")


def test_select_expand_and_nulls(backend: DemoBackend, client: httpx.Client) -> None:
    body = client.get(f"{G}/users", params={"$select": "displayName,mail,preferredLanguage",
                                            "$expand": "manager($select=id)", "$top": "999"}).json()
    users = body["value"]
    assert all(set(u) - {"manager"} == {"id", "displayName", "mail", "preferredLanguage"}
               for u in users)
    assert any(u["mail"] is None for u in users)
    assert any(u["preferredLanguage"] is None for u in users)
    with_manager = [u for u in users if "manager" in u]
    assert with_manager and with_manager[0]["manager"]["@odata.type"] == "#microsoft.graph.user"
    assert users[0]["id"] == backend.tenant.entra_admin_id and "manager" not in users[0]
    guests = [u for u in client.get(f"{G}/users?$select=userType,userPrincipalName&$top=999")
              .json()["value"] if u["userType"] == "Guest"]
    assert guests and all("#EXT#" in g["userPrincipalName"] for g in guests)
    bad = client.get(f"{G}/users?$select=displayName,nonsense")
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "BadRequest"
    assert client.get(f"{G}/users?$filter=accountEnabled eq true").status_code == 400


def test_single_user_and_not_found(backend: DemoBackend, client: httpx.Client) -> None:
    uid = backend.tenant.entra_id(5)
    user = client.get(f"{G}/users/{uid}?$select=displayName").json()
    assert user["displayName"] == "王秀英" and user["id"] == uid
    by_upn = client.get(f"{G}/users/{backend.tenant.non_admin_email}").json()
    assert by_upn["displayName"] == "Paul Plain"
    missing = client.get(f"{G}/users/00000000-0000-0000-0000-000000000000")
    assert missing.status_code == 404
    err = missing.json()["error"]
    assert err["code"] == "Request_ResourceNotFound" and {"date", "request-id"} <= set(
        err["innerError"])


def test_delta_round_then_changes(backend: DemoBackend, client: httpx.Client) -> None:
    pages = follow(client, f"{G}/users/delta?$select=displayName,department,jobTitle,mail")
    assert "@odata.deltaLink" in pages[-1] and all("@odata.deltaLink" not in p for p in pages[:-1])
    first = [u["id"] for p in pages for u in p["value"]]
    assert len(first) == len(set(first)) == 250
    link = pages[-1]["@odata.deltaLink"]
    assert follow(client, link, "@odata.nextLink")[0]["value"] == []  # nothing changed yet
    backend.set_churn_steps(2)
    t = backend.tenant
    changes = t.changes_between(0, 2)
    result = follow(client, link)
    rows = {u["id"]: u for p in result for u in p["value"]}
    assert set(rows) == {t.entra_id(k) for k in changes}
    for key, change in changes.items():
        row = rows[t.entra_id(key)]
        if change == "removed":
            assert row["@removed"]["reason"] in ("changed", "deleted") and len(row) == 2
        elif change == "changed":
            assert set(row) == {"id", "department", "jobTitle"}  # partial, as Graph sends
        else:
            assert set(row) == {"id", "displayName", "department", "jobTitle", "mail"}
    new_link = result[-1]["@odata.deltaLink"]
    assert new_link != link
    assert follow(client, new_link)[-1]["value"] == []


def test_delta_expired_and_garbled(backend: DemoBackend, client: httpx.Client) -> None:
    link = follow(client, f"{G}/users/delta?$select=displayName")[-1]["@odata.deltaLink"]
    backend.faults.delta_expired = True
    resp = client.get(link)
    assert resp.status_code == 410 and resp.json()["error"]["code"] == "syncStateNotFound"
    backend.faults.delta_expired_code = "resyncRequired"
    assert client.get(link).json()["error"]["code"] == "resyncRequired"
    assert client.get(f"{G}/users/delta").status_code == 200  # a fresh round still works
    backend.faults.delta_expired = False
    assert client.get(f"{G}/users/delta?$deltatoken=garbage!!").status_code == 400


def test_groups_and_transitive_members(backend: DemoBackend, client: httpx.Client) -> None:
    t = backend.tenant
    groups = [g for p in follow(client, f"{G}/groups?$top=10") for g in p["value"]]
    assert len(groups) == len(t.groups)
    by_name = {g["displayName"]: g for g in groups}
    assert by_name["All Sales"]["groupTypes"] == ["Unified"]
    assert by_name["All Staff DACH"]["securityEnabled"]
    assert by_name["All Staff DACH"]["mail"] is None
    dach = by_name["All Staff DACH"]["id"]
    members = [m for p in follow(client, f"{G}/groups/{dach}/transitiveMembers?$select=id&$top=25")
               for m in p["value"]]
    users = {m["id"] for m in members if m["@odata.type"] == "#microsoft.graph.user"}
    nested = {m["id"] for m in members if m["@odata.type"] == "#microsoft.graph.group"}
    assert by_name["Office Berlin"]["id"] in nested
    berlin = t.groups[t.group_index["Office Berlin"]]
    assert {t.entra_id(k) for k in berlin.members} <= users
    direct = client.get(f"{G}/groups/{dach}/members?$top=999").json()["value"]
    assert all(m["@odata.type"] == "#microsoft.graph.group" for m in direct)


def test_me_and_global_admin_role(backend: DemoBackend, client: httpx.Client) -> None:
    me = client.get(f"{G}/me?$select=id,displayName,userPrincipalName,mail").json()
    assert me["userPrincipalName"] == backend.tenant.admin_email
    roles = [e for e in client.get(f"{G}/me/transitiveMemberOf").json()["value"]
             if e["@odata.type"] == "#microsoft.graph.directoryRole"]
    assert roles[0]["roleTemplateId"] == GLOBAL_ADMIN_TEMPLATE_ID
    backend.graph.valid_tokens.add("user-token")
    backend.graph.token_users["user-token"] = backend.tenant.entra_non_admin_id
    plain = backend.client(token="user-token")
    entries = plain.get(f"{G}/me/transitiveMemberOf").json()["value"]
    assert entries and all(e["@odata.type"] == "#microsoft.graph.group" for e in entries)


def test_batch(backend: DemoBackend, client: httpx.Client) -> None:
    t = backend.tenant
    reqs = [{"id": str(i), "method": "GET", "url": f"/users/{t.entra_id(i)}?$select=displayName"}
            for i in range(3)] + [{"id": "x", "method": "GET", "url": "/users/missing"}]
    out = client.post(f"{G}/$batch", json={"requests": reqs}).json()["responses"]
    assert [r["status"] for r in out] == [200, 200, 200, 404]
    assert out[0]["body"]["displayName"] == "Ada Admin"
    too_many = [{"id": str(i), "method": "GET", "url": "/me"} for i in range(21)]
    assert client.post(f"{G}/$batch", json={"requests": too_many}).status_code == 400


def test_auth_rejected(backend: DemoBackend) -> None:
    for token in (None, "wrong"):
        resp = backend.client(token=token).get(f"{G}/users")
        assert resp.status_code == 401
        assert resp.json()["error"]["code"] == "InvalidAuthenticationToken"


def test_national_cloud_hosts_and_unknown_host_refused(backend: DemoBackend) -> None:
    client = backend.client()
    body = client.get("https://graph.microsoft.us/v1.0/users?$top=10").json()
    assert body["@odata.nextLink"].startswith("https://graph.microsoft.us/")
    assert client.get("https://microsoftgraph.chinacloudapi.cn/v1.0/me").status_code == 200
    for url in ("https://example.com/", "http://graph.microsoft.com/v1.0/users"):
        with pytest.raises(httpx.ConnectError):
            client.get(url)


def test_fault_switches(backend: DemoBackend, client: httpx.Client) -> None:
    f = backend.faults
    f.throttle = 2
    first, second = client.get(f"{G}/me"), client.get(f"{G}/me")
    assert (first.status_code, first.headers["Retry-After"]) == (429, "1")
    assert second.status_code == 429 and client.get(f"{G}/me").status_code == 200
    f.throttle, f.throttle_retry_after = 1, None
    assert "Retry-After" not in client.get(f"{G}/me").headers
    f.server_errors, f.server_error_status = 1, 500
    assert client.get(f"{G}/me").status_code == 500
    f.timeouts = 1
    with pytest.raises(httpx.ReadTimeout):
        client.get(f"{G}/me")
    f.malformed_page = 2
    page1 = client.get(f"{G}/users?$top=100").json()
    for _ in range(2):
        with pytest.raises(json.JSONDecodeError):
            client.get(page1["@odata.nextLink"]).json()
    f.malformed_page, f.fail_page_once = None, 2
    assert client.get(page1["@odata.nextLink"]).status_code == 500
    assert client.get(page1["@odata.nextLink"]).status_code == 200
    f.revoke_after = 1
    assert client.get(f"{G}/me").status_code == 200
    revoked = client.get(f"{G}/me")
    assert revoked.status_code == 401
    assert revoked.json()["error"]["message"] == "Access token has expired or is not yet valid."
    assert f.requests == len(f.log) and f.log[-1] == f"{G}/me"
