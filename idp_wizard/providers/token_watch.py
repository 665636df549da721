"""The total deadline of one sign-in request, headers included.

urllib3 (2.x) bounds each socket read, never the whole answer: its `Timeout(total=)`
only shortens the read timeout once, before the status line is read, so a server (or an
intercepting proxy) that sends one header byte within every read timeout keeps the
request waiting without end. `DeadlineHTTPAdapter` is requests' own adapter whose
connections put their socket under the deadline of the request this thread is sending
(`watching`), from the moment it is connected (an HTTP proxy's CONNECT answer and the
TLS handshake come before the request is sent) or taken from the pool: at the deadline
a timer shuts the socket down, the blocked read fails at once and `LimitedAdapter`
(token_http.py) reports the answer as too slow. No polling, no change to TLS (the
socket is shut down, not unwrapped). SOCKS proxies (socks5://, socks5h://, through
PySocks) too: their connections are watched from before they connect to the proxy, so
its handshake is under the deadline as well (token_socks.py).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import requests.adapters
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager

_current = threading.local()  # the Watch of the request this thread is sending
_SLACK_S = 0.01  # a socket timeout set to the time left may end a little before it


class Watch:
    """One request's deadline: the sockets it uses are shut down when it passes."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self.ends = time.monotonic() + max(seconds, 0.0)
        self._lock = threading.Lock()
        self._sockets: list[object] = []
        self._timer = threading.Timer(max(seconds, 0.0), self._fire)
        self._timer.daemon = True

    def start(self) -> None:
        self._timer.start()

    @property
    def passed(self) -> bool:
        """The deadline came: the timer fired, or a socket whose timeout was cut to the
        time left timed out first (the timer's thread may run late on a busy machine)."""
        return self.fired or time.monotonic() >= self.ends - _SLACK_S

    def add(self, sock: object) -> None:
        """Put `sock` under the deadline (shut down at once if it passed already)."""
        if sock is None:
            return
        with self._lock:
            if not self.fired:
                self._sockets.append(sock)
                return
        _shut(sock)

    def stop(self) -> None:
        """The answer is read (or failed): later deadlines concern other requests."""
        self._timer.cancel()
        with self._lock:
            self._sockets.clear()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)


def _shut(sock: object) -> None:
    """Shut the connection down under a read blocked in another thread. The plain
    socket's shutdown, also for a TLS socket: its own would change its state under
    the reading thread; this only ends the reads (they fail, or see the end). TLS
    inside a TLS proxy tunnel: urllib3's SSLTransport, over the tunnel's socket."""
    raw = sock if isinstance(sock, socket.socket) else getattr(sock, "socket", None)
    if isinstance(raw, socket.socket):
        with contextlib.suppress(OSError):
            socket.socket.shutdown(raw, socket.SHUT_RDWR)


@contextlib.contextmanager
def watching(seconds: float) -> Iterator[Watch]:
    """Every connection of a `DeadlineHTTPAdapter` that this thread reads an answer from
    in the block is shut down `seconds` from now."""
    watch = Watch(seconds)
    outer = getattr(_current, "watch", None)
    _current.watch = watch
    watch.start()
    try:
        yield watch
    finally:
        watch.stop()
        _current.watch = outer


class Watched(HTTPConnection):
    """A connection whose socket the current request's Watch (if any) takes."""

    def _new_conn(self) -> socket.socket:  # connected; no proxy answer, no TLS yet
        sock: socket.socket = super()._new_conn()
        watch = current_watch()
        if watch is not None:
            watch.add(sock)
            # A shut-down socket still takes the bytes a server keeps sending, and a TLS
            # handshake goes on with them; CPython bounds a whole handshake by the
            # socket's timeout, so that ends at the deadline (urllib3 sets the read
            # timeout once connected).
            left = max(watch.ends - time.monotonic(), 0.001)
            timeout = sock.gettimeout()
            if timeout is None or timeout > left:
                sock.settimeout(left)
        return sock

    def getresponse(self) -> Any:  # a pooled connection: its socket is taken here
        _watch(self.sock)
        return super().getresponse()

    def _tunnel(self) -> None:
        super()._tunnel()
        watch = current_watch()
        if watch is not None and watch.passed:
            # http.client (and urllib3's copy of it) takes a CONNECT answer that ends
            # in its headers for a whole one: cut off by the deadline, TLS would start
            # on a shut-down socket (and CPython's ssl then leaves that socket unclosed).
            raise ConnectionAbortedError()  # never shown: LimitedAdapter says "too slow"


def current_watch() -> Watch | None:
    """The Watch of the request this thread is sending, if any."""
    watch: Watch | None = getattr(_current, "watch", None)
    return watch


def _watch(sock: object) -> None:
    watch = current_watch()
    if watch is not None:
        watch.add(sock)


class _WatchedHTTP(Watched):
    pass


class _WatchedHTTPS(Watched, HTTPSConnection):
    pass


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTP


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPS


_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class DeadlineHTTPAdapter(requests.adapters.HTTPAdapter):
    """requests' adapter, its connections (direct, or through an HTTP or a SOCKS proxy)
    watched."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_POOLS)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        manager: PoolManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if proxy.lower().startswith("socks"):  # PySocks: loaded with the first such proxy
            from idp_wizard.providers.token_socks import POOLS

            manager.pool_classes_by_scheme = dict(POOLS)
        else:
            manager.pool_classes_by_scheme = dict(_POOLS)
        return manager
