"""A faithful fake of the Google Admin SDK Directory API (admin.googleapis.com).

Serves users.list/get, groups.list, members.list (includeDerivedMembership) and
orgunits.list under /admin/directory/v1. Rooms, shared mailboxes and the service
account of the demo tenant exist only in Entra (Google keeps rooms as calendar
resources); guests are listed with `isGuestUser`. Like Google: a page without results
omits its list, `directMembersCount` is a string, a `fields=` mask selects top-level
keys (so a mask without `nextPageToken` gets no next page token) and naming a field
the User resource lacks is a 400. Non-admins may only get themselves (every other call
answers 403 forbidden). There is no delta API. Rendering: directory_render.py.
"""

from __future__ import annotations

import bisect
from typing import Any

import httpx

from idp_wizard.demo import directory_render as render
from idp_wizard.demo.faults import Faults, bearer, decode_cursor, encode_cursor, json_response
from idp_wizard.demo.people import Person
from idp_wizard.demo.tenant import DemoTenant

GOOGLE_HOST = "admin.googleapis.com"
BASE = "/admin/directory/v1/"
DEMO_TOKEN = "demo-access-token"
_STATUS = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED",
           404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE"}


class DirectoryError(Exception):
    def __init__(self, status: int, reason: str, message: str, domain: str = "global") -> None:
        super().__init__(message)
        self.status, self.reason, self.message, self.domain = status, reason, message, domain


def parse_fields(mask: str) -> dict[str, str]:
    """Top-level names of a fields mask → their sub-selection ("" for all)."""
    out: dict[str, str] = {}
    depth, start = 0, 0
    for i, ch in enumerate(mask + ","):
        depth += ch == "("
        depth -= ch == ")"
        if ch == "," and depth == 0:
            item = mask[start:i].strip()
            start = i + 1
            if item:
                name, _, sub = item.partition("(")
                name, _, slash = name.partition("/")
                out[name.strip()] = sub[:-1] if sub else slash
    return out


