"""Microsoft Graph as a real tenant answers (issue 12, items 5-8): 100-object pages
with $expand, accounts that are no people, users without a mailbox, and links that
must stay on the connection's Graph host. The demo Graph fake answers like Graph."""

from __future__ import annotations

import re

import pytest

from idp_wizard.compose import open_app
from idp_wizard.core.errors import ProviderError
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.options import account_counts
from idp_wizard.core.records import Directory, Employee, ProviderName
from idp_wizard.core.runs import list_runs
from idp_wizard.demo.graph_fake import ALL_PERMISSIONS
from idp_wizard.demo.orgdata import ROOM
from idp_wizard.demo.transport import DemoBackend
from idp_wizard.paths import ProfilePaths
from idp_wizard.providers.graph import GraphReader, make_graph_http
from idp_wizard.providers.http import make_client
from idp_wizard.providers.tokens import StaticTokenSource
from tests.flows import sign_in

from .helpers import GRAPH, Harness, reply

G = "https://graph.microsoft.com/v1.0"
TOKEN = "demo-access-token"


def reader(backend: DemoBackend, managers: bool = True, token: str = TOKEN) -> GraphReader:
    http = make_graph_http(make_client(backend.transport()), StaticTokenSource(token))
    return GraphReader(http, managers=managers)


def requests_to(backend: DemoBackend, path: str) -> int:
    return sum(1 for url in backend.faults.log if url.split("?")[0] == f"{G}/{path}")


# -- item 5: $expand pages hold at most 100 objects ---------------------------------------

def test_the_fake_caps_expanded_pages_at_100_like_graph() -> None:
    client = DemoBackend(size=250).client()
    expanded = client.get(f"{G}/users", params={"$expand": "manager($select=id)",
                                                "$top": "999"}).json()
    plain = client.get(f"{G}/users", params={"$top": "999"}).json()
    assert (len(expanded["value"]), len(plain["value"])) == (100, 250)
    assert "@odata.nextLink" in expanded and "@odata.nextLink" not in plain
    client.headers["Prefer"] = "odata.maxpagesize=999"
    delta = client.get(f"{G}/users/delta", params={"$expand": "manager"}).json()
    assert len(delta["value"]) == 100
    assert len(client.get(f"{G}/users/delta").json()["value"]) == 250


@pytest.mark.parametrize(("managers", "pages"), [(True, 3), (False, 1)])
def test_managers_cost_pages_so_they_are_read_only_when_synced(managers: bool,
                                                                 pages: int) -> None:
    backend = DemoBackend(size=250)
    graph = reader(backend, managers=managers)
    employees = graph.read_employees()
    delta = graph.read_employees_delta(None)
    assert requests_to(backend, "users") == pages
    assert requests_to(backend, "users/delta") == pages
    assert len(employees) == len(delta.changed) == 250
    with_manager = sum(bool(e.manager_id) for e in employees)
    assert (with_manager > 200) if managers else with_manager == 0


def test_app_reads_managers_only_with_the_organisation_data(tmp_path: object) -> None:
    for synced, expand in ((None, True), (["profile", "email", "location"], False)):
        app = open_app(ProfilePaths(tmp_path / str(expand), demo=True), demo_size=250)  # type: ignore[operator]
        try:
            conn = sign_in(app, ProviderName.ENTRA)
            if synced is not None:
                conn.settings["synced_data"] = synced
            app.commit_connection(conn, FilterSpec.default())
            assert app.sync_service().run().status == "succeeded"
            log = app.demo.backend().faults.log
            assert any("expand" in url for url in log) is expand
            assert requests_to(app.demo.backend(), "users/delta") == (3 if expand else 1)
        finally:
            app.close()


# -- item 6: rooms, shared and resource mailboxes --------------------------------------

def _session(backend: DemoBackend, token: str = TOKEN) -> tuple[FilterSession, list[Employee]]:
    employees = reader(backend, token=token).read_employees()
    return FilterSession(Directory(employees)), employees


