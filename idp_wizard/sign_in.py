"""The real sign-in for one client: MSAL / google-auth-oauthlib, tokens in the keychain.

`KeychainAuthenticator` implements `core.auth.Authenticator` for real profiles (the
demo environment has its own). Where sign-in talks to is one injectable `AuthEnv`, so
tests run the real MSAL and google-auth-oauthlib flows against the fakes. A sign-in is
kept only once the wizard engine accepts it; a refused one is removed again.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from keyring.backend import KeyringBackend

from idp_wizard import build_config
from idp_wizard.core.auth import SignInOptions, no_google_device_code
from idp_wizard.core.client_settings import client_setting, set_client_setting
from idp_wizard.core.connection import Connection, ConnectionState, load_filter
from idp_wizard.core.errors import (
    IdpWizardError,
    MissingAdminRole,
    MissingAppRegistration,
    ProviderError,
    UsageError,
)
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.progress import CancelToken
from idp_wizard.core.reader import DirectoryReader, TokenSource
from idp_wizard.core.records import ProviderName
from idp_wizard.core.secrets import ENTRA_TOKEN_CACHE, GOOGLE_CREDENTIALS, SecretStore
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.providers.entra_auth import EntraAuth
from idp_wizard.providers.entra_errors import REGISTER_HINT as ENTRA_REGISTER_HINT
from idp_wizard.providers.entra_settings import EntraSettings
from idp_wizard.providers.google_auth import REVOKE_URL, GoogleAuth
from idp_wizard.providers.google_client import REGISTER_HINT as GOOGLE_REGISTER_HINT
from idp_wizard.providers.google_client import read_client_secret_file, validate_client_config
from idp_wizard.providers.google_directory import GoogleDirectoryReader, make_google_http
from idp_wizard.providers.graph import GraphReader, make_graph_http, managers_wanted
from idp_wizard.providers.http import make_client
from idp_wizard.providers.loopback import BrowserOpener
from idp_wizard.providers.permissions import group_access_note, groups_used

ENTRA_SETTING = "entra.app"  # {"client_id", "tenant", "cloud"}: not secret
GOOGLE_SETTING = "google.client_config"  # a Desktop client's config (its "secret" is not)


@dataclass
class AuthEnv:
    """Where sign-in and the directory APIs are reached; defaults are the real network."""

    keyring_backend: KeyringBackend | None = None  # None: the OS keychain, found lazily
    msal_http_client: Any = None  # None: a requests session within limits (token_http)
    # What the sign-in services' sessions (MSAL, google-auth) send through: a requests
    # transport adapter; None: the network.
    token_adapter: Any = None
    api_transport: httpx.BaseTransport | None = None  # Graph and the Directory API
    revoke_transport: httpx.BaseTransport | None = None  # Google revoke
    platform_transport: httpx.BaseTransport | None = None  # SCIM targets (None: network)
    open_browser: BrowserOpener | None = None  # None: the system browser
    google_revoke_url: str = REVOKE_URL
    timeout: float = 300.0  # seconds the admin has to finish signing in


class KeychainAuthenticator:
    def __init__(self, store: Store, secrets: SecretStore, env: AuthEnv,
                 client_id: int = DEFAULT_CLIENT_ID) -> None:
        self.store = store
        self.client_id = client_id
        self.env = env
        self.secrets = secrets
        self.client_id = client_id  # app registrations are remembered per client
        self._entra: EntraAuth | None = None
        self._google: GoogleAuth | None = None

    # -- app registrations (remembered once a sign-in worked) ---------------------------
    def entra_settings(self, options: SignInOptions) -> EntraSettings:
        saved = client_setting(self.store, self.client_id, ENTRA_SETTING) or {}
        client = options.client_id or saved.get("client_id") or build_config.ENTRA_CLIENT_ID
        if not client:
            raise MissingAppRegistration(msg(
                "No Entra app registration is configured. {hint}", hint=ENTRA_REGISTER_HINT))
        return EntraSettings(client, options.tenant or saved.get("tenant") or "organizations",
                             options.cloud or saved.get("cloud") or "global",
                             options.groups is not False)

    def google_config(self, client_secret_file: Path | None = None) -> dict[str, Any]:
        if client_secret_file is not None:
            return read_client_secret_file(client_secret_file)
        saved = client_setting(self.store, self.client_id, GOOGLE_SETTING)
        if saved:
            return validate_client_config(saved, msg("the saved Google OAuth client"))
        if build_config.GOOGLE_CLIENT_CONFIG:
            return validate_client_config(build_config.GOOGLE_CLIENT_CONFIG,
                                          msg("the built-in client"))
        raise MissingAppRegistration(msg(
            "No Google OAuth client is configured. {hint}", hint=GOOGLE_REGISTER_HINT))

    # -- the provider libraries -----------------------------------------------------------
    def _entra_auth(self, settings: EntraSettings) -> EntraAuth:
        if self._entra is None or self._entra.settings != settings:
            self._entra = EntraAuth(settings, self.secrets, http_client=self.env.msal_http_client,
                                    token_adapter=self.env.token_adapter,
                                    open_browser=self.env.open_browser)
        return self._entra

    def _google_auth(self, config: dict[str, Any] | None) -> GoogleAuth:
        if self._google is None or config is not None:
            self._google = GoogleAuth(config, self.secrets, open_browser=self.env.open_browser,
                                      revoke_url=self.env.google_revoke_url,
                                      revoke_transport=self.env.revoke_transport,
                                      token_adapter=self.env.token_adapter)
        return self._google

    def _tokens(self, conn: Connection) -> TokenSource:
        if conn.provider is ProviderName.ENTRA:
            auth = self._entra_auth(EntraSettings.from_json(conn.settings))
            return auth.token_source(str(conn.settings.get("home_account_id")))
        return self._google_auth(None).token_source()

    def reader(self, conn: Connection) -> DirectoryReader:
        client = make_client(self.env.api_transport)
        if conn.provider is ProviderName.ENTRA:
            graph_base = EntraSettings.from_json(conn.settings).graph_base
            managers = managers_wanted(conn.settings.get("synced_data"))  # Graph: costly
            return GraphReader(make_graph_http(client, self._tokens(conn)), graph_base,
                               managers=managers)
        return GoogleDirectoryReader(make_google_http(client, self._tokens(conn)))

    # -- Authenticator ----------------------------------------------------------------------
    def device_code_available(self, provider: ProviderName) -> bool:
        return provider is ProviderName.ENTRA

    def check_registration(self, provider: ProviderName, options: SignInOptions) -> None:
        if provider is ProviderName.GOOGLE:
            self.google_config(options.client_secret_file)
            self.secrets.check(GOOGLE_CREDENTIALS)
        else:
            self.entra_settings(options)
            self.secrets.check(ENTRA_TOKEN_CACHE)

    def sign_in(self, provider: ProviderName, options: SignInOptions, cancel: CancelToken,
                reauthorizing: Connection | None = None) -> Connection:
        if provider is ProviderName.ENTRA:
            if reauthorizing is not None:  # the registration the connection was made with
                saved = EntraSettings.from_json(reauthorizing.settings)
                groups = options.groups if options.groups is not None else (
                    saved.groups or groups_used(reauthorizing.settings.get("synced_data"),
                                                load_filter(self.store, self.client_id)))
                options = SignInOptions(saved.client_id, saved.tenant, saved.cloud,
                                        show_device_code=options.show_device_code,
                                        port=options.port, groups=groups)
            conn = self._sign_in_entra(options, cancel)
            if reauthorizing is not None:
                # Another tenant's account is refused before Graph is asked anything with
                # its token (the admin check would read that other tenant).
                try:
                    self.require_same_directory(reauthorizing, conn)
                except ProviderError:
                    self.discard(conn)
                    raise
            return conn
        if options.show_device_code is not None:
            raise UsageError(no_google_device_code())
        return self._sign_in_google(options, cancel)

    def _sign_in_entra(self, options: SignInOptions, cancel: CancelToken) -> Connection:
        settings = self.entra_settings(options)
        auth = self._entra_auth(settings)
        if options.show_device_code is not None:
            who = auth.sign_in_device_code(options.show_device_code, cancel=cancel)
        else:
            who = auth.sign_in_interactive(timeout=self.env.timeout, port=options.port,
                                           cancel=cancel)
        set_client_setting(self.store, self.client_id, ENTRA_SETTING, settings.to_json())
        domain = who.username.rpartition("@")[2] or who.tenant_id
        return Connection(
            provider=ProviderName.ENTRA, state=ConnectionState.CONNECTING, tenant=domain,
            admin_account=who.username, scopes=settings.scopes,
            settings={**settings.to_json(), "home_account_id": who.home_account_id,
                      "tenant_id": who.tenant_id})

    def _sign_in_google(self, options: SignInOptions, cancel: CancelToken) -> Connection:
        config = self.google_config(options.client_secret_file)
        who = self._google_auth(config).sign_in(timeout=self.env.timeout, port=options.port or 0,
                                                cancel=cancel)
        set_client_setting(self.store, self.client_id, GOOGLE_SETTING, config)
        return Connection(
            provider=ProviderName.GOOGLE, state=ConnectionState.CONNECTING,
            tenant=who.email.rpartition("@")[2], admin_account=who.email,
            scopes=who.granted_scopes)

    def require_admin(self, conn: Connection) -> None:
        with contextlib.closing(self.reader(conn)) as reader:
            if isinstance(reader, GraphReader):
                if not reader.is_global_admin():
                    raise MissingAdminRole(msg(
                        "{account} is not a Global Administrator of the tenant. Sign in with "
                        "a Global Administrator account (or ask one to connect IdP Wizard).",
                        account=conn.admin_account), code="not_global_admin")
                return
            assert isinstance(reader, GoogleDirectoryReader)
            admin, customer = reader.admin_status(conn.admin_account)
            if not admin:
                raise MissingAdminRole(msg(
                    "{account} is not a super administrator of the Google Workspace "
                    "account. Sign in with a super administrator account.",
                    account=conn.admin_account), code="not_super_admin")
            conn.settings["customer_id"] = customer

    def group_access_note(self, conn: Connection) -> Message | None:
        return group_access_note(conn)

    def require_same_directory(self, old: Connection, new: Connection) -> None:
        key = "tenant_id" if old.provider is ProviderName.ENTRA else "customer_id"
        before, after = old.settings.get(key), new.settings.get(key)
        same = before == after if before and after else old.tenant == new.tenant
        if not same and old.provider is ProviderName.ENTRA:
            raise ProviderError(msg(
                "{account} belongs to another tenant than the connected one ({tenant}); sign "
                "in with an administrator of {tenant}, or disconnect first.",
                account=new.admin_account, tenant=old.tenant), code="other_tenant")
        if not same:
            raise ProviderError(msg(
                "{account} belongs to another Google Workspace than the connected one "
                "({tenant}); sign in with an administrator of {tenant}, or disconnect first.",
                account=new.admin_account, tenant=old.tenant), code="other_tenant")

    def accept(self, conn: Connection) -> None:
        if conn.provider is ProviderName.ENTRA:
            auth = self._entra_auth(EntraSettings.from_json(conn.settings))
            auth.keep_only(str(conn.settings.get("home_account_id")))
        else:
            self._google_auth(None).accept()

    def discard(self, conn: Connection) -> None:
        if conn.provider is ProviderName.ENTRA:
            auth = self._entra_auth(EntraSettings.from_json(conn.settings))
            auth.forget_account(str(conn.settings.get("home_account_id")))
        else:
            self._google_auth(None).discard()

    def forget(self, conn: Connection) -> Message:
        try:
            if conn.provider is ProviderName.GOOGLE:
                if self._google_auth(None).forget():
                    return msg("The Google sign-in was revoked and removed from the keychain.")
                return msg("Google could not be reached to revoke the sign-in, so it was only "
                           "removed from this computer's keychain; it can be removed at "
                           "https://myaccount.google.com/permissions.")
            self._entra_auth(EntraSettings.from_json(conn.settings)).forget()
            self.secrets.delete_all()
        except IdpWizardError as exc:
            return msg("The sign-in could not be removed from the keychain: {error}",
                       error=exc.message or str(exc))
        return msg("The Microsoft sign-in was removed from the keychain. Entra keeps the app's "
                   "consent: remove it in the Entra admin center (Enterprise applications) if "
                   "it is no longer wanted.")
