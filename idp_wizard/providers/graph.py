"""Reads a Microsoft Entra ID directory through Microsoft Graph (v1.0).

Implements providers.base.DirectoryReader and DeltaReader. All HTTP goes through the
shared ProviderHttp policy, bound to the connection's cloud: national clouds pass their
own Graph host, and links pointing anywhere else are refused.

Managers cost requests: Graph pages hold at most 100 users while `$expand=manager` is
on (999 without), so they are read only when the synchronized data includes them
(`managers`); the rest of a user comes in the same request either way.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from functools import partial
from typing import Any
from urllib.parse import quote

import httpx

from idp_wizard.core.directory_index import named_group_ids
from idp_wizard.core.errors import AuthorizationRequired, ProviderError
from idp_wizard.core.known_sources import KnownSources
from idp_wizard.core.messages import msg
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn
from idp_wizard.core.records import DeltaChanges, Employee, Group, OrgUnit, ProviderName
from idp_wizard.providers.base import TokenSource
from idp_wizard.providers.graph_batch import batch_map, fetch_users
from idp_wizard.providers.graph_facts import TenantFacts
from idp_wizard.providers.graph_mapping import (
    DIRECTORY_ROLE_TYPE,
    GLOBAL_ADMIN_TEMPLATE_ID,
    GROUP_SELECT,
    MANAGER_EXPAND,
    USER_SELECT,
    USER_TYPE,
    map_group,
    map_users,
    parse_graph_error,
)
from idp_wizard.providers.graph_recognise import PageSifter
from idp_wizard.providers.http import ProviderHttp
from idp_wizard.providers.paging import iter_graph_pages
from idp_wizard.providers.permissions import group_consent_needed
from idp_wizard.providers.record_check import (
    bad_admin_answer,
    check_group,
    check_id,
    check_member,
    collapse_repeated,
    readable_role_entry,
)

GRAPH_LABEL = "Microsoft Graph"
GROUP_TEXT = ("displayName", "mail")  # what map_group takes as text
# "User data to synchronize" groups that carry the manager (see core/plan.py).
MANAGER_DATA = "organisation"


def managers_wanted(synced_data: Collection[str] | None) -> bool:
    """Whether the synchronized data includes the manager (None: everything)."""
    return synced_data is None or MANAGER_DATA in synced_data


class GraphReader:
    provider = ProviderName.ENTRA

    def __init__(self, http: ProviderHttp, graph_base: str = "https://graph.microsoft.com",
                 *, managers: bool = True) -> None:
        # Links Graph hands out (and the stored delta link) are followed on this cloud's
        # Graph host only: the token never goes anywhere else.
        self._http = http.bound_to(graph_base)
        self._base = graph_base.rstrip("/") + "/v1.0"
        self._managers = managers
        self._facts = TenantFacts(self._http, self._base)

    def _user_params(self, managers: bool = True) -> dict[str, str]:
        params = {"$select": USER_SELECT, "$top": "999"}
        if self._managers and managers:
            params["$expand"] = MANAGER_EXPAND
        return params

    def _map(self, page: list[Any], shared: dict[str, str]) -> list[Employee]:
        """`shared`: one per read, so its users share their repeated values (map_users)."""
        if not page:
            return []
        return map_users(page, self._facts.needs_domains(page), self._facts.rooms(), shared)

    # -- full reads -----------------------------------------------------------------

    def read_employees(
        self, progress: ProgressFn | None = None, cancel: CancelToken | None = None,
        *, managers: bool = True,
    ) -> list[Employee]:
        http = self._http.with_context(progress, cancel)
        employees: list[Employee] = []
        shared: dict[str, str] = {}
        for page in iter_graph_pages(http, f"{self._base}/users", self._user_params(managers),
                                     phase="users"):
            employees.extend(self._map(page, shared))
        return collapse_repeated(GRAPH_LABEL, employees)

    def read_groups(
        self, progress: ProgressFn | None = None, cancel: CancelToken | None = None,
        named: Collection[str] | None = None,
    ) -> list[Group]:
        http = self._http.with_context(progress, cancel)
        params = {"$select": GROUP_SELECT, "$top": "999"}
        try:
            raw = [check_group(GRAPH_LABEL, g, GROUP_TEXT)
                   for page in iter_graph_pages(http, f"{self._base}/groups", params)
                   for g in page]
        except ProviderError as exc:
            if exc.status == 403:  # group membership reads were not granted
                raise AuthorizationRequired(group_consent_needed(), code="group_consent",
                                            status=403) from None
            raise
        # One group per id (the last listed), mapped before its members are read: the
        # filter names groups by the name as mapped.
        listed = {f"/groups/{quote(g['id'], safe='')}/transitiveMembers"
                  "?$select=id&$top=999": g for g in raw}
        groups = {path: map_group(g, frozenset()) for path, g in listed.items()}
        if named is not None:  # members of the groups the filter names only
            wanted = named_group_ids([(g.id, g.name) for g in groups.values()], named)
            groups = {path: g for path, g in groups.items() if g.id in wanted}
        total = len(groups)
        http.report(Progress("groups", done=0, total=total))

        def done(n: int) -> None:
            http.report(Progress("groups", done=n, total=total,
                                 message=msg("{done} of {total} groups read", done=n,
                                             total=total)))

        # The first page of every group's members through $batch: one request per 20
        # groups. Groups with more than 999 members continue with their nextLink.
        members = batch_map(http, self._base, list(groups),
                            partial(self._members, http, groups), done)
        return [replace(g, member_ids=members[path]) for path, g in groups.items()]

    def _members(self, http: ProviderHttp, groups: dict[str, Group], path: str,
                 status: int, body: Any) -> frozenset[str]:
        """User ids of one group's transitive members (devices, groups... left out)."""
        if status != 200:
            raise http.error_for(status, parse_graph_error(status, body), path.split("?")[0])
        if not isinstance(body, dict) or not isinstance(body.get("value"), list):
            raise http.malformed("/v1.0/$batch")
        pages: list[list[Any]] = [body["value"]]
        if body.get("@odata.nextLink"):
            pages.extend(iter_graph_pages(http, str(body["@odata.nextLink"])))
        gid, kind = groups[path].id, ("@odata.type", USER_TYPE)
        found = (check_member(GRAPH_LABEL, gid, m, kind) for page in pages for m in page)
        return frozenset(i for i in found if i is not None)

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
        known: KnownSources | None = None,
    ) -> DeltaChanges:
        http = self._http.with_context(progress, cancel)
        if delta_link is None:
            # Delta lists an expanded manager as manager@delta (a list); map_user reads both.
            params = {"$select": USER_SELECT}
            if self._managers:
                params["$expand"] = "manager"
            # Recognising unchanged users: each user's record stays bytes until needed.
            pages = iter_graph_pages(http, f"{self._base}/users/delta", params, phase="users",
                                     raw=known is not None)
        else:
            pages = iter_graph_pages(http, delta_link, None, phase="users")
        # Last word per id wins. The initial round carries every selected property, so
        # its pages are mapped as they arrive (100,000 raw dicts would double memory);
        # later rounds carry only what changed, so just the ids are kept for re-fetching.
        initial = delta_link is None
        known = known if initial else None
        latest: dict[str, object] = {}
        shared: dict[str, str] = {}
        listed = 0
        sifter = None if known is None else PageSifter(
            known, known.seeds(self._source_salt()), "/v1.0/users/delta")
        for page in pages:
            if sifter is not None:  # the recognised go to `known`, not to `latest`
                rest, prints, n = sifter.sift(page, latest)
                listed += n
                for employee, fp in zip(self._map(rest, shared), prints, strict=True):
                    employee.source_fingerprint = fp
                    latest[employee.id] = employee
                continue
            for entry in page:  # an entry without an id would silently drop a user
                check_id(GRAPH_LABEL, entry)
            present = [e for e in page if "@removed" not in e]
            for entry in page:
                if "@removed" in entry:
                    latest[entry["id"]] = None
            if initial:
                latest.update((e.id, e) for e in self._map(present, shared))
            else:
                latest.update((entry["id"], True) for entry in present)
        if not pages.delta_link:
            raise ProviderError(msg("{provider} ended a delta round without a delta link.",
                                    provider=GRAPH_LABEL), code="malformed")
        if known is not None:  # an id listed twice: read again, recognising nobody
            recognised = set(known.unchanged)
            known.repeated = (len(recognised) != len(known.unchanged)
                              or len(latest) + len(recognised) != listed
                              or not latest.keys().isdisjoint(recognised))
        removed = [uid for uid, value in latest.items() if value is None]
        if initial:
            changed = [v for v in latest.values() if isinstance(v, Employee)]
        else:  # fetch the full records of what changed
            query = f"$select={USER_SELECT}" + (
                f"&$expand={MANAGER_EXPAND}" if self._managers else "")
            bodies, gone = fetch_users(
                http, self._base, [uid for uid, value in latest.items() if value is True],
                query)
            changed = self._map(bodies, shared)
            removed.extend(gone)
        return DeltaChanges(changed=changed, removed_ids=removed, delta_link=pages.delta_link)

    def _source_salt(self) -> str:
        """What the mapping takes from outside a record: the room list (read now, as
        the first page would), and whether managers are read."""
        rooms = ",".join(sorted(self._facts.rooms()))
        return f"entra\x1e{int(self._managers)}\x1e{rooms}"

    # -- the signed-in admin ----------------------------------------------------------

    def current_account(self) -> tuple[str, str]:
        """(object id, userPrincipalName or mail) of the signed-in account."""
        me = self._http.get_json(f"{self._base}/me",
                                 {"$select": "id,displayName,userPrincipalName,mail"})
        return str(me.get("id") or ""), str(me.get("userPrincipalName") or me.get("mail") or "")

    def is_global_admin(self) -> bool:
        params = {"$select": "id,displayName,roleTemplateId"}
        for page in iter_graph_pages(self._http, f"{self._base}/me/transitiveMemberOf", params):
            # An entry that is no object, or has odd values, may be the role itself: no
            # answer, not a "no". The whole page first: the entries' order changes nothing.
            if not all(readable_role_entry(entry) for entry in page):
                raise bad_admin_answer(GRAPH_LABEL)
            if any(entry.get("@odata.type") == DIRECTORY_ROLE_TYPE
                   and entry.get("roleTemplateId") == GLOBAL_ADMIN_TEMPLATE_ID
                   for entry in page):
                return True
        return False


def make_graph_http(client: httpx.Client, tokens: TokenSource, **policy: Any) -> ProviderHttp:
    """The shared policy wired with Graph's label and error format."""
    # Delta rounds default to 100 users a page; ask for Graph's maximum instead.
    client.headers.setdefault("Prefer", "odata.maxpagesize=999")
    return ProviderHttp(client, tokens, GRAPH_LABEL, parse_graph_error, **policy)
