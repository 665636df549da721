"""The real world as an environment: browser sign-in, the OS keychain, the real APIs."""

from __future__ import annotations

from dataclasses import dataclass, field

from idp_wizard.core.clock import Clock, utc_now
from idp_wizard.core.environment import ClientServices
from idp_wizard.core.platform_source import ScimPlatformSource
from idp_wizard.core.secrets import SecretStore
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.sign_in import AuthEnv, KeychainAuthenticator


def secret_namespace(profile: str, client_id: int) -> str:
    """Keychain entries are per client; the first client keeps the profile's own name
    (what single-client versions used), so upgrading keeps its sign-in."""
    return profile if client_id == DEFAULT_CLIENT_ID else f"{profile}/client-{client_id}"


@dataclass
class RealEnvironment:
    auth_env: AuthEnv = field(default_factory=AuthEnv)
    clock: Clock = utc_now
    profile: str = "idp-wizard"

    def services(self, store: Store, client_id: int) -> ClientServices:
        secrets = SecretStore(secret_namespace(self.profile, client_id),
                              self.auth_env.keyring_backend)
        return ClientServices(KeychainAuthenticator(store, secrets, self.auth_env, client_id),
                              platform=ScimPlatformSource(secrets,
                                                          self.auth_env.platform_transport))
