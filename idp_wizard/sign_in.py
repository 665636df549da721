"""Real sign-in for one profile: connect, reauthorize, tokens for the readers, disconnect.

`App` delegates here for non-demo profiles (demo mode keeps its simulated sign-in and
never creates a `SecretStore`). Where sign-in talks to is one injectable `AuthEnv`, so
tests run the real MSAL and google-auth-oauthlib flows against the fakes. Nothing is
saved unless sign-in, consent and the administrator check all succeeded; on any
failure after tokens were obtained they are removed again.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from keyring.backend import KeyringBackend

from idp_wizard import build_config
from idp_wizard.core.connection import Connection, ConnectionState, load_filter, save_connection
from idp_wizard.core.errors import (
    Cancelled,
    IdpWizardError,
    MissingAdminRole,
    MissingAppRegistration,
    ProviderError,
    UsageError,
)
from idp_wizard.core.progress import CancelToken
from idp_wizard.core.records import ProviderName
from idp_wizard.core.secrets import SecretStore
from idp_wizard.core.store import Store
from idp_wizard.providers.base import TokenSource
from idp_wizard.providers.entra_auth import DeviceCode, EntraAuth, EntraSettings
from idp_wizard.providers.entra_errors import REGISTER_HINT as ENTRA_REGISTER_HINT
from idp_wizard.providers.google_auth import REVOKE_URL, GoogleAuth
from idp_wizard.providers.google_client import REGISTER_HINT as GOOGLE_REGISTER_HINT
from idp_wizard.providers.google_client import read_client_secret_file, validate_client_config
from idp_wizard.providers.google_directory import GoogleDirectoryReader, make_google_http
from idp_wizard.providers.graph import GraphReader, make_graph_http
from idp_wizard.providers.http import make_client
from idp_wizard.providers.loopback import BrowserOpener, SignInCancel
from idp_wizard.providers.permissions import groups_used

ENTRA_SETTING = "entra.app"  # {"client_id", "tenant", "cloud"}: not secret
GOOGLE_SETTING = "google.client_config"  # a Desktop client's config (its "secret" is not)
ShowDeviceCode = Callable[[DeviceCode], None]


@dataclass
class AuthEnv:
    """Where sign-in and the directory APIs are reached; defaults are the real network."""

    keyring_backend: KeyringBackend | None = None  # None: the OS keychain, found lazily
    msal_http_client: Any = None  # None: MSAL's own session (TLS verified)
    api_transport: httpx.BaseTransport | None = None  # Graph and the Directory API
    revoke_transport: httpx.BaseTransport | None = None  # Google revoke
    open_browser: BrowserOpener | None = None  # None: the system browser
    google_revoke_url: str = REVOKE_URL
    timeout: float = 300.0  # seconds the admin has to finish signing in


@dataclass(frozen=True)
class SignInOptions:
    """How to sign in; every field may stay None (saved or built-in registration)."""

    client_id: str | None = None  # Entra application (client) ID
    tenant: str | None = None  # Entra tenant ID or domain (default "organizations")
    cloud: str | None = None  # Entra cloud: global, usgov, china
    client_secret_file: Path | None = None  # Google Desktop-app client_secret.json
    show_device_code: ShowDeviceCode | None = None  # Entra: device code instead of browser
    port: int | None = None  # loopback port (default: any free one)
    # Entra: ask for group membership reads (None: yes when connecting; when
    # reauthorizing, if the connection had them or now uses groups)
    groups: bool | None = None


@contextlib.contextmanager
def sign_in_cancel(cancel: CancelToken | SignInCancel | None) -> Iterator[SignInCancel]:
    """A `SignInCancel` for the sign-in; a core `CancelToken` (the GUI's task runner)
    is watched by a small thread that forwards its Cancel."""
    if isinstance(cancel, SignInCancel):
        yield cancel
        return
    stop = SignInCancel()
    done = threading.Event()

    def watch(token: CancelToken) -> None:
        while not done.is_set():
            try:
                token.wait(0.1)
            except Cancelled:
                stop.cancel()
                return

    watcher = None
    if cancel is not None:
        watcher = threading.Thread(target=watch, args=(cancel,), daemon=True)
        watcher.start()
    try:
        yield stop
    finally:
        done.set()
        if watcher is not None:
            watcher.join(1)


class SignInService:
    def __init__(self, store: Store, profile: str, env: AuthEnv) -> None:
        self.store = store
        self.env = env
        self.secrets = SecretStore(profile, env.keyring_backend)
        self._entra: EntraAuth | None = None
        self._google: GoogleAuth | None = None

    # -- app registrations ---------------------------------------------------------------
    def entra_settings(self, client_id: str | None = None, tenant: str | None = None,
                       cloud: str | None = None, groups: bool = True) -> EntraSettings:
        saved = self.store.setting(ENTRA_SETTING) or {}
        client = client_id or saved.get("client_id") or build_config.ENTRA_CLIENT_ID
        if not client:
            raise MissingAppRegistration(
                f"No Entra app registration is configured. {ENTRA_REGISTER_HINT}"
            )
        return EntraSettings(client, tenant or saved.get("tenant") or "organizations",
                             cloud or saved.get("cloud") or "global", groups)

    def google_config(self, client_secret_file: Path | None = None) -> dict[str, Any]:
        if client_secret_file is not None:
            return read_client_secret_file(client_secret_file)
        saved = self.store.setting(GOOGLE_SETTING)
        if saved:
            return validate_client_config(saved, "the saved Google OAuth client")
        if build_config.GOOGLE_CLIENT_CONFIG:
            return validate_client_config(build_config.GOOGLE_CLIENT_CONFIG, "the built-in client")
        raise MissingAppRegistration(
            f"No Google OAuth client is configured. {GOOGLE_REGISTER_HINT}"
        )

    # -- auth objects -------------------------------------------------------------------
    def entra(self, settings: EntraSettings) -> EntraAuth:
        if self._entra is None or self._entra.settings != settings:
            self._entra = EntraAuth(settings, self.secrets, http_client=self.env.msal_http_client,
                                    open_browser=self.env.open_browser)
        return self._entra

    def google(self, config: dict[str, Any] | None) -> GoogleAuth:
        if self._google is None or config is not None:
            self._google = GoogleAuth(config, self.secrets, open_browser=self.env.open_browser,
                                      revoke_url=self.env.google_revoke_url,
                                      revoke_transport=self.env.revoke_transport)
        return self._google

    def token_source(self, conn: Connection) -> TokenSource:
        if conn.provider is ProviderName.ENTRA:
            settings = EntraSettings.from_json(conn.settings)
            return self.entra(settings).token_source(str(conn.settings.get("home_account_id")))
        return self.google(None).token_source()

    def graph_reader(self, settings: EntraSettings, tokens: TokenSource,
                     managers: bool = True) -> GraphReader:
        client = make_client(self.env.api_transport)
        return GraphReader(make_graph_http(client, tokens), settings.graph_base,
                           managers=managers)

    def google_reader(self, tokens: TokenSource) -> GoogleDirectoryReader:
        return GoogleDirectoryReader(make_google_http(make_client(self.env.api_transport), tokens))

    # -- sign-in ------------------------------------------------------------------------
    def sign_in(self, provider: ProviderName, options: SignInOptions,
                cancel: SignInCancel, *, accept: bool = True) -> Connection:
        """Browser (or device code) sign-in plus admin check; the connection is not saved,
        but the app registration that worked is remembered for next time. `accept=False`
        leaves the keychain's earlier sign-in in place until `accept_sign_in`."""
        if provider is ProviderName.ENTRA:
            settings = self.entra_settings(options.client_id, options.tenant, options.cloud,
                                           options.groups is not False)
            conn = self.sign_in_entra(settings, show_device_code=options.show_device_code,
                                      port=options.port, cancel=cancel)
            self.store.set_setting(ENTRA_SETTING, settings.to_json())
            if accept:
                self.accept_sign_in(conn)
            return conn
        if options.show_device_code is not None:
            raise UsageError("Google Workspace has no device-code sign-in for these "
                             "permissions; sign in with the browser.")
        config = self.google_config(options.client_secret_file)
        conn = self.sign_in_google(config, port=options.port or 0, cancel=cancel)
        self.store.set_setting(GOOGLE_SETTING, config)
        if accept:
            self.accept_sign_in(conn)
        return conn

    def accept_sign_in(self, conn: Connection) -> None:
        """Keep this sign-in as the connection's only one (keychain)."""
        if conn.provider is ProviderName.ENTRA:
            auth = self.entra(EntraSettings.from_json(conn.settings))
            auth.keep_only(str(conn.settings.get("home_account_id")))
        else:
            self.google(None).accept()

    def discard_sign_in(self, conn: Connection) -> None:
        """Drop just this sign-in; an earlier, working one stays."""
        if conn.provider is ProviderName.ENTRA:
            auth = self.entra(EntraSettings.from_json(conn.settings))
            auth.forget_account(str(conn.settings.get("home_account_id")))
        else:
            self.google(None).discard()

    def reauthorize(self, old: Connection, options: SignInOptions,
                    cancel: SignInCancel) -> Connection:
        if old.provider is ProviderName.ENTRA:
            saved = EntraSettings.from_json(old.settings)
            groups = options.groups if options.groups is not None else (
                saved.groups or groups_used(old.settings.get("synced_data"),
                                            load_filter(self.store)))
            options = SignInOptions(saved.client_id, saved.tenant, saved.cloud,
                                    show_device_code=options.show_device_code,
                                    port=options.port, groups=groups)
        return self.reauthorized(old, self.sign_in(old.provider, options, cancel, accept=False))

    def sign_in_entra(self, settings: EntraSettings, *, show_device_code: ShowDeviceCode | None,
                      port: int | None, cancel: SignInCancel | None) -> Connection:
        auth = self.entra(settings)
        if show_device_code is not None:
            who = auth.sign_in_device_code(show_device_code, cancel=cancel)
        else:
            who = auth.sign_in_interactive(timeout=self.env.timeout, port=port, cancel=cancel)
        try:
            with contextlib.closing(
                    self.graph_reader(settings, auth.token_source(who.home_account_id))) as r:
                admin = r.is_global_admin()
            if not admin:
                raise MissingAdminRole(
                    f"{who.username} is not a Global Administrator of the tenant. Sign in with "
                    "a Global Administrator account (or ask one to connect IdP Wizard).",
                    code="not_global_admin")
        except BaseException:
            # Nothing of a refused sign-in stays; an earlier, working one does.
            auth.forget_account(who.home_account_id)
            raise
        domain = who.username.rpartition("@")[2] or who.tenant_id
        return Connection(
            provider=ProviderName.ENTRA, state=ConnectionState.CONNECTING, tenant=domain,
            admin_account=who.username, scopes=settings.scopes,
            settings={**settings.to_json(), "home_account_id": who.home_account_id,
                      "tenant_id": who.tenant_id})

    def sign_in_google(self, config: dict[str, Any], *, port: int,
                       cancel: SignInCancel | None) -> Connection:
        auth = self.google(config)
        who = auth.sign_in(timeout=self.env.timeout, port=port, cancel=cancel)
        try:
            with contextlib.closing(self.google_reader(auth.token_source())) as reader:
                admin = reader.is_super_admin(who.email)
            if not admin:
                raise MissingAdminRole(
                    f"{who.email} is not a super administrator of the Google Workspace "
                    "account. Sign in with a super administrator account.",
                    code="not_super_admin")
        except BaseException:
            auth.discard()  # revokes just this sign-in; an earlier, working one stays
            raise
        return Connection(
            provider=ProviderName.GOOGLE, state=ConnectionState.CONNECTING,
            tenant=who.email.rpartition("@")[2], admin_account=who.email,
            scopes=who.granted_scopes)

    def reauthorized(self, old: Connection, new: Connection) -> Connection:
        """Keep users, filter and delta link; take the new account and settings."""
        old_tid = old.settings.get("tenant_id")
        if old_tid and new.settings.get("tenant_id") not in (None, old_tid):
            self.discard_sign_in(new)
            raise ProviderError(
                f"{new.admin_account} belongs to another tenant than the connected one "
                f"({old.tenant}); sign in with an administrator of {old.tenant}, or "
                "disconnect first.", code="other_tenant")
        self.accept_sign_in(new)
        old.state, old.state_reason = ConnectionState.CONNECTED, ""
        old.admin_account, old.scopes = new.admin_account, new.scopes
        old.settings = {**old.settings, **new.settings}
        save_connection(self.store, old)
        self.store.audit("reauthorize", old.provider.title, actor=new.admin_account)
        return old

    # -- disconnect ---------------------------------------------------------------------
    def forget(self, conn: Connection) -> str:
        """Revoke (Google) and delete the keychain entries; returns a note for the admin."""
        try:
            if conn.provider is ProviderName.GOOGLE:
                if self.google(None).forget():
                    return "The Google sign-in was revoked and removed from the keychain."
                return ("Google could not be reached to revoke the sign-in, so it was only "
                        "removed from this computer's keychain; it can be removed at "
                        "https://myaccount.google.com/permissions.")
            self.entra(EntraSettings.from_json(conn.settings)).forget()
            self.secrets.delete_all()
        except IdpWizardError as exc:
            return f"The sign-in could not be removed from the keychain: {exc}"
        return ("The Microsoft sign-in was removed from the keychain. Entra keeps the app's "
                "consent: remove it in the Entra admin center (Enterprise applications) "
                "if it is no longer wanted.")
