"""Test connection: what the server supports, and whether the URL and token work.

Like Entra's provisioning: read `/ServiceProviderConfig`, `/ResourceTypes` and
`/Schemas` where offered (absence is fine), then `GET /Users?filter=userName eq
"<random>"`, which must be an empty ListResponse (a SCIM 404 counts as "no match",
as Okta accepts). The report is JSON-serialisable for `target test --json`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from typing import Any

from idp_wizard.core.messages import msg
from idp_wizard.platform import listing
from idp_wizard.platform.attributes import CATALOG, managed_keys
from idp_wizard.platform.capabilities import (
    Capabilities,
    read_resource_types,
    read_schemas,
    read_service_provider_config,
)
from idp_wizard.platform.errors import SCIM_URL_HINT as HINT
from idp_wizard.platform.errors import (
    NotFound,
    NotScim,
    NotSupported,
    RequestRejected,
    UnsupportedServer,
    WrongBaseUrl,
)
from idp_wizard.platform.http import ScimHttp

JsonDict = dict[str, Any]
LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse"


@dataclass(frozen=True, slots=True)
class ConnectionReport:
    base_url: str
    capabilities: Capabilities
    no_match_answer: str  # "empty list" or "404"

    @property
    def sent_attributes(self) -> tuple[str, ...]:
        """The attributes we would send with every data group ticked."""
        return managed_keys(self.capabilities, None)

    @property
    def withheld_attributes(self) -> tuple[str, ...]:
        """Attributes we map but this server does not declare."""
        sent = set(self.sent_attributes)
        return tuple(m.key for m in CATALOG if m.key not in sent)

    def to_json(self) -> JsonDict:
        return {"ok": True, "url": self.base_url,
                "capabilities": self.capabilities.to_json(),
                "no_match_answer": self.no_match_answer,
                "sent_attributes": list(self.sent_attributes),
                "withheld_attributes": list(self.withheld_attributes)}


def _optional(http: ScimHttp, path: str) -> JsonDict | None:
    """A discovery document, or None when the server does not offer it."""
    try:
        body = http.request("GET", path).body
    except (NotFound, NotSupported):
        return None
    except RequestRejected as exc:
        if exc.status in (400, 406, 415):  # some servers refuse what they do not serve
            return None
        raise
    return body or None


def discover(http: ScimHttp) -> Capabilities:
    """Capabilities from the discovery documents the server offers (no user query)."""
    caps, published = Capabilities(), []
    config = _optional(http, "/ServiceProviderConfig")
    if config is not None:
        _check_shape(config, ("patch", "bulk", "filter"), http, "/ServiceProviderConfig")
        caps = read_service_provider_config(config, caps)
        published.append("ServiceProviderConfig")
    types = _optional(http, "/ResourceTypes")
    if types is not None:
        caps = read_resource_types(listing.resources_of(types), caps)
        published.append("ResourceTypes")
    schemas = _optional(http, "/Schemas")
    if schemas is not None:
        caps = read_schemas(listing.resources_of(schemas), caps)
        published.append("Schemas")
    return replace(caps, published=tuple(published))


def _check_shape(doc: JsonDict, keys: tuple[str, ...], http: ScimHttp, path: str) -> None:
    if not any(k in doc for k in keys) and "schemas" not in doc:
        raise NotScim(msg("{url} answered with JSON that is not SCIM: check that the URL is "
                          "the platform's SCIM base URL ({hint}).", url=http.url(path),
                          hint=HINT))


def check_connection(http: ScimHttp) -> ConnectionReport:
    """Discovery, then the no-match user query; raises the `PlatformError` naming the
    cause (token, URL, TLS, timeout, not SCIM)."""
    caps = discover(http)
    probe = f"idp-wizard-test-{uuid.uuid4().hex}@example.invalid"
    query = {"filter": listing.eq_filter("userName", probe)}
    try:
        reply = http.request("GET", caps.users_endpoint, params=query)
    except NotFound as exc:
        # Okta's "no match" 404 -- but only from a server that showed it speaks SCIM
        # here; otherwise the URL is wrong (e.g. the /Users URL pasted as the base).
        if exc.scim_error and caps.published:
            return ConnectionReport(http.base_url, caps, "404")
        raise WrongBaseUrl(msg("There is no SCIM endpoint at {url} (404): {hint}.",
                               url=http.base_url, hint=HINT), status=404) from None
    body = reply.body or {}
    schemas = body.get("schemas")
    is_list = (isinstance(schemas, list) and LIST_SCHEMA in schemas) or "totalResults" in body
    if not is_list:
        raise NotScim(msg("{url} did not answer a user search with a SCIM list: check that "
                          "the URL is the platform's SCIM base URL ({hint}).",
                          url=http.base_url, hint=HINT))
    found = listing.resources_of(body)
    if found or (listing.total_of(body) or 0) > 0:
        raise UnsupportedServer(msg("The platform ignored the userName filter (it listed "
                                    "users for a name nobody has), so users cannot be "
                                    "matched safely."))
    return ConnectionReport(http.base_url, caps, "empty list")
