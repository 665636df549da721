"""A systemd user timer: ~/.config/systemd/user/<slug>.service + .timer.

The service is a oneshot running `sync --scheduled`; the timer starts it
`OnUnitActiveSec` after its last run (and `OnBootSec` after boot). No admin rights:
everything lives in the user's own manager (`systemctl --user`).
"""

from __future__ import annotations

from pathlib import Path

from idp_wizard.core.messages import msg
from idp_wizard.scheduling.base import Job, ScheduleEnv, ScheduleStatus, check

NAME = "systemd"


def quote_exec_arg(arg: str) -> str:
    """One ExecStart= word: double-quoted, C escapes, `%` and `$` escaped for systemd."""
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return '"' + escaped.replace("$", "$$") + '"'


def service_unit(job: Job) -> str:
    command = " ".join(quote_exec_arg(a) for a in job.argv)
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


def parse_interval(timer_text: str) -> int | None:
    for line in timer_text.splitlines():
        key, _, value = line.partition("=")
        if key.strip() == "OnUnitActiveSec" and value.strip().endswith("min"):
            try:
                return int(value.strip()[:-3])
            except ValueError:
                return None
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

    def install(self, job: Job) -> ScheduleStatus:
        self.unit_dir.mkdir(parents=True, exist_ok=True)
        (self.unit_dir / f"{job.slug}.service").write_text(service_unit(job), encoding="utf-8")
        (self.unit_dir / f"{job.slug}.timer").write_text(timer_unit(job), encoding="utf-8")
        self._ctl("daemon-reload")
        self._ctl("enable", "--now", f"{job.slug}.timer")
        # enable --now keeps the old schedule of an already running timer
        self._ctl("restart", f"{job.slug}.timer")
        return self.status(job)

    def remove(self, job: Job) -> bool:
        files = [self.unit_dir / f"{job.slug}.{kind}" for kind in ("timer", "service")]
        if not any(f.exists() for f in files):
            return False
        # the timer may already be gone from the manager: only the files matter then
        self.env.run(["systemctl", "--user", "disable", "--now", f"{job.slug}.timer"], None)
        for f in files:
            f.unlink(missing_ok=True)
        self._ctl("daemon-reload")
        return True

    def status(self, job: Job) -> ScheduleStatus:
        timer = self.unit_dir / f"{job.slug}.timer"
        if not timer.exists():
            return ScheduleStatus(False, NAME, location=str(timer))
        active = self.env.run(["systemctl", "--user", "is-active", f"{job.slug}.timer"], None)
        is_active = active.returncode == 0
        note = "" if is_active else msg("the timer is installed but not active")
        return ScheduleStatus(True, NAME, parse_interval(timer.read_text(encoding="utf-8")),
                              str(timer), is_active, note)
