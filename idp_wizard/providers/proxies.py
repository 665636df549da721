"""The proxy the machine names, checked before a client is made for it.

httpx (the directory, the platform, Google's revoke) and `requests` (under MSAL and
google-auth) both take their proxy from `urllib.request.getproxies()`: the HTTP_PROXY,
HTTPS_PROXY and ALL_PROXY environment variables (either case; lower case wins), or on
Windows and macOS the system's proxy settings when none is set. Both use http://,
https://, socks5:// and socks5h:// proxies (SOCKS through the `socksio` and PySocks
packages, dependencies of the app). Anything else one of them refuses with a
traceback: httpx as it makes its client (`ValueError: Unknown scheme for proxy URL`),
`requests` as it sends; `unusable_proxy` names it first, in one sentence.
"""

from __future__ import annotations

import os
import re

from idp_wizard.core.messages import Message, msg

# What both stacks can use (httpx has no SOCKS4; PySocks would have it).
USABLE_SCHEMES = ("http", "https", "socks5", "socks5h")
_USED_KEYS = ("http", "https", "all")  # what httpx and requests read of getproxies()


def _where(key: str, url: str) -> Message:
    """Where a proxy came from: the variable holding it (the lower-case one wins, as in
    getproxies), or the system's settings."""
    wanted = f"{key}_proxy"
    names = sorted((n for n in os.environ if n.lower() == wanted),
                   key=lambda n: n != wanted)  # lower case first
    for name in names:
        if os.environ[name] == url:
            return msg("the environment variable {name}", name=name)
    return msg("the system's proxy settings")


def unusable_proxy() -> Message | None:
    """The admin's sentence when the machine names a proxy neither HTTP stack can use;
    None when every proxy named (if any) is usable. Only the scheme is quoted: the
    proxy's address may carry a password."""
    import urllib.request  # here: not needed at start-up

    proxies = urllib.request.getproxies()
    for key in _USED_KEYS:
        url = (proxies.get(key) or "").strip()
        if not url:
            continue
        # As httpx: "host:port" without a scheme is an http proxy.
        scheme = url.split("://", 1)[0].lower() if "://" in url else "http"
        if scheme not in USABLE_SCHEMES:
            if not re.fullmatch(r"[a-z][a-z0-9+.-]{0,19}", scheme):
                scheme = "?"  # no scheme, perhaps a password: not quoted
            return msg(
                "The proxy named by {where} starts with \"{scheme}://\", which IdP Wizard "
                "cannot use (it uses http://, https://, socks5:// and socks5h:// proxies): "
                "correct or remove it, then try again.",
                where=_where(key, url), scheme=scheme)
    return None
