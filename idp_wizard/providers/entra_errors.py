"""MSAL's error dicts and exceptions as one clear sentence for the admin.

MSAL returns `{"error", "error_description", "error_codes"}`; the AADSTS number says
what went wrong. Messages name the code; they never repeat a token or the raw body.
"""

from __future__ import annotations

import re

from idp_wizard.core.errors import AuthorizationRequired, Cancelled, ProviderError
from idp_wizard.core.messages import msg
from idp_wizard.providers.loopback import CANCEL_ERROR, CANCELLED

_AADSTS = re.compile(r"AADSTS(\d+)")
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
    if error in ("access_denied", "authorization_declined") or code in (
            "AADSTS65004", "AADSTS65001"):
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
    if error in _REAUTH_ERRORS:
        return AuthorizationRequired(msg(
            "The Microsoft sign-in has expired or was revoked ({code}); reauthorize the "
            "connection.", code=named), code=code or error)
    return ProviderError(msg("Microsoft Entra ID refused to renew the sign-in ({code}); try "
                             "again later.", code=named), code=code or error)


def discovery_error(exc: Exception, authority: str, tenant: str) -> ProviderError:
    """MSAL's constructor fails when the authority's OpenID configuration is refused.

    A 4xx answer (MSAL raises ValueError) is what Entra gives for an unknown tenant
    (AADSTS90002); anything else is the network.
    """
    if isinstance(exc, ValueError):
        return ProviderError(msg(
            "The tenant {tenant} was not found at {authority} (AADSTS90002 invalid_tenant). "
            "Check the tenant ID or domain and the cloud (global, usgov, china).",
            tenant=repr(tenant), authority=authority.rsplit("/", 1)[0]), code="AADSTS90002")
    return ProviderError(msg(
        "Cannot reach the Microsoft sign-in service {authority} ({error}); check the network "
        "connection and try again.", authority=authority, error=type(exc).__name__),
        code="discovery")
