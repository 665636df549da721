"""The interactive Google sign-in: google-auth-oauthlib's loopback flow in the browser.

`InstalledAppFlow.run_local_server` runs the real loopback flow with PKCE; the browser
is injectable (registered with `webbrowser` under a private name, which is the hook
`run_local_server(browser=...)` offers).

Cancel: `SignInCancel.cancel()` answers our own loopback with an error (as a refused
consent page would), so `run_local_server` returns at once and `Cancelled` is raised.
A timeout ends it the same way.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import urllib.parse
import webbrowser
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from idp_wizard.core.errors import Cancelled, ProviderError
from idp_wizard.core.messages import msg
from idp_wizard.core.os_errors import os_reason
from idp_wizard.providers.google_errors import (
    TokenAnswerUnusable,
    check_token_answer,
    sign_in_error,
    unavailable,
    unexpected_answer,
    unreachable,
)
from idp_wizard.providers.loopback import (
    CANCEL_ERROR,
    CANCELLED,
    LOOPBACK,
    BrowserOpener,
    SignInCancel,
    get_loopback,
    seconds_text,
)

if TYPE_CHECKING:  # Google's libraries (and `requests`) load on first use, not at start-up
    from google.oauth2.credentials import Credentials

log = logging.getLogger(__name__)
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


def run_sign_in(config: dict[str, Any], token_adapter: Any,
                open_browser: BrowserOpener | None, revoke: Callable[[str], bool], *,
                timeout: float, port: int,
                cancel: SignInCancel | None) -> tuple[Credentials, str]:
    """The signed-in credentials and their e-mail address. `revoke` gives back a token
    granted with fewer scopes than asked (it is not kept)."""
    import requests
    from google_auth_oauthlib.flow import InstalledAppFlow, WSGITimeoutError
    from oauthlib.oauth2 import OAuth2Error

    from idp_wizard.providers.token_http import limit_error, limit_session

    flow = InstalledAppFlow.from_client_config(config, SIGN_IN_SCOPES,
                                               autogenerate_code_verifier=True)
    # A token answer that is no token answer (a proxy's page, an outage) is told
    # apart before oauthlib reads it as "no access token".
    flow.oauth2session.register_compliance_hook("access_token_response",
                                                check_token_answer)
    # The code exchange would otherwise wait forever and read any answer whole.
    limit_session(flow.oauth2session, token_adapter)
    seen: list[str] = []

    def opener(url: str) -> bool:
        q = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
        redirect = urllib.parse.urlsplit((q.get("redirect_uri") or [""])[0])
        state = (q.get("state") or [""])[0]
        if cancel is not None and redirect.port:
            path = "/?" + urllib.parse.urlencode({"error": CANCEL_ERROR, "state": state})
            cancel.on_cancel(lambda: get_loopback(int(redirect.port or 0), path))
        return open_browser(url) if open_browser else webbrowser.open(url)

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
        revoke(str(token.get("refresh_token") or ""))  # not kept: give it back
        raise _missing_scopes(missing) from None
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
        raise _missing_scopes(missing)
    email = _email_from_id_token(getattr(creds, "id_token", None))
    if not email or not creds.refresh_token:
        raise ProviderError(msg("Google did not say who signed in (no e-mail or no "
                                "refresh token); try again."), code="no_identity")
    return creds, email


def _missing_scopes(missing: list[str]) -> ProviderError:
    names = ", ".join(s.rsplit("/", 1)[-1] for s in missing)
    return ProviderError(msg(
        "Google granted only part of the requested access; missing: {names}. Sign in "
        "again and leave every permission ticked (all are read-only).", names=names),
        code="scopes_refused")
