"""A macOS LaunchAgent: ~/Library/LaunchAgents/<label>.plist with StartInterval.

Loaded into the user's GUI domain (`launchctl bootstrap gui/<uid>`) and limited to the
Aqua (logged-in desktop) session, so it runs while the user is logged in, with their
login keychain unlocked, without admin rights.
"""

from __future__ import annotations

import plistlib
import shlex
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError

from idp_wizard.core.messages import Message, msg
from idp_wizard.core.os_errors import os_reason
from idp_wizard.scheduling.base import (
    Job,
    ScheduleEnv,
    ScheduleStatus,
    SchedulingError,
    check,
    write_file,
)
from idp_wizard.scheduling.entry import Found, no_interval, refuse_other, status_of
from idp_wizard.scheduling.lock import schedule_lock

NAME = "launchd"
_WHAT = msg("the LaunchAgent")


def agent_plist(job: Job) -> bytes:
    data: dict[str, Any] = {
        "Label": job.label,
        "ProgramArguments": list(job.argv),  # an argv list: no shell, no quoting issues
        "StartInterval": job.interval_minutes * 60,
        "RunAtLoad": False,
        "ProcessType": "Background",
        # Only in the logged-in desktop session, where the login keychain is unlocked.
        "LimitLoadToSessionType": "Aqua",
        "LowPriorityIO": True,
    }
    if job.log_file is not None:
        data["StandardOutPath"] = data["StandardErrorPath"] = str(job.log_file)
    return plistlib.dumps(data, fmt=plistlib.FMT_XML, sort_keys=True)


def _found(path: Path) -> Found:
    """The agent as its plist defines it now."""
    try:
        data = plistlib.loads(path.read_bytes())
    except OSError as exc:
        return Found(str(path), None, None, None, None, [msg(
            "cannot read {path} ({reason})", path=str(path), reason=os_reason(exc))])
    except (ValueError, TypeError, KeyError, OverflowError, ExpatError):  # damaged
        return Found(str(path), None, None, None, None, [msg("the plist is damaged")])
    if not isinstance(data, dict):
        return Found(str(path), None, None, None, None, [msg("the plist is damaged")])
    words = data.get("ProgramArguments")
    argv = [str(w) for w in words] if isinstance(words, list) else (
        [str(data["Program"])] if "Program" in data else None)
    notes: list[Message] = []
    seconds = data.get("StartInterval")
    interval = seconds // 60 if isinstance(seconds, int) and seconds >= 60 \
        and seconds % 60 == 0 else None
    if interval is None:
        schedule = f"StartInterval={seconds}" if seconds is not None else (
            "StartCalendarInterval" if "StartCalendarInterval" in data else "-")
        notes.append(no_interval(schedule))
    active = None
    if data.get("Disabled") is True:
        active = False
        notes.append(msg("the plist disables it (Disabled)"))
    return Found(str(path), shlex.join(argv) if argv is not None else None, argv, interval,
                 active, notes)


class LaunchAgentScheduler:
    name = NAME

    def __init__(self, env: ScheduleEnv) -> None:
        self.env = env

    def path(self, job: Job) -> Path:
        return self.env.home / "Library" / "LaunchAgents" / f"{job.label}.plist"

    @property
    def domain(self) -> str:
        return f"gui/{self.env.uid}"

    def available(self) -> bool:
        return True

    def install(self, job: Job, replace: bool = False) -> ScheduleStatus:
        path = self.path(job)
        with schedule_lock(self.env, _WHAT):  # from the check to the write (lock.py)
            if path.exists():
                refuse_other(status_of(NAME, job, _found(path), shlex.join(job.argv)), job,
                             replace)
            # an already loaded agent keeps its old definition until booted out
            self.env.run(["launchctl", "bootout", f"{self.domain}/{job.label}"], None)
            write_file(path, agent_plist(job))
            check(self.env.run(["launchctl", "bootstrap", self.domain, str(path)], None),
                  msg("Loading the LaunchAgent (launchctl bootstrap)"))
        return self.status(job)

    def remove(self, job: Job) -> bool:
        """Only this data folder's agent: another folder's stays as it is."""
        path = self.path(job)
        with schedule_lock(self.env, _WHAT):
            if not path.exists() or not _found(path).belongs_to(job):
                return False
            self.env.run(["launchctl", "bootout", f"{self.domain}/{job.label}"], None)
            try:
                path.unlink()
            except OSError as exc:
                raise SchedulingError(msg("Cannot remove {path} ({reason}).", path=str(path),
                                          reason=os_reason(exc))) from None
        return True

    def status(self, job: Job) -> ScheduleStatus:
        path = self.path(job)
        if not path.exists():
            return ScheduleStatus(False, NAME, location=str(path))
        found = _found(path)
        loaded = self.env.run(["launchctl", "print", f"{self.domain}/{job.label}"], None)
        if loaded.returncode != 0:
            found.notes.append(msg("installed but not loaded (log in again)"))
            found.active = False
        elif found.active is None:
            found.active = True
        return status_of(NAME, job, found, shlex.join(job.argv))
