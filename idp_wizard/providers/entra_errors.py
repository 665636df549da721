"""MSAL's error dicts and exceptions as one clear sentence for the admin.

MSAL returns `{"error", "error_description", "error_codes"}`; the AADSTS number says
what went wrong. Messages name the code; they never repeat a token or the raw body.
"""

from __future__ import annotations

import json
import re

from idp_wizard.core.errors import AuthorizationRequired, Cancelled, ProviderError
from idp_wizard.core.messages import msg
from idp_wizard.providers.loopback import CANCEL_ERROR, CANCELLED
from idp_wizard.providers.net_words import network_reason

_AADSTS = re.compile(r"AADSTS(\d+)")
_HTTP_STATUS = re.compile(r"HTTP Error: (\d{3})")  # MSAL's MsalServiceError for a 5xx
REGISTER_HINT = msg(
    "Register one in the Microsoft Entra admin center: App registrations > New registration, "
    "platform 'Mobile and desktop applications' with redirect URI http://localhost, allow "
    "public client flows, add the delegated Microsoft Graph permissions User.Read, "
    "User.Read.All and RoleManagement.Read.Directory (and GroupMember.Read.All to choose "
    "employees by group), press 'Grant admin consent', then connect with "
    "--client-id <Application (client) ID>."
)
# Silent acquisition cannot continue: the admin has to sign in again.
_REAUTH_ERRORS = {"invalid_grant", "interaction_required", "login_required", "consent_required"}
# The app lacks consent in the tenant (withdrawn, or never given by an administrator).
_CONSENT = {"AADSTS65001", "AADSTS90094", "AADSTS90008"}
# A Conditional Access policy blocks the sign-in (device, location, app).
_CONDITIONAL_ACCESS = {"AADSTS53000", "AADSTS53001", "AADSTS53002", "AADSTS53003",
                       "AADSTS53004"}
# The tenant asks for more than the sign-in gave: multi-factor authentication and the like.
_MORE_NEEDED = {"AADSTS50072", "AADSTS50074", "AADSTS50076", "AADSTS50079", "AADSTS50158"}
# The account is not a member (or guest) of the tenant it signed in to.
_OTHER_TENANT = {"AADSTS50020", "AADSTS90072"}
# The service says it is down for now: an outage, not a refusal.
_OUTAGE = {"server_error", "temporarily_unavailable"}


def aadsts(result: dict[str, object]) -> str:
    """The AADSTS code of an MSAL error dict ("AADSTS700016"), or ""."""
    codes = result.get("error_codes")
    if isinstance(codes, list) and codes:
        return f"AADSTS{codes[0]}"
    found = _AADSTS.search(str(result.get("error_description") or ""))
    return f"AADSTS{found.group(1)}" if found else ""


def sign_in_error(result: dict[str, object], client_id: str,
                  tenant: str) -> ProviderError | Cancelled:
    """The error for a failed interactive or device-code sign-in."""
    error = str(result.get("error") or "unknown_error")
    code = aadsts(result)
    named = f"{error}, {code}" if code else error
    if error == CANCEL_ERROR:
        return Cancelled(CANCELLED)
    if code == "AADSTS700016" or error == "unauthorized_client":
        return ProviderError(msg(
            "The application (client) ID {client_id} was not found in the directory "
            "{tenant} ({code}). Check the ID, or register the app in that tenant. {hint}",
            client_id=client_id, tenant=repr(tenant), code=named, hint=REGISTER_HINT),
            code=code or error)
    if code == "AADSTS90002" or error == "invalid_tenant":
        return ProviderError(msg(
            "The tenant {tenant} was not found ({code}). Check the tenant ID or domain and "
            "the cloud (global, usgov, china).", tenant=repr(tenant), code=named),
            code=code or error)
    if code in _OTHER_TENANT:
        return ProviderError(msg(
            "The account that signed in does not belong to the tenant {tenant} ({code}). "
            "Sign in with an administrator account of that tenant, or connect the tenant "
            "the account belongs to.", tenant=repr(tenant), code=named), code=code)
    if code in _CONDITIONAL_ACCESS:
        return ProviderError(msg(
            "A Conditional Access policy of the tenant blocks this sign-in ({code}). Ask an "
            "administrator of the tenant to let IdP Wizard (or this device or network) "
            "through, then sign in again.", code=named), code=code)
    if code in _CONSENT or error == "consent_required":
        return ProviderError(msg(
            "The app has not been granted the permissions IdP Wizard needs in this tenant "
            "({code}). Sign in as a Global Administrator and accept the permissions for the "
            "organization, or grant admin consent for the app in the Microsoft Entra admin "
            "center (Enterprise applications > the app > Permissions), then sign in again.",
            code=named), code=code or error)
    if code in _MORE_NEEDED or error in ("interaction_required", "login_required"):
        return ProviderError(msg(
            "Microsoft Entra ID asks for more than this sign-in gave ({code}), such as "
            "multi-factor authentication. Sign in again and complete every step the browser "
            "asks for.", code=named), code=code or error)
    if error in _OUTAGE:
        return unavailable(named)
    if error in ("access_denied", "authorization_declined") or code == "AADSTS65004":
        return ProviderError(msg(
            "The permissions were not granted ({code}). IdP Wizard needs read-only access "
            "to users and group memberships; sign in again and press Accept, or ask a "
            "Global Administrator to grant admin consent for the app.", code=named),
            code=code or error)
    if error in ("expired_token", "code_expired") or code == "AADSTS70020":
        return ProviderError(msg("The sign-in code expired before it was used ({code}); "
                                 "start the sign-in again.", code=named), code=code or error)
    return ProviderError(msg("Microsoft Entra ID refused the sign-in ({code}).", code=named),
                         code=code or error)


