"""A macOS LaunchAgent: ~/Library/LaunchAgents/<label>.plist with StartInterval.

Loaded into the user's GUI domain (`launchctl bootstrap gui/<uid>`) and limited to the
Aqua (logged-in desktop) session, so it runs while the user is logged in, with their
login keychain unlocked, without admin rights.
"""

from __future__ import annotations

import plistlib
from pathlib import Path
from typing import Any

from idp_wizard.core.messages import msg
from idp_wizard.scheduling.base import Job, ScheduleEnv, ScheduleStatus, check

NAME = "launchd"


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

    def install(self, job: Job) -> ScheduleStatus:
        path = self.path(job)
        path.parent.mkdir(parents=True, exist_ok=True)
        # an already loaded agent keeps its old definition until booted out
        self.env.run(["launchctl", "bootout", f"{self.domain}/{job.label}"], None)
        path.write_bytes(agent_plist(job))
        check(self.env.run(["launchctl", "bootstrap", self.domain, str(path)], None),
              msg("Loading the LaunchAgent (launchctl bootstrap)"))
        return self.status(job)

    def remove(self, job: Job) -> bool:
        path = self.path(job)
        if not path.exists():
            return False
        self.env.run(["launchctl", "bootout", f"{self.domain}/{job.label}"], None)
        path.unlink()
        return True

    def status(self, job: Job) -> ScheduleStatus:
        path = self.path(job)
        if not path.exists():
            return ScheduleStatus(False, NAME, location=str(path))
        try:
            seconds = int(plistlib.loads(path.read_bytes()).get("StartInterval", 0))
        except (plistlib.InvalidFileException, ValueError, TypeError):
            return ScheduleStatus(True, NAME, None, str(path), None,
                                  msg("the plist is damaged"))
        loaded = self.env.run(["launchctl", "print", f"{self.domain}/{job.label}"], None)
        note = "" if loaded.returncode == 0 else msg("installed but not loaded (log in again)")
        return ScheduleStatus(True, NAME, seconds // 60 or None, str(path),
                              loaded.returncode == 0, note)
