"""The command line's standard streams: output that never fails on encoding, and one
plain sentence when standard output is closed or cannot be written (a full disk).

A console that cannot show a character (PYTHONIOENCODING=latin-1, a POSIX locale, a
Windows code page when redirected) gets an escape instead of an error; JSON is written
ASCII-only there, which loses nothing; `--output FILE` writes UTF-8 whatever the console.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from idp_wizard.cli_language import text
from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.os_errors import os_reason


class OutputError(IdpWizardError):
    """Standard output cannot be written (closed, disk full, device error)."""


def is_unicode(stream: object) -> bool:
    """Whether `stream` can carry every character (a UTF-8/16/32 encoding)."""
    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


def _tolerant(stream: object) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="backslashreplace")


@contextlib.contextmanager
def _writing() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:  # `| head`: the reader left; cli.py ends quietly
        raise
    except OSError as exc:
        raise OutputError(msg("cannot write to standard output ({reason}).",
                              reason=os_reason(exc))) from None


class _GuardedStdout:
    """sys.stdout, whose write errors become an `OutputError` (one sentence)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        with _writing():
            return self._stream.write(text)

    def flush(self) -> None:
        with _writing():
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def console() -> Iterator[None]:
    """For one command: stdout/stderr never fail on encoding, stdout's write errors are
    one sentence. Restored afterwards (tests run many commands in one process)."""
    saved = sys.stdout
    _tolerant(sys.stdout)
    _tolerant(sys.stderr)
    sys.stdout = _GuardedStdout(saved)
    try:
        yield
    finally:
        sys.stdout = saved


def stdout_closed() -> bool:
    """Python sets sys.stdout to None when it started with file descriptor 1 closed."""
    return sys.stdout is None


def silence_stdout() -> None:
    """After stdout broke: send what is still buffered to the null device, so Python's
    own flush at exit cannot fail a second time."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def print_json(data: Any, indent: int | None = None) -> None:
    """One JSON document on stdout; ASCII-escaped where the console is not Unicode."""
    print(json.dumps(data, ensure_ascii=not is_unicode(sys.stdout), indent=indent))


# The command line's exit codes (README, "Exit codes"): scripts and the OS scheduler
# branch on them. 3: a sync was held for confirmation.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_HELD = 0, 1, 2, 3



def error_line(message: str) -> str:
    """An error line: the program's prefix ("idp-wizard: error: ") and `message` (already
    rendered), both in the command's language."""
    return text(msg("idp-wizard: error: {message}", message=message))


# The labels of the aligned `status`-like blocks (status, target show, the clients of
# status): one column for all of them, as wide as the longest label in the command's
# language (14 characters at least: the English layout).
STATUS_LABELS = {m.template: m for m in (
    msg("Client:"), msg("Provider:"), msg("State:"), msg("Synced users:"), msg("Why:"),
    msg("Last sync:"), msg("Platform:"), msg("Target state:"), msg("On platform:"),
    msg("Not ours:"), msg("Removals:"))}
STATUS_WIDTH = 14


def label_width(labels: Iterable[Message], minimum: int) -> int:
    return max(minimum, *(len(text(label)) for label in labels))


def labelled(label: str, value: str) -> str:
    """One line of an aligned `status` block; `label` is its English text (one of
    STATUS_LABELS), `value` is already rendered."""
    width = label_width(STATUS_LABELS.values(), STATUS_WIDTH)
    return f"{text(STATUS_LABELS[label]):{width}} {value}"


# A run's outcome in words (status, schedule status, clients list, history); `--json`
# keeps the codes.
RUN_STATUS_WORDS = {"running": msg("running"), "succeeded": msg("succeeded"),
                    "held": msg("held"), "failed": msg("failed"),
                    "interrupted": msg("interrupted"), "incomplete": msg("incomplete")}


def run_status_word(status: str) -> str:
    word = RUN_STATUS_WORDS.get(str(status))
    return text(word) if word else str(status)