def silent_error(result: dict[str, object] | None) -> ProviderError:
    """The error when a token could not be renewed without the admin."""
    if not result:
        return AuthorizationRequired(msg(
            "The saved Microsoft sign-in is missing or no longer usable; reauthorize the "
            "connection."), code="no_account")
    error = str(result.get("error") or "")
    code = aadsts(result)
    named = f"{error}, {code}" if code else error
    if code in _CONDITIONAL_ACCESS:
        return AuthorizationRequired(msg(
            "A Conditional Access policy of the tenant now blocks IdP Wizard's sign-in "
            "({code}). Ask an administrator of the tenant to let IdP Wizard through, then "
            "reauthorize the connection.", code=named), code=code)
    if code in _CONSENT or error == "consent_required":
        return AuthorizationRequired(msg(
            "The app's permissions in the tenant were withdrawn or changed ({code}); "
            "reauthorize the connection as a Global Administrator and accept the "
            "permissions.", code=named), code=code or error)
    if code in _MORE_NEEDED or error in ("interaction_required", "login_required"):
        return AuthorizationRequired(msg(
            "Microsoft Entra ID asks the administrator to sign in again ({code}), for "
            "example for multi-factor authentication; reauthorize the connection.",
            code=named), code=code or error)
    if error in _OUTAGE:
        return unavailable(named)
    if error in _REAUTH_ERRORS:
        return AuthorizationRequired(msg(
            "The Microsoft sign-in has expired or was revoked ({code}); reauthorize the "
            "connection.", code=named), code=code or error)
    return ProviderError(msg("Microsoft Entra ID refused to renew the sign-in ({code}); try "
                             "again later.", code=named), code=code or error)


def damaged_cache() -> AuthorizationRequired:
    return AuthorizationRequired(msg(
        "The saved Microsoft sign-in in the keychain is damaged and cannot be read; "
        "reauthorize the connection to replace it."), code="cache_damaged")


def unavailable(detail: str) -> ProviderError:
    return ProviderError(msg(
        "The Microsoft sign-in service is unavailable at the moment ({code}); try again in "
        "a few minutes.", code=detail), code="unavailable")


def unexpected_answer() -> ProviderError:
    return ProviderError(msg(
        "The Microsoft sign-in service answered something that is not a sign-in answer "
        "(perhaps a page of a proxy or firewall); try again in a few minutes. If it keeps "
        "happening, check the network's proxy settings."), code="unexpected_answer")


def _status(exc: Exception) -> int | None:
    """The HTTP status behind `exc`: requests' HTTPError, or MSAL's own for a cached 5xx."""
    status = getattr(getattr(exc, "response", None), "status_code", None)
    if isinstance(status, int):
        return status
    found = _HTTP_STATUS.search(str(exc))
    return int(found.group(1)) if found else None


def service_error(exc: Exception) -> ProviderError:
    """An exception out of an MSAL call to the sign-in service, as one sentence.

    MSAL raises for a 5xx (requests' HTTPError; MsalServiceError while it remembers the
    failure), lets json's ValueError out of an answer that is no JSON (a proxy's page, an
    empty or cut-short body), and lets `requests`' connection errors through.
    """
    status = _status(exc)
    if status is not None and status >= 500:
        return unavailable(f"HTTP {status}")
    if isinstance(exc, ValueError) or status is not None:
        return unexpected_answer()
    return ProviderError(msg(
        "Cannot reach the Microsoft sign-in service ({reason}); check the network "
        "connection and try again.", reason=network_reason(exc)), code="network")


def discovery_error(exc: Exception, authority: str, tenant: str) -> ProviderError:
    """MSAL's constructor fails when the authority's OpenID configuration is refused.

    A 4xx answer (MSAL raises a ValueError of its own) is what Entra gives for an
    unknown tenant (AADSTS90002); an answer that is not JSON (MSAL re-raises json's error
    as a ValueError of its own: the original is its context), a 5xx or the network are
    the service's or the network's trouble.
    """
    if isinstance(exc, ValueError) and isinstance(exc.__context__, json.JSONDecodeError):
        return unexpected_answer()
    if isinstance(exc, ValueError) and not isinstance(exc, json.JSONDecodeError):
        return ProviderError(msg(
            "The tenant {tenant} was not found at {authority} (AADSTS90002 invalid_tenant). "
            "Check the tenant ID or domain and the cloud (global, usgov, china).",
            tenant=repr(tenant), authority=authority.rsplit("/", 1)[0]), code="AADSTS90002")
    if isinstance(exc, ValueError) or _status(exc) is not None:
        return service_error(exc)
    return ProviderError(msg(
        "Cannot reach the Microsoft sign-in service {authority} ({reason}); check the "
        "network connection and try again.", authority=authority, reason=network_reason(exc)),
        code="discovery")