def test_only_licensed_leaves_out_unlicensed_accounts_and_listed_rooms() -> None:
    backend = DemoBackend(size=300)
    t = backend.tenant
    session, employees = _session(backend)
    not_people = {t.entra_id(p.key) for p in t.active() if not p.licensed or p.kind == ROOM}
    assert {e.id for e in employees if e.resource} == {
        t.entra_id(p.key) for p in t.active() if p.kind == ROOM}
    assert account_counts(session.index)["unlicensed"] == len(not_people)
    everyone = {e.id for e in session.matching(FilterSpec.default())}
    licensed = {e.id for e in session.matching(FilterSpec(only_licensed=True))}
    assert licensed == everyone - not_people
    assert len(everyone & not_people) >= 3  # enabled shared mailbox, Teams room, ...
    teams_room = t.entra_id(22)  # enabled and licensed, known as a room by Graph
    assert teams_room in everyone and teams_room not in licensed


def test_without_place_read_all_rooms_count_by_license_only() -> None:
    backend = DemoBackend(size=300)
    t = backend.tenant
    backend.graph.valid_tokens.add("no-places")
    backend.graph.token_scopes["no-places"] = ALL_PERMISSIONS - {"Place.Read.All"}
    session, employees = _session(backend, "no-places")
    assert not any(e.resource for e in employees)
    unlicensed = {t.entra_id(p.key) for p in t.active() if not p.licensed}
    assert account_counts(session.index)["unlicensed"] == len(unlicensed)
    assert t.entra_id(22) in {e.id for e in session.matching(FilterSpec(only_licensed=True))}
    assert any(url.endswith("/places/microsoft.graph.room?%24select=emailAddress")
               for url in backend.faults.log)  # asked once, refused with 403, carried on


# -- item 7: users without a mailbox -----------------------------------------------------

def test_null_mail_uses_the_upn_only_in_a_verified_mail_domain(tmp_path: object) -> None:
    app = open_app(ProfilePaths(tmp_path, demo=True), demo_size=60)  # type: ignore[arg-type]
    try:
        app.commit_connection(sign_in(app, ProviderName.ENTRA), FilterSpec.default())
        outcome = app.sync_service().run()
        t = app.demo.backend().tenant
        problems = {p["employee_id"]: p for p in list_runs(app.store)[0].problems}
    finally:
        app.close()
    assert outcome.status == "succeeded"
    fallback = problems[t.entra_id(10)]
    assert fallback["action"] == "warning"
    assert fallback["reason"] == (
        f"has no mailbox (mail is empty); its sign-in name {t.persons[10].upn} is used as "
        "its address (contoso.example is a verified e-mail domain of the tenant)")
    for key in (20, 21):  # the initial *.onmicrosoft domain; a domain never verified
        skipped = problems[t.entra_id(key)]
        assert skipped["action"] == "skipped"
        assert skipped["reason"].startswith(
            f"has no mailbox (mail is empty), and its sign-in name {t.persons[key].upn} is "
            "not in a verified e-mail domain of the tenant; give it a mailbox")
    service = problems[t.entra_id(11)]
    assert (service["action"], service["who"]) == ("skipped", "Backup Service")
    assert "sign-in name svc-backup is no e-mail address" in service["reason"]


def test_null_mail_is_skipped_when_the_domains_cannot_be_read() -> None:
    backend = DemoBackend(size=40)
    t = backend.tenant
    backend.graph.valid_tokens.add("no-user-read")
    backend.graph.token_scopes["no-user-read"] = frozenset({"User.Read.All"})
    employees = {e.id: e for e in reader(backend, token="no-user-read").read_employees()}
    e = employees[t.entra_id(10)]
    assert e.email == "" and "verified domains could not be read" in str(e.address_note)
    assert "(User.Read)" in str(e.address_note)


