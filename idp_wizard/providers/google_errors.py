"""Google's sign-in failures as one clear sentence for the admin.

oauthlib (the browser sign-in) and google-auth (renewals) report an unusable token
answer in their own ways -- "missing_token", a RefreshError quoting the body, or a
TypeError on a body that is no JSON -- so what the admin reads is decided here, once.
Messages name Google's error code; never a token, a code or the answer's body.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from idp_wizard.core.errors import AuthorizationRequired, ProviderError
from idp_wizard.core.messages import msg
from idp_wizard.providers.google_client import REGISTER_HINT
from idp_wizard.providers.json_decode import loads
from idp_wizard.providers.net_words import network_reason

if TYPE_CHECKING:
    from google.auth.exceptions import RefreshError
    from oauthlib.oauth2 import OAuth2Error

log = logging.getLogger(__name__)
_OUTAGE = {"server_error", "temporarily_unavailable", "internal_failure"}
_REVOKED = {"invalid_grant", "unauthorized_client", "invalid_client"}


class TokenAnswerUnusable(Exception):
    """The token endpoint's answer is no token answer (raised out of oauthlib's hook)."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def check_token_answer(response: Any) -> Any:
    """requests-oauthlib's `access_token_response` hook: a 5xx, or a body that is not a
    JSON object, stops the sign-in here. OAuth error answers (JSON) pass on."""
    status = int(getattr(response, "status_code", 0) or 0)
    try:
        data = loads(response.text)  # nested too deeply: a ValueError too
    except ValueError:
        data = None
    if status >= 500 or not isinstance(data, dict):
        log.warning("Google's token endpoint answered HTTP %s with %s", status,
                    "JSON" if isinstance(data, dict) else "no JSON object")
        raise TokenAnswerUnusable(status)
    return response


def unavailable(code: str = "") -> ProviderError:
    if code:
        return ProviderError(msg(
            "Google's sign-in service is unavailable at the moment ({code}); try again in a "
            "few minutes.", code=code), code="unavailable")
    return ProviderError(msg("Google's sign-in service is unavailable at the moment; try "
                             "again in a few minutes."), code="unavailable")


def unexpected_answer() -> ProviderError:
    return ProviderError(msg(
        "Google's sign-in service answered something that is not a sign-in answer (perhaps a "
        "page of a proxy or firewall); try again in a few minutes. If it keeps happening, "
        "check the network's proxy settings."), code="unexpected_answer")


def unreachable(exc: BaseException, renewing: bool = False) -> ProviderError:
    if renewing:
        return ProviderError(msg("Cannot reach Google to renew the sign-in ({reason}); check "
                                 "the network connection and try again.",
                                 reason=network_reason(exc)), code="network")
    return ProviderError(msg("Cannot reach Google's sign-in service ({reason}); check the "
                             "network connection and try again.", reason=network_reason(exc)),
                         code="network")


def sign_in_error(exc: OAuth2Error) -> ProviderError:
    """An oauthlib error of the browser sign-in (not a cancel: the caller checks that)."""
    error = str(getattr(exc, "error", "") or "")
    if error == "access_denied":
        return ProviderError(msg("The permissions were not granted (access_denied). IdP "
                                 "Wizard needs read-only access to the directory; sign "
                                 "in again and press Allow."), code=error)
    if error in ("invalid_client", "unauthorized_client", "deleted_client"):
        return ProviderError(msg("Google does not know this OAuth client ({code}). Check "
                                 "the client_secret.json file. {hint}", code=error,
                                 hint=REGISTER_HINT), code=error)
    if error == "mismatching_state":  # oauthlib checks it before any code is exchanged
        return ProviderError(msg(
            "The answer that reached IdP Wizard does not belong to this sign-in (its state "
            "does not match: it may come from an older sign-in tab, or from another "
            "program). Nothing was stored; sign in again and finish in the tab IdP Wizard "
            "opens."), code="state_mismatch")
    if error in _OUTAGE:
        return unavailable(error)
    if error == "missing_token":  # a JSON object without a token or an error
        return unexpected_answer()
    return ProviderError(msg("Google refused the sign-in ({code}).",
                             code=error or msg("no reason given")), code=error)


def refresh_error(exc: RefreshError) -> ProviderError:
    """google-auth's RefreshError: its second argument is Google's answer (a dict when it
    was JSON, the raw text otherwise); `retryable` marks outages it retried."""
    data = next((a for a in exc.args[1:] if isinstance(a, dict)), None)
    error = str((data or {}).get("error") or "")
    if error in _REVOKED or (not error and "invalid_grant" in str(exc.args[:1])):
        return AuthorizationRequired(msg(
            "The Google sign-in has expired or was revoked ({code}); reauthorize the "
            "connection.", code=error or "invalid_grant"), code=error or "invalid_grant")
    if error in _OUTAGE:
        return unavailable(error)
    if not error:
        log.warning("Google's refresh answer was unusable (retryable: %s)",
                    getattr(exc, "retryable", None))
        return unavailable() if getattr(exc, "retryable", False) else unexpected_answer()
    return ProviderError(msg("Google refused to renew the sign-in ({code}); try again later.",
                             code=error), code=error)
