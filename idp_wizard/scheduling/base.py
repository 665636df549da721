"""What every OS scheduler backend shares: the environment (all injectable), the job
(what to run, how often) and the result of `status`. No Qt.

The scheduled command is the absolute path of the running interpreter (or the frozen
executable) + `sync --all-clients --scheduled` with the same `--data-dir` (and
`--demo`), so the OS runs exactly this installation against exactly this profile, and
one task covers all its clients.
"""

from __future__ import annotations

import getpass
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.messages import Message, msg

MIN_INTERVAL, MAX_INTERVAL, DEFAULT_INTERVAL = 5, 24 * 60, 40


class SchedulingError(IdpWizardError):
    """The OS scheduler refused or is missing (message says which and why)."""


@dataclass(frozen=True, slots=True)
class RunResult:
    returncode: int
    stdout: str = ""
    stderr: str = ""


# argv, stdin text (or None) -> result. Tests pass a fake; never a shell.
Runner = Callable[[Sequence[str], str | None], RunResult]


def subprocess_runner(argv: Sequence[str], stdin: str | None = None) -> RunResult:
    try:
        done = subprocess.run(list(argv), input=stdin, capture_output=True, text=True,
                              timeout=60, check=False)
    except FileNotFoundError:
        return RunResult(127, "", f"{argv[0]}: command not found")
    except subprocess.TimeoutExpired:
        return RunResult(124, "", f"{argv[0]}: did not answer within 60 s")
    return RunResult(done.returncode, done.stdout, done.stderr)


def current_executable() -> list[str]:
    """The argv prefix that starts this installation's command line."""
    exe = os.path.abspath(sys.executable)  # abspath, not resolve: keep the venv's python
    if getattr(sys, "frozen", False):
        return [exe]
    return [exe, "-m", "idp_wizard"]


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


@dataclass(frozen=True, slots=True)
class ScheduleEnv:
    platform: str = field(default_factory=lambda: sys.platform)
    home: Path = field(default_factory=Path.home)
    run: Runner = subprocess_runner
    executable: tuple[str, ...] = field(default_factory=lambda: tuple(current_executable()))
    uid: int = field(default_factory=lambda: os.getuid() if hasattr(os, "getuid") else 0)
    config_home: Path | None = None  # XDG_CONFIG_HOME (Linux); default home/.config
    user: str = field(default_factory=lambda: _user_name())
    crontab: tuple[str, ...] = ("crontab",)  # the crontab command (tests: a scratch one)
    session_bus: Path | None = None  # the user's D-Bus socket; default /run/user/<uid>/bus

    @property
    def bus_socket(self) -> Path:
        """Where the user's session bus listens while they are logged in (Linux)."""
        return self.session_bus or Path(f"/run/user/{self.uid}/bus")

    @property
    def xdg_config(self) -> Path:
        if self.config_home is not None:
            return self.config_home
        env = os.environ.get("XDG_CONFIG_HOME")
        return Path(env) if env else self.home / ".config"


@dataclass(frozen=True, slots=True)
class Job:
    """One profile's scheduled sync. `slug`/`label` keep the demo and the real profile
    apart, so scheduling the demo never replaces the real schedule."""

    argv: tuple[str, ...]
    interval_minutes: int
    demo: bool = False
    log_file: Path | None = None  # where launchd writes stdout/stderr

    @property
    def slug(self) -> str:  # systemd unit stem, cron marker
        return "idp-wizard-demo-sync" if self.demo else "idp-wizard-sync"

    @property
    def title(self) -> str:  # Windows task name, descriptions
        return "IdP Wizard sync (demo)" if self.demo else "IdP Wizard sync"

    @property
    def label(self) -> str:  # launchd reverse-DNS label
        return "com.idpwizard.sync.demo" if self.demo else "com.idpwizard.sync"


def make_job(env: ScheduleEnv, data_dir: Path, demo: bool, interval_minutes: int,
             log_file: Path | None = None) -> Job:
    if not MIN_INTERVAL <= interval_minutes <= MAX_INTERVAL:
        raise SchedulingError(msg("The interval must be between {low} and {high} minutes "
                                  "(got {interval}).", low=str(MIN_INTERVAL),
                                  high=str(MAX_INTERVAL), interval=str(interval_minutes)))
    argv = [*env.executable, "--data-dir", str(Path(data_dir).absolute())]
    if demo:
        argv.append("--demo")
    argv += ["sync", "--all-clients", "--scheduled"]  # one task for every client
    return Job(tuple(argv), interval_minutes, demo, log_file)


@dataclass(frozen=True, slots=True)
class ScheduleStatus:
    installed: bool
    scheduler: str  # "Windows Task Scheduler", "launchd", "systemd", "cron"
    interval_minutes: int | None = None
    location: str = ""  # file or task name
    active: bool | None = None  # loaded/enabled, when the scheduler can tell
    note: str | Message = ""

    def to_json(self) -> dict[str, object]:
        return {"installed": self.installed, "scheduler": self.scheduler,
                "interval_minutes": self.interval_minutes, "location": self.location,
                "active": self.active, "note": str(self.note)}


def check(result: RunResult, what: str | Message) -> RunResult:
    """`what`: the step, e.g. "Writing the crontab (crontab -)" (or the command itself)."""
    if result.returncode != 0:
        why = (result.stderr or result.stdout).strip().splitlines()
        code = str(result.returncode)
        if why:  # the tool's own words stay a value
            raise SchedulingError(msg("{what} failed (exit code {code}): {why}", what=what,
                                      code=code, why=why[-1]))
        raise SchedulingError(msg("{what} failed (exit code {code}).", what=what, code=code))
    return result
