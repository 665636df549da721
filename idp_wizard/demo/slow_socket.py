"""A server on 127.0.0.1 (or a proxy in front of one) that answers too slowly, each
byte far within any read timeout: its TLS handshake (`HANDSHAKE`), its status line and
headers (`HEADERS`) or its body (`BODY`) spread over `seconds`. Only a real socket shows
whether a client bounds the whole wait and not only each read. It ends by itself after
the trickle (the answer then complete: `{}`), so a client without a deadline finishes
too, late, and a test of it fails rather than hangs.
"""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable

from idp_wizard.demo.auth_fakes import StreamedAnswer
from idp_wizard.demo.slow_headers import head_bytes, request_complete

HANDSHAKE, HEADERS, BODY = "handshake", "headers", "body"
BODY_BYTES = b"{" + b" " * 198 + b"}"  # JSON, long enough to trickle
_ANSWER = StreamedAnswer({"Content-Type": "application/json",
                          "Content-Length": str(len(BODY_BYTES))}, iter(()))


def serve_connections(listener: socket.socket, stop: threading.Event,
                      take: Callable[[socket.socket], object]) -> None:
    """Each connection to `listener` (which times out every 0.1 s) to `take`, until
    `stop` or 10 s without a new one; the listener is closed then."""
    idle = 0.0
    with listener:
        while not stop.is_set() and idle < 10.0:
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                idle += 0.1
                continue
            except OSError:
                return
            idle = 0.0
            take(conn)


def trickle(write: Callable[[bytes], object], data: bytes, seconds: float,
            stop: threading.Event) -> bool:
    """`data` a byte at a time, spread over `seconds`; False when `stop` ended it."""
    pause = seconds / max(len(data), 1)
    for byte in data:
        if stop.wait(pause):
            return False
        write(bytes([byte]))
    return True


class SlowServer:
    """Answers every connection (one after another) too slowly in `part`, until `stop`
    or 10 s without a new connection. `tls`: a server context (https://; needed for
    `HANDSHAKE`). `connections`: how many came."""

    def __init__(self, part: str, seconds: float, tls: ssl.SSLContext | None = None,
                 path: str = "/") -> None:
        if part == HANDSHAKE and tls is None:
            raise ValueError("a trickled handshake needs TLS")
        self.part, self.seconds, self._tls = part, seconds, tls
        self.stop = threading.Event()
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)  # looks at `stop` this often while waiting
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self._listener.getsockname()[1]}{path}"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.stop.set()
        self.thread.join(15)

    def _serve(self) -> None:
        serve_connections(self._listener, self.stop, self._take)

    def _take(self, conn: socket.socket) -> None:
        self.connections += 1
        with conn, contextlib.suppress(OSError, ssl.SSLError):
            conn.settimeout(10.0)
            self._answer(conn)

    def _answer(self, conn: socket.socket) -> None:
        if self._tls is None:
            read, write = _plain(conn)
        else:
            channel = _Tls(conn, self._tls)
            if not channel.handshake(self.seconds if self.part == HANDSHAKE else 0.0,
                                     self.stop):
                return
            read, write = channel.read, channel.write
        data = b""
        while not request_complete(data):
            piece = read()
            if not piece:
                return
            data += piece
        head = head_bytes(_ANSWER)
        if self.part == HEADERS:
            if not trickle(write, head, self.seconds, self.stop):
                return
        else:
            write(head)
        if self.part == BODY:
            trickle(write, BODY_BYTES, self.seconds, self.stop)
        else:
            write(BODY_BYTES)


def _plain(conn: socket.socket) -> tuple[Callable[[], bytes], Callable[[bytes], None]]:
    return (lambda: conn.recv(65536)), conn.sendall


class _Tls:
    """TLS over the socket through memory buffers, so the server's handshake bytes can
    be sent as slowly as it likes (ssl's own sockets send them at once)."""

    def __init__(self, conn: socket.socket, context: ssl.SSLContext) -> None:
        self.conn = conn
        self.incoming, self.outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.tls = context.wrap_bio(self.incoming, self.outgoing, server_side=True)

    def handshake(self, seconds: float, stop: threading.Event) -> bool:
        """The server's handshake bytes spread over `seconds`; False: the client left."""
        while True:
            try:
                self.tls.do_handshake()
                self._flush()
                return True
            except ssl.SSLWantReadError:
                pass
            out = self.outgoing.read()
            if out and not trickle(self.conn.sendall, out, seconds, stop):
                return False
            if not self._fill():
                return False

    def read(self) -> bytes:
        while True:
            try:
                return self.tls.read(65536)
            except ssl.SSLWantReadError:
                self._flush()  # e.g. TLS 1.3 session tickets
                if not self._fill():
                    return b""
            except ssl.SSLZeroReturnError:
                return b""

    def write(self, data: bytes) -> None:
        self.tls.write(data)
        self._flush()

    def _fill(self) -> bool:
        data = self.conn.recv(65536)
        if not data:
            return False
        self.incoming.write(data)
        return True

    def _flush(self) -> None:
        out = self.outgoing.read()
        if out:
            self.conn.sendall(out)
