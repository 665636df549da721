"""The loopback side of browser sign-in: our own MSAL receiver, and cancelling.

MSAL's `acquire_token_interactive` forwards unknown keyword arguments to
`obtain_token_by_browser`, whose documented `auth_code_receiver=` lets the caller own
the loopback listener. Owning it gives three things MSAL alone does not:

* the browser is ours to open (an injectable opener; tests simulate the browser),
* Cancel: `SignInCancel.cancel()` posts an `error=cancelled` form answer with the
  request's `state` to our own listener -- exactly what a browser would post -- so
  MSAL's waiting loop ends within a second and the worker returns `Cancelled`,
* a clean end after a timeout: the same wake-up lets the listener thread finish
  instead of dying with "Timeout. No auth response arrived." on stderr,
* the loopback interface only: MSAL listens on every interface (0.0.0.0) when it
  believes it runs in a container, which would let the local network answer the
  sign-in. Ours binds 127.0.0.1 always, and holds [::1] on the same port (without
  listening) so nothing else can take the answer to http://localhost:<port> there.

The receiver builds MSAL's own server class (a private name: pyproject pins the msal
versions this was checked against; tests/auth/test_loopback.py checks the address).
"""

from __future__ import annotations

import contextlib
import socket
from typing import Any

from msal.oauth2cli.authcode import AuthCodeReceiver, _AuthCodeHandler, _AuthCodeHttpServer

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.messages import msg
from idp_wizard.core.os_errors import os_reason
from idp_wizard.providers.loopback import (
    CANCEL_ERROR,
    LOOPBACK,
    BrowserOpener,
    SignInCancel,
    post_form,
)


class OwnedReceiver(AuthCodeReceiver):  # type: ignore[misc]  # MSAL has no type info
    """MSAL's loopback listener, but we open the browser and can wake it up."""

    def __init__(self, port: int | None, opener: BrowserOpener,
                 cancel: SignInCancel | None = None) -> None:
        # What AuthCodeReceiver.__init__ sets up, with the address fixed to loopback.
        self._scheduled_actions: list[Any] = []
        self._closing = False
        self._ipv6: socket.socket | None = None
        try:
            self._server = _AuthCodeHttpServer((LOOPBACK, port or 0), _AuthCodeHandler)
        except OSError as exc:
            raise ProviderError(msg(
                "Cannot listen for the sign-in answer on port {port} of this computer "
                "({reason}); another program is using it. Close it, or sign in with another "
                "port or with a device code.", port=str(port),
                reason=os_reason(exc)), code="loopback_port") from None
        self._opener = opener
        self._cancel = cancel
        self._state = ""
        self._hold_ipv6_loopback()

    def _hold_ipv6_loopback(self) -> None:
        """Browsers may try [::1] first for "localhost": keep that port ours."""
        if not socket.has_ipv6:
            return
        sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
        try:
            sock.bind(("::1", self.get_port()))
        except OSError:  # no IPv6 loopback here: nothing to hold
            sock.close()
        else:
            self._ipv6 = sock

    def close(self) -> None:
        super().close()
        if self._ipv6 is not None:
            with contextlib.suppress(OSError):
                self._ipv6.close()
            self._ipv6 = None

    def get_auth_response(self, timeout: float | None = None, **kwargs: Any) -> Any:
        auth_uri = kwargs.pop("auth_uri", None)
        kwargs.pop("auth_uri_callback", None)
        kwargs.pop("browser_name", None)
        self._state = str(kwargs.get("state") or "")
        if self._cancel is not None:
            self._cancel.on_cancel(self._wake)
        try:
            if auth_uri and not self._opener(auth_uri):
                raise ProviderError(msg(
                    "Could not open a web browser for the sign-in. Open one and try again, "
                    "or sign in with a device code instead."), code="no_browser")
            # auth_uri=None: MSAL's receiver must not open a browser of its own.
            response = super().get_auth_response(timeout=timeout, **kwargs)
        finally:
            if self._cancel is not None:
                self._cancel.on_cancel(None)
        if response is None:
            self._wake()  # timed out: let the listener thread end quietly
        return response

    def _wake(self) -> None:
        post_form(self.get_port(), {"error": CANCEL_ERROR, "state": self._state,
                                    "error_description": "The sign-in was cancelled."})
