"""Reading a crontab without changing it: its lines exactly as they are (only `\n`
ends a line for cron), our marked lines taken apart, and what their schedule means."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

_MARKER_RE = re.compile(r"#\s*(?P<slug>idp-wizard(?:-demo)?-sync)\s+interval=(?P<n>\d+)\s*$")
_FIELDS_RE = re.compile(r"(\S+\s+\S+\s+\S+\s+\S+\s+\S+)\s+(.*)$")
_SPECIAL = {"@hourly": 60, "@daily": 1440, "@midnight": 1440}


def split_lines(text: str) -> list[str]:
    """Each line with its own `\n` (the last may have none): joined, they are `text`."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def join_lines(lines: list[str]) -> str:
    return "".join(lines)


@dataclass(frozen=True)
class Line:
    """One of our marked lines, as it is now (perhaps edited by hand)."""

    slug: str
    asked: int  # the interval the marker says was asked for
    commented: bool
    fields: str  # the five time fields (single spaces) or an @word
    command: str  # what cron hands to the shell, as written
    argv: list[str] | None  # the command's words as sh sees them (None: unreadable)


def parse_line(text: str) -> Line | None:
    """The line, if it carries our marker."""
    content = text.rstrip("\n")
    m = _MARKER_RE.search(content)
    if m is None:
        return None
    body = content[:m.start()].strip()
    commented = body.startswith("#")
    body = body.lstrip("#").strip()
    if body.startswith("@"):
        fields, _, command = body.partition(" ")
    else:
        parts = _FIELDS_RE.match(body)
        fields, command = (" ".join(parts.group(1).split()), parts.group(2)) if parts \
            else (body, "")
    command = command.strip()
    return Line(m.group("slug"), int(m.group("n")), commented, fields, command,
                cron_words(command))


def cron_words(command: str) -> list[str] | None:
    """How cron and then /bin/sh split a command into words (None: unbalanced quotes).
    Only the part before an unescaped `%` is the command (cron's do_command.c: `\\%` is
    a `%`, any other `\\` stays with the character after it)."""
    kept: list[str] = []
    escaped = False
    for ch in command:
        if escaped:
            if ch == "%":
                kept[-1] = ch
            else:
                kept.append(ch)
            escaped = False
            continue
        if ch == "%":
            break
        escaped = ch == "\\"
        kept.append(ch)
    try:
        return shlex.split("".join(kept))
    except ValueError:
        return None


def _step(field: str, whole: int) -> int | None:
    """`*` → 1, `*/N` → N where N divides `whole` evenly; anything else None."""
    if field == "*":
        return 1
    m = re.fullmatch(r"\*/(\d+)", field)
    if m and 0 < int(m.group(1)) <= whole and whole % int(m.group(1)) == 0:
        return int(m.group(1))
    return None


def fields_interval(fields: str) -> int | None:
    """Minutes between runs of a cron schedule, where it has one steady interval."""
    if fields.startswith("@"):
        return _SPECIAL.get(fields.lower())
    parts = fields.split()
    if len(parts) != 5 or parts[2:] != ["*", "*", "*"]:
        return None
    minute, hour = parts[:2]
    once = minute.isdigit() and int(minute) < 60
    if hour == "*":
        return 60 if once else _step(minute, 60)
    if not once:
        return None
    if hour.isdigit() and int(hour) < 24:
        return 24 * 60
    step = _step(hour, 24)
    return None if step is None else step * 60
