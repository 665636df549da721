"""Demo tenant objects as Microsoft Graph JSON (users, groups, directory objects)."""

from __future__ import annotations

from typing import Any

from idp_wizard.demo.graph_common import GROUP_PROPS, GROUP_T, USER_DEFAULT, USER_T
from idp_wizard.demo.orgdata import COMPANIES, DEPARTMENTS, OFFICES, PERSON, ROOM
from idp_wizard.demo.people import Person
from idp_wizard.demo.tenant import DemoTenant

# License SKUs (skuId) the demo assigns: Microsoft 365 E3 and Teams Rooms Pro.
E3_SKU = "05e9a617-0261-4cee-bb44-138d3ef5d965"
TEAMS_ROOMS_SKU = "4cde982a-ede4-4409-9ae6-b003453c8ea6"


def licenses(p: Person) -> list[dict[str, Any]]:
    if not p.licensed:
        return []
    return [{"disabledPlans": [], "skuId": TEAMS_ROOMS_SKU if p.kind == ROOM else E3_SKU}]


def user_json(t: DemoTenant, p: Person, fields: tuple[str, ...]) -> dict[str, Any]:
    office = OFFICES[p.office] if p.office >= 0 else None
    full: dict[str, Any] = {
        "id": t.entra_id(p.key), "displayName": p.display,
        "givenName": p.given, "surname": p.surname, "mail": p.mail,
        "userPrincipalName": p.upn,
        "department": DEPARTMENTS[p.dept][0] if p.dept >= 0 else None,
        "jobTitle": p.title, "officeLocation": office[0] if office else None,
        "city": office[0] if office else None,
        "country": office[2] if office and not p.guest else None,
        "usageLocation": office[1] if office else None,
        "companyName": COMPANIES[p.company] if p.company >= 0 and p.kind == PERSON else None,
        "preferredLanguage": p.lang or None, "accountEnabled": p.enabled,
        "userType": "Guest" if p.guest else "Member", "businessPhones": [],
        "mobilePhone": None, "assignedLicenses": licenses(p),
    }
    return {k: full[k] for k in fields if k in full}


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
    if p.manager < 0 or t.persons[p.manager].removed:
        return None
    return {"@odata.type": USER_T, "id": t.entra_id(p.manager)}


def directory_object(t: DemoTenant, kind: str, i: int,
                     fields: tuple[str, ...] | None) -> dict[str, Any]:
    """A group ("g") or user ("u") as a directory object tagged with its type."""
    if kind == "g":
        return {"@odata.type": GROUP_T, **group_json(t, i, fields or GROUP_PROPS)}
    return {"@odata.type": USER_T, **user_json(t, t.persons[i], fields or USER_DEFAULT)}
