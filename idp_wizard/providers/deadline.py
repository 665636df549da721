"""The total deadline of one httpx request: connecting, the TLS handshake, a proxy's
CONNECT answer, the status line, headers and body.

httpx's timeouts bound each socket operation, never the whole request: a server (or an
intercepting proxy) that sends one byte within every read timeout keeps a request
waiting without end. Here each socket operation of a request made `within` a deadline
gets at most the time left until it (httpcore's own timeouts, shortened; CPython bounds
a whole TLS handshake by the socket's timeout), so at the deadline the blocked operation
fails with httpx's timeout error and `Deadline.hit` tells why. No thread, no polling, no
change to TLS. It works through `DeadlineClient`'s transports: direct, HTTP(S) proxies
and SOCKS proxies (socks5://, socks5h://; httpcore speaks SOCKS over the same backend's
streams with the `socksio` package, so the proxy's handshake is bounded too); an
injected transport (the demo's, a test's) has no sockets and is left as it is.
"""

from __future__ import annotations

import contextlib
import threading
import time
import typing
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import httpcore
import httpx

_current = threading.local()  # the Deadline of the request this thread is sending
T = TypeVar("T")


class Deadline:
    """One request's end; `hit`: an operation failed because it came (not because of
    its own timeout)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.hit = False


@contextlib.contextmanager
def within(seconds: float) -> Iterator[Deadline]:
    """Every socket operation this thread makes through a `DeadlineClient` in the block
    ends by `seconds` from now."""
    deadline = Deadline(seconds)
    outer = getattr(_current, "deadline", None)
    _current.deadline = deadline
    try:
        yield deadline
    finally:
        _current.deadline = outer


def _bounded(call: Callable[[float | None], T], timeout: float | None,
             error: type[httpcore.TimeoutException]) -> T:
    """`call` with its timeout shortened to the current deadline (if any)."""
    deadline: Deadline | None = getattr(_current, "deadline", None)
    if deadline is None:
        return call(timeout)
    left = deadline.ends - time.monotonic()
    if left <= 0:
        deadline.hit = True
        raise error()  # never shown: callers turn it into their own sentence
    if timeout is not None and timeout < left:
        return call(timeout)
    try:
        return call(left)
    except httpcore.TimeoutException:
        deadline.hit = True
        raise


class _Stream(httpcore.NetworkStream):
    """A connection's stream whose every operation meets the current deadline (a pooled
    connection serves the deadline of whichever request uses it)."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return _bounded(lambda t: self._inner.read(max_bytes, t), timeout,
                        httpcore.ReadTimeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        _bounded(lambda t: self._inner.write(buffer, t), timeout, httpcore.WriteTimeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _Stream(_bounded(
            lambda t: self._inner.start_tls(ssl_context, server_hostname, t), timeout,
            httpcore.ConnectTimeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, its streams bounded by the current deadline."""

    def __init__(self, inner: httpcore.NetworkBackend | None = None) -> None:
        self._inner = inner if inner is not None else httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        stream = _Stream(_bounded(
            lambda t: self._inner.connect_tcp(host, port, t, local_address, socket_options),
            timeout, httpcore.ConnectTimeout))
        opened: list[_Stream] | None = getattr(_current, "opened", None)
        if opened is not None:
            opened.append(stream)
        return stream

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None
                            ) -> httpcore.NetworkStream:
        return _Stream(_bounded(
            lambda t: self._inner.connect_unix_socket(path, t, socket_options), timeout,
            httpcore.ConnectTimeout))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class DeadlineTransport(httpx.HTTPTransport):
    """httpx's transport over a `DeadlineBackend`. httpx takes no network backend, so
    its connection pool's is wrapped (`_network_backend`, httpcore's attribute since
    1.0; `tests/providers/test_deadline.py` checks it is there)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        pool = typing.cast(Any, self._pool)
        pool._network_backend = DeadlineBackend(pool._network_backend)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """As httpx's, with a SOCKS proxy's unreadable reply an `httpx.ProxyError`.
        httpcore reads each SOCKS reply in one read and lets socksio's error through
        when it came in parts (or was no SOCKS); and a SOCKS handshake that fails (so,
        at the deadline) leaves the proxy's socket open: closed here."""
        opened: list[_Stream] = []
        outer = getattr(_current, "opened", None)
        _current.opened = opened
        try:
            return super().handle_request(request)
        except Exception as exc:
            for stream in opened:  # a failed request's: no pooled connection keeps it
                stream.close()
            if not type(exc).__module__.startswith("socksio"):
                raise
            # No text: never shown (the callers say it in words, net_words.py).
            raise httpx.ProxyError("", request=request) from None
        finally:
            _current.opened = outer


class DeadlineClient(httpx.Client):
    """httpx's client whose own transports (direct, and per proxy from the environment)
    are `DeadlineTransport`s; an injected transport is used as it is."""

    def _init_transport(self, *args: Any, **kwargs: Any) -> httpx.BaseTransport:
        transport: httpx.BaseTransport | None = kwargs.pop("transport", None)
        return transport if transport is not None else DeadlineTransport(*args, **kwargs)

    def _init_proxy_transport(self, proxy: httpx.Proxy, *args: Any,
                              **kwargs: Any) -> httpx.BaseTransport:
        return DeadlineTransport(*args, proxy=proxy, **kwargs)
