"""What the Graph fake's modules share: property names, query options, links, errors.

Like Graph: `$select` names must exist (400 otherwise); `$expand` only knows the
manager; with `$expand` a page holds at most 100 objects whatever `$top` (or the
`Prefer: odata.maxpagesize` header) asks for -- a documented Graph limitation.
"""

from __future__ import annotations

from urllib.parse import quote

import httpx

USER_PROPS = ("id", "displayName", "givenName", "surname", "mail", "userPrincipalName",
              "department", "jobTitle", "officeLocation", "city", "country", "usageLocation",
              "companyName", "preferredLanguage", "accountEnabled", "userType",
              "businessPhones", "mobilePhone", "assignedLicenses")
USER_DEFAULT = ("businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone",
                "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id")
GROUP_PROPS = ("id", "displayName", "description", "mail", "mailNickname", "groupTypes",
               "securityEnabled", "mailEnabled")
ROLE_PROPS = ("id", "displayName", "description", "roleTemplateId")
ORG_PROPS = ("id", "displayName", "verifiedDomains")
ROOM_PROPS = ("id", "displayName", "emailAddress", "capacity", "building", "floorNumber")
_CANON = {n.lower(): n for n in USER_PROPS + GROUP_PROPS + ROLE_PROPS + ORG_PROPS + ROOM_PROPS}
USER_T, GROUP_T = "#microsoft.graph.user", "#microsoft.graph.group"
ROLE_T = "#microsoft.graph.directoryRole"
PAGE_MAX, EXPAND_PAGE_MAX, DEFAULT_PAGE = 999, 100, 100


class GraphError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def select(q: httpx.QueryParams, allowed: tuple[str, ...],
           default: tuple[str, ...], type_name: str = "user") -> tuple[str, ...]:
    """$select as canonical names plus "id"; unknown names are a 400, like Graph."""
    raw = q.get("$select")
    if not raw:
        return default
    out = ["id"]
    for name in raw.split(","):
        canon = _CANON.get(name.strip().lower())
        if canon is None or canon not in allowed:
            raise GraphError(400, "BadRequest", f"Could not find a property named "
                             f"'{name.strip()}' on type 'microsoft.graph.{type_name}'.")
        if canon not in out:
            out.append(canon)
    return tuple(out)


def expands_manager(q: httpx.QueryParams) -> bool:
    raw = q.get("$expand", "")
    if raw and not raw.replace(" ", "").lower().startswith("manager"):
        raise GraphError(400, "BadRequest", f"Could not find a navigation property '{raw}'.")
    return bool(raw)


def page_size(requested: str | None, expand: bool) -> int:
    """How many objects a page holds: what was asked for, within Graph's limits."""
    try:
        size = int(requested) if requested is not None else DEFAULT_PAGE
    except ValueError as e:
        raise GraphError(400, "BadRequest", "Invalid page size specified.") from e
    return min(max(size, 1), EXPAND_PAGE_MAX if expand else PAGE_MAX)


def link(host: str, path: str, params: list[tuple[str, str]]) -> str:
    query = "&".join(f"{k}={quote(v, safe=',()=$;')}" for k, v in params)
    return f"https://{host}/v1.0/{path}?{query}"


def context(name: str, fields: tuple[str, ...] | None = None, single: bool = False) -> str:
    sel = f"({','.join(s for s in fields if s != 'id')})" if fields else ""
    return f"https://graph.microsoft.com/v1.0/$metadata#{name}{sel}" + "/$entity" * single
