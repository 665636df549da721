"""Demo tenant objects as Google Admin SDK Directory API JSON, and Google's field masks.

Like Google: empty fields are omitted, `isGuestUser` appears only on guests, every
resource carries an `etag`, and users have the fields real responses carry (aliases,
isEnrolledIn2Sv, lastLoginTime, thumbnailPhotoUrl...) that a reader must ignore.
"""

from __future__ import annotations

import re
from typing import Any

from idp_wizard.demo.ids import digest
from idp_wizard.demo.orgdata import (
    COMPANIES,
    DEPARTMENTS,
    F_ARCHIVED,
    F_CUSTOM_LANG,
    F_EXTRA_LANG,
    F_SECOND_ORG,
    GOOGLE_LANG,
    OFFICES,
    sibling_domain,
)
from idp_wizard.demo.people import Person
from idp_wizard.demo.tenant import DemoTenant

_TAG = re.compile(r"^([a-z]{2})-[A-Z]{2}$")
# The User resource's fields (a fields mask naming anything else is a 400, as at Google).
USER_RESOURCE_FIELDS = frozenset((
    "kind", "id", "etag", "primaryEmail", "name", "isAdmin", "isDelegatedAdmin", "lastLoginTime",
    "creationTime", "deletionTime", "agreedToTerms", "password", "hashFunction", "suspended",
    "suspensionReason", "archived", "changePasswordAtNextLogin", "ipWhitelisted", "ims", "emails",
    "externalIds", "relations", "addresses", "organizations", "phones", "languages",
    "posixAccounts", "sshPublicKeys", "notes", "websites", "locations",
    "includeInGlobalAddressList", "keywords", "gender", "aliases", "nonEditableAliases",
    "customerId", "orgUnitPath", "isMailboxSetup", "isEnrolledIn2Sv", "isEnforcedIn2Sv",
    "thumbnailPhotoUrl", "thumbnailPhotoEtag", "customSchemas", "recoveryEmail", "recoveryPhone",
    "isGuestUser", "guestAccountInfo",
))


def etag(*parts: object) -> str:
    return f'"{digest("etag", *parts)[:27]}/{digest("etag2", *parts)[:27]}"'


def alias(p: Person) -> str | None:
    """Every fifth employee also receives mail at a secondary (alias) domain."""
    if p.guest or p.key % 5 != 2:
        return None
    return f"{p.upn.partition('@')[0]}@{sibling_domain(p.upn.partition('@')[2], 'alias')}"


def manager_value(t: DemoTenant, p: Person) -> str | None:
    """The manager relation's `value`: an address the admin typed, so sometimes the
    manager's alias, sometimes in other letter case, and once someone outside."""
    if p.manager < 0 or t.persons.removed(p.manager):
        return None
    boss = t.persons[p.manager]
    if p.key % 97 == 5:
        return "former.manager@fabrikam.example"  # no user of this directory
    if p.key % 4 == 1 and (other := alias(boss)):
        return other
    if p.key % 4 == 3:
        return boss.upn.upper()
    return boss.upn


def _languages(p: Person) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    code = GOOGLE_LANG.get(p.lang) or (m.group(1) if (m := _TAG.match(p.lang)) else None)
    if code:
        out.append({"languageCode": code, "preference": "preferred"})
    elif p.lang:  # not a language code: Google can only hold it as a custom language
        out.append({"customLanguage": p.lang})
    if p.flags & F_EXTRA_LANG:
        out.append({"languageCode": "en", "preference": "not_preferred"})
    if p.flags & F_CUSTOM_LANG:
        out.append({"customLanguage": "Klingon"})
    return out


def _name(p: Person) -> dict[str, str]:
    given, family = p.given, p.surname
    name = {k: v for k, v in (("givenName", given), ("familyName", family)) if v}
    full = " ".join(v for v in (given, family) if v) or p.display
    name["fullName"] = full
    if p.display != full or p.key % 3 == 0:  # set by the admin for some people only
        name["displayName"] = p.display
    return name


