"""A private Xvfb server for the desktop smoke test.

`xvfb-run -a` picks a display by looking for free lock files in /tmp, then starts Xvfb
there. A stale lock, or another machine user's server on the same number (abstract X
sockets are shared across containers that share a network namespace), made CI's app
connect to a server that was not its own ("could not connect to display :100"). Here
Xvfb chooses the display itself (`-displayfd`: it binds the first free number and
writes it back), so the number we get is the one our server listens on.

`-noreset`: an X server resets when its last client leaves, and the app's display
check (desktop_check.py) connects and leaves just before Qt connects. Not shown to
matter (300 such pairs under load connected every time), kept as a precaution.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

START_TIMEOUT_S = 30.0


class XvfbError(RuntimeError):
    pass


@contextmanager
def virtual_display(screen: str = "1280x800x24") -> Iterator[str]:
    """Start Xvfb on a free display; yields ":N" and stops the server afterwards."""
    binary = shutil.which("Xvfb")
    if binary is None:
        raise XvfbError("Xvfb is not installed (Debian: apt-get install xvfb)")
    # The log is a file, not a pipe: a chatty server never blocks on it.
    with tempfile.TemporaryFile() as log:
        read_fd, write_fd = os.pipe()
        try:
            server = subprocess.Popen(
                [binary, "-displayfd", str(write_fd), "-screen", "0", screen,
                 "-nolisten", "tcp", "-noreset"],
                pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=log)
        except BaseException:
            os.close(read_fd)
            raise
        finally:
            os.close(write_fd)
        try:
            number = _read_display(read_fd, server, log)
            yield f":{number}"
        finally:
            os.close(read_fd)
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def _read_display(read_fd: int, server: subprocess.Popen[bytes], log: IO[bytes]) -> int:
    """The number Xvfb writes once it listens; its error output if it dies first."""
    text = b""
    while not text.endswith(b"\n"):
        ready, _, _ = select.select([read_fd], [], [], START_TIMEOUT_S)
        chunk = os.read(read_fd, 64) if ready else b""
        if not chunk:  # closed (Xvfb ended) or nothing within the timeout
            server.kill()
            server.wait()
            log.seek(0)
            detail = log.read().decode(errors="replace").strip().splitlines()[-3:]
            raise XvfbError("Xvfb did not start: " + (" / ".join(detail) or "no output"))
        text += chunk
    return int(text.strip())
