"""Microsoft Graph JSON -> provider-neutral records, and Graph's error body.

`map_user` runs once per user of tenants with 100,000+ users: it stays a flat run of
dict lookups (no per-field helpers) so mapping a full tenant takes a fraction of a second.
"""

from __future__ import annotations

from typing import Any

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.records import Employee, Group
from idp_wizard.providers.api_errors import ApiError

USER_FIELDS = (
    "id", "displayName", "givenName", "surname", "mail", "userPrincipalName", "department",
    "jobTitle", "officeLocation", "country", "companyName", "preferredLanguage",
    "accountEnabled", "userType",
)
USER_SELECT = ",".join(USER_FIELDS)
MANAGER_EXPAND = "manager($select=id)"
GROUP_SELECT = "id,displayName,mail,groupTypes,securityEnabled,mailEnabled"
USER_TYPE = "#microsoft.graph.user"
DIRECTORY_ROLE_TYPE = "#microsoft.graph.directoryRole"
GLOBAL_ADMIN_TEMPLATE_ID = "62e90394-69f5-4237-9190-012177145e10"
GUEST_UPN_MARK = "#EXT#"
PERMISSIONS = "User.Read.All, GroupMember.Read.All, RoleManagement.Read.Directory"

_HINTS = {
    "Authorization_RequestDenied": (
        f"grant admin consent for the permissions ({PERMISSIONS}) or sign in as a "
        "Global Administrator"
    ),
    "Forbidden": f"grant admin consent for the permissions ({PERMISSIONS})",
    "Authentication_ExpiredToken": "reauthorize the connection",
    "InvalidAuthenticationToken": "reauthorize the connection",
}


def map_user(u: dict[str, Any]) -> Employee:
    """One Graph user (as selected by USER_SELECT, manager expanded) -> Employee."""
    get = u.get
    upn = get("userPrincipalName") or ""
    guest = get("userType") == "Guest" or GUEST_UPN_MARK in upn
    # mail can be null (no mailbox): fall back to the UPN, except a guest's #EXT# UPN,
    # which is no address anyone can receive mail at.
    email = get("mail") or ("" if guest or "@" not in upn else upn)
    given = get("givenName") or ""
    surname = get("surname") or ""
    manager = get("manager") or get("manager@delta")  # /users expands; /users/delta lists
    if isinstance(manager, list):
        manager = manager[0] if manager else None
    return Employee(
        get("id") or "",
        email,
        get("displayName") or f"{given} {surname}".strip() or email,
        given,
        surname,
        get("department") or "",
        get("jobTitle") or "",
        get("officeLocation") or "",
        get("country") or "",
        get("companyName") or "",
        "",
        (manager.get("id") or "") if manager else "",
        get("preferredLanguage") or "",
        get("accountEnabled") is not False,  # null means Graph did not say: enabled
        guest,
    )


def map_users(values: list[Any]) -> list[Employee]:
    try:
        return [map_user(u) for u in values]
    except (AttributeError, TypeError, IndexError):
        raise ProviderError(
            "Microsoft Graph returned a malformed user list.", code="malformed"
        ) from None


def group_kind(g: dict[str, Any]) -> str:
    if "Unified" in (g.get("groupTypes") or ()):
        return "microsoft365"
    return "security" if g.get("securityEnabled") else "distribution"


def map_group(g: dict[str, Any], member_ids: frozenset[str]) -> Group:
    return Group(
        id=g.get("id") or "",
        name=g.get("displayName") or "",
        email=g.get("mail") or "",
        kind=group_kind(g),
        member_ids=member_ids,
    )


def parse_graph_error(status: int, body: object) -> ApiError:
    """`{"error": {"code", "message", "innerError"}}`; anything else -> an empty ApiError."""
    err = body.get("error") if isinstance(body, dict) else None
    if not isinstance(err, dict):
        return ApiError()
    code = str(err.get("code") or "")
    return ApiError(code=code, message=str(err.get("message") or ""), hint=_HINTS.get(code, ""))