def user_json(t: DemoTenant, p: Person, customer_id: str) -> dict[str, Any]:
    archived = not p.enabled and bool(p.flags & F_ARCHIVED)
    email, key = p.google_email, p.key
    u: dict[str, Any] = {
        "kind": "admin#directory#user", "id": t.google_id(key),
        "etag": etag(t.seed, key, p.dept, p.title, p.removed),
        "primaryEmail": email, "name": _name(p), "isAdmin": key == 0,
        "isDelegatedAdmin": False, "agreedToTerms": True,
        "lastLoginTime": ("1970-01-01T00:00:00.000Z" if key % 11 == 0 else
                          f"2025-0{1 + key % 9}-1{key % 10}T09:{key % 60:02d}:00.000Z"),
        "suspended": not p.enabled and not archived, "archived": archived,
        "changePasswordAtNextLogin": False, "ipWhitelisted": False,
        "emails": [{"address": email, "primary": True}], "customerId": customer_id,
        "orgUnitPath": p.org_unit_path, "isMailboxSetup": True,
        "isEnrolledIn2Sv": key % 3 != 0, "isEnforcedIn2Sv": False,
        "includeInGlobalAddressList": True,
        "creationTime": f"20{10 + key % 14:02d}-0{1 + key % 9}-1{key % 10}T08:00:00.000Z",
    }
    if p.guest:
        u["isGuestUser"] = True
        u["guestAccountInfo"] = {"primaryGuestEmail": p.mail or email}
    else:
        u["nonEditableAliases"] = [f"{p.upn.partition('@')[0]}@{t.domain}.test-google-a.com"]
    if other := alias(p):
        u["aliases"] = [other]
        u["emails"].append({"address": other})
    if key % 4 == 1:
        u["thumbnailPhotoUrl"] = f"https://lh3.googleusercontent.com/a-/{digest('ph', key)}=s96-c"
        u["thumbnailPhotoEtag"] = etag("photo", key)
    if u["suspended"]:
        u["suspensionReason"] = "ADMIN"
    office = OFFICES[p.office] if p.office >= 0 else None
    org = {"name": COMPANIES[p.company] if p.company >= 0 else None, "title": p.title,
           "primary": True, "customType": "",
           "department": DEPARTMENTS[p.dept][0] if p.dept >= 0 else None,
           "location": office[0] if office else None,
           "costCenter": f"CC-{1000 + 10 * p.dept}" if p.dept >= 0 else None}
    u["organizations"] = [{k: v for k, v in org.items() if v is not None}]
    if p.flags & F_SECOND_ORG:
        u["organizations"].append({"name": "Contoso Foundation", "title": "Volunteer",
                                   "primary": False, "customType": "",
                                   "department": "Community"})
    if langs := _languages(p):
        u["languages"] = langs
    if boss := manager_value(t, p):
        u["relations"] = [{"type": "manager", "value": boss}]
    if office:
        u["addresses"] = [{"type": "work", "locality": office[0], "country": office[2],
                           "countryCode": office[1], "formatted": f"{office[0]}, {office[2]}"}]
        u["locations"] = [{"type": "desk", "area": "desk", "buildingId": office[7],
                           "floorName": str(1 + key % 5)}]
    return u


def group_json(t: DemoTenant, index: int) -> dict[str, Any]:
    g = t.groups[index]
    count = sum(1 for k in g.members if t.persons[k].in_google) + len(g.children)
    return {"kind": "admin#directory#group", "id": t.google_group_id(index),
            "etag": etag("group", t.seed, index, t.version),
            "email": f"{g.nick}@{t.domain}", "name": g.name,
            "directMembersCount": str(count), "description": g.description,
            "adminCreated": True}


def member_json(t: DemoTenant, kind: str, i: int) -> dict[str, Any]:
    if kind == "USER":
        return {"kind": "admin#directory#member", "etag": etag("member", t.seed, i),
                "id": t.google_id(i), "email": t.persons[i].google_email, "role": "MEMBER",
                "type": "USER", "status": "ACTIVE"}
    return {"kind": "admin#directory#member", "etag": etag("gmember", t.seed, i),
            "id": t.google_group_id(i), "email": f"{t.groups[i].nick}@{t.domain}",
            "role": "MEMBER", "type": "GROUP"}


def org_unit_json(t: DemoTenant, path: str) -> dict[str, Any]:
    parent = path.rsplit("/", 1)[0] or "/"
    name = path.rsplit("/", 1)[1]
    return {"kind": "admin#directory#orgUnit", "etag": etag("ou", t.seed, path),
            "name": name, "description": f"{name} staff", "orgUnitPath": path,
            "orgUnitId": t.org_unit_id(path), "parentOrgUnitPath": parent,
            "parentOrgUnitId": t.org_unit_id(parent), "blockInheritance": False}
