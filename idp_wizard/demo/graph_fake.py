"""A faithful fake of the Microsoft Graph v1.0 endpoints the Entra reader uses.

Serves /users (paged, $select, $expand=manager), /users/delta (nextLink → deltaLink,
partial entries for changed users, @removed for leavers), /users/{id|upn}, /$batch,
/groups, /groups/{id}/members|transitiveMembers, /me, /me/memberOf|transitiveMemberOf,
on graph.microsoft.com and the national-cloud hosts. Paging tokens are opaque: clients
must follow @odata.nextLink / @odata.deltaLink verbatim. Errors use Graph's
{"error": {"code", "message", "innerError"}} shape. Unsupported query options
($filter, $search, $orderby) are refused with 400 rather than silently ignored.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx

from idp_wizard.demo.faults import Faults, bearer, decode_cursor, encode_cursor, json_response
from idp_wizard.demo.graph_common import USER_DEFAULT, USER_PROPS, GraphError
from idp_wizard.demo.graph_delta import GraphDeltaMixin
from idp_wizard.demo.tenant import COMPANIES, DEPARTMENTS, OFFICES, DemoTenant, Person, guid

GRAPH_HOSTS = ("graph.microsoft.com", "graph.microsoft.us", "microsoftgraph.chinacloudapi.cn")
GLOBAL_ADMIN_TEMPLATE_ID = "62e90394-69f5-4237-9190-012177145e10"
DEMO_TOKEN = "demo-access-token"
GROUP_PROPS = ("id", "displayName", "description", "mail", "mailNickname", "groupTypes",
               "securityEnabled", "mailEnabled")
ROLE_PROPS = ("id", "displayName", "description", "roleTemplateId")
_CANON = {n.lower(): n for n in USER_PROPS + GROUP_PROPS + ROLE_PROPS}
_UNSUPPORTED = ("$filter", "$search", "$orderby", "$count")
USER_T, GROUP_T = "#microsoft.graph.user", "#microsoft.graph.group"


class FakeGraph(GraphDeltaMixin):
    """Microsoft Graph over one `DemoTenant`; call `handle(request)` from a transport."""

    def __init__(self, tenant: DemoTenant, faults: Faults | None = None) -> None:
        self.tenant = tenant
        self.faults = faults if faults is not None else Faults()
        self.valid_tokens: set[str] = {DEMO_TOKEN}
        self.token_users: dict[str, str] = {DEMO_TOKEN: tenant.entra_admin_id}
        self.global_admins: set[str] = {tenant.entra_admin_id}
        self._members_cache: dict[tuple[int, int, bool], list[tuple[str, int]]] = {}

    # -- rendering --------------------------------------------------------------------
    def user_json(self, p: Person, select: tuple[str, ...]) -> dict[str, Any]:
        office = OFFICES[p.office] if p.office >= 0 else None
        full: dict[str, Any] = {
            "id": self.tenant.entra_id(p.key), "displayName": p.display,
            "givenName": p.given, "surname": p.surname, "mail": p.mail,
            "userPrincipalName": p.upn,
            "department": DEPARTMENTS[p.dept][0] if p.dept >= 0 else None,
            "jobTitle": p.title, "officeLocation": office[0] if office else None,
            "city": office[0] if office else None,
            "country": office[2] if office and not p.guest else None,
            "usageLocation": office[1] if office else None,
            "companyName": COMPANIES[p.company] if p.company >= 0 and p.kind == 0 else None,
            "preferredLanguage": p.lang or None, "accountEnabled": p.enabled,
            "userType": "Guest" if p.guest else "Member", "businessPhones": [],
            "mobilePhone": None,
        }
        return {k: full[k] for k in select if k in full}

    def group_json(self, index: int, select: tuple[str, ...]) -> dict[str, Any]:
        g = self.tenant.groups[index]
        mail_enabled = g.kind != "security"
        full: dict[str, Any] = {
            "id": self.tenant.entra_group_id(index), "displayName": g.name,
            "description": g.description,
            "mail": f"{g.nick}@{self.tenant.domain}" if mail_enabled else None,
            "mailNickname": g.nick,
            "groupTypes": ["Unified"] if g.kind == "microsoft365" else [],
            "securityEnabled": g.kind == "security", "mailEnabled": mail_enabled,
        }
        return {k: full[k] for k in select if k in full}

    def _manager(self, p: Person) -> dict[str, str] | None:
        if p.manager < 0 or self.tenant.persons[p.manager].removed:
            return None
        return {"@odata.type": USER_T, "id": self.tenant.entra_id(p.manager)}

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
        if head == "users" and rest in ([], ["delta"], ["microsoft.graph.delta"]):
            if rest:
                return self._delta(host, q, request.headers.get("Prefer", ""))
            return self._paged(host, "users", q, self._user_rows, len(self.tenant.persons), True)
        if head == "users" and len(rest) == 1:
            return self._one_user(rest[0], q)
        if head == "me":
            user_id = self.token_users.get(token)
            if user_id is None:
                raise GraphError(400, "BadRequest", "/me request is only valid with delegated authentication flow.")  # noqa: E501
            if not rest:
                return self._one_user(user_id, q)
            if rest in (["transitiveMemberOf"], ["memberOf"]):
                return self._member_of(host, user_id, q, rest[0] == "memberOf")
        if head == "groups" and not rest:
            return self._paged(host, "groups", q, self._group_rows, len(self.tenant.groups))
        if head == "groups" and len(rest) == 2 and rest[1] in ("members", "transitiveMembers"):
            return self._members(host, rest, q)
        raise GraphError(400, "BadRequest", f"Resource not found for the segment '{head}'.")

    # -- users ------------------------------------------------------------------------
    @staticmethod
    def _select(q: httpx.QueryParams, allowed: tuple[str, ...],
                default: tuple[str, ...]) -> tuple[str, ...]:
        """$select as canonical names plus "id"; unknown names are a 400, like Graph."""
        raw = q.get("$select")
        if not raw:
            return default
        out = ["id"]
        for name in raw.split(","):
            canon = _CANON.get(name.strip().lower())
            if canon is None or canon not in allowed:
                raise GraphError(400, "BadRequest", f"Could not find a property named "
                                 f"'{name.strip()}' on type 'microsoft.graph.user'.")
            if canon not in out:
                out.append(canon)
        return tuple(out)

    @staticmethod
    def _expand_manager(q: httpx.QueryParams) -> bool:
        raw = q.get("$expand", "")
        if raw and not raw.replace(" ", "").lower().startswith("manager"):
            raise GraphError(400, "BadRequest", f"Could not find a navigation property '{raw}'.")
        return bool(raw)

    def _user_rows(self, q: httpx.QueryParams, start: int, size: int) -> tuple[list[Any], int]:
        select, expand = self._select(q, USER_PROPS, USER_DEFAULT), self._expand_manager(q)
        rows: list[Any] = []
        persons, i = self.tenant.persons, start
        while i < len(persons) and len(rows) < size:
            p, i = persons[i], i + 1
            if not p.removed:
                row = self.user_json(p, select)
                if expand and (m := self._manager(p)) is not None:
                    row["manager"] = m
                rows.append(row)
        while i < len(persons) and persons[i].removed:  # no empty trailing page
            i += 1
        return rows, i

    def _one_user(self, key: str, q: httpx.QueryParams) -> httpx.Response:
        p = self.tenant.by_entra_id(key) or self.tenant.by_upn(key)
        if p is None:
            raise GraphError(404, "Request_ResourceNotFound", f"Resource '{key}' does not exist "
                             "or one of its queried reference-property objects are not present.")
        select = self._select(q, USER_PROPS, USER_DEFAULT)
        body = {"@odata.context": self._context("users", select, single=True)}
        body.update(self.user_json(p, select))
        if self._expand_manager(q) and (m := self._manager(p)) is not None:
            body["manager"] = m
        return json_response(200, body)

    # -- plain paging -----------------------------------------------------------------
    def _paged(self, host: str, path: str, q: httpx.QueryParams, rows_fn: Any, total: int,
               users: bool = False) -> httpx.Response:
        """One page of a listing; the opaque $skiptoken holds (path, tenant, offset, page)."""
        start, page = 0, 1
        if "$skiptoken" in q:
            parts = decode_cursor(q["$skiptoken"])
            if not parts or parts[:2] != [path, self.tenant.fingerprint] or len(parts) != 4:
                raise GraphError(400, "Directory_InvalidSkipToken", "The skip token is invalid.")
            start, page = int(parts[2]), int(parts[3])  # type: ignore[call-overload]
        if users and (fault := self.faults.page_fault(page, self._fault_error)) is not None:
            return fault
        try:
            top = min(max(int(q.get("$top", "100")), 1), 999)
        except ValueError as e:
            raise GraphError(400, "BadRequest", "Invalid page size specified.") from e
        rows, end = rows_fn(q, start, top)
        name = "users" if users else "groups" if path == "groups" else "directoryObjects"
        body: dict[str, Any] = {"@odata.context": self._context(name), "value": rows}
        if end < total:
            keep = [(k, v) for k, v in q.multi_items() if k != "$skiptoken"]
            token = encode_cursor(path, self.tenant.fingerprint, end, page + 1)
            body["@odata.nextLink"] = self._link(host, path, [*keep, ("$skiptoken", token)])
        return json_response(200, body)

    def _group_rows(self, q: httpx.QueryParams, start: int, size: int) -> tuple[list[Any], int]:
        select = self._select(q, GROUP_PROPS, GROUP_PROPS)
        end = min(start + size, len(self.tenant.groups))
        return [self.group_json(i, select) for i in range(start, end)], end

    @staticmethod
    def _link(host: str, path: str, params: list[tuple[str, str]]) -> str:
        query = "&".join(f"{k}={quote(v, safe=',()=$;')}" for k, v in params)
        return f"https://{host}/v1.0/{path}?{query}"

    @staticmethod
    def _context(name: str, select: tuple[str, ...] | None = None, single: bool = False) -> str:
        sel = f"({','.join(s for s in select if s != 'id')})" if select else ""
        return f"https://graph.microsoft.com/v1.0/$metadata#{name}{sel}" + "/$entity" * single

    # -- groups and membership --------------------------------------------------------
    def _group_index(self, group_id: str) -> int:
        if not hasattr(self, "_gid"):
            self._gid = {self.tenant.entra_group_id(g.index): g.index for g in self.tenant.groups}
        index = self._gid.get(group_id)
        if index is None:
            raise GraphError(404, "Request_ResourceNotFound", f"Resource '{group_id}' does not exist.")  # noqa: E501
        return index

    def _members(self, host: str, rest: list[str], q: httpx.QueryParams) -> httpx.Response:
        """Direct members, or transitive ones (nested groups and all their users, flat)."""
        index, transitive = self._group_index(rest[0]), rest[1] == "transitiveMembers"
        ck = (index, self.tenant.version, transitive)
        if ck not in self._members_cache:
            g, t = self.tenant.groups[index], self.tenant
            nested = t.nested_groups(index) if transitive else g.children
            users = t.transitive_members(index) if transitive else list(g.members)
            self._members_cache = {ck: [("g", i) for i in nested] + [("u", k) for k in users]}
        entries = self._members_cache[ck]
        select = self._select(q, USER_PROPS + GROUP_PROPS, ()) if "$select" in q else None

        def rows(_q: httpx.QueryParams, start: int, size: int) -> tuple[list[Any], int]:
            out = [self._object(kind, i, select) for kind, i in entries[start : start + size]]
            return out, min(start + size, len(entries))

        return self._paged(host, "/".join(("groups", *rest)), q, rows, len(entries))

    def _object(self, kind: str, i: int, select: tuple[str, ...] | None) -> dict[str, Any]:
        if kind == "g":
            return {"@odata.type": GROUP_T, **self.group_json(i, select or GROUP_PROPS)}
        p = self.tenant.persons[i]
        return {"@odata.type": USER_T, **self.user_json(p, select or USER_DEFAULT)}

    def _member_of(self, host: str, user_id: str, q: httpx.QueryParams,
                   direct: bool) -> httpx.Response:
        p = self.tenant.by_entra_id(user_id)
        if p is None:
            raise GraphError(404, "Request_ResourceNotFound", f"Resource '{user_id}' does not exist.")  # noqa: E501
        select = self._select(q, GROUP_PROPS + ROLE_PROPS, ()) if "$select" in q else None
        groups = p.groups if direct else self.tenant.member_of(p.key)
        rows = [self._object("g", i, select) for i in groups]
        if user_id in self.global_admins:
            role = {"id": guid("role", self.tenant.seed), "displayName": "Global Administrator",
                    "description": "Can manage all aspects of Microsoft Entra ID.",
                    "roleTemplateId": GLOBAL_ADMIN_TEMPLATE_ID}
            role = {k: v for k, v in role.items() if select is None or k in select}
            rows.append({"@odata.type": "#microsoft.graph.directoryRole", **role})
        return json_response(200, {"@odata.context": self._context("directoryObjects"), "value": rows})  # noqa: E501

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
