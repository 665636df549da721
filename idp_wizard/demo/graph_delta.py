"""Microsoft Graph's /users/delta for the fake: the initial round, then only changes.

Query options live inside the tokens, as in Graph: links carry only the token. Pages
hold 100 users unless `Prefer: odata.maxpagesize=N` asks for more (at most 999, and at
most 100 while the manager is expanded).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from idp_wizard.demo.churn import MOVE_FIELDS
from idp_wizard.demo.faults import ErrorFn, Faults, decode_cursor, encode_cursor, json_response
from idp_wizard.demo.graph_common import (
    DEFAULT_PAGE,
    USER_DEFAULT,
    USER_PROPS,
    GraphError,
    context,
    expands_manager,
    link,
    page_size,
    select,
)
from idp_wizard.demo.graph_render import manager_ref_at, user_json_at
from idp_wizard.demo.person_table import REMOVED
from idp_wizard.demo.tenant import DemoTenant


class GraphDelta:
    def __init__(self, tenant: Callable[[], DemoTenant], faults: Faults,
                 fault_error: ErrorFn) -> None:
        self._tenant = tenant
        self.faults = faults
        self._fault_error = fault_error

    def handle(self, host: str, q: httpx.QueryParams, prefer: str) -> httpx.Response:
        """Initial round ("ds" skiptokens), change rounds ("dc") after a deltatoken ("dt")."""
        t = self._tenant()
        fp = t.fingerprint
        if "$deltatoken" in q:
            parts = decode_cursor(q["$deltatoken"])
            if not parts or parts[:1] != ["dt"] or len(parts) != 5:
                raise GraphError(400, "BadRequest", "The delta token is invalid.")
            _, tfp, since, fields, expand = parts
            self._check_sync_state(tfp == fp and int(since) <= t.step)  # type: ignore[call-overload]
            return self._changes(host, ["dc", fp, since, t.step, 0, 1, fields, expand])
        if "$skiptoken" in q:
            parts = decode_cursor(q["$skiptoken"])
            if not parts or parts[0] not in ("ds", "dc") or parts[1] != fp or len(parts) != 8:
                raise GraphError(400, "Directory_InvalidSkipToken", "The skip token is invalid.")
            if parts[0] == "dc":
                self._check_sync_state(True)
                return self._changes(host, parts)
            return self._initial(host, parts)
        fields = list(select(q, USER_PROPS, USER_DEFAULT))
        expand = expands_manager(q)
        asked = prefer.split("odata.maxpagesize=")[1].split(",")[0].strip() \
            if "odata.maxpagesize=" in prefer else None
        size = page_size(asked if asked and asked.isdigit() else None, expand)
        return self._initial(host, ["ds", fp, 0, 1, t.step, fields, expand, size])

    def _check_sync_state(self, ok: bool) -> None:
        faults = self.faults
        if faults.delta_expired or not ok:
            code = faults.delta_expired_code if faults.delta_expired else "syncStateNotFound"
            raise GraphError(410, code, "The sync state is no longer valid; resync required.")

    def _full(self, key: int, fields: list[str], expand: bool) -> dict[str, Any]:
        return _full_row(self._tenant(), key, tuple(fields), expand)

    def _page(self, host: str, rows: list[Any], nxt: list[Any] | None, fields: list[str],
              since: int, expand: bool) -> httpx.Response:
        body: dict[str, Any] = {"@odata.context": context("users", tuple(fields)),
                                "value": rows}
        if nxt is not None:
            token = ("$skiptoken", encode_cursor(*nxt))
            body["@odata.nextLink"] = link(host, "users/delta", [token])
        else:
            fp = self._tenant().fingerprint
            token = ("$deltatoken", encode_cursor("dt", fp, since, fields, expand))
            body["@odata.deltaLink"] = link(host, "users/delta", [token])
        return json_response(200, body)

    def _initial(self, host: str, cur: list[Any]) -> httpx.Response:
        _, fp, start, page, since, fields, expand, size = cur
        if (fault := self.faults.page_fault(page, self._fault_error)) is not None:
            return fault
        t = self._tenant()
        persons, i, asked = t.persons, start, tuple(fields)
        count, profiles = len(persons), persons.profiles
        rows: list[dict[str, Any]] = []
        while i < count and len(rows) < size:
            if not profiles[i][REMOVED]:
                rows.append(_full_row(t, i, asked, expand))
            i += 1
        nxt = ["ds", fp, i, page + 1, since, fields, expand, size] if i < count else None
        return self._page(host, rows, nxt, fields, since, expand)

    def _changes(self, host: str, cur: list[Any]) -> httpx.Response:
        """Changes after step `since` up to `until`: full rows for joiners, id + the
        changed properties for movers, @removed for leavers (every 4th "deleted")."""
        _, fp, since, until, start, page, fields, expand = cur
        t = self._tenant()
        changes = t.changes_between(since, until)
        keys = sorted(changes)
        rows: list[Any] = []
        for key in keys[start : start + DEFAULT_PAGE]:
            change = changes[key]
            if change == "removed":
                reason = "deleted" if key % 4 == 0 else "changed"
                rows.append({"id": t.entra_id(key), "@removed": {"reason": reason}})
            elif change == "added":
                rows.append(self._full(key, fields, expand))
            elif moved := [f for f in MOVE_FIELDS if f in fields]:
                rows.append(user_json_at(t, key, ("id", *moved)))
        end = start + DEFAULT_PAGE
        nxt = ["dc", fp, since, until, end, page + 1, fields, expand] if end < len(keys) else None
        return self._page(host, rows, nxt, fields, until, expand)


def _full_row(t: DemoTenant, key: int, fields: tuple[str, ...], expand: bool) -> dict[str, Any]:
    row = user_json_at(t, key, fields)
    if expand and (m := manager_ref_at(t, key)) is not None:
        row["manager@delta"] = [m]  # delta's shape for an expanded manager
    return row
