"""The Graph fake's groups: listing, (transitive) members, and a user's memberships."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from idp_wizard.demo.faults import json_response
from idp_wizard.demo.graph_common import (
    GROUP_PROPS,
    ROLE_PROPS,
    ROLE_T,
    USER_PROPS,
    GraphError,
    context,
    select,
)
from idp_wizard.demo.graph_paging import paged
from idp_wizard.demo.graph_render import directory_object, group_json
from idp_wizard.demo.ids import guid
from idp_wizard.demo.tenant import DemoTenant

GLOBAL_ADMIN_TEMPLATE_ID = "62e90394-69f5-4237-9190-012177145e10"


class GraphGroups:
    """Groups of the fake's current tenant (`tenant()`: churn may replace it)."""

    def __init__(self, tenant: Callable[[], DemoTenant]) -> None:
        self._tenant = tenant
        self._members_cache: dict[tuple[int, int, bool], list[tuple[str, int]]] = {}
        self._ids: tuple[DemoTenant, dict[str, int]] | None = None

    def clear(self) -> None:
        self._members_cache.clear()
        self._ids = None

    def listing(self, host: str, q: httpx.QueryParams) -> httpx.Response:
        t = self._tenant()
        fields = select(q, GROUP_PROPS, GROUP_PROPS, "group")

        def rows(_q: httpx.QueryParams, start: int, size: int) -> tuple[list[Any], int]:
            end = min(start + size, len(t.groups))
            return [group_json(t, i, fields) for i in range(start, end)], end

        return paged(host, "groups", q, rows, len(t.groups), t.fingerprint, name="groups")

    def _index(self, group_id: str) -> int:
        t = self._tenant()
        if self._ids is None or self._ids[0] is not t:
            self._ids = (t, {t.entra_group_id(g.index): g.index for g in t.groups})
        index = self._ids[1].get(group_id)
        if index is None:
            raise GraphError(404, "Request_ResourceNotFound",
                             f"Resource '{group_id}' does not exist.")
        return index

    def members(self, host: str, rest: list[str], q: httpx.QueryParams) -> httpx.Response:
        """Direct members, or transitive ones (nested groups and all their users, flat)."""
        t = self._tenant()
        index, transitive = self._index(rest[0]), rest[1] == "transitiveMembers"
        ck = (index, t.version, transitive)
        if ck not in self._members_cache:
            g = t.groups[index]
            nested = t.nested_groups(index) if transitive else g.children
            users = t.transitive_members(index) if transitive else list(g.members)
            self._members_cache = {ck: [("g", i) for i in nested] + [("u", k) for k in users]}
        entries = self._members_cache[ck]
        fields = select(q, USER_PROPS + GROUP_PROPS, (), "directoryObject") \
            if "$select" in q else None

        def rows(_q: httpx.QueryParams, start: int, size: int) -> tuple[list[Any], int]:
            out = [directory_object(t, kind, i, fields) for kind, i in entries[start:start + size]]
            return out, min(start + size, len(entries))

        return paged(host, "/".join(("groups", *rest)), q, rows, len(entries), t.fingerprint,
                     name="directoryObjects")

    def member_of(self, user_id: str, q: httpx.QueryParams, direct: bool,
                  is_admin: bool, sees_roles: bool) -> httpx.Response:
        """Groups and directory roles of a user. Without a role-reading permission Graph
        lists a role as its id and type only (no name, no roleTemplateId)."""
        t = self._tenant()
        p = t.by_entra_id(user_id)
        if p is None:
            raise GraphError(404, "Request_ResourceNotFound",
                             f"Resource '{user_id}' does not exist.")
        fields = select(q, GROUP_PROPS + ROLE_PROPS, (), "directoryObject") \
            if "$select" in q else None
        groups = p.groups if direct else t.member_of(p.key)
        rows = [directory_object(t, "g", i, fields) for i in groups]
        if is_admin:
            role: dict[str, Any] = {
                "id": guid("role", t.seed), "displayName": "Global Administrator",
                "description": "Can manage all aspects of Microsoft Entra ID.",
                "roleTemplateId": GLOBAL_ADMIN_TEMPLATE_ID}
            role = {k: v for k, v in role.items()
                    if (fields is None or k in fields) and (sees_roles or k == "id")}
            rows.append({"@odata.type": ROLE_T, **role})
        return json_response(200, {"@odata.context": context("directoryObjects"),
                                   "value": rows})
