"""A systemd user timer: ~/.config/systemd/user/<slug>.service + .timer.

The service is a oneshot running `sync --scheduled`; the timer starts it
`OnUnitActiveSec` after its last run (and `OnBootSec` after boot). No admin rights:
everything lives in the user's own manager (`systemctl --user`).
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from idp_wizard.core.messages import Message, msg
from idp_wizard.core.os_errors import os_reason
from idp_wizard.scheduling.base import (
    Job,
    ScheduleEnv,
    ScheduleStatus,
    SchedulingError,
    check,
    data_dir_of,
    read_text,
    write_file,
)
from idp_wizard.scheduling.entry import Found, no_interval, refuse_other, status_of
from idp_wizard.scheduling.lock import schedule_lock

NAME = "systemd"
_WHAT = msg("the systemd user timer")


def quote_exec_arg(arg: str) -> str:
    """One ExecStart= word: double-quoted, C escapes, `%` and `$` escaped for systemd."""
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return '"' + escaped.replace("$", "$$") + '"'


def service_unit(job: Job) -> str:
    command = _command(job)
    return (
        "[Unit]\n"
        f"Description={job.title}: provision the chosen employees\n"
        "After=network-online.target\n"
        "Wants=network-online.target\n\n"
        "[Service]\n"
        "Type=oneshot\n"
        f"ExecStart={command}\n"
        # exit 3 (held) is an outcome the admin must act on, not a unit failure
        "SuccessExitStatus=3\n"
        "Nice=10\n"
    )


def timer_unit(job: Job) -> str:
    return (
        "[Unit]\n"
        f"Description={job.title} every {job.interval_minutes} minutes\n\n"
        "[Timer]\n"
        "OnBootSec=5min\n"
        f"OnUnitActiveSec={job.interval_minutes}min\n"
        "AccuracySec=1min\n"
        # Persistent= only affects calendar timers; kept explicit so an added
        # OnCalendar= catches up after sleep/power-off.
        "Persistent=true\n"
        f"Unit={job.slug}.service\n\n"
        "[Install]\n"
        "WantedBy=timers.target\n"
    )


_SECONDS = {"us": 1e-6, "usec": 1e-6, "ms": 1e-3, "msec": 1e-3, "": 1, "s": 1, "sec": 1,
            "second": 1, "seconds": 1, "m": 60, "min": 60, "minute": 60, "minutes": 60,
            "h": 3600, "hr": 3600, "hour": 3600, "hours": 3600, "d": 86400, "day": 86400,
            "days": 86400, "w": 604800, "week": 604800, "weeks": 604800,
            "M": 2629800, "month": 2629800, "months": 2629800, "y": 31557600,
            "year": 31557600, "years": 31557600}
_SPAN = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)")


def timespan_minutes(value: str) -> int | None:
    """A systemd time span ("40min", "1h 30min", "3600", "2h") in whole minutes."""
    seconds, pos, text = 0.0, 0, value.strip()
    while pos < len(text):
        m = _SPAN.match(text, pos)
        if m is None or m.group(2) not in _SECONDS:
            return None
        seconds += float(m.group(1)) * _SECONDS[m.group(2)]
        pos = m.end()
    minutes = seconds / 60
    return int(minutes) if text and minutes >= 1 and minutes == int(minutes) else None


def unit_values(texts: list[str], key: str) -> list[str]:
    """A list setting's values across a unit and its drop-ins (an empty one resets)."""
    values: list[str] = []
    for text in texts:
        for line in text.splitlines():
            name, eq, value = line.partition("=")
            if eq and name.strip() == key:
                values = [*values, value.strip()] if value.strip() else []
    return values


def parse_interval(timer_text: str) -> int | None:
    values = unit_values([timer_text], "OnUnitActiveSec")
    return timespan_minutes(values[0]) if len(values) == 1 else None


def exec_words(value: str) -> list[str] | None:
    """ExecStart='s words, undoing quote_exec_arg (None: unbalanced quotes)."""
    try:
        return shlex.split(value.lstrip("-@:+!").replace("%%", "%").replace("$$", "$"))
    except ValueError:
        return None


