"""GoogleDirectoryReader against small Directory API fakes serving the real API shapes."""

from __future__ import annotations

import pytest

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.records import Employee, OrgUnit, ProviderName
from idp_wizard.providers.google_directory import GoogleDirectoryReader
from idp_wizard.providers.google_mapping import (
    USER_FIELDS,
    map_user,
    map_users,
    resolve_managers,
)

from .helpers import Harness, reply

P = "/admin/directory/v1"


def google_user(uid: str, **overrides: object) -> dict[str, object]:
    user: dict[str, object] = {
        "kind": "admin#directory#user", "id": uid, "primaryEmail": f"{uid}@example.com",
        "name": {"givenName": "Anna", "familyName": "Berg", "fullName": "Anna Berg"},
        "isAdmin": False, "suspended": False, "archived": False, "orgUnitPath": "/Sales/Berlin",
        "organizations": [
            {"name": "Old Co", "title": "Intern", "department": "HR", "primary": False},
            {"name": "Example GmbH", "title": "Rep", "department": "Sales",
             "location": "Berlin HQ", "primary": True, "customType": ""},
        ],
        "languages": [{"customLanguage": "Klingon", "preference": "preferred"},
                      {"languageCode": "en", "preference": "not_preferred"},
                      {"languageCode": "de-AT", "preference": "preferred"}],
        "relations": [{"value": "peer@example.com", "type": "assistant"},
                      {"value": "boss@example.com", "type": "manager"}],
        "addresses": [{"type": "home", "country": "Austria", "countryCode": "AT"},
                      {"type": "work", "countryCode": "DE"}],
        "locations": [{"type": "desk", "area": "desk", "buildingId": "B7"}],
    }
    user.update(overrides)
    return user


def test_read_employees_params_paging_and_mapping() -> None:
    h = Harness(google=True)
    h.router.add("GET", f"{P}/users", [
        reply({"users": [google_user("u1")], "nextPageToken": "next"}),
        # The manager relation names an alias of a user on a later page, in other case.
        reply({"users": [google_user("b1", primaryEmail="b.one@example.com",
                                     aliases=["Boss@Example.com"], relations=[])],
               "nextPageToken": "last"}),
        reply({}),  # a last page with no users omits the key
    ])
    employees = GoogleDirectoryReader(h.http).read_employees()
    params = [dict(r.url.params) for r in h.router.requests]
    assert params[0] == {"customer": "my_customer", "maxResults": "500", "projection": "full",
                         "fields": USER_FIELDS}
    assert params[1]["pageToken"] == "next"
    assert employees[0] == Employee(
        id="u1", email="u1@example.com", display_name="Anna Berg", given_name="Anna",
        surname="Berg", department="Sales", job_title="Rep", location="Berlin HQ", country="DE",
        company="Example GmbH", org_unit="/Sales/Berlin", manager_id="b1",
        language_raw="de-AT", enabled=True, guest=False)
    assert [e.id for e in employees] == ["u1", "b1"] and employees[1].manager_id == ""
    assert GoogleDirectoryReader(h.http).provider is ProviderName.GOOGLE


def test_mapping_fallbacks_and_minimal_user() -> None:
    minimal = map_user({"id": "m", "primaryEmail": "m@example.com"})
    assert minimal == Employee(id="m", email="m@example.com", display_name="m@example.com")
    fallback = map_user(google_user(
        "f", name={"givenName": "Zoë", "familyName": "Ødegård"},
        organizations=[{"department": "Ops", "title": "Lead", "name": "株式会社"}],
        addresses=[{"type": "home", "country": "Norway"}],
        languages=[{"languageCode": "nb", "preference": "not_preferred"}],
        relations=[]))
    assert fallback.display_name == "Zoë Ødegård"
    org = (fallback.department, fallback.job_title, fallback.company)
    assert org == ("Ops", "Lead", "株式会社")
    assert fallback.location == "B7" and fallback.country == "Norway"
    assert fallback.language_raw == "nb" and fallback.manager_id == ""
    only_custom = map_user(google_user("c", languages=[{"customLanguage": "Elvish"}]))
    assert only_custom.language_raw == ""
    assert map_user(google_user("s", suspended=True)).enabled is False
    assert map_user(google_user("a", archived=True)).enabled is False
    with pytest.raises(ProviderError):
        map_users([None])


def test_mapping_picks_the_primary_organization_work_address_and_manager_relation() -> None:
    """Not always the first entry: the primary organization, the work address and the
    manager relation wherever they are listed; the first entry when none is marked."""
    picked = map_user(google_user(
        "p",
        organizations=[{"department": "Volunteering", "primary": False},
                       {"department": "Sales", "title": "Rep", "primary": True}],
        addresses=[{"type": "home", "country": "Norway"},
                   {"type": "work", "countryCode": "AT"}],
        relations=[{"type": "assistant", "value": "a@example.com"},
                   {"type": "manager", "value": "Boss@Example.com"}]))
    assert (picked.department, picked.job_title) == ("Sales", "Rep")
    assert picked.country == "AT" and picked.manager_id == "Boss@Example.com"
    unmarked = map_user(google_user("u", organizations=[{"department": "A"}, {"department": "B"}],
                                    relations=[{"type": "assistant", "value": "x@y.z"}]))
    assert unmarked.department == "A" and unmarked.manager_id == ""
    with pytest.raises(ProviderError):
        map_users([google_user("r", relations=7)])


