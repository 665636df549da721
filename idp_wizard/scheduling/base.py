"""What every OS scheduler backend shares: the environment (all injectable), the job
(what to run, how often) and the result of `status`. No Qt.

The scheduled command is the absolute path of the running interpreter (or the frozen
executable) + `sync --all-clients --scheduled` with the same `--data-dir` (and
`--demo`), so the OS runs exactly this installation against exactly this profile, and
one task covers all its clients.
"""

from __future__ import annotations

import contextlib
import getpass
import locale
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.os_errors import os_reason
from idp_wizard.core.text import invalid_character

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
    """Text in and out as the tool wrote it: no newline translation (a crontab keeps its
    CRLF) and bytes that are not text kept as they were (surrogateescape), so what is
    read and written back is the same, byte for byte."""
    encoding = locale.getpreferredencoding(False)
    data = None if stdin is None else stdin.encode(encoding, "surrogateescape")
    try:
        done = subprocess.run(list(argv), input=data, capture_output=True, timeout=60,
                              check=False)
    except FileNotFoundError:
        return RunResult(127, "", f"{argv[0]}: command not found")
    except subprocess.TimeoutExpired:
        return RunResult(124, "", f"{argv[0]}: did not answer within 60 s")
    return RunResult(done.returncode, done.stdout.decode(encoding, "surrogateescape"),
                     done.stderr.decode(encoding, "surrogateescape"))


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
    lock_dir: Path | None = None  # where the crontab's lock lives; default the user's cache

    @property
    def lock_folder(self) -> Path:
        """Per user, the same for every data folder: two installs of different folders
        must find the same lock (the user's cache folder; tests: a scratch one)."""
        if self.lock_dir is not None:
            return self.lock_dir
        return Path(platformdirs.user_cache_dir("idp-wizard", appauthor=False))

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
    data_dir: str = ""  # the profile's folder as the command names it (whose entry it is)

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
    folder = str(Path(data_dir).absolute())
    windows = env.platform.startswith("win")
    for part in env.executable:
        check_path(part, msg("the program the task starts"), windows)
    check_path(folder, msg("data folder"), windows)
    if log_file is not None:
        check_path(str(log_file.parent), msg("log folder"), windows)
    argv = [*env.executable, "--data-dir", folder]
    if demo:
        argv.append("--demo")
    argv += ["sync", "--all-clients", "--scheduled"]  # one task for every client
    return Job(tuple(argv), interval_minutes, demo, log_file, folder)


_WINDOWS_VARIABLE = re.compile(r"%[^%]+%")


def check_path(path: str, what: Message, windows: bool) -> None:
    """Refuse a path the scheduler would not run as written: a line break in a crontab
    line or a unit file starts another line (another job, another setting), and Task
    Scheduler replaces `%NAME%` with that environment variable's value."""
    bad = invalid_character(path)
    if bad is not None:
        raise SchedulingError(msg(
            "Cannot schedule syncs: {path} ({what}) contains {character}, which a scheduled "
            "task's command cannot hold safely (a line break would start another crontab "
            "line or unit setting). Nothing was changed; choose a path without it.",
            path=repr(path), what=what, character=bad))
    variable = _WINDOWS_VARIABLE.search(path) if windows else None
    if variable is not None:
        raise SchedulingError(msg(
            "Cannot schedule syncs: {path} ({what}) contains {variable}, which Windows "
            "replaces with the value of that environment variable when the task runs, so "
            "the task would run something else. Nothing was changed; choose a path without "
            "a %NAME% pair.", path=path, what=what, variable=variable.group()))


def data_dir_of(argv: Sequence[str]) -> str | None:
    """The data folder a scheduled command names (None: it names none)."""
    for i, arg in enumerate(argv):
        if arg == "--data-dir" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--data-dir="):
            return arg.partition("=")[2]
    return None


def same_folder(a: str, b: str) -> bool:
    def norm(path: str) -> str:
        return os.path.normcase(os.path.realpath(path))
    return norm(a) == norm(b)


@dataclass(frozen=True, slots=True)
class ScheduleStatus:
    installed: bool
    scheduler: str  # "Windows Task Scheduler", "launchd", "systemd", "cron"
    interval_minutes: int | None = None
    location: str = ""  # file or task name
    active: bool | None = None  # loaded/enabled, when the scheduler can tell
    note: str | Message = ""
    # the entry there runs this other data folder's sync (schedulers with one per user)
    other_data_dir: str | None = None
    scheduled_command: str | None = None  # the command as the scheduler holds it

    def to_json(self) -> dict[str, object]:
        return {"installed": self.installed, "scheduler": self.scheduler,
                "interval_minutes": self.interval_minutes, "location": self.location,
                "active": self.active, "note": str(self.note),
                "other_data_dir": self.other_data_dir,
                "scheduled_command": self.scheduled_command}


def write_file(path: Path, data: bytes) -> None:
    """Write a definition whole or not at all (a temporary file renamed over it). The
    temporary file's name is this writer's own: two writers sharing one would rename each
    other's away ("Cannot write ... (it does not exist)")."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise SchedulingError(msg("Cannot write {path} ({reason}).", path=str(path),
                                  reason=os_reason(exc))) from None


def read_text(path: Path) -> str:
    """A definition's text; OSError where it cannot be read (a folder, no permission)."""
    return path.read_bytes().decode("utf-8", "replace")


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
