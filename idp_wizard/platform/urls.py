"""The SCIM base URL: checked and normalised once, so every request URL is built from it."""

from __future__ import annotations

import ipaddress
import re

import httpx

from idp_wizard.core.messages import msg
from idp_wizard.core.text import shown
from idp_wizard.platform.errors import BadTargetUrl

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})
# A refused URL is quoted up to this length (longer than any real SCIM base URL): a
# token pasted as the URL, or 100,000 characters, is not echoed whole.
_SHOWN_URL = 300
# A DNS name in its IDNA form (bücher.example → xn--bcher-kva.example): labels of
# letters, digits, hyphens (underscores, which some internal names carry), dot-separated.
_HOST_NAME = re.compile(r"[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?"
                        r"(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*\.?", re.IGNORECASE)


def _valid_host(raw_host: bytes) -> bool:
    host = raw_host.decode("ascii", "replace")
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return _HOST_NAME.fullmatch(host) is not None


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalise_base_url(url: str, *, allow_any_host: bool = False) -> str:
    """`https://host/scim/v2/` → `https://host/scim/v2`. Plain http is refused except to
    this computer (the token would cross the network in clear); `allow_any_host` is for
    in-process transports (demo platform, tests), where nothing crosses a network."""
    text = url.strip()
    quoted = shown(text, _SHOWN_URL)
    try:
        parsed = httpx.URL(text)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise BadTargetUrl(msg("{url} is not a URL: enter the platform's SCIM base URL, for "
                               "example https://example.com/scim/v2.", url=quoted)) from None
    if parsed.scheme not in ("https", "http") or not parsed.host:
        raise BadTargetUrl(msg("{url} is not an https:// URL: enter the platform's SCIM base "
                               "URL, for example https://example.com/scim/v2.", url=quoted))
    if not _valid_host(parsed.raw_host):
        raise BadTargetUrl(msg("{url} has no valid host name (spaces or other characters "
                               "that do not belong in one): enter the platform's SCIM base "
                               "URL, for example https://example.com/scim/v2.",
                               url=quoted))
    if parsed.port is not None and not 0 < parsed.port < 65536:
        raise BadTargetUrl(msg("{url} names port {port}; a port is a number from 1 to "
                               "65535.", url=quoted, port=str(parsed.port)))
    if parsed.scheme == "http" and not (allow_any_host or is_loopback(parsed.host)):
        raise BadTargetUrl(msg("{url} uses plain http: the token would cross the network "
                               "unencrypted; use the https:// address.", url=quoted))
    if parsed.userinfo or parsed.query or parsed.fragment:
        raise BadTargetUrl(msg("The SCIM base URL must not contain a user name, a query or a "
                               "fragment: use just {url}.",
                               url=f"{parsed.scheme}://{parsed.netloc.decode()}{parsed.path}"))
    return str(parsed.copy_with(path=parsed.path.rstrip("/") or "")).rstrip("/")
