"""Microsoft Graph JSON -> provider-neutral records, and Graph's error body.

`map_user` runs once per user of tenants with 100,000+ users: it stays a flat run of
dict lookups (no per-field helpers on the common path) so mapping a full tenant takes
a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.records import Employee, Group
from idp_wizard.providers.api_errors import ApiError
from idp_wizard.providers.permissions import GROUP_MEMBERS, ROLES, USER_READ, USERS
from idp_wizard.providers.record_check import check_employees, clean_group, nfc

USER_FIELDS = (
    "id", "displayName", "givenName", "surname", "mail", "userPrincipalName", "department",
    "jobTitle", "officeLocation", "country", "companyName", "preferredLanguage",
    "accountEnabled", "userType", "assignedLicenses",
)
USER_SELECT = ",".join(USER_FIELDS)
MANAGER_EXPAND = "manager($select=id)"
GROUP_SELECT = "id,displayName,mail,groupTypes,securityEnabled,mailEnabled"
USER_TYPE = "#microsoft.graph.user"
DIRECTORY_ROLE_TYPE = "#microsoft.graph.directoryRole"
GLOBAL_ADMIN_TEMPLATE_ID = "62e90394-69f5-4237-9190-012177145e10"
GUEST_UPN_MARK = "#EXT#"
GRAPH = "Microsoft Graph"  # graph.GRAPH_LABEL (that module imports this one)
PERMISSIONS = msg("{permissions} (and {groups} when groups are used)",
                  permissions=[USER_READ, USERS, ROLES], groups=GROUP_MEMBERS)

_REAUTHORIZE = msg("reauthorize the connection")
_HINTS = {
    "Authorization_RequestDenied": msg(
        "grant admin consent for the permissions ({permissions}) or sign in as a Global "
        "Administrator", permissions=PERMISSIONS),
    "Forbidden": msg("grant admin consent for the permissions ({permissions})",
                     permissions=PERMISSIONS),
    "Authentication_ExpiredToken": _REAUTHORIZE,
    "InvalidAuthenticationToken": _REAUTHORIZE,
}


@dataclass(frozen=True, slots=True)
class MailDomains:
    """The tenant's verified domains that receive mail (lower-case), for users without a
    mailbox; `known=False` when they could not be read."""

    routable: frozenset[str] = frozenset()
    known: bool = True


def parse_mail_domains(organization: dict[str, Any]) -> MailDomains:
    """GET /organization?$select=verifiedDomains -> the domains mail reaches.

    The initial *.onmicrosoft.com domain is verified too, but mail to it reaches only
    Exchange Online mailboxes, which an account without `mail` does not have."""
    routable = set()
    for org in organization.get("value") or ():
        for d in (org.get("verifiedDomains") or ()) if isinstance(org, dict) else ():
            capabilities = {c.strip().lower() for c in str(d.get("capabilities") or "").split(",")}
            if "email" in capabilities and not d.get("isInitial") and d.get("name"):
                routable.add(str(d["name"]).lower())
    return MailDomains(frozenset(routable))


def _no_mailbox(upn: str, guest: bool, domains: MailDomains) -> tuple[str, Message | str]:
    """(address, note) for a user whose `mail` is null: the UPN only where mail to it
    arrives; the note says which applies, for the run's problems."""
    shown = upn if len(upn) <= 120 else upn[:117] + "..."
    if guest:
        return "", msg("is a guest without an e-mail address (mail is empty)")
    _, at, domain = upn.rpartition("@")
    if not at:
        return "", msg("has no mailbox (mail is empty) and its sign-in name {upn} is no "
                       "e-mail address; give it a mailbox or leave it out of the filter",
                       upn=shown)
    if domain.lower() in domains.routable:
        return upn, msg("has no mailbox (mail is empty); its sign-in name {upn} is used as "
                        "its address ({domain} is a verified e-mail domain of the tenant)",
                        upn=shown, domain=domain)
    if not domains.known:
        return "", msg("has no mailbox (mail is empty), and the tenant's verified domains "
                       "could not be read to check that mail to {upn} arrives; reauthorize "
                       "the connection so IdP Wizard may read them ({permission})",
                       upn=shown, permission=USER_READ)
    return "", msg("has no mailbox (mail is empty), and its sign-in name {upn} is not in a "
                   "verified e-mail domain of the tenant; give it a mailbox or an address "
                   "in a verified domain, or leave it out of the filter", upn=shown)


