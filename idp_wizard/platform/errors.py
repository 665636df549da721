"""Errors from the SCIM platform. Each message is one plain sentence naming the cause.

No message ever carries the bearer token: the HTTP layer scrubs every server `detail`
before it reaches an error (see `ScimHttp.scrub`).
"""

from __future__ import annotations

from idp_wizard.core.errors import IdpWizardError, UsageError
from idp_wizard.core.messages import Message, msg

SCIM_URL_HINT = msg("a SCIM base URL usually ends with /scim/v2 or /v2")


class PlatformError(IdpWizardError):
    """Any failure talking to the platform; `status`/`scim_type`/`detail` when it answered."""

    def __init__(self, message: str | Message, *, status: int | None = None,
                 scim_type: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.scim_type = scim_type
        self.detail = detail
        # An earlier attempt of the same request was sent and its answer lost: a 404 now
        # may be that attempt's doing (a DELETE applied before its answer was lost).
        self.after_lost = False


class BadTargetUrl(PlatformError, UsageError):
    """The URL is not usable (not http(s), plain http to a non-local host, no valid host
    or port): the admin's input, so the command line exits with its usage code (2)."""


class TokenRejected(PlatformError):
    """401: the token is wrong, expired or revoked. The target needs a new token."""


class AccessDenied(PlatformError):
    """403: the token is valid but lacks the rights for this request."""


class WrongBaseUrl(PlatformError):
    """404 (or a redirect) where the SCIM endpoints should be."""


class NotScim(PlatformError):
    """The server answered, but not in SCIM (HTML, other JSON, garbage)."""


class UnsupportedServer(PlatformError):
    """A SCIM server that lacks something provisioning cannot do without."""


class TlsFailure(PlatformError):
    """The TLS handshake or the certificate check failed."""


class PlatformTimeout(PlatformError):
    """The platform did not answer in time (after retries)."""


class PlatformUnreachable(PlatformError):
    """Connection refused, host unknown, network down (after retries)."""


class PlatformUnavailable(PlatformError):
    """5xx or throttling that outlasted the retries; the request may be tried later."""


class RequestRejected(PlatformError):
    """A 4xx answer to one request (invalid value, conflict, ...): concerns that request.
    `scim_error`: the body was a SCIM Error (not an HTML page or a proxy's JSON);
    `page`: the body was an HTML page (a proxy or website answered, not SCIM)."""

    def __init__(self, message: str | Message, *, status: int | None = None,
                 scim_type: str = "", detail: str = "", scim_error: bool = False,
                 page: bool = False) -> None:
        super().__init__(message, status=status, scim_type=scim_type, detail=detail)
        self.scim_error, self.page = scim_error, page


class BadAnswer(RequestRejected):
    """A success answer about one resource that cannot be used (its `id` is not text):
    concerns that resource only; nothing of the answer is kept."""


class NotFound(RequestRejected):
    """404 for one resource: it does not exist (any more)."""


class Conflict(RequestRejected):
    """409: a uniqueness conflict (the platform already has such a resource)."""


class PreconditionFailed(RequestRejected):
    """412: the resource changed since it was read (ETag mismatch)."""


class NotSupported(RequestRejected):
    """405/501: the platform does not offer this method or endpoint."""


class UnmappableUser(PlatformError):
    """A directory user that cannot become a SCIM user (e.g. no e-mail address)."""


class AnswerLost(PlatformUnavailable):
    """A write was sent but its answer was lost (5xx, timeout): it may have been applied."""
