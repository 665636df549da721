"""Microsoft Graph's /users/delta for the fake: the initial round, then only changes.

A mixin of `graph_fake.FakeGraph` (it uses the fake's tenant, faults and renderers).
Query options live inside the tokens, as in Graph: links carry only the token.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from idp_wizard.demo.churn import MOVE_FIELDS
from idp_wizard.demo.faults import decode_cursor, encode_cursor, json_response
from idp_wizard.demo.graph_common import USER_DEFAULT, USER_PROPS, GraphError
from idp_wizard.demo.tenant import Person

if TYPE_CHECKING:
    from idp_wizard.demo.faults import Faults
    from idp_wizard.demo.tenant import DemoTenant


class GraphDeltaMixin:
    tenant: DemoTenant
    faults: Faults

    # -- delta ------------------------------------------------------------------------
    def _delta(self, host: str, q: httpx.QueryParams, prefer: str) -> httpx.Response:
        """Initial round ("ds" skiptokens), change rounds ("dc") after a deltatoken ("dt").

        Query options live inside the tokens, as in Graph: links carry only the token.
        """
        fp = self.tenant.fingerprint
        if "$deltatoken" in q:
            parts = decode_cursor(q["$deltatoken"])
            if not parts or parts[:1] != ["dt"] or len(parts) != 5:
                raise GraphError(400, "BadRequest", "The delta token is invalid.")
            _, tfp, since, select, expand = parts
            self._check_sync_state(tfp == fp and int(since) <= self.tenant.step)  # type: ignore[call-overload]
            return self._delta_changes(host, ["dc", fp, since, self.tenant.step, 0, 1, select, expand])  # noqa: E501
        if "$skiptoken" in q:
            parts = decode_cursor(q["$skiptoken"])
            if not parts or parts[0] not in ("ds", "dc") or parts[1] != fp or len(parts) != 8:
                raise GraphError(400, "Directory_InvalidSkipToken", "The skip token is invalid.")
            if parts[0] == "dc":
                self._check_sync_state(True)
                return self._delta_changes(host, parts)
            return self._delta_initial(host, parts)
        size = 100  # Graph's delta pages are small; `Prefer: odata.maxpagesize=N` raises it
        if "odata.maxpagesize=" in prefer:
            digits = prefer.split("odata.maxpagesize=")[1].split(",")[0].strip()
            size = min(max(int(digits), 1), 999) if digits.isdigit() else size
        select = list(self._select(q, USER_PROPS, USER_DEFAULT))
        expand = self._expand_manager(q)
        return self._delta_initial(host, ["ds", fp, 0, 1, self.tenant.step, select, expand, size])

    def _check_sync_state(self, ok: bool) -> None:
        if self.faults.delta_expired or not ok:
            code = self.faults.delta_expired_code if self.faults.delta_expired else "syncStateNotFound"  # noqa: E501
            raise GraphError(410, code, "The sync state is no longer valid; resync required.")

    def _delta_full(self, p: Person, select: list[str], expand: bool) -> dict[str, Any]:
        row = self.user_json(p, tuple(select))
        if expand and (m := self._manager(p)) is not None:
            row["manager@delta"] = [m]  # delta's shape for an expanded manager
        return row

    def _delta_page(self, host: str, rows: list[Any], nxt: list[Any] | None, select: list[str],
                    since: int, expand: bool) -> httpx.Response:
        body: dict[str, Any] = {"@odata.context": self._context("users", tuple(select)),
                                "value": rows}
        if nxt is not None:
            token = ("$skiptoken", encode_cursor(*nxt))
            body["@odata.nextLink"] = self._link(host, "users/delta", [token])
        else:
            token = ("$deltatoken", encode_cursor("dt", self.tenant.fingerprint, since, select, expand))  # noqa: E501
            body["@odata.deltaLink"] = self._link(host, "users/delta", [token])
        return json_response(200, body)

    def _delta_initial(self, host: str, cur: list[Any]) -> httpx.Response:
        _, fp, start, page, since, select, expand, size = cur
        if (fault := self.faults.page_fault(page, self._fault_error)) is not None:
            return fault
        persons, rows, i = self.tenant.persons, [], start
        while i < len(persons) and len(rows) < size:
            p, i = persons[i], i + 1
            if not p.removed:
                rows.append(self._delta_full(p, select, expand))
        nxt = ["ds", fp, i, page + 1, since, select, expand, size] if i < len(persons) else None
        return self._delta_page(host, rows, nxt, select, since, expand)

    def _delta_changes(self, host: str, cur: list[Any]) -> httpx.Response:
        """Changes after step `since` up to `until`: full rows for joiners, id + the
        changed properties for movers, @removed for leavers (every 4th "deleted")."""
        _, fp, since, until, start, page, select, expand = cur
        changes = self.tenant.changes_between(since, until)
        keys = sorted(changes)
        rows: list[Any] = []
        for key in keys[start : start + 100]:
            p, change = self.tenant.persons[key], changes[key]
            if change == "removed":
                reason = "deleted" if key % 4 == 0 else "changed"
                rows.append({"id": self.tenant.entra_id(key), "@removed": {"reason": reason}})
            elif change == "added":
                rows.append(self._delta_full(p, select, expand))
            elif fields := [f for f in MOVE_FIELDS if f in select]:
                full = self.user_json(p, ("id", *fields))
                rows.append(full)
        end = start + 100
        nxt = ["dc", fp, since, until, end, page + 1, select, expand] if end < len(keys) else None
        return self._delta_page(host, rows, nxt, select, until, expand)

