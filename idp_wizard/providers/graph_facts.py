"""Tenant-wide facts the Graph reader needs to map users: mail domains and rooms.

Both are read at most once per reader (one run), and only when needed: the verified
domains when a user without a mailbox turns up, the rooms when users are mapped.
The room list needs Place.Read.All, which IdP Wizard never asks for: where an
administrator granted it, rooms are recognised; elsewhere Graph answers 403 and the
"Only licensed accounts" criterion relies on licenses alone.
"""

from __future__ import annotations

import logging
from typing import Any

from idp_wizard.core.errors import ProviderError
from idp_wizard.providers.graph_mapping import MailDomains, parse_mail_domains
from idp_wizard.providers.http import ProviderHttp
from idp_wizard.providers.paging import iter_graph_pages

log = logging.getLogger(__name__)
ROOMS_PATH = "/places/microsoft.graph.room"


class TenantFacts:
    def __init__(self, http: ProviderHttp, base: str) -> None:
        self._http = http
        self._base = base
        self._domains: MailDomains | None = None
        self._rooms: frozenset[str] | None = None

    def mail_domains(self) -> MailDomains:
        if self._domains is None:
            try:
                org = self._http.get_json(f"{self._base}/organization",
                                          {"$select": "verifiedDomains"})
            except ProviderError as exc:
                if exc.status != 403:
                    raise
                log.info("the tenant's verified domains are not readable (403)")
                self._domains = MailDomains(known=False)
            else:
                self._domains = parse_mail_domains(org)
        return self._domains

    def rooms(self) -> frozenset[str]:
        """Lower-case addresses of the tenant's room mailboxes ({} when not readable)."""
        if self._rooms is None:
            try:
                pages = iter_graph_pages(self._http, f"{self._base}{ROOMS_PATH}",
                                         {"$select": "emailAddress"})
                self._rooms = frozenset(_address(r) for page in pages for r in page
                                        if _address(r))
            except ProviderError as exc:
                # 403: Place.Read.All not granted; 400/404: no places API in this cloud
                if exc.status not in (400, 403, 404):
                    raise
                log.info("the room list is not readable (%s)", exc.status)
                self._rooms = frozenset()
        return self._rooms

    def needs_domains(self, page: list[Any]) -> MailDomains:
        """The domains, read only if a user on this page has no mailbox."""
        if self._domains is None and any(
                isinstance(u, dict) and not u.get("mail") for u in page):
            return self.mail_domains()
        return self._domains or MailDomains()


def _address(room: Any) -> str:
    return str(room.get("emailAddress") or "").lower() if isinstance(room, dict) else ""
