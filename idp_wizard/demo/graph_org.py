"""The Graph fake's tenant-wide reads: the organization (verified domains) and rooms."""

from __future__ import annotations

from typing import Any

import httpx

from idp_wizard.demo.faults import json_response
from idp_wizard.demo.graph_common import ORG_PROPS, ROOM_PROPS, context, select
from idp_wizard.demo.graph_paging import paged
from idp_wizard.demo.ids import guid
from idp_wizard.demo.orgdata import DOMAIN, OFFICES, ROOM, sibling_domain
from idp_wizard.demo.tenant import DemoTenant


def verified_domains(domain: str = DOMAIN) -> list[dict[str, Any]]:
    """The tenant's custom domain receives mail; the initial *.onmicrosoft domain is
    verified too but only reaches Exchange Online mailboxes. contoso-legacy.example is
    not verified."""
    initial = sibling_domain(domain, "initial")
    return [
        {"capabilities": "Email, OfficeCommunicationsOnline", "isDefault": True,
         "isInitial": False, "name": domain, "type": "Managed"},
        {"capabilities": "Email, OfficeCommunicationsOnline", "isDefault": False,
         "isInitial": True, "name": initial, "type": "Managed"},
    ]


def organization(t: DemoTenant, q: httpx.QueryParams) -> httpx.Response:
    full = {"id": guid("tenant", t.seed), "displayName": "Contoso",
            "verifiedDomains": verified_domains(t.domain)}
    fields = select(q, ORG_PROPS, ORG_PROPS, "organization")
    row = {k: full[k] for k in fields}
    return json_response(200, {"@odata.context": context("organization"), "value": [row]})


def rooms(t: DemoTenant, host: str, q: httpx.QueryParams) -> httpx.Response:
    """GET /places/microsoft.graph.room: every room mailbox, 100 a page by default."""
    keys = t.persons.active_of_kind(ROOM)
    fields = select(q, ROOM_PROPS, ROOM_PROPS, "room")

    def rows(_q: httpx.QueryParams, start: int, size: int) -> tuple[list[Any], int]:
        out = []
        for key in keys[start:start + size]:
            p = t.persons[key]
            full = {"id": guid("place", t.seed, key), "displayName": p.display,
                    "emailAddress": p.mail or p.upn, "capacity": 4 + key % 10,
                    "building": OFFICES[p.office][0] if p.office >= 0 else None,
                    "floorNumber": key % 7}
            out.append({k: full[k] for k in fields})
        return out, min(start + size, len(keys))

    return paged(host, "places/microsoft.graph.room", q, rows, len(keys), t.fingerprint,
                 name="places/microsoft.graph.room")
