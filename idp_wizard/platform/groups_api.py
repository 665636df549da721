"""SCIM Groups: find by displayName, create, read, change members, replace, delete.

Group names need not be unique, so a group is recognised by its externalId (the
directory's group id) among the groups of that name; a create whose answer was lost
looks that up before creating again.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

import httpx

from idp_wizard.core.messages import msg
from idp_wizard.platform import listing
from idp_wizard.platform.capabilities import CORE_GROUP, Capabilities
from idp_wizard.platform.errors import BadAnswer, NotScim
from idp_wizard.platform.http import ScimHttp
from idp_wizard.platform.patch import patch_body
from idp_wizard.platform.replies import Reply
from idp_wizard.platform.resource_api import ResourceApi, resource_id
from idp_wizard.platform.users_api import id_from_location

JsonDict = dict[str, Any]
MEMBERS_PER_OP = 200  # servers limit the size of one PATCH; Entra sends small batches


@dataclass(frozen=True, slots=True)
class PlatformGroup:
    id: str
    display_name: str
    external_id: str | None
    members: frozenset[str]  # the members' platform ids
    etag: str | None = None

    @classmethod
    def of(cls, resource: JsonDict, etag: str | None = None) -> PlatformGroup:
        members = resource.get("members")
        ids = frozenset(str(m["value"]) for m in members or ()
                        if isinstance(m, dict) and m.get("value"))
        external = resource.get("externalId")
        return cls(group_id(resource), str(resource.get("displayName") or ""),
                   external if isinstance(external, str) else None, ids, etag)


def group_id(resource: JsonDict) -> str:
    """The group's platform id: the server's string (RFC 7643 3.1). Anything else (an
    object, a number, a list) would be stored as its text and address nothing: the
    answer is unusable for this group alone (`BadAnswer`), and nothing of it is kept."""
    found = resource_id(resource)
    if found is not None:
        return found
    raise BadAnswer(msg("The platform answered with an id for this group that is not text "
                        "(SCIM ids are text): nothing was recorded for the group."))


def group_body(display_name: str, external_id: str, members: Iterable[str]) -> JsonDict:
    return {"schemas": [CORE_GROUP], "displayName": display_name, "externalId": external_id,
            "members": [{"value": m} for m in sorted(members)]}


class GroupsApi(ResourceApi):
    def __init__(self, http: ScimHttp, capabilities: Capabilities) -> None:
        super().__init__(http, capabilities, capabilities.groups_endpoint)

    def find_by_display_name(self, name: str) -> list[JsonDict]:
        """The resources of the groups of that name (any case), as listed."""
        found = listing.search(self.http, self.endpoint, "displayName", name)
        return [r for r in found if r.get("id") not in (None, "")
                and str(r.get("displayName", "")).casefold() == name.casefold()]

    def find(self, name: str, external_id: str) -> PlatformGroup | None:
        """Ours (same externalId) among the groups of that name; else the only one of
        that name that has no externalId (a group made by hand, to adopt). Another's
        group is never read further: only the one taken must have a usable id."""
        groups = self.find_by_display_name(name)
        ours = [r for r in groups if r.get("externalId") == external_id]
        if ours:
            return PlatformGroup.of(ours[0])
        unclaimed = [r for r in groups if not isinstance(r.get("externalId"), str)
                     or not r["externalId"]]
        return PlatformGroup.of(unclaimed[0]) if len(groups) == 1 and unclaimed \
            else None

    def get(self, platform_id: str) -> PlatformGroup:
        reply = self.at("GET", platform_id)
        if not reply.body or reply.body.get("id") in (None, ""):
            raise NotScim(msg("The platform answered a group read without the group."))
        return PlatformGroup.of(reply.body, reply.etag)

    def create(self, name: str, external_id: str, members: Collection[str]
               ) -> tuple[PlatformGroup, bool]:
        """(the group, adopted): adopted when the group was there already."""
        found: list[PlatformGroup] = []

        def applied_anyway() -> Reply | None:
            group = self.find(name, external_id)
            if group is None:
                return None
            found.append(group)
            return Reply(200, None, httpx.Headers())

        existing = self.find(name, external_id)
        if existing is not None:
            return existing, True
        reply = self.http.request("POST", self.endpoint,
                                  body=group_body(name, external_id, members),
                                  lost_write_check=applied_anyway)
        if found:
            return found[0], True
        body = reply.body or {}
        if body.get("id") not in (None, ""):  # an id that is not text is never taken as one
            gid: str | None = group_id(body)
        else:
            gid = id_from_location(reply.location)
        if not gid:
            group = self.find(name, external_id)
            if group is None:
                raise NotScim(msg("The platform accepted a new group but did not say where it is."))
            return group, False
        return PlatformGroup(gid, name, external_id, frozenset(members), reply.etag), False

    def change_members(self, platform_id: str, add: Collection[str], remove: Collection[str]
                       ) -> None:
        """PATCH add/remove members, in requests of bounded size."""
        ops: list[JsonDict] = []
        adds = sorted(add)
        for i in range(0, len(adds), MEMBERS_PER_OP):
            chunk = adds[i:i + MEMBERS_PER_OP]
            ops.append({"op": "add", "path": "members", "value": [{"value": m} for m in chunk]})
        ops += [{"op": "remove", "path": f"members[{listing.eq_filter('value', m)}]"}
                for m in sorted(remove)]
        for i in range(0, len(ops), 50):
            self.at("PATCH", platform_id, body=patch_body(ops[i:i + 50]))

    def replace(self, group: PlatformGroup, name: str, external_id: str,
                members: Collection[str]) -> None:
        headers = {"If-Match": group.etag} if group.etag else {}
        body = {**group_body(name, external_id, members), "id": group.id}
        self.at("PUT", group.id, body=body, headers=headers)

    def rename(self, platform_id: str, name: str, external_id: str) -> None:
        ops = [{"op": "replace", "path": "displayName", "value": name},
               {"op": "replace", "path": "externalId", "value": external_id}]
        self.at("PATCH", platform_id, body=patch_body(ops))


