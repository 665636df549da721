"""What a SCIM server answered: the body (any JSON media type), and the error it means.

Servers differ: `application/scim+json`, `application/json`, even `text/json`; errors as
SCIM Error bodies, other JSON or HTML. This module turns an `httpx.Response` into a
`Reply` (success) or the `PlatformError` subclass naming the cause (failure).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from idp_wizard.core.messages import Message, msg
from idp_wizard.platform.errors import (
    AccessDenied,
    Conflict,
    NotFound,
    NotScim,
    NotSupported,
    PlatformError,
    PreconditionFailed,
    RequestRejected,
    TokenRejected,
    WrongBaseUrl,
)
from idp_wizard.providers.json_decode import loads

JsonDict = dict[str, Any]
TOKEN_REJECTED = msg("The platform rejected the SCIM token (401): the target needs a new "
                     "token.")
ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"
_BEARER_RE = re.compile(r"Bearer\s+\S+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reply:
    """A successful (2xx) answer; `body` is None when the server sent none (204)."""

    status: int
    body: JsonDict | None
    headers: httpx.Headers

    @property
    def etag(self) -> str | None:
        meta = (self.body or {}).get("meta")
        version = meta.get("version") if isinstance(meta, dict) else None
        return self.headers.get("ETag") or (version if isinstance(version, str) else None)

    @property
    def location(self) -> str | None:
        """Location header or meta.location, as given (may be relative)."""
        meta = (self.body or {}).get("meta")
        where = meta.get("location") if isinstance(meta, dict) else None
        return self.headers.get("Location") or (where if isinstance(where, str) else None)


def scrubber(token: str) -> Callable[[str], str]:
    """A function that removes `token` (and any "Bearer x") from server text, one line."""

    def scrub(text: str, limit: int = 300) -> str:
        if token:
            text = text.replace(token, "<redacted>")
        text = _BEARER_RE.sub("Bearer <redacted>", " ".join(text.split()))
        return text if len(text) <= limit else text[: limit - 1] + "…"

    return scrub


def is_json_type(content_type: str) -> bool:
    media = content_type.partition(";")[0].strip().lower()
    return media in ("application/json", "text/json") or (
        media.startswith("application/") and media.endswith("+json"))


def is_page(response: httpx.Response) -> bool:
    """An HTML page: a website or proxy answered, not a SCIM server."""
    media = response.headers.get("Content-Type", "").partition(";")[0].strip().lower()
    head = response.content[:64].lstrip().lower()
    return "html" in media or head.startswith((b"<!doctype", b"<html"))


def describe_non_scim(response: httpx.Response) -> Message:
    """"an HTML page", "plain text", ... for the NotScim sentence."""
    media = response.headers.get("Content-Type", "").partition(";")[0].strip().lower()
    head = response.content[:64].lstrip().lower()
    if is_page(response):
        return msg("an HTML page")
    if not response.content:
        return msg("an empty answer")
    if is_json_type(media) or head.startswith((b"{", b"[")):
        return msg("JSON that is not SCIM")
    return msg("something that is not SCIM")


def parse_json(response: httpx.Response) -> object:
    """The decoded JSON of any JSON-ish answer; `NotScim` marker None when it is not JSON."""
    media = response.headers.get("Content-Type", "")
    head = response.content[:1].lstrip()
    if not is_json_type(media) and head not in (b"{", b"["):
        return None
    try:  # as json.loads reads it; nested too deeply is not JSON either (json_decode)
        return loads(response.content)
    except ValueError:  # UnicodeDecodeError included
        return None


def success(response: httpx.Response, where: str) -> Reply:
    """A 2xx answer: a JSON object body, or none (204 / empty body)."""
    if response.status_code == 204 or not response.content.strip():
        return Reply(response.status_code, None, response.headers)
    data = parse_json(response)
    if isinstance(data, list):  # some servers list /Schemas or /ResourceTypes bare
        data = {"Resources": data}
    if not isinstance(data, dict):
        raise not_scim(response, where)
    return Reply(response.status_code, data, response.headers)


def not_scim(response: httpx.Response, where: str) -> NotScim:
    return NotScim(msg("{where} answered with {what} instead of SCIM: check that the URL is "
                       "the platform's SCIM base URL ({hint}).", where=where,
                       what=describe_non_scim(response), hint=SCIM_HINT),
                   status=response.status_code)


SCIM_HINT = msg("it usually ends with /scim/v2 or /v2")


@dataclass(frozen=True, slots=True)
class ErrorBody:
    scim_type: str = ""
    detail: str = ""
    is_scim: bool = False  # a SCIM Error object (not HTML or some framework's JSON)


def error_body(response: httpx.Response, scrub: Callable[[str], str]) -> ErrorBody:
    data = parse_json(response)
    if not isinstance(data, dict):
        return ErrorBody()
    schemas = data.get("schemas")
    is_scim = isinstance(schemas, list) and ERROR_SCHEMA in schemas
    detail = data.get("detail")
    if not isinstance(detail, str) or not detail:
        detail = data.get("message") if isinstance(data.get("message"), str) else ""
    scim_type = data.get("scimType")
    return ErrorBody(scim_type if isinstance(scim_type, str) else "",
                     scrub(str(detail or "")), is_scim)


def failure(response: httpx.Response, method: str, path: str,
            scrub: Callable[[str], str]) -> PlatformError:
    """The error for a final (not retried) non-2xx answer."""
    status = response.status_code
    err = error_body(response, scrub)
    extra: dict[str, Any] = {"status": status, "scim_type": err.scim_type,
                             "detail": err.detail}
    if status == 401:
        return TokenRejected(TOKEN_REJECTED, **extra)
    if status == 403:
        return AccessDenied(msg("The platform refused access with this SCIM token (403): "
                                "check that the token may provision users."), **extra)
    if 300 <= status < 400:
        return WrongBaseUrl(msg("The platform redirected {path} elsewhere ({status}): enter "
                                "the final SCIM base URL ({hint}).", path=path,
                                status=str(status), hint=SCIM_HINT), **extra)
    code = f"{status} {err.scim_type}".strip()
    request = f"{method} {path}"
    text = msg("The platform refused {request} ({code}): {detail}.", request=request,
               code=code, detail=err.detail.rstrip(".")) if err.detail else msg(
               "The platform refused {request} ({code}).", request=request, code=code)
    kind: type[RequestRejected] = {
        404: NotFound, 409: Conflict, 412: PreconditionFailed, 428: PreconditionFailed,
        405: NotSupported,
        501: NotSupported,
    }.get(status, RequestRejected)
    return kind(text, scim_error=err.is_scim, page=not err.is_scim and is_page(response),
                **extra)
