"""Reads a Microsoft Entra ID directory through Microsoft Graph (v1.0).

Implements providers.base.DirectoryReader and DeltaReader. All HTTP goes through the
shared ProviderHttp policy; national clouds pass their own Graph host.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn
from idp_wizard.core.records import DeltaChanges, Employee, Group, OrgUnit, ProviderName
from idp_wizard.providers.base import TokenSource
from idp_wizard.providers.graph_mapping import (
    DIRECTORY_ROLE_TYPE,
    GLOBAL_ADMIN_TEMPLATE_ID,
    GROUP_SELECT,
    MANAGER_EXPAND,
    USER_SELECT,
    USER_TYPE,
    map_group,
    map_user,
    map_users,
    parse_graph_error,
)
from idp_wizard.providers.http import ProviderHttp
from idp_wizard.providers.paging import iter_graph_pages
from idp_wizard.providers.retry import RETRY_STATUSES, parse_retry_after

GRAPH_LABEL = "Microsoft Graph"
BATCH_SIZE = 20  # Graph's limit of requests per $batch


class GraphReader:
    provider = ProviderName.ENTRA

    def __init__(self, http: ProviderHttp, graph_base: str = "https://graph.microsoft.com") -> None:
        # Links Graph hands out (and the stored delta link) are followed on this cloud's
        # Graph host only: the token never goes anywhere else.
        self._http = http.bound_to(graph_base)
        self._base = graph_base.rstrip("/") + "/v1.0"

    # -- full reads -----------------------------------------------------------------

    def read_employees(
        self, progress: ProgressFn | None = None, cancel: CancelToken | None = None
    ) -> list[Employee]:
        http = self._http.with_context(progress, cancel)
        params = {"$select": USER_SELECT, "$expand": MANAGER_EXPAND, "$top": "999"}
        employees: list[Employee] = []
        for page in iter_graph_pages(http, f"{self._base}/users", params, phase="users"):
            employees.extend(map_users(page))
        return employees

    def read_groups(
        self, progress: ProgressFn | None = None, cancel: CancelToken | None = None
    ) -> list[Group]:
        http = self._http.with_context(progress, cancel)
        params = {"$select": GROUP_SELECT, "$top": "999"}
        raw = [g for page in iter_graph_pages(http, f"{self._base}/groups", params) for g in page]
        total = len(raw)
        http.report(Progress("groups", done=0, total=total))
        groups: list[Group] = []
        for done, g in enumerate(raw, 1):
            url = f"{self._base}/groups/{quote(str(g.get('id') or ''), safe='')}/transitiveMembers"
            members = frozenset(
                m["id"]
                for page in iter_graph_pages(http, url, {"$select": "id", "$top": "999"})
                for m in page
                if m.get("@odata.type") == USER_TYPE and m.get("id")
            )
            groups.append(map_group(g, members))
            http.report(Progress("groups", done=done, total=total,
                                 message=f"{done} of {total} groups read"))
        return groups

    def close(self) -> None:
        self._http.client.close()

    def read_org_units(self, cancel: CancelToken | None = None) -> list[OrgUnit]:
        return []  # Entra has no organisational units

    # -- delta ----------------------------------------------------------------------

    def read_employees_delta(
        self,
        delta_link: str | None,
        progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> DeltaChanges:
        http = self._http.with_context(progress, cancel)
        if delta_link is None:
            # Delta lists an expanded manager as manager@delta (a list); map_user reads both.
            pages = iter_graph_pages(http, f"{self._base}/users/delta",
                                     {"$select": USER_SELECT, "$expand": "manager"},
                                     phase="users")
        else:
            pages = iter_graph_pages(http, delta_link, None, phase="users")
        # Last word per id wins. The initial round carries every selected property, so
        # its pages are mapped as they arrive (100,000 raw dicts would double memory);
        # later rounds carry only what changed, so just the ids are kept for re-fetching.
        initial = delta_link is None
        latest: dict[str, Employee | bool | None] = {}
        for page in pages:
            entries = [e for e in page if isinstance(e, dict) and e.get("id")]
            present = [e for e in entries if "@removed" not in e]
            mapped = map_users(present) if initial else [True] * len(present)
            for entry in entries:
                if "@removed" in entry:
                    latest[entry["id"]] = None
            for entry, value in zip(present, mapped, strict=True):
                latest[entry["id"]] = value
        if not pages.delta_link:
            raise ProviderError(f"{GRAPH_LABEL} ended a delta round without a delta link.",
                                code="malformed")
        removed = [uid for uid, value in latest.items() if value is None]
        if initial:
            changed = [v for v in latest.values() if isinstance(v, Employee)]
        else:  # fetch the full records of what changed
            changed, gone = self._fetch_users(
                http, [uid for uid, value in latest.items() if value is not None])
            removed.extend(gone)
        return DeltaChanges(changed=changed, removed_ids=removed, delta_link=pages.delta_link)

    def _fetch_users(self, http: ProviderHttp, ids: list[str]) -> tuple[list[Employee], list[str]]:
        """Full records for `ids` via $batch; ids that are 404 by now count as removed."""
        found: list[Employee] = []
        gone: list[str] = []
        for start in range(0, len(ids), BATCH_SIZE):
            pending = {str(n): uid for n, uid in enumerate(ids[start : start + BATCH_SIZE])}
            attempt = 0
            while pending:
                attempt += 1
                http.check_cancelled()
                reply = http.post_json(f"{self._base}/$batch", {"requests": [
                    {"id": rid, "method": "GET",
                     "url": f"/users/{quote(uid, safe='')}?$select={USER_SELECT}"
                            f"&$expand={MANAGER_EXPAND}"}
                    for rid, uid in pending.items()
                ]})
                wait: float | None = None
                detail = ""
                for item in reply.get("responses") or []:
                    rid = str(item.get("id"))
                    uid = pending.get(rid)
                    if uid is None:
                        continue
                    status = item.get("status") if isinstance(item.get("status"), int) else 0
                    body = item.get("body")
                    if status == 200 and isinstance(body, dict):
                        found.append(map_user(body))
                    elif status == 404:
                        gone.append(uid)
                    elif status == 429 or status in RETRY_STATUSES:
                        headers = {str(k).lower(): str(v)
                                   for k, v in (item.get("headers") or {}).items()}
                        after = parse_retry_after(headers.get("retry-after"))
                        if after is not None:
                            wait = after if wait is None else max(wait, after)
                        detail = f"{status} {parse_graph_error(status, body).code}".strip()
                        continue
                    elif status == 200:
                        raise http.malformed("/v1.0/$batch")
                    else:
                        err = parse_graph_error(status, body)
                        raise http.error_for(status, err, "/v1.0/users/{id}")
                    del pending[rid]
                if pending:  # throttled items, or items Graph did not answer
                    kind = "unavailable" if detail.startswith("5") else "throttled"
                    http.retry_later(kind, attempt, detail or "no answer", wait)
        return found, gone

    # -- the signed-in admin ----------------------------------------------------------

    def current_account(self) -> tuple[str, str]:
        """(object id, userPrincipalName or mail) of the signed-in account."""
        me = self._http.get_json(f"{self._base}/me",
                                 {"$select": "id,displayName,userPrincipalName,mail"})
        return str(me.get("id") or ""), str(me.get("userPrincipalName") or me.get("mail") or "")

    def is_global_admin(self) -> bool:
        params = {"$select": "id,displayName,roleTemplateId"}
        for page in iter_graph_pages(self._http, f"{self._base}/me/transitiveMemberOf", params):
            for entry in page:
                if (entry.get("@odata.type") == DIRECTORY_ROLE_TYPE
                        and entry.get("roleTemplateId") == GLOBAL_ADMIN_TEMPLATE_ID):
                    return True
        return False


def make_graph_http(client: httpx.Client, tokens: TokenSource, **policy: Any) -> ProviderHttp:
    """The shared policy wired with Graph's label and error format."""
    # Delta rounds default to 100 users a page; ask for Graph's maximum instead.
    client.headers.setdefault("Prefer", "odata.maxpagesize=999")
    return ProviderHttp(client, tokens, GRAPH_LABEL, parse_graph_error, **policy)
