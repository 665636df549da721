"""Google Workspace as a real tenant answers (issue 12, items 1-4): guests, managers as
ids, the display name, and the fields real responses carry. The reader runs against
the demo Directory fake, which answers like Google (tests/demo checks the fake)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.options import account_counts
from idp_wizard.core.records import Directory, Employee
from idp_wizard.demo.directory_render import alias
from idp_wizard.demo.transport import DemoBackend
from idp_wizard.providers.google_directory import GoogleDirectoryReader, make_google_http
from idp_wizard.providers.google_mapping import USER_FIELDS, map_user
from idp_wizard.providers.http import make_client
from idp_wizard.providers.tokens import StaticTokenSource

D = "https://admin.googleapis.com/admin/directory/v1"


def read(backend: DemoBackend) -> list[Employee]:
    http = make_google_http(make_client(backend.transport()),
                            StaticTokenSource("demo-access-token"))
    reader = GoogleDirectoryReader(http)
    try:
        return reader.read_employees()
    finally:
        reader.close()


@pytest.fixture(scope="module")
def backend() -> DemoBackend:
    return DemoBackend(size=300, seed=4)


@pytest.fixture(scope="module")
def employees(backend: DemoBackend) -> list[Employee]:
    return read(backend)


def test_guests_are_read_as_guests_and_counted_like_entra_guests(
        backend: DemoBackend, employees: list[Employee]) -> None:
    t = backend.tenant
    guests = [p for p in t.active() if p.guest]
    assert len(guests) >= 3
    by_id = {e.id: e for e in employees}
    for p in guests:
        e = by_id[t.google_id(p.key)]
        assert (e.guest, e.email) == (True, p.mail)  # the address they were invited with
    assert sum(e.guest for e in employees) == len(guests)
    session = FilterSession(Directory(employees))
    assert account_counts(session.index)["guests"] == len(guests)
    default = session.count(FilterSpec.default())
    with_guests = session.count(FilterSpec(include_guests=True))
    assert with_guests - default == sum(1 for p in guests if p.enabled)
    shared = session.matching(FilterSpec.default())
    assert not any(e.guest for e in shared)


def test_managers_are_directory_ids_like_entra(backend: DemoBackend,
                                               employees: list[Employee]) -> None:
    t = backend.tenant
    by_id = {e.id: e for e in employees}
    via_alias = via_case = external = 0
    for p in t.active():
        if not p.in_google:
            continue
        e = by_id[t.google_id(p.key)]
        if p.manager < 0 or t.persons[p.manager].removed:
            assert e.manager_id == ""
        elif p.key % 97 == 5:  # the relation names someone outside the directory
            external += 1
            assert e.manager_id == ""
        else:
            assert e.manager_id == t.google_id(p.manager)
            via_alias += p.key % 4 == 1 and alias(t.persons[p.manager]) is not None
            via_case += p.key % 4 == 3
    assert via_alias >= 3 and via_case >= 10 and external >= 1
    assert {e.manager_id for e in employees} - {""} <= set(by_id)


def test_display_name_prefers_name_display_name(employees: list[Employee]) -> None:
    wang = next(e for e in employees if e.surname == "王")
    assert (wang.given_name, wang.display_name) == ("秀英", "王秀英")  # fullName: "秀英 王"
    user = {"id": "1", "primaryEmail": "a@x.example",
            "name": {"givenName": "Ann", "familyName": "Lee", "fullName": "Ann Lee"}}
    assert map_user(user).display_name == "Ann Lee"
    user["name"] = {**user["name"], "displayName": "Dr. Ann Lee"}  # type: ignore[dict-item]
    assert map_user(user).display_name == "Dr. Ann Lee"


def test_real_google_fields_do_not_upset_the_reader(backend: DemoBackend,
                                                    employees: list[Employee]) -> None:
    client = backend.client()
    full = client.get(f"{D}/users", params={"customer": "my_customer", "maxResults": "500",
                                            "projection": "full"}).json()["users"]
    extras = ("etag", "aliases", "isEnrolledIn2Sv", "lastLoginTime", "thumbnailPhotoUrl")
    for field in extras:
        assert sum(field in u for u in full) >= 5, field
    # Mapped from the unmasked answer, every user is what the masked read gave (the
    # manager aside: the reader resolves its address once every user is known).
    assert [replace(map_user(u), manager_id="") for u in full] == [
        replace(e, manager_id="") for e in employees]
    groups = client.get(f"{D}/groups", params={"customer": "my_customer"}).json()["groups"]
    members = client.get(f"{D}/groups/{groups[0]['id']}/members").json()["members"]
    units = client.get(f"{D}/customer/my_customer/orgunits",
                       params={"type": "all"}).json()["organizationUnits"]
    assert all(x["etag"].startswith('"') for x in (*groups, *members, *units))
    # The reader's fields mask names only real User fields: Google refuses others.
    assert client.get(f"{D}/users", params={"customer": "my_customer",
                                            "fields": USER_FIELDS}).status_code == 200
    bad = client.get(f"{D}/users", params={"customer": "my_customer",
                                           "fields": "users(id,isGuest)"})
    assert bad.status_code == 400
    assert bad.json()["error"]["errors"][0]["reason"] == "invalidParameter"
