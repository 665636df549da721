"""Signing in to Google Workspace with google-auth-oauthlib, and the Directory tokens.

`InstalledAppFlow.run_local_server` runs the real loopback flow with PKCE; the browser
is injectable (registered with `webbrowser` under a private name, which is the hook
`run_local_server(browser=...)` offers). The refresh token, client id/secret and
token URI are kept as JSON in the OS keychain only; access tokens live in memory.

Cancel: `SignInCancel.cancel()` answers our own loopback with an error (as a refused
consent page would), so `run_local_server` returns at once and `Cancelled` is raised.
A timeout ends it the same way. Disconnect revokes the refresh token at Google; when
that fails (offline) the local secrets are deleted anyway and the caller says so.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import threading
import urllib.parse
import webbrowser
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from idp_wizard.core.errors import (
    AuthorizationRequired,
    Cancelled,
    ProviderError,
    SecretDamaged,
    UsageError,
)
from idp_wizard.core.messages import msg
from idp_wizard.core.os_errors import os_reason
from idp_wizard.core.secrets import GOOGLE_CREDENTIALS, SecretStore
from idp_wizard.providers.deadline import DeadlineClient, within
from idp_wizard.providers.google_client import REGISTER_HINT
from idp_wizard.providers.google_errors import (
    TokenAnswerUnusable,
    check_token_answer,
    refresh_error,
    sign_in_error,
    unavailable,
    unexpected_answer,
    unreachable,
)
from idp_wizard.providers.json_decode import loads
from idp_wizard.providers.loopback import (
    CANCEL_ERROR,
    CANCELLED,
    LOOPBACK,
    BrowserOpener,
    SignInCancel,
    get_loopback,
    seconds_text,
)
from idp_wizard.providers.proxies import unusable_proxy

if TYPE_CHECKING:  # Google's libraries (and `requests`) load on first use, not at start-up
    from google.oauth2.credentials import Credentials

log = logging.getLogger(__name__)
REVOKE_URL = "https://oauth2.googleapis.com/revoke"
REVOKE_DEADLINE = 30.0  # seconds for the revocation, headers included
DIRECTORY_SCOPES = [
    "https://www.googleapis.com/auth/admin.directory.user.readonly",
    "https://www.googleapis.com/auth/admin.directory.group.readonly",
    "https://www.googleapis.com/auth/admin.directory.group.member.readonly",
    "https://www.googleapis.com/auth/admin.directory.orgunit.readonly",
]
# "email" is asked for by its full name: Google grants it under that name, and oauthlib
# treats any difference between asked and granted scopes as a change.
SIGN_IN_SCOPES = [*DIRECTORY_SCOPES, "openid", "https://www.googleapis.com/auth/userinfo.email"]
INTERACTIVE_TIMEOUT = 300.0
GOOGLE = "Google"  # whose sign-in service a message names
SUCCESS_PAGE = "Signed in. You can close this tab and return to IdP Wizard."


@dataclass(frozen=True)
class GoogleSignIn:
    email: str
    granted_scopes: list[str]


class _Opener(webbrowser.BaseBrowser):
    """Makes an injected opener usable as `run_local_server(browser=<name>)`."""

    def __init__(self, opener: BrowserOpener, seen: list[str]) -> None:
        super().__init__(f"idp-wizard-{id(self)}")
        self._opener, self._seen = opener, seen

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self._seen.append(url)
        return self._opener(url)


def _email_from_id_token(id_token: str | None) -> str:
    """The `email` claim. The token came straight from Google's token endpoint over TLS,
    so its signature need not be checked (OIDC Core 3.1.3.7); the super-admin check
    that follows asks the Directory API about this account with the new token anyway."""
    try:
        payload = str(id_token or "").split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError, binascii.Error):
        return ""
    return str(claims.get("email") or "") if isinstance(claims, dict) else ""


class GoogleAuth:
    def __init__(self, client_config: dict[str, Any] | None, secrets: SecretStore, *,
                 open_browser: BrowserOpener | None = None, revoke_url: str = REVOKE_URL,
                 revoke_transport: httpx.BaseTransport | None = None,
                 token_adapter: Any = None) -> None:
        """`token_adapter`: what the token requests are sent through (a `requests`
        transport adapter; None: the network), always within token_http's limits."""
        self._config = client_config
        self._token_adapter = token_adapter
        self._session: Any = None  # the refresh's requests session, made on first use
        self._secrets = secrets
        self._open_browser = open_browser
        self._revoke_url = revoke_url
        self._revoke_transport = revoke_transport
        self._credentials: Credentials | None = None
        self._pending: tuple[Credentials, str] | None = None  # signed in, not yet accepted
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return "GoogleAuth(<client hidden>)"

    # -- sign-in ----------------------------------------------------------------------
    def sign_in(self, *, timeout: float = INTERACTIVE_TIMEOUT, port: int = 0,
                cancel: SignInCancel | None = None) -> GoogleSignIn:
        if not self._config:
            raise UsageError(msg("No Google OAuth client is configured. {hint}",
                                 hint=REGISTER_HINT))
        import requests
        from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
        from oauthlib.oauth2 import OAuth2Error

        from idp_wizard.providers.token_http import limit_error, limit_session

        # Before the browser: a consent the token could not be kept for is wasted.
        self._secrets.check(GOOGLE_CREDENTIALS)
        flow = InstalledAppFlow.from_client_config(self._config, SIGN_IN_SCOPES,
                                                   autogenerate_code_verifier=True)
        # A token answer that is no token answer (a proxy's page, an outage) is told
        # apart before oauthlib reads it as "no access token".
        flow.oauth2session.register_compliance_hook("access_token_response",
                                                    check_token_answer)
        # The code exchange would otherwise wait forever and read any answer whole.
        limit_session(flow.oauth2session, self._token_adapter)
        seen: list[str] = []

        def opener(url: str) -> bool:
            q = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
            redirect = urllib.parse.urlsplit((q.get("redirect_uri") or [""])[0])
            state = (q.get("state") or [""])[0]
            if cancel is not None and redirect.port:
                path = "/?" + urllib.parse.urlencode({"error": CANCEL_ERROR, "state": state})
                cancel.on_cancel(lambda: get_loopback(int(redirect.port or 0), path))
            return self._open_browser(url) if self._open_browser else webbrowser.open(url)

        browser = _Opener(opener, seen)
        webbrowser.register(browser.name, None, browser)
        try:
            flow.run_local_server(
                # Loopback IP (not "localhost": that may reach a listener on [::1] first).
                host=LOOPBACK, bind_addr=LOOPBACK, port=port, open_browser=True,
                browser=browser.name,
                timeout_seconds=timeout, authorization_prompt_message="",
                success_message=SUCCESS_PAGE, access_type="offline", prompt="consent")
        except TokenAnswerUnusable as bad:
            raise (unavailable(f"HTTP {bad.status}") if bad.status >= 500
                   else unexpected_answer()) from None
        except requests.RequestException as exc:  # before OSError: it is one
            log.warning("Google token request failed: %s", type(exc).__name__)
            raise limit_error(exc, GOOGLE) or unreachable(exc) from None
        except OSError as exc:
            raise ProviderError(msg(
                "Cannot listen for the sign-in answer on port {port} of this computer "
                "({reason}); another program is using it. Close it or choose another port.",
                port=str(port), reason=os_reason(exc)),
                code="loopback_port") from None
        except (WSGITimeoutError, AttributeError):
            if cancel is not None and cancel.cancelled:
                raise Cancelled(CANCELLED) from None
            raise ProviderError(msg(
                "The sign-in did not finish within {time} (the browser never came back to "
                "IdP Wizard). Try again.", time=seconds_text(timeout)), code="timeout") from None
        except Warning as changed:  # oauthlib: Google granted other scopes than asked
            missing = sorted(set(SIGN_IN_SCOPES) - set(getattr(changed, "new_scope", []) or []))
            token = getattr(changed, "token", None) or {}
            self._revoke(str(token.get("refresh_token") or ""))  # not kept: give it back
            raise self._missing_scopes(missing) from None
        except OAuth2Error as exc:
            if cancel is not None and cancel.cancelled:
                raise Cancelled(CANCELLED) from None
            raise sign_in_error(exc) from None
        finally:
            if cancel is not None:
                cancel.on_cancel(None)
        creds = flow.credentials
        missing = sorted(set(SIGN_IN_SCOPES) - set(creds.granted_scopes or SIGN_IN_SCOPES))
        if missing:
            raise self._missing_scopes(missing)
        email = _email_from_id_token(getattr(creds, "id_token", None))
        if not email or not creds.refresh_token:
            raise ProviderError(msg("Google did not say who signed in (no e-mail or no "
                                    "refresh token); try again."), code="no_identity")
        with self._lock:
            # Used for the admin check, but only stored once accepted: a refused sign-in
            # must not replace the connection's working credentials.
            self._credentials = creds
            self._pending = (creds, email)
        return GoogleSignIn(email, sorted(creds.granted_scopes or SIGN_IN_SCOPES))

    def accept(self) -> None:
        """The sign-in passed the checks: keep it (keychain only)."""
        with self._lock:
            if self._pending is not None:
                self._store(*self._pending)
                self._pending = None

    def discard(self) -> None:
        """The sign-in was refused: give its token back; the stored one stays."""
        with self._lock:
            pending, self._pending = self._pending, None
            self._credentials = None  # reload the stored (earlier) credentials if any
        if pending is not None:
            self._revoke(str(pending[0].refresh_token or ""))

    @staticmethod
    def _missing_scopes(missing: list[str]) -> ProviderError:
        names = ", ".join(s.rsplit("/", 1)[-1] for s in missing)
        return ProviderError(msg(
            "Google granted only part of the requested access; missing: {names}. Sign in "
            "again and leave every permission ticked (all are read-only).", names=names),
            code="scopes_refused")

    # -- stored credentials -------------------------------------------------------------
    def _store(self, creds: Credentials, email: str) -> None:
        self._secrets.set(GOOGLE_CREDENTIALS, json.dumps({
            "account": email, "refresh_token": creds.refresh_token,
            "client_id": creds.client_id, "client_secret": creds.client_secret,
            "token_uri": creds.token_uri, "scopes": list(creds.granted_scopes or []),
        }))

    def credentials(self) -> Credentials:
        with self._lock:
            if self._credentials is None:
                raw = self._secrets.get(GOOGLE_CREDENTIALS)
                if not raw:
                    raise AuthorizationRequired(msg(
                        "The saved Google sign-in is missing from the keychain; reauthorize "
                        "the connection."), code="no_credentials")
                try:
                    data = loads(raw)  # nested too deeply: a ValueError too
                except ValueError:
                    data = None
                if not isinstance(data, dict) or not isinstance(data.get("refresh_token"),
                                                                str):
                    raise SecretDamaged(msg(
                        "The saved Google sign-in in the keychain is damaged and cannot be "
                        "read; reauthorize the connection to replace it."),
                        code="credentials_damaged")
                from google.oauth2.credentials import Credentials

                self._credentials = Credentials(
                    None, refresh_token=data["refresh_token"], token_uri=data.get("token_uri"),
                    client_id=data.get("client_id"), client_secret=data.get("client_secret"),
                    scopes=data.get("scopes") or None)
            return self._credentials

    def access_token(self, force_refresh: bool = False) -> str:
        import google.auth.exceptions
        import google.auth.transport.requests

        from idp_wizard.providers.token_http import limit_error, token_session

        creds = self.credentials()
        with self._lock:
            if force_refresh or not creds.valid:
                if self._session is None:  # google-auth's own has no size limit
                    self._session = token_session(self._token_adapter)
                try:
                    creds.refresh(google.auth.transport.requests.Request(self._session))
                except google.auth.exceptions.RefreshError as exc:
                    raise refresh_error(exc) from None
                except google.auth.exceptions.TransportError as exc:
                    cause = exc.args[0] if exc.args and isinstance(exc.args[0],
                                                                   BaseException) else exc
                    log.warning("Google token refresh failed: %s", type(cause).__name__)
                    raise (limit_error(cause, GOOGLE)
                           or unreachable(cause, renewing=True)) from None
                except (TypeError, KeyError, ValueError) as exc:
                    # google-auth reads a token answer that is no JSON (a proxy's page, a
                    # cut-short body) as a string and fails on it like this.
                    log.warning("Google's token answer was unusable: %s", type(exc).__name__)
                    raise unexpected_answer() from None
            return str(creds.token)

    def token_source(self) -> GoogleTokenSource:
        return GoogleTokenSource(self)

    def forget(self) -> bool:
        """Revoke the refresh token at Google, then delete the keychain entry (always).

        Returns whether Google confirmed the revocation.
        """
        token = ""
        with contextlib.suppress(ValueError, AttributeError, SecretDamaged):
            raw = self._secrets.get(GOOGLE_CREDENTIALS)  # damaged: nothing to revoke
            token = str((loads(raw) if raw else {}).get("refresh_token") or "")
        revoked = self._revoke(token)
        with self._lock:
            self._credentials = None
        self._secrets.delete(GOOGLE_CREDENTIALS)
        return revoked


    def _revoke(self, token: str) -> bool:
        if not token:
            return False
        if self._revoke_transport is None and (problem := unusable_proxy()) is not None:
            log.warning("Google revoke not sent: %s", problem)  # names no secret
            return False
        try:  # as the directory's requests: a deadline, direct or through any proxy
            with within(REVOKE_DEADLINE), DeadlineClient(
                    transport=self._revoke_transport, verify=True,
                    timeout=httpx.Timeout(10.0)) as client, client.stream(
                    "POST", self._revoke_url, data={"token": token}) as response:
                status = response.status_code  # the body is not needed: never read
        except httpx.HTTPError as exc:
            log.warning("Google revoke failed: %s", type(exc).__name__)
            return False
        if status != 200:
            log.warning("Google revoke answered HTTP %s", status)
        return status == 200


class GoogleTokenSource:
    """providers.base.TokenSource over the stored Google refresh token."""

    def __init__(self, auth: GoogleAuth) -> None:
        self._auth = auth

    def access_token(self, force_refresh: bool = False) -> str:
        return self._auth.access_token(force_refresh)

    def __repr__(self) -> str:
        return "GoogleTokenSource(<hidden>)"
