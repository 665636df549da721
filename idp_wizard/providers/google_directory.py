"""Reads a Google Workspace directory through the Admin SDK Directory API.

Implements providers.base.DirectoryReader (Google has no delta API for users: the sync
engine diffs full listings). All HTTP goes through the shared ProviderHttp policy.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import Any
from urllib.parse import quote

import httpx

from idp_wizard.core.directory_index import named_group_ids
from idp_wizard.core.known_sources import KnownSources, fingerprint
from idp_wizard.core.messages import msg
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn
from idp_wizard.core.records import Employee, Group, OrgUnit, ProviderName
from idp_wizard.providers.base import TokenSource
from idp_wizard.providers.google_mapping import (
    USER_FIELDS,
    map_group,
    map_org_units,
    map_users,
    parse_google_error,
    resolve_managers,
)
from idp_wizard.providers.http import ProviderHttp
from idp_wizard.providers.paging import iter_google_pages
from idp_wizard.providers.record_check import (
    bad_admin_answer,
    check_group,
    check_member,
    collapse_repeated,
)

GOOGLE_LABEL = "Google Directory API"
DIRECTORY_BASE = "https://admin.googleapis.com/admin/directory/v1"


class GoogleDirectoryReader:
    provider = ProviderName.GOOGLE

    def __init__(self, http: ProviderHttp, base: str = DIRECTORY_BASE) -> None:
        self._http = http.bound_to(base)
        self._base = base.rstrip("/")

    def read_employees(
        self, progress: ProgressFn | None = None, cancel: CancelToken | None = None,
        *, managers: bool = True,
    ) -> list[Employee]:
        """`managers`: Google sends the manager within each user's record; nothing to
        leave out."""
        http = self._http.with_context(progress, cancel)
        params = {"customer": "my_customer", "maxResults": "500", "projection": "full",
                  "fields": USER_FIELDS}
        employees: list[Employee] = []
        addresses: dict[str, str] = {}
        for page in iter_google_pages(http, f"{self._base}/users", params, "users", "users"):
            employees.extend(map_users(page, addresses))
        resolve_managers(employees, addresses)
        return collapse_repeated(GOOGLE_LABEL, employees)

    def read_employees_recognising(
        self, known: KnownSources, progress: ProgressFn | None = None,
        cancel: CancelToken | None = None,
    ) -> list[Employee]:
        """See core/reader.py RecognisingReader. Everyone is read and mapped (every
        address and alias must be known to resolve managers), then fingerprinted with
        the manager resolved; the recognised are not kept."""
        # The mapping takes nothing from outside the listing: no reader salt. No
        # `known.repeated` here: `read_employees` lists each id once (collapse_repeated),
        # and `_sift` puts each employee either in `unchanged` or in the result.
        return _sift(self.read_employees(progress, cancel), known, known.seeds("google"))

    def read_groups(
        self, progress: ProgressFn | None = None, cancel: CancelToken | None = None,
        named: Collection[str] | None = None,
    ) -> list[Group]:
        http = self._http.with_context(progress, cancel)
        params = {"customer": "my_customer", "maxResults": "200"}
        # Mapped before their members are read: the filter names groups as mapped.
        listed = [map_group(check_group(GOOGLE_LABEL, g, ("name", "email")), frozenset())
                  for page in iter_google_pages(http, f"{self._base}/groups", params, "groups")
                  for g in page]
        if named is not None:  # members of the groups the filter names only
            wanted = named_group_ids([(g.id, g.name) for g in listed], named)
            listed = [g for g in listed if g.id in wanted]
        total = len(listed)
        http.report(Progress("groups", done=0, total=total))
        groups: list[Group] = []
        member_params = {"includeDerivedMembership": "true", "maxResults": "200"}
        for done, g in enumerate(listed, 1):
            url = f"{self._base}/groups/{quote(g.id, safe='')}/members"
            # Derived membership flattens nested groups; keep people, drop groups/customers.
            found = (check_member(GOOGLE_LABEL, g.id, m, ("type", "USER"))
                     for page in iter_google_pages(http, url, member_params, "members")
                     for m in page)
            groups.append(replace(g, member_ids=frozenset(i for i in found if i is not None)))
            http.report(Progress("groups", done=done, total=total,
                                 message=msg("{done} of {total} groups read", done=done,
                                             total=total)))
        return groups

    def close(self) -> None:
        self._http.client.close()

    def read_org_units(self, cancel: CancelToken | None = None) -> list[OrgUnit]:
        http = self._http.with_context(None, cancel)
        http.check_cancelled()
        data = http.get_json(f"{self._base}/customer/my_customer/orgunits", {"type": "all"})
        units = data.get("organizationUnits") or []
        if not isinstance(units, list):
            raise http.malformed("/customer/my_customer/orgunits")
        return map_org_units(units)

    def is_super_admin(self, email: str) -> bool:
        """Whether `email` (the signed-in account) is a super administrator."""
        return self.admin_status(email)[0]

    def admin_status(self, email: str) -> tuple[bool, str]:
        """(is a super administrator, the Workspace's customer id) of `email`. An answer
        that is no object is malformed already (ProviderHttp); so is an `isAdmin` that
        is not true or false (Google always sends it): read as "no", it told a super
        administrator they are none."""
        user = self._http.get_json(f"{self._base}/users/{quote(email, safe='@')}")
        admin = user.get("isAdmin")
        if not isinstance(admin, bool):
            raise bad_admin_answer(GOOGLE_LABEL)
        return admin, str(user.get("customerId") or "")


def _sift(mapped: list[Employee], known: KnownSources,
          seeds: tuple[int, int]) -> list[Employee]:
    """The employees `known` does not recognise, with their source fingerprints (the
    employee as mapped, its manager resolved)."""
    stored = known.fingerprints.get
    unchanged, addresses = known.unchanged.append, known.addresses.append
    rest: list[Employee] = []
    for e in mapped:
        try:
            data = "\x1f".join((
                e.id, e.email, e.display_name, e.given_name, e.surname, e.department,
                e.job_title, e.location, e.country, e.company, e.org_unit, e.manager_id,
                e.language_raw, "1" if e.enabled else "0", "1" if e.guest else "0",
            )).encode("utf-8", "surrogatepass")
        except (TypeError, UnicodeError):  # an odd value: plan it as it is
            rest.append(e)
            continue
        fp = fingerprint(data, seeds)
        # A remark (listed twice...) is reported with the user: never recognised.
        if e.id and e.email and not e.address_note and stored(e.id) == fp:
            unchanged(e.id)
            addresses(e.email)
        else:
            e.source_fingerprint = fp
            rest.append(e)
    return rest


def make_google_http(client: httpx.Client, tokens: TokenSource, **policy: Any) -> ProviderHttp:
    """The shared policy wired with the Directory API's label and error format."""
    return ProviderHttp(client, tokens, GOOGLE_LABEL, parse_google_error, **policy)
