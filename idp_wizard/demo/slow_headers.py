"""Token answers whose status line and headers trickle in (`SLOW_HEADERS`), over a
real socket: only a socket shows whether a client bounds the wait for the headers, not
only each read. Google's fake (a real server) writes them with `write_answer`; Entra's
fake, served in process, hands such an answer to a `OneShotServer` on 127.0.0.1 and
sends the request there (as an intercepting proxy would answer in its place). Both end
by themselves after the last byte, so a client without the deadline finishes too."""

from __future__ import annotations

import contextlib
import socket
import ssl
import threading
from collections.abc import Callable

from idp_wizard.demo.auth_fakes import StreamedAnswer


def head_bytes(answer: StreamedAnswer) -> bytes:
    lines = ["HTTP/1.1 200 OK", *(f"{k}: {v}" for k, v in answer.headers.items()),
             "Connection: close", "", ""]
    return "\r\n".join(lines).encode("ascii")


def write_answer(write: Callable[[bytes], object], answer: StreamedAnswer,
                 stop: threading.Event) -> None:
    """The status line and headers a byte at a time (each after `header_pause`), then
    the body. `stop` set: the fake is closing, end now. OSError: the client left."""
    for byte in head_bytes(answer):
        if stop.wait(answer.header_pause):
            return
        write(bytes([byte]))
    for chunk in answer.chunks:
        write(chunk)


class OneShotServer:
    """Answers one connection on 127.0.0.1 with `answer`, then closes; its thread ends
    by itself (within the trickle's length, or `stop`)."""

    def __init__(self, answer: StreamedAnswer, stop: threading.Event | None = None,
                 tls: ssl.SSLContext | None = None) -> None:
        """`tls`: answer over TLS with this server context (https://)."""
        self.answer, self.stop, self._tls = answer, stop or threading.Event(), tls
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(10.0)  # nobody came: give up
        scheme = "https" if tls else "http"
        self.url = f"{scheme}://127.0.0.1:{self._listener.getsockname()[1]}/token"
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        with self._listener, contextlib.suppress(OSError):
            conn, _ = self._listener.accept()
            conn.settimeout(10.0)
            if self._tls is not None:
                conn = self._tls.wrap_socket(conn, server_side=True)
            with conn:
                conn.settimeout(10.0)
                _read_request(conn)
                write_answer(conn.sendall, self.answer, self.stop)


def _read_request(conn: socket.socket) -> None:
    """The request's head and its Content-Length body (its content is not needed)."""
    data = b""
    while not request_complete(data):
        piece = conn.recv(65536)
        if not piece:
            return
        data += piece


def request_complete(data: bytes) -> bool:
    """Whether `data` holds a whole request: its head and its Content-Length body."""
    head, end, body = data.partition(b"\r\n\r\n")
    if not end:
        return False
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and value.strip().isdigit():
            length = int(value.strip())
    return len(body) >= length
