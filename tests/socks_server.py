"""A SOCKS5 proxy on 127.0.0.1 (RFC 1928, CONNECT only, no authentication), in a
thread, for tests of clients behind one: plain sockets, each connection relayed to its
target, which must be on 127.0.0.1 (a named host is looked up in `routes`, so a test
can send "graph.microsoft.com" to a local fake). `targets`: where each connection asked
to go, as (host, port). `delay`: seconds the proxy waits before its reply to the
CONNECT request (a proxy too slow in its handshake); `trickle`: seconds over which that
reply is then sent a byte at a time (too slow, and in parts). Ends by itself
after 10 s without a connection, or on `close`.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import struct
import threading

from idp_wizard.demo.slow_socket import serve_connections, trickle


class SocksServer:
    def __init__(self, routes: dict[str, tuple[str, int]] | None = None,
                 delay: float = 0.0, trickle: float = 0.0) -> None:
        self.routes = routes or {}
        self.delay, self.trickle = delay, trickle
        self.targets: list[tuple[str, int]] = []
        self.stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)  # looks at `stop` this often while waiting
        self.port = self._listener.getsockname()[1]
        self._threads: list[threading.Thread] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def url(self, scheme: str = "socks5") -> str:
        return f"{scheme}://127.0.0.1:{self.port}"

    def close(self) -> None:
        self.stop.set()
        self.thread.join(15)
        for thread in self._threads:
            thread.join(15)

    def _serve(self) -> None:
        serve_connections(self._listener, self.stop, self._start)

    def _start(self, conn: socket.socket) -> None:
        thread = threading.Thread(target=self._handle, args=(conn,), daemon=True)
        self._threads.append(thread)
        thread.start()

    def _handle(self, conn: socket.socket) -> None:
        with conn, contextlib.suppress(OSError):
            conn.settimeout(10.0)
            version, count = _exact(conn, 2)
            methods = _exact(conn, count)
            if version != 5 or 0 not in methods:
                conn.sendall(b"\x05\xff")  # no acceptable method
                return
            conn.sendall(b"\x05\x00")
            _, command, _, kind = _exact(conn, 4)
            if kind == 1:
                host = str(ipaddress.IPv4Address(_exact(conn, 4)))
            elif kind == 3:
                host = _exact(conn, _exact(conn, 1)[0]).decode("ascii")
            else:
                host = str(ipaddress.IPv6Address(_exact(conn, 16)))
            port = struct.unpack("!H", _exact(conn, 2))[0]
            self.targets.append((host, port))
            if command != 1:
                conn.sendall(b"\x05\x07\x00\x01" + bytes(6))  # command not supported
                return
            where = self.routes.get(host, (host, port))
            if where[0] != "127.0.0.1":  # never anywhere but this machine
                conn.sendall(b"\x05\x02\x00\x01" + bytes(6))  # not allowed by ruleset
                return
            with socket.create_connection(where, timeout=10.0) as upstream:
                reply = b"\x05\x00\x00\x01" + bytes(6)
                if self.stop.wait(self.delay):
                    return
                if self.trickle:
                    if not trickle(conn.sendall, reply, self.trickle, self.stop):
                        return
                else:
                    conn.sendall(reply)
                self._relay(conn, upstream)

    def _relay(self, one: socket.socket, other: socket.socket) -> None:
        """Bytes both ways until either side closes (or `stop`)."""
        def pump(source: socket.socket, sink: socket.socket) -> None:
            with contextlib.suppress(OSError):
                while not self.stop.is_set():
                    try:
                        data = source.recv(65536)
                    except TimeoutError:
                        continue
                    if not data:
                        break
                    sink.sendall(data)
            with contextlib.suppress(OSError):
                sink.shutdown(socket.SHUT_WR)

        for sock in (one, other):
            sock.settimeout(0.2)
        back = threading.Thread(target=pump, args=(other, one), daemon=True)
        back.start()
        pump(one, other)
        back.join(15)


def _exact(conn: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        piece = conn.recv(size - len(data))
        if not piece:
            raise ConnectionError("the client left")
        data += piece
    return data
