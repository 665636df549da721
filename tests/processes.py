"""Child Python processes for the tests that kill a sync in the middle (SIGKILL)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator


@contextlib.contextmanager
def child(code: str, *args: str) -> Iterator[subprocess.Popen[str]]:
    """`python -c code args...` with its output piped; killed and closed afterwards."""
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def wait_for(proc: subprocess.Popen[str], line: str) -> None:
    """Until the child prints `line` (fails with its error output if it ends first)."""
    assert proc.stdout is not None
    got = proc.stdout.readline()
    assert got.strip() == line, proc.stderr.read() if proc.stderr else ""


def kill(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
