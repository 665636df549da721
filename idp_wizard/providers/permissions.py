"""Which Microsoft Graph permissions IdP Wizard asks for, and why: least privilege.

Every permission is delegated and read-only. GroupMember.Read.All is asked for only
when groups are used (the "Groups" data option, or group criteria in the filter);
adding group criteria later goes through Reauthorize, which then asks for it. Only the
wizard can leave groups out (the command line's `connect` always uses them), so the
way back starts in the app too.
Place.Read.All is never asked for: when an administrator grants it to the app, Graph's
room list is used to recognise room accounts (see docs/real-tenants.md).
"""

from __future__ import annotations

from collections.abc import Collection

from idp_wizard.core.connection import Connection
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.hints import suggest
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.records import ProviderName

USER_READ = "User.Read"  # sign in; the tenant's verified domains (GET /organization)
USERS = "User.Read.All"  # every user's profile, manager and licenses
GROUP_MEMBERS = "GroupMember.Read.All"  # groups and their (transitive) members
ROLES = "RoleManagement.Read.Directory"  # the Global Administrator role of the admin
PLACES = "Place.Read.All"  # optional, never requested: the tenant's room mailboxes

def group_consent_needed() -> Message:
    """A sync met a group criterion the connection may not read: it is paused."""
    return msg("Choosing employees by group needs permission to read group memberships "
               "({permission}), which this connection has not been granted. Reauthorize "
               "the connection to grant it (in the app: the ⋮ menu, Reauthorize connection; "
               "on the command line: {command}).", permission=GROUP_MEMBERS,
               command=suggest("reauthorize"))


# the filter editor, or `filters set`, before anything is saved
GROUP_ACCESS_NOT_ASKED = msg(
    "Choosing employees by group needs permission to read group memberships "
    "({permission}), which this connection did not ask for because groups were "
    "left out of the user data options. Ask for group access (in the app: Edit user "
    "filters, Groups), then reauthorize the connection; IdP Wizard then asks for this "
    "permission too.", permission=GROUP_MEMBERS)
GROUP_ACCESS_REQUESTED = msg(
    "Group access is requested. Reauthorize the connection (the ⋮ menu, Reauthorize "
    "connection) and accept the new permission ({permission}); group criteria are "
    "offered after the next synchronization of rules.", permission=GROUP_MEMBERS)


def graph_permissions(groups: bool) -> tuple[str, ...]:
    """The permissions to request: group membership only when groups are used."""
    return (USER_READ, USERS, *((GROUP_MEMBERS,) if groups else ()), ROLES)


def groups_used(synced_data: Collection[str] | None, spec: FilterSpec | None = None) -> bool:
    """The "Groups" data option is ticked (None: every option), or the filter names a
    group."""
    if synced_data is None or "groups" in synced_data:
        return True
    return spec is not None and bool(spec.group_values)


def has_group_consent(conn: Connection) -> bool:
    """Whether the connection was granted group membership reads (Google: always)."""
    if conn.provider is not ProviderName.ENTRA:
        return True
    return any(scope.rsplit("/", 1)[-1] == GROUP_MEMBERS for scope in conn.scopes)


def group_access_note(conn: Connection | None) -> Message | None:
    """What the filter editor says instead of offering groups, or None when it can."""
    if conn is None or has_group_consent(conn):
        return None
    if groups_used(conn.settings.get("synced_data")):
        return GROUP_ACCESS_REQUESTED
    return GROUP_ACCESS_NOT_ASKED
