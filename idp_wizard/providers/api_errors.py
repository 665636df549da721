"""What a provider's error answer means for the admin: one sentence, never a secret.

Messages name the provider, the status, the provider's code and what the admin can do
-- never a token, a body or a query string (paths only).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from idp_wizard.core.errors import AuthorizationRequired, DeltaExpired, ProviderError

DELTA_EXPIRED_CODES = frozenset({"syncstatenotfound", "resyncrequired", "syncstateinvalid"})
# JWTs (Entra) and Google access tokens, in case a provider echoes one in a message.
_TOKEN_RE = re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]*|ya29\.[\w.-]+|Bearer\s+\S+")


@dataclass(frozen=True, slots=True)
class ApiError:
    """What a provider-specific parser understood of an error body."""

    code: str = ""
    message: str = ""
    reasons: tuple[str, ...] = ()
    hint: str = ""  # what the admin can do, when the provider's code tells us


ErrorParser = Callable[[int, object], ApiError]


def scrub(text: str, limit: int = 200) -> str:
    """A provider's message made safe to show: tokens redacted, one line, short."""
    text = _TOKEN_RE.sub("<redacted>", " ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def malformed_error(label: str, path: str) -> ProviderError:
    return ProviderError(f"{label} returned a malformed response ({path}); try again later.",
                         code="malformed")


def final_error(label: str, status: int, err: ApiError, path: str) -> ProviderError:
    """The admin-facing error for an error answer that is not retried."""
    code = err.code or f"HTTP {status}"
    detail = f"{status} {code}"
    if status == 401:
        return AuthorizationRequired(
            f"{label} rejected the sign-in ({code}). Reauthorize the connection.",
            code=err.code, status=status,
        )
    if status == 410 or err.code.lower() in DELTA_EXPIRED_CODES:
        return DeltaExpired(
            f"{label} no longer knows the last sync state ({detail}); a full read is needed.",
            code=err.code, status=status,
        )
    if status == 403:
        hint = err.hint or "check the signed-in account's role and the granted permissions"
        text = f"{label} denied access to {path} ({detail}): {hint}."
    elif status == 404:
        text = f"{label}: {path} was not found ({detail}); it may have been deleted."
    elif 300 <= status < 400:
        text = f"{label} answered {path} with an unexpected redirect ({status})."
    else:
        said = f": {scrub(err.message)}" if err.message else ""
        hint = f" {err.hint}." if err.hint else ""
        text = f"{label} rejected the request to {path} ({detail}{said}).{hint}"
    return ProviderError(text, code=err.code, status=status)


def exhausted_error(label: str, kind: str, attempts: int, detail: str, code: str = "",
                    status: int | None = None) -> ProviderError:
    """Retrying did not help: throttled, unavailable or malformed to the end."""
    if kind == "malformed":
        return malformed_error(label, detail)
    what = (f"is still throttled after {attempts} attempts ({detail}); try again later"
            if kind == "throttled" else
            f"is still not responding after {attempts} attempts ({detail}); "
            "check the network connection or try again later")
    return ProviderError(f"{label} {what}.", code=code, status=status)
