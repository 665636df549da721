"""Signing in to Google Workspace, and the Directory tokens.

The interactive sign-in (the browser's loopback flow) is google_sign_in.py's. The
refresh token, client id/secret and token URI are kept as JSON in the OS keychain
only; access tokens live in memory. Disconnect revokes the refresh token at Google; when
that fails (offline) the local secrets are deleted anyway and the caller says so.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from idp_wizard.core.errors import AuthorizationRequired, SecretDamaged, UsageError
from idp_wizard.core.messages import msg
from idp_wizard.core.secrets import GOOGLE_CREDENTIALS, SecretStore
from idp_wizard.providers.deadline import DeadlineClient, within
from idp_wizard.providers.google_client import REGISTER_HINT
from idp_wizard.providers.google_errors import refresh_error, unexpected_answer, unreachable
from idp_wizard.providers.google_sign_in import (
    GOOGLE,
    INTERACTIVE_TIMEOUT,
    SIGN_IN_SCOPES,
    run_sign_in,
)
from idp_wizard.providers.json_decode import loads
from idp_wizard.providers.loopback import BrowserOpener, SignInCancel
from idp_wizard.providers.proxies import unusable_proxy

if TYPE_CHECKING:  # Google's libraries (and `requests`) load on first use, not at start-up
    from google.oauth2.credentials import Credentials

log = logging.getLogger(__name__)
REVOKE_URL = "https://oauth2.googleapis.com/revoke"
REVOKE_DEADLINE = 30.0  # seconds for the revocation, headers included


@dataclass(frozen=True)
class GoogleSignIn:
    email: str
    granted_scopes: list[str]


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
        # Before the browser: a consent the token could not be kept for is wasted.
        self._secrets.check(GOOGLE_CREDENTIALS)
        creds, email = run_sign_in(self._config, self._token_adapter, self._open_browser,
                                   self._revoke, timeout=timeout, port=port, cancel=cancel)
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