class SystemdScheduler:
    name = NAME

    def __init__(self, env: ScheduleEnv) -> None:
        self.env = env

    @property
    def unit_dir(self) -> Path:
        return self.env.xdg_config / "systemd" / "user"

    def available(self) -> bool:
        """True when a user manager answers (often not in containers or over SSH)."""
        return self.env.run(["systemctl", "--user", "show-environment"], None).returncode == 0

    def _ctl(self, *args: str) -> None:
        check(self.env.run(["systemctl", "--user", *args], None),
              "systemctl --user " + " ".join(args))

    def _texts(self, unit: Path, notes: list[Message]) -> list[str] | None:
        """The unit's text and its drop-ins' (systemctl --user edit writes those)."""
        paths = [unit, *sorted(unit.with_name(unit.name + ".d").glob("*.conf"))]
        try:
            return [read_text(path) for path in paths]
        except OSError as exc:
            notes.append(msg("cannot read {path} ({reason})", path=str(exc.filename or unit),
                             reason=os_reason(exc)))
            return None

    def _found(self, job: Job) -> Found | None:
        timer = self.unit_dir / f"{job.slug}.timer"
        service = self.unit_dir / f"{job.slug}.service"
        if not timer.exists():
            return None
        notes: list[Message] = []
        timer_texts = self._texts(timer, notes) or []
        spans = unit_values(timer_texts, "OnUnitActiveSec")
        interval = timespan_minutes(spans[0]) if len(spans) == 1 else None
        if interval is None and timer_texts:
            notes.append(no_interval("; ".join(
                [f"OnUnitActiveSec={v}" for v in spans]
                + [f"OnCalendar={v}" for v in unit_values(timer_texts, "OnCalendar")])))
        command, argv = None, None
        if not service.exists():
            notes.append(msg("{path} is missing, so the timer starts nothing",
                             path=str(service)))
        else:
            execs = unit_values(self._texts(service, notes) or [], "ExecStart")
            command = " ; ".join(execs) if execs else None
            words = [w for w in (exec_words(v) for v in execs) if w is not None]
            argv = next((w for w in words if data_dir_of(w) is not None),
                        words[0] if words else None)
        return Found(str(timer), command, argv, interval, None, notes)

    def install(self, job: Job, replace: bool = False) -> ScheduleStatus:
        with schedule_lock(self.env, _WHAT):  # from the check to the write (lock.py)
            found = self._found(job)
            if found is not None:
                refuse_other(status_of(NAME, job, found, _command(job)), job, replace)
            write_file(self.unit_dir / f"{job.slug}.service", service_unit(job).encode())
            write_file(self.unit_dir / f"{job.slug}.timer", timer_unit(job).encode())
            self._ctl("daemon-reload")
            self._ctl("enable", "--now", f"{job.slug}.timer")
            # enable --now keeps the old schedule of an already running timer
            self._ctl("restart", f"{job.slug}.timer")
        return self.status(job)

    def remove(self, job: Job) -> bool:
        """Only this data folder's units: another folder's stay as they are."""
        with schedule_lock(self.env, _WHAT):
            return self._remove(job)

    def _remove(self, job: Job) -> bool:
        found = self._found(job)
        files = [self.unit_dir / f"{job.slug}.{kind}" for kind in ("timer", "service")]
        if found is None and files[1].exists():
            found = Found(str(files[1]), None, None, None, None)  # a timer deleted by hand
        if found is None or not found.belongs_to(job):
            return False
        # the timer may already be gone from the manager: only the files matter then
        self.env.run(["systemctl", "--user", "disable", "--now", f"{job.slug}.timer"], None)
        for f in files:
            try:
                f.unlink(missing_ok=True)
            except OSError as exc:
                raise SchedulingError(msg("Cannot remove {path} ({reason}).", path=str(f),
                                          reason=os_reason(exc))) from None
        self._ctl("daemon-reload")
        return True

    def status(self, job: Job) -> ScheduleStatus:
        found = self._found(job)
        if found is None:
            return ScheduleStatus(False, NAME, location=str(self.unit_dir / f"{job.slug}.timer"))
        units = [f"{job.slug}.timer", f"{job.slug}.service"]
        found.active = self.env.run(["systemctl", "--user", "is-active", units[0]],
                                    None).returncode == 0
        if not found.active:
            found.notes.append(msg("the timer is installed but not active"))
        stale = self.env.run(["systemctl", "--user", "show", "--property=NeedDaemonReload",
                              "--value", *units], None)
        if "yes" in stale.stdout.split():
            found.notes.append(msg("its unit files changed since systemd read them, so it "
                                   "still runs the old definition (systemctl --user "
                                   "daemon-reload reads them again)"))
        return status_of(NAME, job, found, _command(job))


def _command(job: Job) -> str:
    """ExecStart= as service_unit writes it."""
    return " ".join(quote_exec_arg(a) for a in job.argv)
