"""The loopback side of browser sign-in, without MSAL: constants, the browser opener,
cancelling by posting to our own listener. The MSAL receiver itself is in
`loopback_receiver.py`, imported only when a browser sign-in starts (MSAL and its
`requests` cost ~70 ms of every start-up otherwise).
"""

from __future__ import annotations

import http.client
import logging
import urllib.parse
import webbrowser
from collections.abc import Callable

from idp_wizard.core.messages import Message, msg
from idp_wizard.core.progress import CancelToken

log = logging.getLogger(__name__)
BrowserOpener = Callable[[str], bool]
CANCEL_ERROR = "cancelled_by_admin"
LOOPBACK = "127.0.0.1"  # never "" or 0.0.0.0: the sign-in answer stays on this computer
CANCELLED = msg("The sign-in was cancelled; nothing was changed.")


def seconds_text(seconds: float) -> Message:
    return msg("1 second") if seconds == 1 else msg("{seconds} seconds",
                                                     seconds=f"{seconds:g}")


def system_browser(url: str) -> bool:
    return webbrowser.open(url)


# One cancel type for everything: a sign-in is cancelled like any other operation.
SignInCancel = CancelToken


def post_form(port: int, fields: dict[str, str], path: str = "/") -> None:
    """POST a form to our own loopback listener; failures only mean it already ended."""
    conn = http.client.HTTPConnection(LOOPBACK, port, timeout=2)
    try:
        conn.request("POST", path, urllib.parse.urlencode(fields),
                     {"Content-Type": "application/x-www-form-urlencoded"})
        conn.getresponse().read()
    except OSError:
        pass
    finally:
        conn.close()


def get_loopback(port: int, path: str) -> None:
    """GET on our own loopback listener (the Google flow answers on a GET)."""
    conn = http.client.HTTPConnection(LOOPBACK, port, timeout=2)
    try:
        conn.request("GET", path)
        conn.getresponse().read()
    except OSError:
        pass
    finally:
        conn.close()
