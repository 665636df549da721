"""What the Users and Groups APIs share: one endpoint of one target."""

from __future__ import annotations

from idp_wizard.platform.capabilities import Capabilities
from idp_wizard.platform.errors import NotFound
from idp_wizard.platform.http import ScimHttp


class ResourceApi:
    def __init__(self, http: ScimHttp, capabilities: Capabilities, endpoint: str) -> None:
        self.http = http
        self.caps = capabilities
        self.endpoint = endpoint

    def path(self, platform_id: str) -> str:
        return f"{self.endpoint}/{platform_id}"

    def delete(self, platform_id: str) -> bool:
        """True when deleted now, False when it was already gone (404)."""
        try:
            self.http.request("DELETE", self.path(platform_id))
        except NotFound:
            return False
        return True
