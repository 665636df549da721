"""Headless syncs through the OS's own scheduler (no Qt).

`scheduler_for(env)` picks the backend for the platform: Windows Task Scheduler, a
macOS LaunchAgent, a systemd user timer, or cron where no systemd user manager runs.
Each backend has `install(job, replace)`, `remove(job) -> bool` and `status(job)`; each
touches only the entry of its job's data folder (see entry.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from idp_wizard.core.messages import msg
from idp_wizard.scheduling.base import (
    DEFAULT_INTERVAL,
    MAX_INTERVAL,
    MIN_INTERVAL,
    Job,
    RunResult,
    ScheduleEnv,
    ScheduleStatus,
    SchedulingError,
    make_job,
)
from idp_wizard.scheduling.cron import CronScheduler
from idp_wizard.scheduling.macos import LaunchAgentScheduler
from idp_wizard.scheduling.systemd import SystemdScheduler
from idp_wizard.scheduling.windows import WindowsScheduler


class Scheduler(Protocol):
    name: str

    def install(self, job: Job, replace: bool = False) -> ScheduleStatus: ...
    def remove(self, job: Job) -> bool: ...
    def status(self, job: Job) -> ScheduleStatus: ...


def scheduler_for(env: ScheduleEnv) -> Scheduler:
    if env.platform.startswith("win"):
        return WindowsScheduler(env)
    if env.platform == "darwin":
        return LaunchAgentScheduler(env)
    systemd = SystemdScheduler(env)
    if systemd.available():
        return systemd
    cron = CronScheduler(env)
    if cron.available():
        return cron
    raise SchedulingError(msg("No scheduler is available on this computer: neither a "
                              "systemd user session nor cron (crontab). Install cron "
                              "(Debian/Ubuntu: apt-get install cron; Fedora: dnf install "
                              "cronie), or keep the app open: it syncs on its own schedule "
                              "while it runs."))


def job_for(env: ScheduleEnv, data_dir: Path, demo: bool, interval_minutes: int,
            log_dir: Path | None = None) -> Job:
    log_file = log_dir / "scheduled-sync.log" if log_dir is not None else None
    return make_job(env, data_dir, demo, interval_minutes, log_file)


__all__ = [
    "DEFAULT_INTERVAL", "MAX_INTERVAL", "MIN_INTERVAL", "Job", "RunResult", "ScheduleEnv",
    "ScheduleStatus", "Scheduler", "SchedulingError", "job_for", "scheduler_for",
]
