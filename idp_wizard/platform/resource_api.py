"""What the Users and Groups APIs share: one endpoint of one target."""

from __future__ import annotations

from urllib.parse import quote

from idp_wizard.platform.capabilities import Capabilities
from idp_wizard.platform.errors import NotFound
from idp_wizard.platform.http import ScimHttp

ID_SAFE = "@+!$&'()*,;=:~-._"  # RFC 3986 path characters other than "/" (and "%")


class ResourceApi:
    def __init__(self, http: ScimHttp, capabilities: Capabilities, endpoint: str) -> None:
        self.http = http
        self.caps = capabilities
        self.endpoint = endpoint

    def path(self, platform_id: str) -> str:
        """The resource's path: the id percent-encoded, so an id holding "#", "?", "/"
        or ".." (the server's opaque string) never addresses another resource."""
        return f"{self.endpoint}/{quote(platform_id, safe=ID_SAFE)}"

    def delete(self, platform_id: str) -> bool:
        """True when deleted now, False when it was already gone (404)."""
        try:
            self.http.request("DELETE", self.path(platform_id))
        except NotFound:
            return False
        return True
