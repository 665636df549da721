"""SCIM Users: create, read, find, replace, patch, delete, list, with server quirks.

- A create answered 409 (uniqueness) or whose answer was lost is resolved by looking
  the user up by userName (then externalId): the existing user is adopted, never
  duplicated (`Created.adopted`).
- PATCH answered 200 with a body or 204 without; 412 (ETag) is re-read and retried once
  by the caller (`push_ops`), which has the desired state.
- The platform id comes from the body, else from Location / meta.location (relative or
  absolute), else by looking the user up.
- userName matching is case-insensitive (an exact match wins when a case-sensitive
  server holds both spellings).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import httpx

from idp_wizard.core.messages import msg
from idp_wizard.platform import listing
from idp_wizard.platform.capabilities import Capabilities
from idp_wizard.platform.errors import Conflict, NotScim
from idp_wizard.platform.http import ScimHttp
from idp_wizard.platform.patch import deactivate_operations, patch_body
from idp_wizard.platform.replies import Reply
from idp_wizard.platform.resource_api import ResourceApi, resource_id

JsonDict = dict[str, Any]


@dataclass(frozen=True, slots=True)
class PlatformUser:
    id: str
    resource: JsonDict | None  # None when the server answered without a body
    etag: str | None = None


@dataclass(frozen=True, slots=True)
class Created:
    user: PlatformUser
    adopted: bool  # the platform already had the user (409, or a lost answer applied)


def id_from_location(location: str | None) -> str | None:
    """The last path segment of `https://h/scim/v2/Users/abc` or `Users/abc`."""
    if not location:
        return None
    segment = location.split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return unquote(segment) or None  # as `ResourceApi.path` encodes it


def pick_user(found: list[JsonDict], user_name: str) -> JsonDict | None:
    """The match for `user_name`: exact first, then case-insensitive; ignores resources
    that do not match (a server that ignored the filter)."""
    exact = [r for r in found if r.get("userName") == user_name and resource_id(r)]
    if exact:
        return exact[0]
    wanted = user_name.casefold()
    loose = [r for r in found
             if isinstance(r.get("userName"), str) and r["userName"].casefold() == wanted
             and resource_id(r)]
    return loose[0] if loose else None


class UsersApi(ResourceApi):
    def __init__(self, http: ScimHttp, capabilities: Capabilities) -> None:
        super().__init__(http, capabilities, capabilities.users_endpoint)

    def _user(self, reply: Reply, fallback_id: str | None = None) -> PlatformUser | None:
        body = reply.body
        uid = (resource_id(body) if body else None) or id_from_location(reply.location) \
            or fallback_id
        return PlatformUser(uid, body, reply.etag) if uid else None

    # -- reading ------------------------------------------------------------------

    def get(self, platform_id: str) -> PlatformUser:
        """The user, or `NotFound`."""
        user = self._user(self.at("GET", platform_id), platform_id)
        assert user is not None
        return user

    def find_by_user_name(self, user_name: str) -> PlatformUser | None:
        found = pick_user(listing.search(self.http, self.endpoint, "userName", user_name),
                          user_name)
        return PlatformUser(str(resource_id(found)), found, _version(found)) if found else None

    def find_by_external_id(self, external_id: str) -> PlatformUser | None:
        found = [r for r in listing.search(self.http, self.endpoint, "externalId", external_id)
                 if r.get("externalId") == external_id and resource_id(r)]
        return PlatformUser(str(resource_id(found[0])), found[0], _version(found[0])) \
            if found else None

    def find(self, user_name: str, external_id: str | None = None) -> PlatformUser | None:
        """By userName, then by externalId (the directory id)."""
        user = self.find_by_user_name(user_name) if user_name else None
        if user is None and external_id:
            user = self.find_by_external_id(external_id)
        return user

    def iter_all(self, page_size: int = listing.DEFAULT_PAGE) -> listing.Pages:
        size = min(page_size, self.caps.filter_max_results or page_size)
        return listing.iter_pages(self.http, self.endpoint, size)

    # -- writing ------------------------------------------------------------------

    def create(self, body: JsonDict, user_name: str, external_id: str | None = None
               ) -> Created:
        adopted: list[PlatformUser] = []

        def applied_anyway() -> Reply | None:  # a lost answer: was the POST applied?
            user = self.find(user_name, external_id)
            if user is None:
                return None
            adopted.append(user)
            return Reply(200, user.resource, _headers(user))

        try:
            reply = self.http.request("POST", self.endpoint, body=body,
                                      lost_write_check=applied_anyway)
        except Conflict:
            existing = self.find(user_name, external_id)
            if existing is None:
                raise  # unique on something we cannot look up: the admin must resolve it
            return Created(existing, adopted=True)
        if adopted:
            return Created(adopted[0], adopted=True)
        user = self._user(reply)
        if user is None:  # no body, no Location: find what we just created
            user = self.find(user_name, external_id)
            if user is None:
                raise NotScim(msg("The platform accepted a new user but did not say where it "
                                  "is, and the user cannot be found by its user name."))
        return Created(user, adopted=False)

    def replace(self, platform_id: str, body: JsonDict, etag: str | None = None) -> Reply:
        return self.at("PUT", platform_id, body={**body, "id": platform_id},
                                 headers=_if_match(etag))

    def patch(self, platform_id: str, operations: list[JsonDict], etag: str | None = None
              ) -> Reply:
        """200 with the resource or 204 without: both mean applied."""
        return self.at("PATCH", platform_id, body=patch_body(operations),
                                 headers=_if_match(etag))


    def deactivate(self, platform_id: str) -> Reply:
        return self.patch(platform_id, deactivate_operations())


def _version(resource: JsonDict) -> str | None:
    meta = resource.get("meta")
    version = meta.get("version") if isinstance(meta, dict) else None
    return version if isinstance(version, str) else None


def _headers(user: PlatformUser) -> httpx.Headers:
    return httpx.Headers({"ETag": user.etag} if user.etag else {})


def _if_match(etag: str | None) -> dict[str, str]:
    return {"If-Match": etag} if etag else {}
