"""What a provider's error answer means for the admin: one sentence, never a secret.

Messages name the provider, the status, the provider's code and what the admin can do
-- never a token, a body or a query string (paths only).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from idp_wizard.core.errors import AuthorizationRequired, DeltaExpired, ProviderError
from idp_wizard.core.messages import Message, msg, msg_count

DELTA_EXPIRED_CODES = frozenset({"syncstatenotfound", "resyncrequired", "syncstateinvalid"})
# JWTs (Entra) and Google access tokens, in case a provider echoes one in a message.
_TOKEN_RE = re.compile(r"eyJ[\w-]+\.[\w-]+\.[\w-]*|ya29\.[\w.-]+|Bearer\s+\S+")


@dataclass(frozen=True, slots=True)
class ApiError:
    """What a provider-specific parser understood of an error body."""

    code: str = ""
    message: str = ""
    reasons: tuple[str, ...] = ()
    hint: str | Message = ""  # what the admin can do, when the provider's code tells us


ErrorParser = Callable[[int, object], ApiError]


def scrub(text: str, limit: int = 200) -> str:
    """A provider's message made safe to show: tokens redacted, one line, short."""
    text = _TOKEN_RE.sub("<redacted>", " ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def malformed_error(label: str, path: str | Message) -> ProviderError:
    return ProviderError(msg("{provider} returned a malformed response ({path}); try again "
                             "later.", provider=label, path=path), code="malformed")


def too_large(label: str, path: str, megabytes: int) -> ProviderError:
    """An answer larger than any page (http_answer.MAX_BODY): a proxy or a broken provider."""
    return ProviderError(msg("{provider} sent an answer larger than {size} MB ({path}), more "
                             "than any directory page; IdP Wizard stopped reading it. Try "
                             "again later, and if it happens again, check the network (a "
                             "proxy may rewrite the answers).", provider=label,
                             size=megabytes, path=path), code="too_large")


def too_slow(label: str, path: str, seconds: float) -> ProviderError:
    """One request still unanswered after its deadline (http_answer.DEADLINE), however steadily
    bytes came."""
    if seconds >= 60:
        return ProviderError(msg(
            "{provider} took more than {minutes} minutes to answer one request ({path}); "
            "IdP Wizard stopped waiting. Try again later, and if it happens again, check "
            "the network connection.", provider=label, minutes=round(seconds / 60),
            path=path), code="too_slow")
    whole = max(1, round(seconds))
    return ProviderError(msg_count(
        whole, "{provider} took more than {seconds} second to answer one request ({path}); "
        "IdP Wizard stopped waiting. Try again later, and if it happens again, check the "
        "network connection.", "{provider} took more than {seconds} seconds to answer one "
        "request ({path}); IdP Wizard stopped waiting. Try again later, and if it happens "
        "again, check the network connection.", provider=label, seconds=whole, path=path),
        code="too_slow")


def final_error(label: str, status: int, err: ApiError, path: str) -> ProviderError:
    """The admin-facing error for an error answer that is not retried."""
    code = err.code or f"HTTP {status}"
    detail = f"{status} {code}"
    if status == 401:
        return AuthorizationRequired(
            msg("{provider} rejected the sign-in ({code}). Reauthorize the connection.",
                provider=label, code=code),
            code=err.code, status=status,
        )
    if status == 410 or err.code.lower() in DELTA_EXPIRED_CODES:
        return DeltaExpired(
            msg("{provider} no longer knows the last sync state ({detail}); a full read is "
                "needed.", provider=label, detail=detail),
            code=err.code, status=status,
        )
    where = {"provider": label, "path": path, "detail": detail}
    text: Message
    if status == 403:
        hint = err.hint or msg("check the signed-in account's role and the granted "
                               "permissions")
        text = msg("{provider} denied access to {path} ({detail}): {hint}.", hint=hint, **where)
    elif status == 404:
        text = msg("{provider}: {path} was not found ({detail}); it may have been deleted.",
                   **where)
    elif 300 <= status < 400:
        text = msg("{provider} answered {path} with an unexpected redirect ({status}).",
                   provider=label, path=path, status=str(status))
    elif err.message and err.hint:  # the provider's own words stay a value, never a template
        text = msg("{provider} rejected the request to {path} ({detail}: {said}). {hint}.",
                   said=scrub(err.message), hint=err.hint, **where)
    elif err.message:
        text = msg("{provider} rejected the request to {path} ({detail}: {said}).",
                   said=scrub(err.message), **where)
    elif err.hint:
        text = msg("{provider} rejected the request to {path} ({detail}). {hint}.",
                   hint=err.hint, **where)
    else:
        text = msg("{provider} rejected the request to {path} ({detail}).", **where)
    return ProviderError(text, code=err.code, status=status)


def exhausted_error(label: str, kind: str, attempts: int, detail: str | Message,
                    code: str = "", status: int | None = None) -> ProviderError:
    """Retrying did not help: throttled, unavailable or malformed to the end."""
    if kind == "malformed":
        return malformed_error(label, detail)
    if kind == "throttled":
        return ProviderError(msg("{provider} is still throttled after {attempts} attempts "
                                 "({detail}); try again later.", provider=label,
                                 attempts=attempts, detail=detail), code=code, status=status)
    return ProviderError(msg("{provider} is still not responding after {attempts} attempts "
                             "({detail}); check the network connection or try again later.",
                             provider=label, attempts=attempts, detail=detail),
                         code=code, status=status)
