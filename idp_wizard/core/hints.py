"""Commands suggested in messages, e.g. "Confirm with: idp-wizard --demo sync --allow-deletions".

A suggestion must name the profile the admin is using: pasted without `--demo` or
`--data-dir`, "sync --allow-deletions" would confirm deletions on *another* profile.
The command line records the global options it ran with once (`use`); every message
that suggests a command builds it with `suggest()`. No Qt (core messages use it too).
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PROGRAM = "idp-wizard"


def quote(arg: str) -> str:
    """`arg` as one word for this OS's shell (spaces, quotes, `$` are safe)."""
    if os.name == "nt":
        return subprocess.list2cmdline([arg])
    return shlex.quote(arg)


@dataclass(frozen=True)
class CommandHint:
    """The global options that select a profile: what every suggested command repeats."""

    data_dir: Path | None = None  # only when given with --data-dir (the env var stays set)
    demo: bool = False
    client: str | None = None  # --client NAME (clients)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CommandHint:
        data_dir = getattr(args, "data_dir", None)
        return cls(
            data_dir=Path(data_dir).expanduser().absolute() if data_dir else None,
            demo=bool(getattr(args, "demo", False)),
            client=getattr(args, "client", None) or None,
        )

    def prefix(self) -> list[str]:
        argv = [PROGRAM]
        if self.data_dir is not None:
            argv += ["--data-dir", str(self.data_dir)]
        if self.demo:
            argv.append("--demo")
        if self.client:
            argv += ["--client", self.client]
        return argv

    def command(self, tail: str, *words: str) -> str:
        """`tail`: our own literal text (may hold placeholders such as `entra|google`);
        `words`: values from elsewhere (file names...), quoted for the shell."""
        parts = [quote(p) for p in self.prefix()] + [tail] + [quote(w) for w in words]
        return " ".join(p for p in parts if p)


_current = CommandHint()


def current() -> CommandHint:
    return _current


@contextmanager
def use(hint: CommandHint) -> Iterator[CommandHint]:
    """Suggestions name `hint`'s profile while the block runs (the whole CLI command or
    GUI session; worker threads included, so this is process-wide, not a contextvar)."""
    global _current
    saved, _current = _current, hint
    try:
        yield hint
    finally:
        _current = saved


def suggest(tail: str, *words: str) -> str:
    """The full command for `tail` with the global options this process runs with."""
    return _current.command(tail, *words)
