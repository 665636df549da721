"""Google Admin SDK Directory API JSON -> provider-neutral records, and Google's errors."""

from __future__ import annotations

from typing import Any

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.messages import msg
from idp_wizard.core.records import Employee, Group, OrgUnit
from idp_wizard.providers.api_errors import ApiError
from idp_wizard.providers.record_check import check_employees, clean_group, clean_unit, nfc

LABEL = "Google Directory API"
USER_FIELDS = (
    "nextPageToken,users(id,primaryEmail,aliases,name,isAdmin,suspended,archived,orgUnitPath,"
    "organizations,languages,relations,addresses,locations,isGuestUser,guestAccountInfo)"
)

_ENABLE_API = msg("enable the Admin SDK API in the Google Cloud project")
_SUPER_ADMIN = msg("sign in as a super administrator and allow every requested permission")
_HINTS = {
    "accessNotConfigured": _ENABLE_API,
    "SERVICE_DISABLED": _ENABLE_API,
    "quotaExceeded": msg("the project's quota is used up; try again later or raise the "
                         "quota in the Google Cloud console"),
    "forbidden": _SUPER_ADMIN,
    "insufficientPermissions": msg("sign in again and allow every requested permission"),
    "PERMISSION_DENIED": _SUPER_ADMIN,
}


def _pick(entries: Any, key: str, value: object) -> dict[str, Any]:
    """The entry whose `key` equals `value`, else the first entry, else {}."""
    if not entries or not isinstance(entries, list):
        return {}
    for entry in entries:
        if isinstance(entry, dict) and entry.get(key) == value:
            return entry
    first = entries[0]
    return first if isinstance(first, dict) else {}


def _language(entries: Any) -> str:
    # customLanguage entries carry free text and no code: they cannot be mapped.
    coded = [e for e in entries or () if isinstance(e, dict) and e.get("languageCode")]
    for entry in coded:
        if entry.get("preference") == "preferred":
            return str(entry["languageCode"])
    return str(coded[0]["languageCode"]) if coded else ""


def _first_or_pick(entries: Any, key: str, value: object) -> dict[str, Any]:
    """`_pick`, answering at once when the first entry is the one (most records)."""
    if entries and entries.__class__ is list:
        first = entries[0]
        if first.__class__ is dict and first.get(key) == value:
            return first
    return _pick(entries, key, value)


def map_user(u: dict[str, Any]) -> Employee:
    """One Directory API user (projection=full) -> Employee.

    `manager_id` is still the manager relation's e-mail address here: `map_users`'s
    caller resolves it to the manager's id once every user is known. Runs once per
    user on every Google read: plain lookups, fields passed by position."""
    get = u.get
    name = get("name") or {}
    name_get = name.get
    given = name_get("givenName") or ""
    family = name_get("familyName") or ""
    guest = get("isGuestUser") is True
    email = get("primaryEmail") or (
        (get("guestAccountInfo") or {}).get("primaryGuestEmail") or "" if guest else "")
    if email.__class__ is str and not email.isascii():
        email = nfc(email)  # one address, however its accents are encoded
    org = _first_or_pick(get("organizations"), "primary", True)
    org_get = org.get
    address = _first_or_pick(get("addresses"), "type", "work")
    manager = ""
    for relation in get("relations") or ():
        if isinstance(relation, dict) and relation.get("type") == "manager":
            manager = relation.get("value") or ""
            break
    location = org_get("location") or ""
    if not location:
        locations = get("locations") or ()
        location = (locations[0].get("buildingId") or "") if locations else ""
    languages = get("languages")
    return Employee(
        get("id") or "",  # id
        email,
        name_get("displayName") or name_get("fullName") or f"{given} {family}".strip()
        or email,  # display_name
        given,
        family,  # surname
        org_get("department") or "",
        org_get("title") or "",  # job_title
        location,
        address.get("country") or address.get("countryCode") or "",
        org_get("name") or "",  # company
        get("orgUnitPath") or "",
        manager,  # the address, for now
        _language(languages) if languages else "",  # language_raw
        not (get("suspended") or get("archived")),  # enabled
        guest,
    )


def map_users(values: list[Any], addresses: dict[str, str] | None = None) -> list[Employee]:
    """Maps a page; `addresses` collects every primary address and alias (case-folded)
    with its user's id, for `resolve_managers`."""
    try:
        mapped = [map_user(u) for u in values]
        check_employees(LABEL, mapped)
        if addresses is not None:
            for u, e in zip(values, mapped, strict=True):
                for address in (e.email, *(u.get("aliases") or ())):
                    if isinstance(address, str) and address:
                        addresses[nfc(address).casefold()] = e.id
        return mapped
    except (AttributeError, TypeError, IndexError, KeyError):
        raise ProviderError(
            msg("Google Directory API returned a malformed user list."), code="malformed"
        ) from None


def resolve_managers(employees: list[Employee], addresses: dict[str, str]) -> None:
    """Manager relations hold an e-mail address (primary or alias, any case); Entra gives
    an object id. Make `manager_id` the manager's directory id for both providers, or ""
    when the address is no user of this directory. The records are fresh: set in place."""
    for e in employees:
        if e.manager_id:
            e.manager_id = addresses.get(nfc(e.manager_id).casefold(), "")


def map_group(g: dict[str, Any], member_ids: frozenset[str]) -> Group:
    group = Group(id=g.get("id") or "", name=g.get("name") or "", email=g.get("email") or "",
                  kind="google", member_ids=member_ids)
    return clean_group(LABEL, group)


def map_org_units(units: list[Any]) -> list[OrgUnit]:
    result = [  # cleaned as users' org units are, so the paths still match
        clean_unit(LABEL, OrgUnit(path=u.get("orgUnitPath") or "", name=u.get("name") or "",
                                  parent_path=u.get("parentOrgUnitPath") or ""))
        for u in units if isinstance(u, dict) and u.get("orgUnitPath")
    ]
    if not any(unit.path == "/" for unit in result):  # orgunits.list never lists the root
        result.insert(0, OrgUnit(path="/", name="/", parent_path=""))
    return result


def parse_google_error(status: int, body: object) -> ApiError:
    """`{"error": {"code", "message", "errors": [{"reason"}], "status"}}` (or OAuth's)."""
    err = body.get("error") if isinstance(body, dict) else None
    if isinstance(err, str):  # OAuth-style {"error": "invalid_token", ...}
        return ApiError(code=err)
    if not isinstance(err, dict):
        return ApiError()
    reasons = tuple(
        str(e["reason"]) for e in err.get("errors") or () if isinstance(e, dict) and e.get("reason")
    )
    code = reasons[0] if reasons else str(err.get("status") or "")
    hint = next((_HINTS[c] for c in (*reasons, code) if c in _HINTS), "")
    return ApiError(code=code, message=str(err.get("message") or ""), reasons=reasons, hint=hint)
