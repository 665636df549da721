"""A faithful fake of the Microsoft Graph v1.0 endpoints the Entra reader uses.

Serves /users (paged, $select, $expand=manager), /users/delta, /users/{id|upn}, /$batch,
/groups, /groups/{id}/members|transitiveMembers, /me, /me/memberOf|transitiveMemberOf,
/organization and /places/microsoft.graph.room, on graph.microsoft.com and the
national-cloud hosts. Like Graph: paging tokens are opaque (clients follow
@odata.nextLink / @odata.deltaLink verbatim); a page with `$expand` holds at most 100
objects; a token lacking the permission an endpoint needs gets 403
Authorization_RequestDenied; unsupported query options ($filter, $search, $orderby)
are refused with 400; errors use {"error": {"code", "message", "innerError"}}.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import httpx

from idp_wizard.demo import graph_org
from idp_wizard.demo.faults import Faults, bearer, json_response
from idp_wizard.demo.graph_common import (
    USER_DEFAULT,
    USER_PROPS,
    GraphError,
    context,
    expands_manager,
    select,
)
from idp_wizard.demo.graph_delta import GraphDelta
from idp_wizard.demo.graph_groups import GLOBAL_ADMIN_TEMPLATE_ID, GraphGroups
from idp_wizard.demo.graph_paging import paged
from idp_wizard.demo.graph_render import manager_ref, manager_ref_at, user_json, user_json_at
from idp_wizard.demo.ids import guid
from idp_wizard.demo.person_table import REMOVED
from idp_wizard.demo.tenant import DemoTenant

__all__ = ["DEMO_TOKEN", "GLOBAL_ADMIN_TEMPLATE_ID", "GRAPH_HOSTS", "FakeGraph"]

GRAPH_HOSTS = ("graph.microsoft.com", "graph.microsoft.us", "microsoftgraph.chinacloudapi.cn")
DEMO_TOKEN = "demo-access-token"
_UNSUPPORTED = ("$filter", "$search", "$orderby", "$count")
_DIRECTORY = ("Directory.Read.All", "Directory.ReadWrite.All")
# Delegated permissions that let a token call each kind of endpoint (Graph's tables).
NEEDS: dict[str, frozenset[str]] = {
    "users": frozenset({"User.Read.All", "User.ReadWrite.All", *_DIRECTORY}),
    "me": frozenset({"User.Read", "User.ReadWrite", "User.Read.All", "User.ReadWrite.All",
                     *_DIRECTORY}),
    "groups": frozenset({"GroupMember.Read.All", "Group.Read.All", "Group.ReadWrite.All",
                         *_DIRECTORY}),
    "organization": frozenset({"User.Read", "Organization.Read.All", *_DIRECTORY}),
    "places": frozenset({"Place.Read.All", "Place.ReadWrite.All"}),
}
ROLE_READERS = frozenset({"RoleManagement.Read.Directory", "RoleManagement.Read.All",
                          *_DIRECTORY})
# What the demo's own token (and tokens a test adds by hand) may do.
ALL_PERMISSIONS = frozenset({"User.Read", "User.Read.All", "GroupMember.Read.All",
                             "RoleManagement.Read.Directory", "Place.Read.All"})


class FakeGraph:
    """Microsoft Graph over one `DemoTenant`; call `handle(request)` from a transport."""

    def __init__(self, tenant: DemoTenant, faults: Faults | None = None) -> None:
        self.tenant = tenant
        self.faults = faults if faults is not None else Faults()
        self.valid_tokens: set[str] = {DEMO_TOKEN}
        self.token_users: dict[str, str] = {DEMO_TOKEN: tenant.entra_admin_id}
        self.token_scopes: dict[str, frozenset[str]] = {}  # absent: ALL_PERMISSIONS
        self.global_admins: set[str] = {tenant.entra_admin_id}
        self.groups = GraphGroups(lambda: self.tenant)
        self.delta = GraphDelta(lambda: self.tenant, self.faults, self._fault_error)

    # -- entry point ------------------------------------------------------------------
    def handle(self, request: httpx.Request) -> httpx.Response:
        fault = self.faults.gate(request, self._fault_error, google=False)
        if fault is not None:
            return fault
        token = bearer(request)
        if token is None or token not in self.valid_tokens:
            msg = "Access token is empty." if token is None else "Access token validation failure."
            return self._error(401, "InvalidAuthenticationToken", msg)
        try:
            resp = self.route(request, token)
        except GraphError as e:
            return self._error(e.status, e.code, e.message)
        if resp.status_code < 400:
            self.faults.succeeded()
        return resp

    def _require(self, token: str, kind: str) -> None:
        if not self.token_scopes.get(token, ALL_PERMISSIONS) & NEEDS[kind]:
            raise GraphError(403, "Authorization_RequestDenied",
                             "Insufficient privileges to complete the operation.")

    def route(self, request: httpx.Request, token: str) -> httpx.Response:
        path = request.url.path.rstrip("/")
        if not path.startswith("/v1.0/"):
            raise GraphError(400, "BadRequest", "Invalid version: only v1.0 is served.")
        parts = path[len("/v1.0/") :].split("/")
        q = request.url.params
        for opt in _UNSUPPORTED:
            if opt in q:
                raise GraphError(400, "Request_UnsupportedQuery", f"{opt} is not supported here.")
        if parts == ["$batch"] and request.method == "POST":
            return self._batch(request, token)
        if request.method != "GET":
            raise GraphError(405, "Request_BadRequest", "Method not allowed.")
        host, head, rest = request.url.host, parts[0], parts[1:]
        if head == "users":
            self._require(token, "users")
            if rest in (["delta"], ["microsoft.graph.delta"]):
                return self.delta.handle(host, q, request.headers.get("Prefer", ""))
            if not rest:
                return self._users(host, q)
            if len(rest) == 1:
                return self._one_user(rest[0], q)
        if head == "me":
            self._require(token, "me")
            user_id = self.token_users.get(token)
            if user_id is None:
                raise GraphError(400, "BadRequest", "/me request is only valid with "
                                 "delegated authentication flow.")
            if not rest:
                return self._one_user(user_id, q)
            if rest in (["transitiveMemberOf"], ["memberOf"]):
                sees_roles = bool(self.token_scopes.get(token, ALL_PERMISSIONS) & ROLE_READERS)
                return self.groups.member_of(user_id, q, rest[0] == "memberOf",
                                             user_id in self.global_admins, sees_roles)
        if head == "groups" and (not rest or (len(rest) == 2 and rest[1] in (
                "members", "transitiveMembers"))):
            self._require(token, "groups")
            return self.groups.members(host, rest, q) if rest else self.groups.listing(host, q)
        if head == "organization" and not rest:
            self._require(token, "organization")
            return graph_org.organization(self.tenant, q)
        if head == "places" and rest == ["microsoft.graph.room"] and host == GRAPH_HOSTS[0]:
            self._require(token, "places")  # the places API exists in the global cloud only
            return graph_org.rooms(self.tenant, host, q)
        raise GraphError(400, "BadRequest", f"Resource not found for the segment '{head}'.")

    # -- users ------------------------------------------------------------------------
    def _users(self, host: str, q: httpx.QueryParams) -> httpx.Response:
        t = self.tenant
        fields, expand = select(q, USER_PROPS, USER_DEFAULT), expands_manager(q)

        def rows(_q: httpx.QueryParams, start: int, size: int) -> tuple[list[Any], int]:
            out: list[Any] = []
            persons, i = t.persons, start
            count, removed = len(persons), persons.removed
            profiles = persons.profiles
            while i < count and len(out) < size:
                i += 1
                if not profiles[i - 1][REMOVED]:
                    row = user_json_at(t, i - 1, fields)
                    if expand and (m := manager_ref_at(t, i - 1)) is not None:
                        row["manager"] = m
                    out.append(row)
            while i < count and removed(i):  # no empty trailing page
                i += 1
            return out, i

        return paged(host, "users", q, rows, len(t.persons), t.fingerprint, name="users",
                     expand=expand, fault=lambda page: self.faults.page_fault(
                         page, self._fault_error))

    def _one_user(self, key: str, q: httpx.QueryParams) -> httpx.Response:
        p = self.tenant.by_entra_id(key) or self.tenant.by_upn(key)
        if p is None:
            raise GraphError(404, "Request_ResourceNotFound", f"Resource '{key}' does not exist "
                             "or one of its queried reference-property objects are not present.")
        fields = select(q, USER_PROPS, USER_DEFAULT)
        body: dict[str, Any] = {"@odata.context": context("users", fields, single=True)}
        body.update(user_json(self.tenant, p, fields))
        if expands_manager(q) and (m := manager_ref(self.tenant, p)) is not None:
            body["manager"] = m
        return json_response(200, body)

    # -- batch and errors -------------------------------------------------------------
    def _batch(self, request: httpx.Request, token: str) -> httpx.Response:
        """JSON batching: up to 20 GET requests with relative URLs, answered in order."""
        try:
            reqs = json.loads(request.content).get("requests")
        except (ValueError, AttributeError):
            reqs = None
        if not isinstance(reqs, list) or not reqs:
            raise GraphError(400, "BadRequest", "Invalid batch payload: 'requests' is required.")
        if len(reqs) > 20:
            raise GraphError(400, "BadRequest", "The number of batch requests exceeds 20.")
        out = []
        for r in reqs:
            url = "/" + str(r.get("url", "")).lstrip("/")
            inner = httpx.Request(str(r.get("method", "GET")).upper(),
                                  f"https://{request.url.host}/v1.0{url}")
            try:
                if inner.method != "GET":
                    raise GraphError(400, "BadRequest", "Only GET is supported in a batch.")
                resp = self.route(inner, token)
            except GraphError as e:
                resp = self._error(e.status, e.code, e.message)
            out.append({"id": str(r.get("id")), "status": resp.status_code,
                        "headers": {"Content-Type": "application/json"},
                        "body": json.loads(resp.content)})
        return json_response(200, {"responses": out})

    def _error(self, status: int, code: str, message: str) -> httpx.Response:
        rid = guid("request", self.faults.requests)
        date = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")
        inner = {"date": date, "request-id": rid, "client-request-id": rid}
        headers = {"request-id": rid}
        if status == 401:
            headers["WWW-Authenticate"] = ('Bearer realm="", authorization_uri="https://login.'
                                           'microsoftonline.com/common/oauth2/authorize", '
                                           'client_id="00000003-0000-0000-c000-000000000000"')
        body = {"error": {"code": code, "message": message, "innerError": inner}}
        return json_response(status, body, headers)

    def _fault_error(self, status: int, code: str, message: str) -> httpx.Response:
        if status == 401:  # the revoked-token fault
            code, message = "InvalidAuthenticationToken", "Access token has expired or is not yet valid."  # noqa: E501
        return self._error(status, code, message)
