"""Demo tenant objects as Microsoft Graph JSON (users, groups, directory objects)."""

from __future__ import annotations

from typing import Any

from idp_wizard.demo.graph_common import GROUP_PROPS, GROUP_T, USER_DEFAULT, USER_T
from idp_wizard.demo.orgdata import COMPANIES, DEPARTMENTS, OFFICES, PERSON, ROOM
from idp_wizard.demo.people import Person
from idp_wizard.demo.person_table import REMOVED
from idp_wizard.demo.tenant import DemoTenant

# License SKUs (skuId) the demo assigns: Microsoft 365 E3 and Teams Rooms Pro.
E3_SKU = "05e9a617-0261-4cee-bb44-138d3ef5d965"
TEAMS_ROOMS_SKU = "4cde982a-ede4-4409-9ae6-b003453c8ea6"


def user_json(t: DemoTenant, p: Person, fields: tuple[str, ...]) -> dict[str, Any]:
    return user_json_at(t, p.key, fields)


_OWN = ("id", "displayName", "givenName", "surname", "mail", "userPrincipalName",
        "businessPhones", "assignedLicenses")  # per person; the rest: per profile


def user_json_at(t: DemoTenant, key: int, fields: tuple[str, ...]) -> dict[str, Any]:
    """A user as Graph JSON, read from the tenant's columns (no `Person` row made: the
    fakes serve every user on each full read). Thousands of people share a profile, so
    its part of the answer is made once per profile and `fields` and copied."""
    persons = t.persons
    profile = persons.profiles[key]
    known = persons.rendered.get(fields)
    if known is None:
        known = persons.rendered[fields] = ({}, tuple(k in fields for k in _OWN))
    templates, (has_id, has_display, has_given, has_surname, has_mail, has_upn, has_phones,
                has_licenses) = known
    template = templates.get(id(profile))
    if template is None:
        shared = _profile_json(persons[key])
        full = {k: shared.get(k) for k in _OWN} | shared
        template = templates[id(profile)] = {k: full[k] for k in fields if k in full}
    row = template.copy()
    given, surname, shown = persons.names[key]
    upn, mail = persons.addresses(key)
    if has_id:
        row["id"] = t.entra_id(key)
    if has_display:
        row["displayName"] = f"{given} {surname}" if shown is None else shown
    if has_given:
        row["givenName"] = given
    if has_surname:
        row["surname"] = surname
    if has_mail:
        row["mail"] = mail
    if has_upn:
        row["userPrincipalName"] = upn
    if has_phones:
        row["businessPhones"] = []
    if has_licenses:
        sku = _sku(profile)
        row["assignedLicenses"] = [{"disabledPlans": [], "skuId": sku}] if sku else []
    return row


def _sku(profile: tuple[object, ...]) -> str | None:
    """The license a profile (PersonTable.profiles: kind at 5, licensed at 9) has."""
    kind, licensed = profile[5], profile[9]
    return (TEAMS_ROOMS_SKU if kind == ROOM else E3_SKU) if licensed else None


def _profile_json(p: Person) -> dict[str, Any]:
    """What depends on `p.profile` only."""
    office = OFFICES[p.office] if p.office >= 0 else None
    return {
        "department": DEPARTMENTS[p.dept][0] if p.dept >= 0 else None,
        "jobTitle": p.title, "officeLocation": office[0] if office else None,
        "city": office[0] if office else None,
        "country": office[2] if office and not p.guest else None,
        "usageLocation": office[1] if office else None,
        "companyName": COMPANIES[p.company] if p.company >= 0 and p.kind == PERSON else None,
        "preferredLanguage": p.lang or None, "accountEnabled": p.enabled,
        "userType": "Guest" if p.guest else "Member", "mobilePhone": None,
    }


def group_json(t: DemoTenant, index: int, fields: tuple[str, ...]) -> dict[str, Any]:
    g = t.groups[index]
    mail_enabled = g.kind != "security"
    full: dict[str, Any] = {
        "id": t.entra_group_id(index), "displayName": g.name,
        "description": g.description,
        "mail": f"{g.nick}@{t.domain}" if mail_enabled else None,
        "mailNickname": g.nick,
        "groupTypes": ["Unified"] if g.kind == "microsoft365" else [],
        "securityEnabled": g.kind == "security", "mailEnabled": mail_enabled,
    }
    return {k: full[k] for k in fields if k in full}


def manager_ref(t: DemoTenant, p: Person) -> dict[str, str] | None:
    return manager_ref_at(t, p.key)


def manager_ref_at(t: DemoTenant, key: int) -> dict[str, str] | None:
    persons = t.persons
    manager = persons.manager[key]
    if manager < 0 or persons.profiles[manager][REMOVED]:
        return None
    return {"@odata.type": USER_T, "id": t.entra_id(manager)}


def directory_object(t: DemoTenant, kind: str, i: int,
                     fields: tuple[str, ...] | None) -> dict[str, Any]:
    """A group ("g") or user ("u") as a directory object tagged with its type."""
    if kind == "g":
        return {"@odata.type": GROUP_T, **group_json(t, i, fields or GROUP_PROPS)}
    return {"@odata.type": USER_T, **user_json_at(t, i, fields or USER_DEFAULT)}