# -- item 8: links stay on the connection's Graph host ------------------------------------

@pytest.mark.parametrize("link", [
    "https://evil.example/v1.0/users?$skiptoken=x",
    "http://graph.microsoft.com/v1.0/users?$skiptoken=x",  # not https
    "https://graph.microsoft.us/v1.0/users?$skiptoken=x",  # another cloud's host
    "https://graph.microsoft.com@evil.example/v1.0/users",  # userinfo trick
    "https://graph.microsoft.com:8443/v1.0/users?$skiptoken=x",
])
def test_next_links_elsewhere_are_refused_and_get_no_token(link: str) -> None:
    h = Harness()
    h.router.add("GET", "/v1.0/users", reply({"value": [], "@odata.nextLink": link}))
    with pytest.raises(ProviderError) as info:
        GraphReader(h.http, managers=False).read_employees()
    assert info.value.code == "foreign_link"
    assert "did not follow it and sent no sign-in there" in str(info.value)
    assert [r.url.host for r in h.router.requests] == ["graph.microsoft.com"]
    assert all(r.url.port is None for r in h.router.requests)


def test_a_stored_delta_link_elsewhere_is_refused_before_any_request() -> None:
    h = Harness()
    us = GraphReader(h.http, "https://graph.microsoft.us")
    for link in (f"{GRAPH}/v1.0/users/delta?$deltatoken=d", "https://evil.example/delta"):
        with pytest.raises(ProviderError, match=re.escape("is not https://graph.microsoft.us")):
            us.read_employees_delta(link)
    assert h.router.requests == [] and h.tokens.refreshes == 0


def test_links_on_the_own_host_are_followed() -> None:
    backend = DemoBackend(size=250)
    client = make_client(backend.transport())
    us = GraphReader(make_graph_http(client, StaticTokenSource(TOKEN)),
                     "https://graph.microsoft.us")
    assert len(us.read_employees()) == 250
    assert {url.split("/")[2] for url in backend.faults.log} == {"graph.microsoft.us"}


def test_group_members_come_twenty_groups_a_request() -> None:
    backend = DemoBackend(size=1200)
    t = backend.tenant
    groups = {g.id: g for g in reader(backend).read_groups()}
    assert len(groups) == len(t.groups) == 36
    for index in range(len(t.groups)):
        expected = {t.entra_id(k) for k in t.transitive_members(index)}
        assert groups[t.entra_group_id(index)].member_ids == expected
    batches = requests_to(backend, "$batch")
    big = sum(1 for i in range(len(t.groups)) if len(t.transitive_members(i)) +
              len(t.nested_groups(i)) > 999)  # more than one page of members
    assert big >= 1 and batches == 2  # 36 groups: 20 + 16
    assert sum("/transitiveMembers" in url for url in backend.faults.log) == big


def test_each_batch_of_member_pages_is_read_before_the_next_batch() -> None:
    """Each answer becomes its member set as it arrives (graph_batch.batch_map): a big
    group's further pages are read right after its $batch, so no batch's bodies are
    kept for the whole read (~570,000 objects at 100,000 employees)."""
    backend = DemoBackend(size=3000)  # 3 batches; groups 24, 25 and 28 are big
    reader(backend).read_groups()
    t = backend.tenant
    log = [url for url in backend.faults.log if "$batch" in url or "/transitiveMembers" in url]
    batches = [i for i, url in enumerate(log) if "$batch" in url]
    assert len(batches) == 3
    checked = 0
    for index in range(len(t.groups)):
        if len(t.transitive_members(index)) + len(t.nested_groups(index)) > 999:
            at = next(i for i, url in enumerate(log) if t.entra_group_id(index) in url)
            batch = index // 20  # groups are listed (and batched) in index order
            assert batches[batch] < at < [*batches, len(log)][batch + 1], index
            checked += 1
    assert checked == 3
