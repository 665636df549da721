"""The Google Directory API fake, driven with plain httpx (no provider code)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from idp_wizard.demo.transport import DemoBackend

D = "https://admin.googleapis.com/admin/directory/v1"


@pytest.fixture
def backend() -> DemoBackend:
    return DemoBackend(size=250, seed=2)


@pytest.fixture
def client(backend: DemoBackend) -> httpx.Client:
    return backend.client()


def pages(client: httpx.Client, url: str, **params: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    token = None
    while True:
        resp = client.get(url, params={**params, **({"pageToken": token} if token else {})})
        assert resp.status_code == 200, resp.text
        out.append(resp.json())
        token = out[-1].get("nextPageToken")
        if not token:
            return out


def all_users(client: httpx.Client, **params: str) -> list[dict[str, Any]]:
    got = pages(client, f"{D}/users", customer="my_customer", projection="full", **params)
    return [u for p in got for u in p.get("users", [])]


def test_users_paging_once_each_without_entra_only_accounts(backend: DemoBackend,
                                                            client: httpx.Client) -> None:
    users = all_users(client, maxResults="37")
    emails = [u["primaryEmail"] for u in users]
    expected = [p.google_email for p in backend.tenant.active() if p.in_google]
    assert emails == expected and len(set(emails)) == len(emails)
    assert not any("#EXT#" in e or e.startswith(("room-", "svc-")) for e in emails)
    ordered = [u["primaryEmail"] for u in all_users(client, maxResults="50", orderBy="email")]
    assert ordered == sorted(expected, key=str.lower)
    assert len(client.get(f"{D}/users", params={"customer": "my_customer", "maxResults": "900"})
               .json()["users"]) == len(expected)  # capped at 500, all fit
    assert client.get(f"{D}/users").status_code == 400  # customer is required


def test_user_shapes_and_traps(backend: DemoBackend, client: httpx.Client) -> None:
    users = {u["primaryEmail"]: u for u in all_users(client, maxResults="500")}
    admin = users[backend.tenant.admin_email]
    assert admin["isAdmin"] is True and admin["orgUnitPath"] == "/IT/DACH"
    assert admin["organizations"][0]["primary"] is True
    assert admin["organizations"][0]["department"] == "IT"
    assert admin["languages"][0] == {"languageCode": "de", "preference": "preferred"}
    assert admin["addresses"][0]["countryCode"] == "DE"
    assert not users[backend.tenant.non_admin_email]["isAdmin"]
    langs = [lang for u in users.values() for lang in u.get("languages", [])]
    assert {"customLanguage": "english"} in langs and {"customLanguage": "Klingon"} in langs
    assert any(lang.get("preference") == "not_preferred" for lang in langs)
    assert any(len(u["organizations"]) == 2 and not u["organizations"][1]["primary"]
               for u in users.values())
    assert any(u["suspended"] for u in users.values())
    assert any(u["archived"] for u in users.values())
    assert any("languages" not in u for u in users.values())
    assert any(r["type"] == "manager" for u in users.values() for r in u.get("relations", []))
    assert any(u["name"].get("fullName") == "Zoë Müller-Lüdenscheidt" for u in users.values())


def test_fields_mask_selects_top_level(client: httpx.Client) -> None:
    params = {"customer": "my_customer", "maxResults": "10"}
    masked = client.get(f"{D}/users", params={**params, "fields": "users(id,primaryEmail)"}).json()
    assert set(masked) == {"users"}  # no nextPageToken unless the mask asks for it
    assert set(masked["users"][0]) == {"id", "primaryEmail"}
    with_token = client.get(f"{D}/users", params={
        **params, "fields": "nextPageToken,users(id,name/fullName)"}).json()
    assert "nextPageToken" in with_token


def test_get_user_and_not_found(backend: DemoBackend, client: httpx.Client) -> None:
    t = backend.tenant
    assert client.get(f"{D}/users/{t.admin_email.upper()}").json()["isAdmin"] is True
    assert client.get(f"{D}/users/{t.google_admin_id}").json()["primaryEmail"] == t.admin_email
    missing = client.get(f"{D}/users/nobody@contoso.example")
    err = missing.json()["error"]
    assert missing.status_code == 404 and err["errors"][0]["reason"] == "notFound"
    assert err["message"] == "Resource Not Found: userKey"
    guest = next(p for p in t.persons if p.guest)
    assert client.get(f"{D}/users/{guest.upn}").status_code == 404


def test_groups_and_derived_membership(backend: DemoBackend, client: httpx.Client) -> None:
    t = backend.tenant
    groups = [g for p in pages(client, f"{D}/groups", customer="my_customer", maxResults="500")
              for g in p["groups"]]
    assert len(groups) == len(t.groups) and len(pages(client, f"{D}/groups",
                                                      customer="my_customer")) == 1
    assert all(isinstance(g["directMembersCount"], str) for g in groups)
    dach = next(g for g in groups if g["name"] == "All Staff DACH")
    derived = [m for p in pages(client, f"{D}/groups/{dach['email']}/members",
                                includeDerivedMembership="true", maxResults="30")
               for m in p.get("members", [])]
    berlin = t.groups[t.group_index["Office Berlin"]]
    user_emails = {m["email"] for m in derived if m["type"] == "USER"}
    assert {t.persons[k].upn for k in berlin.members} <= user_emails
    assert "office-berlin@contoso.example" in {m["email"] for m in derived if m["type"] == "GROUP"}
    direct = client.get(f"{D}/groups/{dach['id']}/members").json()["members"]
    assert {m["type"] for m in direct} == {"GROUP"} and dach["directMembersCount"] == "5"
    assert client.get(f"{D}/groups/nope@contoso.example/members").status_code == 404


def test_org_units(backend: DemoBackend, client: httpx.Client) -> None:
    units = client.get(f"{D}/customer/my_customer/orgunits", params={"type": "all"}).json()
    by_path = {u["orgUnitPath"]: u for u in units["organizationUnits"]}
    assert "/" not in by_path and set(by_path) == set(backend.tenant.org_unit_paths())
    berlin = by_path["/Sales/DACH/Berlin"]
    assert berlin["parentOrgUnitPath"] == "/Sales/DACH"
    assert berlin["parentOrgUnitId"] == by_path["/Sales/DACH"]["orgUnitId"]
    assert by_path["/Sales"]["parentOrgUnitPath"] == "/"
    top = client.get(f"{D}/customer/my_customer/orgunits").json()["organizationUnits"]
    assert all(u["parentOrgUnitPath"] == "/" for u in top)


def test_auth_and_non_admin(backend: DemoBackend) -> None:
    for token in (None, "wrong"):
        resp = backend.client(token=token).get(f"{D}/users/{backend.tenant.admin_email}")
        assert resp.status_code == 401 and resp.json()["error"]["status"] == "UNAUTHENTICATED"
    backend.directory.valid_tokens.add("user-token")
    backend.directory.token_users["user-token"] = backend.tenant.non_admin_email
    plain = backend.client(token="user-token")
    assert plain.get(f"{D}/users/{backend.tenant.non_admin_email}").json()["isAdmin"] is False
    denied = plain.get(f"{D}/users", params={"customer": "my_customer"})
    assert denied.status_code == 403
    assert denied.json()["error"]["errors"][0]["reason"] == "forbidden"


def test_fault_switches(backend: DemoBackend, client: httpx.Client) -> None:
    f, url = backend.faults, f"{D}/users/{backend.tenant.admin_email}"
    f.throttle = 1
    resp = client.get(url)
    err = resp.json()["error"]
    assert (resp.status_code, err["status"], err["errors"][0]["reason"]) == (
        429, "RESOURCE_EXHAUSTED", "rateLimitExceeded")
    f.google_rate_limit_403 = 1
    resp = client.get(url)
    assert resp.status_code == 403
    assert resp.json()["error"]["errors"][0]["reason"] == "userRateLimitExceeded"
    f.server_errors = 1
    assert client.get(url).status_code == 503 and client.get(url).status_code == 200
    f.fail_page_once = 1
    params = {"customer": "my_customer", "maxResults": "10"}
    assert client.get(f"{D}/users", params=params).status_code == 500
    assert client.get(f"{D}/users", params=params).status_code == 200
    f.malformed_page = 1
    with pytest.raises(ValueError):
        client.get(f"{D}/users", params=params).json()
    f.malformed_page, f.revoke_after = None, 0
    revoked = client.get(url).json()["error"]
    assert revoked["code"] == 401 and revoked["errors"][0]["reason"] == "authError"
    f.revoke_after = None
    f.timeouts = 1
    with pytest.raises(httpx.ReadTimeout):
        client.get(url)
    assert client.get(url).status_code == 200


def test_churn_visible_to_running_backend(backend: DemoBackend, client: httpx.Client) -> None:
    before = {u["primaryEmail"] for u in all_users(client, maxResults="500")}
    backend.set_churn_steps(4)
    after = {u["primaryEmail"] for u in all_users(client, maxResults="500")}
    changes = backend.tenant.changes_between(0, 4)
    joined = {backend.tenant.persons[k].upn for k, c in changes.items() if c == "added"}
    left = {backend.tenant.persons[k].upn for k, c in changes.items() if c == "removed"}
    assert after == (before | joined) - left and joined and left
