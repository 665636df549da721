"""Signing in to Microsoft Entra ID with MSAL, and the tokens the Graph reader uses.

MSAL's `SerializableTokenCache` lives only in the OS keychain (`SecretStore`), saved
after every acquisition that changed it. Interactive sign-in uses MSAL's own loopback
flow (PKCE, response_mode=form_post) with a listener we own (see `loopback`), so it can
be cancelled; the device-code flow is for machines where no browser can reach the
loopback. Both must run off the GUI thread.

Cancel: `SignInCancel.cancel()` ends an interactive sign-in within about a second (it
answers our own loopback with an error, as a closed consent page would) and stops
device-code polling before the next poll. Either way `Cancelled` is raised and
nothing is stored. A timeout ends the sign-in the same way, with a timeout message.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from idp_wizard.core.auth import DeviceCode
from idp_wizard.core.errors import Cancelled, ProviderError, SecretDamaged
from idp_wizard.core.messages import msg
from idp_wizard.core.secrets import ENTRA_TOKEN_CACHE, SecretStore
from idp_wizard.providers.entra_errors import (
    damaged_cache,
    discovery_error,
    service_error,
    sign_in_error,
    silent_error,
)
from idp_wizard.providers.entra_settings import EntraSettings
from idp_wizard.providers.json_decode import loads
from idp_wizard.providers.loopback import (
    CANCELLED,
    BrowserOpener,
    SignInCancel,
    seconds_text,
    system_browser,
)

if TYPE_CHECKING:  # MSAL (and `requests`) load on the first sign-in, not at start-up
    import msal

log = logging.getLogger(__name__)

INTERACTIVE_TIMEOUT = 300.0
MICROSOFT = "Microsoft"  # whose sign-in service a message names


@dataclass(frozen=True)
class EntraSignIn:
    """Who signed in (no tokens: those stay in MSAL's cache in the keychain)."""

    username: str
    home_account_id: str
    tenant_id: str


class EntraAuth:
    """MSAL for one app registration and tenant; the token cache lives in `secrets`."""

    def __init__(self, settings: EntraSettings, secrets: SecretStore, *,
                 http_client: Any = None, token_adapter: Any = None,
                 open_browser: BrowserOpener | None = None) -> None:
        """`http_client`: what MSAL talks through instead of ours (a test's fake);
        `token_adapter`: what our session sends through (None: the network)."""
        self.settings = settings
        self._secrets = secrets
        self._http_client = http_client  # None: a session within limits (token_http.py)
        self._token_adapter = token_adapter
        self._open_browser = open_browser or system_browser
        import msal  # here, not at start-up: ~70 ms of every launch otherwise

        self._cache = msal.SerializableTokenCache()
        self._app: msal.PublicClientApplication | None = None
        self._lock = threading.RLock()
        self._loaded = False
        self._damaged = False  # the keychain's cache could not be read: a sign-in replaces it

    def __repr__(self) -> str:
        return f"EntraAuth({self.settings.client_id!r}, {self.settings.authority!r})"

    # -- MSAL application and cache ---------------------------------------------------
    def _application(self) -> msal.PublicClientApplication:
        with self._lock:
            if not self._loaded:
                self._damaged = not self._load_cache()
                self._loaded = True
            if self._app is None:
                import msal
                import msal.exceptions
                import requests

                from idp_wizard.providers.token_http import limit_error, token_session

                if self._http_client is None:  # MSAL's own session waits forever
                    self._http_client = token_session(self._token_adapter)
                s = self.settings
                try:
                    self._app = msal.PublicClientApplication(
                        s.client_id, authority=s.authority, token_cache=self._cache,
                        http_client=self._http_client)
                except (ValueError, requests.RequestException,
                        msal.exceptions.MsalServiceError) as exc:
                    log.warning("Entra discovery failed: %s", type(exc).__name__)
                    raise (limit_error(exc, MICROSOFT)
                           or discovery_error(exc, s.authority, s.tenant)) from None
            return self._app

    def _load_cache(self) -> bool:
        """MSAL's cache from the keychain; False when what is there cannot be read.

        A damaged entry (torn chunks, or contents MSAL would choke on) is ignored, not
        raised: a new sign-in must be able to replace it ("Reauthorize"), and silent
        renewals say it is damaged (`acquire_silent`).
        """
        try:
            serialized = self._secrets.get(ENTRA_TOKEN_CACHE)
        except SecretDamaged:
            log.warning("the Entra token cache in the keychain is torn; a sign-in replaces it")
            return False
        if not serialized:
            return True
        if not _cache_readable(serialized):
            log.warning("the Entra token cache in the keychain does not parse; a sign-in "
                        "replaces it")
            return False
        self._cache.deserialize(serialized)
        return True

    def _save_cache(self) -> None:
        if self._cache.has_state_changed:
            self._secrets.set(ENTRA_TOKEN_CACHE, self._cache.serialize())
            self._damaged = False

    def _call(self, what: Callable[[], Any]) -> Any:
        """Run an MSAL call; the sign-in service's failures become a sentence (never a
        library's text: it may quote the answer), the cache is saved."""
        import msal.exceptions
        import requests

        from idp_wizard.providers.token_http import limit_error

        try:
            return what()
        except (requests.RequestException, msal.exceptions.MsalServiceError,
                json.JSONDecodeError) as exc:  # the last: an answer that is no JSON
            log.warning("the Microsoft sign-in service failed: %s", type(exc).__name__)
            raise limit_error(exc, MICROSOFT) or service_error(exc) from None
        finally:
            self._save_cache()

    # -- sign-in ----------------------------------------------------------------------
    def sign_in_interactive(self, *, timeout: float = INTERACTIVE_TIMEOUT,
                            port: int | None = None,
                            cancel: SignInCancel | None = None) -> EntraSignIn:
        """The system browser (or the injected opener) signs in; blocks until done."""
        from msal.oauth2cli.oauth2 import BrowserInteractionTimeoutError

        from idp_wizard.providers.loopback_receiver import OwnedReceiver

        self._secrets.check(ENTRA_TOKEN_CACHE)  # before the browser, not after the consent
        app = self._application()
        receiver = OwnedReceiver(port, self._open_browser, cancel)
        try:
            result = self._call(lambda: app.acquire_token_interactive(
                self.settings.scopes, prompt="select_account", timeout=timeout,
                port=receiver.get_port(), auth_code_receiver=receiver))
        except BrowserInteractionTimeoutError:
            if cancel is not None and cancel.cancelled:
                raise Cancelled(CANCELLED) from None
            raise ProviderError(msg(
                "The sign-in did not finish within {time} (the browser never came back to "
                "IdP Wizard). Try again, or use a device code.", time=seconds_text(timeout)),
                code="timeout") from None
        finally:
            receiver.close()
        return self._signed_in(result)

    def sign_in_device_code(self, show: Callable[[DeviceCode], None], *,
                            cancel: SignInCancel | None = None) -> EntraSignIn:
        """Shows a code for https://microsoft.com/devicelogin, then polls until done."""
        self._secrets.check(ENTRA_TOKEN_CACHE)  # before the code is shown, not after
        app = self._application()
        flow = self._call(lambda: app.initiate_device_flow(self.settings.scopes))
        if "user_code" not in flow:
            raise sign_in_error(flow, self.settings.client_id, self.settings.tenant)
        show(DeviceCode(str(flow["user_code"]), str(flow.get("verification_uri") or ""),
                        str(flow.get("message") or ""), int(flow.get("expires_in") or 0)))

        def stop(f: dict[str, Any]) -> bool:
            return (cancel is not None and cancel.cancelled) or f.get("expires_at", 0) < time.time()

        result = self._call(lambda: app.acquire_token_by_device_flow(flow, exit_condition=stop))
        if cancel is not None and cancel.cancelled:
            raise Cancelled(CANCELLED)
        return self._signed_in(result)

    def _signed_in(self, result: dict[str, Any]) -> EntraSignIn:
        if "access_token" not in result:
            raise sign_in_error(result, self.settings.client_id, self.settings.tenant)
        claims = result.get("id_token_claims") or {}
        oid, tid = str(claims.get("oid") or ""), str(claims.get("tid") or "")
        with self._lock:
            app = self._application()
            accounts = app.get_accounts()
            mine = [a for a in accounts if a.get("home_account_id") == f"{oid}.{tid}"]
            if not mine:
                raise ProviderError(msg("Microsoft Entra ID did not say who signed in; try "
                                        "again."), code="no_account")
            # Earlier accounts stay until this one is accepted (`keep_only`): a refused
            # reauthorization must not cost the connection its working sign-in.
            self._save_cache()
        return EntraSignIn(str(mine[0].get("username") or claims.get("preferred_username")),
                           f"{oid}.{tid}", tid)

    # -- tokens -------------------------------------------------------------------------
    def token_source(self, home_account_id: str) -> EntraTokenSource:
        return EntraTokenSource(self, home_account_id)

    def acquire_silent(self, home_account_id: str, force_refresh: bool) -> str:
        app = self._application()
        with self._lock:
            accounts = [a for a in app.get_accounts()
                        if a.get("home_account_id") == home_account_id]
            if not accounts:
                raise damaged_cache() if self._damaged else silent_error(None)
            result = self._call(lambda: app.acquire_token_silent_with_error(
                self.settings.scopes, accounts[0], force_refresh=force_refresh))
        if not result or "access_token" not in result:
            raise silent_error(result)
        return str(result["access_token"])

    def keep_only(self, home_account_id: str) -> None:
        """The sign-in was accepted: one connection, one account; forget the others."""
        with self._lock:
            app = self._application()
            for account in app.get_accounts():
                if account.get("home_account_id") != home_account_id:
                    app.remove_account(account)
            self._save_cache()

    def forget_account(self, home_account_id: str) -> None:
        """A refused sign-in: drop just that account (and the entry once it is empty)."""
        with self._lock:
            app = self._application()
            for account in app.get_accounts():
                if account.get("home_account_id") == home_account_id:
                    app.remove_account(account)
            if app.get_accounts():
                self._save_cache()
                return
        self.forget()

    def forget(self) -> None:
        """Sign out locally: drop every account from the cache and the keychain entry.

        Entra has no revocation endpoint for public clients; the admin removes the
        app's consent in the Entra admin center (Enterprise applications) if wanted.
        """
        import msal

        with self._lock:
            for account in list(self._cache.search(msal.TokenCache.CredentialType.ACCOUNT)):
                self._cache.remove_account(account)
            self._cache = msal.SerializableTokenCache()
            self._app = None
            self._secrets.delete(ENTRA_TOKEN_CACHE)


def _cache_readable(serialized: str) -> bool:
    """Whether MSAL can use this serialized cache: a JSON object of credential types,
    each an object of entries that are objects (anything else fails deep inside MSAL)."""
    try:
        data = loads(serialized)  # nested too deeply: a ValueError too
    except ValueError:
        return False
    return isinstance(data, dict) and all(
        isinstance(entries, dict) and all(isinstance(e, dict) for e in entries.values())
        for entries in data.values())


class EntraTokenSource:
    """providers.base.TokenSource over MSAL's silent acquisition (refreshes as needed)."""

    def __init__(self, auth: EntraAuth, home_account_id: str) -> None:
        self._auth = auth
        self._account = home_account_id

    def access_token(self, force_refresh: bool = False) -> str:
        return self._auth.acquire_silent(self._account, force_refresh)

    def __repr__(self) -> str:
        return "EntraTokenSource(<hidden>)"
