"""What an Entra connection signs in to: the app registration, tenant and cloud, and
the Graph permissions it asks for."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from idp_wizard.core.errors import UsageError
from idp_wizard.core.messages import msg
from idp_wizard.core.text import unshowable_character
from idp_wizard.providers.permissions import graph_permissions

# cloud → (authority host, Microsoft Graph base URL)
CLOUDS = {
    "global": ("login.microsoftonline.com", "https://graph.microsoft.com"),
    "usgov": ("login.microsoftonline.us", "https://graph.microsoft.us"),
    "china": ("login.chinacloudapi.cn", "https://microsoftgraph.chinacloudapi.cn"),
}
# Delegated and read-only, least privilege: see permissions.py for what each is for.
# The Global Administrator check reads directory roles through /me/transitiveMemberOf:
# without a role-reading permission Graph returns those entries without roleTemplateId,
# so RoleManagement.Read.Directory (narrower than Directory.Read.All) is requested.
GRAPH_PERMISSIONS = graph_permissions(groups=True)  # everything IdP Wizard may ask for


@dataclass(frozen=True)
class EntraSettings:
    client_id: str
    tenant: str = "organizations"
    cloud: str = "global"
    groups: bool = True  # ask for group membership reads (only when groups are used)

    def __post_init__(self) -> None:
        if self.cloud not in CLOUDS:
            raise UsageError(msg("Unknown cloud {cloud}; use one of {clouds}.",
                                 cloud=repr(self.cloud), clouds=list(CLOUDS)))
        if not self.client_id.strip():
            raise UsageError(msg("An Entra application (client) ID is needed to sign in."))
        if unshowable_character(self.client_id):  # it would be shown as another
            raise UsageError(msg("{client_id} is not an application (client) ID.",
                                 client_id=repr(self.client_id)))
        if not self.tenant.strip() or "/" in self.tenant or unshowable_character(self.tenant):
            raise UsageError(msg("{tenant} is not a tenant ID or domain.",
                                 tenant=repr(self.tenant)))

    @property
    def authority(self) -> str:
        return f"https://{CLOUDS[self.cloud][0]}/{self.tenant}"

    @property
    def graph_base(self) -> str:
        return CLOUDS[self.cloud][1]

    @property
    def scopes(self) -> list[str]:
        """Graph permissions on this cloud's Graph host (MSAL adds openid/profile/offline)."""
        return [f"{self.graph_base}/{p}" for p in graph_permissions(self.groups)]

    def to_json(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EntraSettings:
        return cls(str(data.get("client_id") or ""), str(data.get("tenant") or "organizations"),
                   str(data.get("cloud") or "global"), data.get("groups") is not False)