NO_DOMAINS = MailDomains()


def map_user(u: dict[str, Any], domains: MailDomains = NO_DOMAINS,
             rooms: frozenset[str] = frozenset(),
             shared: dict[str, str] | None = None) -> Employee:
    """One Graph user (as selected by USER_SELECT, manager expanded) -> Employee.
    `rooms`: lower-case addresses of the tenant's room mailboxes (when readable).
    `shared`: one string per distinct value, kept for a whole read (see `map_users`)."""
    get = u.get
    one = (shared if shared is not None else {}).setdefault
    upn = get("userPrincipalName") or ""
    guest = get("userType") == "Guest" or GUEST_UPN_MARK in upn
    email: str = get("mail") or ""
    note: Message | str = ""
    if not email:
        email, note = _no_mailbox(upn, guest, domains)
    if email.__class__ is str and not email.isascii():
        email = nfc(email)  # one address, however its accents are encoded
    given = get("givenName") or ""
    surname = get("surname") or ""
    manager = get("manager") or get("manager@delta")  # /users expands; /users/delta lists
    if isinstance(manager, list):
        manager = manager[0] if manager else None
    department = get("department") or ""
    title = get("jobTitle") or ""
    office = get("officeLocation") or ""
    country = get("country") or ""
    company = get("companyName") or ""
    manager_id = (manager.get("id") or "") if manager else ""
    language = get("preferredLanguage") or ""
    return Employee(
        get("id") or "",
        email,
        get("displayName") or f"{given} {surname}".strip() or email or upn,
        one(given, given),
        one(surname, surname),
        one(department, department),
        one(title, title),
        one(office, office),
        one(country, country),
        one(company, company),
        "",
        one(manager_id, manager_id),
        one(language, language),
        get("accountEnabled") is not False,  # null means Graph did not say: enabled
        guest,
        bool(get("assignedLicenses", True)),  # not selected: unknown, counted as licensed
        bool(rooms) and (email.lower() in rooms or upn.lower() in rooms),
        note,
    )


def map_users(values: list[Any], domains: MailDomains = NO_DOMAINS,
              rooms: frozenset[str] = frozenset(),
              shared: dict[str, str] | None = None) -> list[Employee]:
    """`shared`: a dict the caller keeps for one whole read. Thousands of users share a
    department, title, office, country, company, language, manager or first name, yet
    the JSON parser makes a new string of each: with one string per distinct value the
    records of 500,000 users hold ~150 MB less. Only for the read (not `sys.intern`:
    personal data must not outlive it)."""
    shared = {} if shared is None else shared
    try:
        employees = [map_user(u, domains, rooms, shared) for u in values]
    except (AttributeError, TypeError, IndexError):
        raise ProviderError(
            msg("Microsoft Graph returned a malformed user list."), code="malformed"
        ) from None
    check_employees(GRAPH, employees)
    return employees


def group_kind(g: dict[str, Any]) -> str:
    types = g.get("groupTypes")
    if isinstance(types, list) and "Unified" in types:
        return "microsoft365"
    return "security" if g.get("securityEnabled") else "distribution"


def map_group(g: dict[str, Any], member_ids: frozenset[str]) -> Group:
    return clean_group(GRAPH, Group(
        id=g.get("id") or "",
        name=g.get("displayName") or "",
        email=g.get("mail") or "",
        kind=group_kind(g),
        member_ids=member_ids,
    ))


def parse_graph_error(status: int, body: object) -> ApiError:
    """`{"error": {"code", "message", "innerError"}}`; anything else -> an empty ApiError."""
    err = body.get("error") if isinstance(body, dict) else None
    if not isinstance(err, dict):
        return ApiError()
    code = str(err.get("code") or "")
    return ApiError(code=code, message=str(err.get("message") or ""), hint=_HINTS.get(code, ""))
