"""What the Users and Groups APIs share: one endpoint of one target."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from idp_wizard.core.messages import msg
from idp_wizard.platform.capabilities import Capabilities
from idp_wizard.platform.errors import NotFound, NotScim, PreconditionFailed
from idp_wizard.platform.http import ScimHttp
from idp_wizard.platform.replies import SCIM_HINT, Reply

ID_SAFE = "@+!$&'()*,;=:~-._"  # RFC 3986 path characters other than "/" (and "%")


def resource_id(resource: dict[str, Any]) -> str | None:
    """The resource's platform id when it is text (RFC 7643 3.1), else None. An id the
    server sends as an object or a number is never taken as its text: that text names
    no resource, and stored it would send later changes nowhere."""
    found = resource.get("id")
    return found if isinstance(found, str) and found else None


class ResourceApi:
    def __init__(self, http: ScimHttp, capabilities: Capabilities, endpoint: str) -> None:
        self.http = http
        self.caps = capabilities
        self.endpoint = endpoint

    def path(self, platform_id: str) -> str:
        """The resource's path: the id percent-encoded, so an id holding "#", "?", "/"
        or ".." (the server's opaque string) never addresses another resource."""
        return f"{self.endpoint}/{quote(platform_id, safe=ID_SAFE)}"

    def at(self, method: str, platform_id: str, **kwargs: Any) -> Reply:
        """A request to one resource. Its 404 means "gone" only from the SCIM server: a
        web page's 404 (a proxy, a website) is `NotScim`, which halts the push, so no
        user is taken as removed (and forgotten) or re-created on its word."""
        try:
            return self.http.request(method, self.path(platform_id), **kwargs)
        except NotFound as exc:
            if not exc.page:
                raise
            raise NotScim(msg(
                "{request} was answered with a web page (404), not by the SCIM server: "
                "nothing is known to be removed or changed; check the SCIM base URL ({hint}).",
                request=f"{method} {self.endpoint}/…", hint=SCIM_HINT), status=404) from None

    def delete(self, platform_id: str) -> bool:
        """True when deleted now, False when it was already gone (404). A 404 after an
        attempt whose answer was lost is True: that attempt most likely deleted it. A
        server that wants If-Match (412/428) gets the resource's current ETag, once."""
        try:
            try:
                self.at("DELETE", platform_id)
            except PreconditionFailed:
                etag = self.at("GET", platform_id).etag
                self.at("DELETE", platform_id, headers={"If-Match": etag} if etag else {})
        except NotFound as exc:
            return exc.after_lost
        return True
