"""An httpx transport that wraps a SCIM server (in process or a real one) and injects
faults and quirks: throttling, 5xx, timeouts, answers lost after the write was applied,
a token revoked mid-run, per-user 400s, servers without PATCH/PUT/Bulk, 404 for "no
match", paging that wraps around, relative locations, other JSON media types.

`ScimFaults` is mutable on purpose: a test flips a switch mid-run and the next request
sees it. Every request is logged as (method, path, status answered) so tests can count
exactly what reached the server.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from typing import Any

import httpx

FILTERED_SUBPATH = re.compile(r"\[.*\]\.")


def _has_filtered_subpath(request: httpx.Request) -> bool:
    try:
        ops = json.loads(request.content).get("Operations", [])
    except (ValueError, AttributeError):
        return False
    return any(isinstance(op, dict) and FILTERED_SUBPATH.search(str(op.get("path", "")))
               for op in ops)
WRITES = frozenset({"POST", "PUT", "PATCH", "DELETE"})
ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"


def scim_error(status: int, detail: str, scim_type: str = "",
               headers: dict[str, str] | None = None) -> httpx.Response:
    body: dict[str, Any] = {"schemas": [ERROR_SCHEMA], "status": str(status), "detail": detail}
    if scim_type:
        body["scimType"] = scim_type
    return httpx.Response(status, json=body, headers={
        "Content-Type": "application/scim+json", **(headers or {})})


@dataclass
class ScimFaults:
    throttle: int = 0  # the next N requests answer 429 (not applied)
    throttle_retry_after: float | None = 1.0  # None: no Retry-After header
    unavailable: int = 0  # the next N requests answer `unavailable_status` (not applied)
    unavailable_status: int = 503
    unavailable_retry_after: float | None = None
    lost_answers: int = 0  # the next N writes are applied, then answered 500
    lost_as_timeout: bool = False  # ...or time out instead of the 500
    timeouts: int = 0  # the next N requests time out before reaching the server
    revoke_after_writes: int | None = None  # after N more applied writes: 401 for all
    reject_values: set[str] = field(default_factory=set)  # a write holding one → 400
    no_patch: bool = False  # PATCH → 501 and ServiceProviderConfig says so
    patch_405: bool = False  # PATCH → 405 while the config still announces it
    no_put: bool = False  # PUT → 405
    no_bulk: bool = False  # /Bulk → 501 and ServiceProviderConfig says so
    no_discovery: bool = False  # /ServiceProviderConfig, /ResourceTypes, /Schemas → 404
    not_found_for_no_match: bool = False  # a filter matching nothing → 404 (Okta)
    wrap_paging: bool = False  # startIndex past the end → the first page again
    relative_locations: bool = False  # meta.location relative, no Location header
    content_type: str | None = None  # answer with this media type (e.g. "text/json")
    # a PATCH with a filtered sub-attribute path (`addresses[type eq "work"].locality`)
    # → 400 with this scimType ("noTarget", "invalidPath"); "": taken
    refuse_filtered_subpaths: str = ""
    patch_answers_body: bool = False  # PATCH answered 200 with the resource, not 204
    etag_conflicts: int = 0  # the next N PUT/PATCH answer 412
    html: bool = False  # every answer is an HTML page (a website, not SCIM)
    log: list[tuple[str, str, int]] = field(default_factory=list)

    def writes(self, status: int | None = None, method: str | None = None) -> int:
        """Writes seen (optionally only those answered `status` / of `method`)."""
        return sum(1 for m, _, s in self.log if m in WRITES
                   and (status is None or s == status) and (method is None or m == method))


class FaultyTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, faults: ScimFaults | None = None) -> None:
        self.inner = inner
        self.faults = faults if faults is not None else ScimFaults()
        self._lock = threading.Lock()
        self._revoke_lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        try:
            if self.faults.revoke_after_writes is not None and request.method in WRITES:
                with self._revoke_lock:  # check, apply and count as one step
                    response = self._handle(request)
            else:
                response = self._handle(request)
        except httpx.TimeoutException:
            self._record(request, 0)
            raise
        self._record(request, response.status_code)
        return response

    def _record(self, request: httpx.Request, status: int) -> None:
        with self._lock:
            self.faults.log.append((request.method, request.url.path, status))

    def _take(self, name: str) -> bool:
        """Consume one of the counted faults `name` (thread-safe)."""
        with self._lock:
            left = getattr(self.faults, name)
            if left > 0:
                setattr(self.faults, name, left - 1)
                return True
            return False

    def _handle(self, request: httpx.Request) -> httpx.Response:
        f, method, path = self.faults, request.method, request.url.path
        if f.html:
            return httpx.Response(200, text="<!doctype html><html><body>Welcome</body></html>",
                                  headers={"Content-Type": "text/html; charset=utf-8"})
        if self._take("timeouts"):
            raise httpx.ReadTimeout("fault: timed out", request=request)
        if f.revoke_after_writes is not None and f.revoke_after_writes <= 0:
            return scim_error(401, "Authorization failure: the token was revoked.")
        if self._take("unavailable"):
            after = f.unavailable_retry_after
            headers = {"Retry-After": str(after)} if after is not None else {}
            return scim_error(f.unavailable_status, "Service unavailable.", headers=headers)
        if self._take("throttle"):
            after = f.throttle_retry_after
            headers = {"Retry-After": f"{after:g}"} if after is not None else {}
            return scim_error(429, "Too many requests.", headers=headers)
        if f.no_discovery and path.endswith(("/ServiceProviderConfig", "/ResourceTypes",
                                              "/Schemas")):
            return scim_error(404, "Not found.")
        if method == "PATCH" and (f.no_patch or f.patch_405):
            return scim_error(405 if f.patch_405 else 501, "PATCH is not supported.")
        if method == "PUT" and f.no_put:
            return scim_error(405, "PUT is not supported.")
        if path.endswith("/Bulk") and f.no_bulk:
            return scim_error(501, "Bulk is not supported.")
        if method == "PATCH" and f.refuse_filtered_subpaths and _has_filtered_subpath(request):
            return scim_error(400, "Filtered sub-attribute paths are not supported.",
                              f.refuse_filtered_subpaths)
        if method in ("PUT", "PATCH") and self._take("etag_conflicts"):
            return scim_error(412, "Failed to update. Resource has changed on the server")
        if method in WRITES and any(v in request.content.decode(errors="replace")
                                    for v in f.reject_values):
            if path.endswith("/Bulk"):
                return self._bulk_with_rejections(request)
            return scim_error(400, "Attribute 'userName' has an invalid value.", "invalidValue")
        if method == "GET" and f.wrap_paging:
            request = self._wrap(request)
        response = self._forward(request)
        return self._after(request, response)

    def _forward(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        return response

    def _after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        f, method = self.faults, request.method
        if method in WRITES and response.status_code < 300:
            with self._lock:
                if f.revoke_after_writes is not None:
                    f.revoke_after_writes -= 1
            if self._take("lost_answers"):  # applied, but the client never hears so
                if f.lost_as_timeout:
                    raise httpx.ReadTimeout("fault: answer lost", request=request)
                return scim_error(500, "Internal server error.")
        body = _json(response)
        headers = {k: v for k, v in response.headers.items()
                   if k.lower() not in ("content-length", "content-type")}
        changed = False
        if isinstance(body, dict):
            changed = self._rewrite(request, body, headers)
            if f.not_found_for_no_match and body.get("totalResults") == 0 \
                    and "filter" in request.url.params:
                return scim_error(404, "No resource matches the filter.")
        if method == "PATCH" and f.patch_answers_body and response.status_code == 204:
            get = derived(request, "GET", request.url)
            return self._after(get, self._forward(get))
        if f.relative_locations:
            headers.pop("location", None)
            headers.pop("Location", None)
        media = f.content_type or response.headers.get("Content-Type", "application/scim+json")
        content = json.dumps(body).encode() if changed else response.content
        return httpx.Response(response.status_code, content=content,
                              headers={**headers, "Content-Type": media})

    def _rewrite(self, request: httpx.Request, body: dict[str, Any],
                 headers: dict[str, str]) -> bool:
        f, changed = self.faults, False
        if request.url.path.endswith("/ServiceProviderConfig"):
            if f.no_patch:
                body["patch"] = {"supported": False}
            if f.no_bulk:
                body["bulk"] = {"supported": False, "maxOperations": 0, "maxPayloadSize": 0}
            changed = f.no_patch or f.no_bulk
        if f.relative_locations:
            for resource in [body, *(body.get("Resources") or [])]:
                meta = resource.get("meta") if isinstance(resource, dict) else None
                if isinstance(meta, dict) and isinstance(meta.get("location"), str):
                    meta["location"] = "/".join(meta["location"].split("/")[-2:])
                    changed = True
        if f.wrap_paging and "Resources" in body:
            body["itemsPerPage"] = int(request.url.params.get("count") or 0) or len(
                body["Resources"])
            changed = True
        return changed

    def _wrap(self, request: httpx.Request) -> httpx.Request:
        """Past the end, ask the server for the first page instead (a known quirk)."""
        params = dict(request.url.params)
        if "startIndex" not in params:
            return request
        probe = self._forward(derived(request, "GET", request.url.copy_with(
            params={**params, "startIndex": "1", "count": "1"})))
        total = int((_json(probe) or {}).get("totalResults") or 0)
        if int(params["startIndex"]) <= total:
            return request
        return derived(request, "GET", request.url.copy_with(params={**params, "startIndex": "1"}))

    def _bulk_with_rejections(self, request: httpx.Request) -> httpx.Response:
        """A Bulk request where some operations hold a rejected value: those answer 400,
        the others are applied (servers validate each operation on its own)."""
        data = json.loads(request.content)
        keep: list[dict[str, Any]] = []
        refused: list[dict[str, Any]] = []
        for op in data.get("Operations", []):
            text = json.dumps(op)
            (refused if any(v in text for v in self.faults.reject_values) else keep).append(op)
        answers: list[dict[str, Any]] = []
        if keep:
            inner = derived(request, "POST", request.url, {**data, "Operations": keep})
            answers = (_json(self._forward(inner)) or {}).get("Operations", [])
        for op in refused:
            answers.append({"method": "POST", "bulkId": op.get("bulkId"), "status": "400",
                            "response": {"schemas": [ERROR_SCHEMA], "status": "400",
                                         "scimType": "invalidValue",
                                         "detail": "Attribute 'userName' has an invalid value."}})
        return httpx.Response(200, json={"schemas": [
            "urn:ietf:params:scim:api:messages:2.0:BulkResponse"], "Operations": answers},
            headers={"Content-Type": "application/scim+json"})


def derived(request: httpx.Request, method: str, url: httpx.URL,
            body: object = None) -> httpx.Request:
    """A new request with the original's headers but its own body (and length)."""
    headers = {k: v for k, v in request.headers.items()
               if k.lower() not in ("content-length", "content-type")}
    return httpx.Request(method, url, headers=headers, json=body)


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content) if response.content else None
    except ValueError:
        return None