class FakeDirectory:
    """Google's Directory API over one `DemoTenant`; `handle(request)` from a transport."""

    def __init__(self, tenant: DemoTenant, faults: Faults | None = None) -> None:
        self.tenant = tenant
        self.faults = faults if faults is not None else Faults()
        self.valid_tokens: set[str] = {DEMO_TOKEN}
        self.token_users: dict[str, str] = {DEMO_TOKEN: tenant.admin_email}
        self.customer_id = "C0" + tenant.fingerprint[:7]
        self._cache: dict[str, Any] = {}

    # -- entry point ------------------------------------------------------------------
    def handle(self, request: httpx.Request) -> httpx.Response:
        fault = self.faults.gate(request, self._fault_error, google=True)
        if fault is not None:
            return fault
        token = bearer(request)
        if token is None or token not in self.valid_tokens:
            return self._error(401, "authError", "Request had invalid authentication credentials.")
        try:
            resp = self.route(request, token)
        except DirectoryError as e:
            return self._error(e.status, e.reason, e.message, e.domain)
        if resp.status_code < 400:
            self.faults.succeeded()
        return resp

    def route(self, request: httpx.Request, token: str) -> httpx.Response:
        path, q = request.url.path, request.url.params
        if not path.startswith(BASE) or request.method != "GET":
            raise DirectoryError(404, "notFound", "Not Found")
        parts = path[len(BASE) :].strip("/").split("/")
        me = self.tenant.by_google_key(self.token_users.get(token, ""))
        own = me is not None and len(parts) == 2 and parts[0] == "users" and (
            getattr(self._user(parts[1]), "key", None) == me.key)
        if not (me is not None and me.key == 0) and not own:
            raise DirectoryError(403, "forbidden", "Not Authorized to access this resource/api")
        if parts == ["users"]:
            return self._list_users(q)
        if len(parts) == 2 and parts[0] == "users":
            user = self._user(parts[1], must=True)
            assert user is not None
            body = render.user_json(self.tenant, user, self.customer_id)
            return self._fields(body, q, users=False)
        if parts == ["groups"]:
            self._customer(q)
            t = self.tenant
            return self._paged("groups", q, 200, len(t.groups),
                               lambda s, e: [render.group_json(t, i) for i in range(s, e)])
        if len(parts) == 3 and parts[0] == "groups" and parts[2] == "members":
            return self._members(parts[1], q)
        if len(parts) == 3 and parts[0] == "customer" and parts[2] == "orgunits":
            return self._org_units(parts[1], q)
        raise DirectoryError(404, "notFound", "Not Found")

    # -- handlers ---------------------------------------------------------------------
    def _customer(self, q: httpx.QueryParams) -> None:
        customer = q.get("customer") or q.get("domain")
        if customer not in ("my_customer", self.customer_id, self.tenant.domain):
            raise DirectoryError(400, "badRequest", "Bad Request")

    def _user(self, key: str, must: bool = False) -> Person | None:
        p = self.tenant.by_google_key(key)
        if p is None and must:
            raise DirectoryError(404, "notFound", "Resource Not Found: userKey")
        return p

    def _list_users(self, q: httpx.QueryParams) -> httpx.Response:
        """Key order, or e-mail order with `orderBy=email` (cursor: the last e-mail)."""
        self._customer(q)
        if "query" in q or "showDeleted" in q:
            raise DirectoryError(400, "invalid", "query/showDeleted are not supported by the demo")
        by_email = q.get("orderBy") == "email"
        size = min(max(int(q.get("maxResults", "100") or 100), 1), 500)
        cur = decode_cursor(q["pageToken"]) if "pageToken" in q else ["u", self.tenant.fingerprint, 1, None]  # noqa: E501
        if not cur or cur[:2] != ["u", self.tenant.fingerprint] or len(cur) != 4:
            raise DirectoryError(400, "invalid", "Invalid Value")
        page, after = int(cur[2]), cur[3]  # type: ignore[call-overload]
        if (fault := self.faults.page_fault(page, self._fault_error)) is not None:
            return fault
        if by_email:
            order = self._email_order()
            i = bisect.bisect_right(order, (after, 1 << 62)) if after is not None else 0
            keys = [k for _, k in order[i : i + size]]
            more = i + size < len(order)
            last = order[i + len(keys) - 1][0] if keys else after
        else:
            persons, i, keys = self.tenant.persons, 0 if after is None else int(after) + 1, []  # type: ignore[call-overload]
            while i < len(persons) and len(keys) < size:
                if persons.in_google_now(i):
                    keys.append(i)
                i += 1
            while i < len(persons) and not persons.in_google_now(i):
                i += 1  # no empty trailing page
            more = i < len(persons)
            last = keys[-1] if keys else after
        body: dict[str, Any] = {"kind": "admin#directory#users", "etag": f'"{self.tenant.version}"'}
        if keys:
            body["users"] = [render.user_json(self.tenant, self.tenant.persons[k], self.customer_id)
                             for k in keys]
        if more:
            body["nextPageToken"] = encode_cursor("u", self.tenant.fingerprint, page + 1, last)
        return self._fields(body, q, users=True)

    def _email_order(self) -> list[tuple[str, int]]:
        if self._cache.get("order_version") != self.tenant.version:
            self._cache["order"] = sorted((p.google_email.lower(), p.key)
                                          for p in self.tenant.active() if p.in_google)
            self._cache["order_version"] = self.tenant.version
        return self._cache["order"]  # type: ignore[no-any-return]

    def _paged(self, kind: str, q: httpx.QueryParams, limit: int, total: int, rows_fn: Any,
               token_kind: str | None = None) -> httpx.Response:
        """Offset paging for groups and members (the pageToken holds the offset)."""
        tk = token_kind or kind
        start = 0
        if "pageToken" in q:
            cur = decode_cursor(q["pageToken"])
            if not cur or cur[:2] != [tk, self.tenant.fingerprint] or len(cur) != 3:
                raise DirectoryError(400, "invalid", "Invalid Value")
            start = int(cur[2])  # type: ignore[call-overload]
        size = min(max(int(q.get("maxResults", str(limit)) or limit), 1), limit)
        end = min(start + size, total)
        etag = f'"{self.tenant.version}"'
        body: dict[str, Any] = {"kind": f"admin#directory#{kind}", "etag": etag}
        rows = rows_fn(start, end)
        if rows:
            body[kind] = rows
        if end < total:
            body["nextPageToken"] = encode_cursor(tk, self.tenant.fingerprint, end)
        return self._fields(body, q)

    def _group(self, key: str) -> int:
        if "groups" not in self._cache:
            t = self.tenant
            ids = {t.google_group_id(g.index): g.index for g in t.groups}
            ids.update({f"{g.nick}@{t.domain}": g.index for g in t.groups})
            self._cache["groups"] = ids
        index = self._cache["groups"].get(key.lower())
        if index is None:
            raise DirectoryError(404, "notFound", "Resource Not Found: groupKey")
        return index  # type: ignore[no-any-return]

    def _members(self, key: str, q: httpx.QueryParams) -> httpx.Response:
        """Direct members, or with includeDerivedMembership=true also nested groups' users."""
        index, t = self._group(key), self.tenant
        derived = q.get("includeDerivedMembership", "false").lower() == "true"
        ck = f"members:{index}:{derived}:{t.version}"
        if ck not in self._cache:
            g = t.groups[index]
            nested = t.nested_groups(index) if derived else g.children
            users = t.transitive_members(index) if derived else list(g.members)
            rows = [("GROUP", i) for i in nested] + [
                ("USER", k) for k in users if t.persons[k].in_google]
            self._cache = {k: v for k, v in self._cache.items() if not k.startswith("members:")}
            self._cache[ck] = rows
        entries = self._cache[ck]

        def members(s: int, e: int) -> list[dict[str, Any]]:
            return [render.member_json(t, kind, i) for kind, i in entries[s:e]]

        return self._paged("members", q, 200, len(entries), members, f"m{index}{derived:d}")

    def _org_units(self, customer: str, q: httpx.QueryParams) -> httpx.Response:
        if customer not in ("my_customer", self.customer_id):
            raise DirectoryError(400, "badRequest", "Bad Request")
        base = "/" + q.get("orgUnitPath", "/").strip("/")
        kind = q.get("type", "children")
        t, units = self.tenant, []
        for path in t.org_unit_paths():
            parent = path.rsplit("/", 1)[0] or "/"
            inside = base == "/" or path.startswith(base + "/") or path == base
            if not inside or (kind == "children" and parent != base) or (
                    path == base and kind != "allIncludingParent"):
                continue
            units.append(render.org_unit_json(t, path))
        body: dict[str, Any] = {"kind": "admin#directory#orgUnits", "etag": f'"{t.version}"'}
        if units:
            body["organizationUnits"] = units
        return self._fields(body, q)

    # -- helpers ----------------------------------------------------------------------
    @staticmethod
    def _fields(body: dict[str, Any], q: httpx.QueryParams,
                users: bool | None = None) -> httpx.Response:
        """Honour a fields mask at the top level (and one level down for lists).

        `users`: True for users.list (its `users(...)` names User fields), False for
        users.get (the mask itself names them). Unknown User fields are a 400."""
        if "fields" in q and q["fields"].strip() not in ("", "*"):
            mask = parse_fields(q["fields"])
            names = set(mask) if users is False else set(
                parse_fields(mask.get("users", "")) if users else ())
            unknown = sorted(names - render.USER_RESOURCE_FIELDS - {"*"})
            if unknown:
                raise DirectoryError(400, "invalidParameter",
                                     f"Invalid field selection {unknown[0]}")
            body = {k: v for k, v in body.items() if k in mask}
            for k, sub in mask.items():
                if sub and isinstance(body.get(k), list) and sub.strip() != "*":
                    keep = parse_fields(sub)
                    body[k] = [{n: v for n, v in row.items() if n in keep} for row in body[k]]
        return json_response(200, body)

    def _error(self, status: int, reason: str, message: str, domain: str = "global") -> httpx.Response:  # noqa: E501
        err: dict[str, Any] = {"message": message, "domain": domain, "reason": reason}
        headers = {}
        if status == 401:
            err.update(location="Authorization", locationType="header")
            headers["WWW-Authenticate"] = 'Bearer realm="https://accounts.google.com/", error="invalid_token"'  # noqa: E501
        body = {"error": {"code": status, "message": message, "errors": [err],
                          "status": _STATUS.get(status, "UNKNOWN")}}
        return json_response(status, body, headers)

    def _fault_error(self, status: int, code: str, message: str) -> httpx.Response:
        if status == 401:
            return self._error(401, "authError", "Request had invalid authentication credentials.")
        if status == 429:
            return self._error(429, "rateLimitExceeded", "Rate Limit Exceeded", "usageLimits")
        if status == 403:
            return self._error(403, code, "User Rate Limit Exceeded", "usageLimits")
        return self._error(status, "backendError", "Backend Error")
