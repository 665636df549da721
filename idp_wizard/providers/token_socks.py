"""Sign-in requests through a SOCKS proxy (socks5://, socks5h://), under the deadline.

`requests` hands SOCKS proxies to urllib3's SOCKSProxyManager, whose connections make
their socket with PySocks' `create_connection`: connecting to the proxy and its whole
handshake happen inside that call, each read bounded by the connect timeout only, so a
proxy trickling its reply would hold the request far past the deadline. Here the socket
is made the same way, but put under the current request's Watch (token_watch.py)
before it connects: at the deadline the timer shuts it down, the handshake's blocked
read fails at once, and the connection (TLS, request, answer) then goes on under the
Watch as a direct one does. Loaded only when a SOCKS proxy is used (PySocks with it).
"""

from __future__ import annotations

import socket
import time
from typing import Any

import socks  # PySocks
from urllib3.contrib.socks import (
    SOCKSConnection,
    SOCKSHTTPConnectionPool,
    SOCKSHTTPSConnection,
    SOCKSHTTPSConnectionPool,
)
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from idp_wizard.providers import token_watch


class _DeadlineSOCKS(SOCKSConnection):
    """urllib3's SOCKS connection, its socket watched from before it connects."""

    def _new_conn(self) -> socks.socksocket:
        options = self._socks_options
        watch = token_watch.current_watch()
        timeout: Any = self.timeout
        if watch is not None:  # connecting never outlasts the deadline either
            left = max(watch.ends - time.monotonic(), 0.001)
            timeout = left if not isinstance(timeout, int | float) else min(timeout, left)
        host = options["proxy_host"] or ""
        error: Exception | None = None
        try:
            # As PySocks' create_connection: the proxy may be on IPv4 or IPv6.
            for family, kind, proto, _, _ in socket.getaddrinfo(
                    host.strip("[]"), options["proxy_port"], 0, socket.SOCK_STREAM):
                sock = socks.socksocket(family, kind, proto)
                try:
                    if watch is not None:
                        watch.add(sock)
                    for option in self.socket_options or ():
                        sock.setsockopt(*option)
                    if isinstance(timeout, int | float):
                        sock.settimeout(timeout)
                    sock.set_proxy(options["socks_version"], host.strip("[]"),
                                   options["proxy_port"], options["rdns"],
                                   options["username"], options["password"])
                    if self.source_address:
                        sock.bind(self.source_address)
                    sock.connect((self.host.strip("[]"), self.port))
                    if watch is not None and watch.passed:  # the handshake was cut off
                        raise ConnectionAbortedError()  # never shown: "too slow"
                    return sock
                except (OSError, socks.ProxyError) as exc:
                    error = exc
                    sock.close()
        except OSError as exc:  # the proxy's name could not be looked up
            error = exc
        cause = getattr(error, "socket_err", None) or error
        if isinstance(cause, TimeoutError):
            raise ConnectTimeoutError(
                self, f"Connection to {self.host} timed out. (connect timeout={timeout})"
            ) from error
        raise NewConnectionError(
            self, f"Failed to establish a new connection: {cause}") from error


class _WatchedSOCKS(token_watch.Watched, _DeadlineSOCKS):
    pass


class _WatchedSOCKSHTTPS(token_watch.Watched, _DeadlineSOCKS, SOCKSHTTPSConnection):
    pass


class _WatchedSOCKSHTTPPool(SOCKSHTTPConnectionPool):
    ConnectionCls = _WatchedSOCKS


class _WatchedSOCKSHTTPSPool(SOCKSHTTPSConnectionPool):
    ConnectionCls = _WatchedSOCKSHTTPS


POOLS = {"http": _WatchedSOCKSHTTPPool, "https": _WatchedSOCKSHTTPSPool}