def test_read_groups_with_derived_members() -> None:
    h = Harness(google=True)
    h.router.add("GET", f"{P}/groups", [
        reply({"groups": [{"id": "g1", "email": "sales@example.com", "name": "Sales"}],
               "nextPageToken": "g-next"}),
        reply({"groups": [{"id": "g2", "email": "empty@example.com", "name": "Empty"}]}),
    ])
    h.router.add("GET", f"{P}/groups/g1/members", [
        reply({"members": [{"id": "u1", "type": "USER", "email": "u1@example.com"},
                           {"id": "g9", "type": "GROUP"}], "nextPageToken": "m2"}),
        reply({"members": [{"id": "u2", "type": "USER"}, {"id": "c1", "type": "CUSTOMER"}]}),
    ])
    h.router.add("GET", f"{P}/groups/g2/members", reply({"kind": "admin#directory#members"}))
    groups = GoogleDirectoryReader(h.http).read_groups()
    assert [(g.id, g.name, g.email, g.kind, g.member_ids) for g in groups] == [
        ("g1", "Sales", "sales@example.com", "google", frozenset({"u1", "u2"})),
        ("g2", "Empty", "empty@example.com", "google", frozenset()),
    ]
    group_params = dict(h.router.requests[0].url.params)
    assert group_params == {"customer": "my_customer", "maxResults": "200"}
    member_params = dict(h.router.requests[2].url.params)
    assert member_params == {"includeDerivedMembership": "true", "maxResults": "200"}
    assert [(p.done, p.total) for p in h.progress if p.phase == "groups"][-1] == (2, 2)


def test_read_org_units_adds_root() -> None:
    h = Harness(google=True)
    h.router.add("GET", f"{P}/customer/my_customer/orgunits", reply({"organizationUnits": [
        {"orgUnitPath": "/Sales", "name": "Sales", "parentOrgUnitPath": "/"},
        {"orgUnitPath": "/Sales/Berlin", "name": "Berlin", "parentOrgUnitPath": "/Sales"},
    ]}))
    units = GoogleDirectoryReader(h.http).read_org_units()
    assert h.router.requests[0].url.params["type"] == "all"
    assert units == [OrgUnit("/", "/", ""), OrgUnit("/Sales", "Sales", "/"),
                     OrgUnit("/Sales/Berlin", "Berlin", "/Sales")]


def test_is_super_admin() -> None:
    h = Harness(google=True)
    h.router.add("GET", f"{P}/users/admin@example.com", reply(google_user("a", isAdmin=True)))
    h.router.add("GET", f"{P}/users/user@example.com", reply(google_user("b")))
    reader = GoogleDirectoryReader(h.http)
    assert reader.is_super_admin("admin@example.com") is True
    assert reader.is_super_admin("user@example.com") is False


def test_access_not_configured_message() -> None:
    h = Harness(google=True)
    h.router.add("GET", f"{P}/users", reply({"error": {
        "code": 403, "message": "Admin SDK API has not been used", "status": "PERMISSION_DENIED",
        "errors": [{"reason": "accessNotConfigured", "domain": "usageLimits"}]}}, 403))
    with pytest.raises(ProviderError) as info:
        GoogleDirectoryReader(h.http).read_employees()
    assert "enable the Admin SDK API" in str(info.value)
    assert "403 accessNotConfigured" in str(info.value)


def test_addresses_are_nfc_and_managers_found_in_either_form() -> None:
    """"é" as one code point or as e + a combining accent is one address. Before: kept
    as sent, so the manager named in the other form was not found."""
    import unicodedata

    boss = "jos\u00e9@example.com"
    nfd = unicodedata.normalize("NFD", boss)
    employees = map_users([google_user("b", primaryEmail=nfd),
                           google_user("e", relations=[{"value": boss.upper(),
                                                        "type": "manager"}])], {})
    assert employees[0].email == boss and len(employees[0].email) == 16
    addresses: dict[str, str] = {}
    employees = map_users([google_user("b", primaryEmail=boss),
                           google_user("e", relations=[{"value": nfd, "type": "manager"}])],
                          addresses)
    resolve_managers(employees, addresses)
    assert employees[1].manager_id == "b"


def test_a_manager_named_in_another_case_beyond_ascii_is_found() -> None:
    """Addresses are one when their case-folded forms are (as every duplicate check of
    the app folds them): "STRASSE@…" names "straße@…", "JÖRG@…" names "jörg@…". Before:
    lower() left "strasse" and "straße" apart, and the manager was not found."""
    cases = [("stra\u00dfe@example.com", "STRASSE@EXAMPLE.COM"),
             ("j\u00f6rg@example.com", "J\u00d6RG@example.com"),
             ("STRASSE@example.com", "stra\u00dfe@example.com")]
    for own, named in cases:
        addresses: dict[str, str] = {}
        employees = map_users([google_user("b", primaryEmail=own),
                               google_user("e", relations=[{"value": named,
                                                            "type": "manager"}])],
                              addresses)
        resolve_managers(employees, addresses)
        assert (own, employees[1].manager_id) == (own, "b")
