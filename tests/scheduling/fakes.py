"""A fake command runner for the scheduler backends: records argv, answers by rule."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock

from idp_wizard.scheduling import RunResult, ScheduleEnv

Rule = Callable[[list[str], str | None], RunResult | None]


class FakeRunner:
    def __init__(self, *rules: Rule) -> None:
        self.calls: list[tuple[list[str], str | None]] = []
        self.rules = list(rules)
        self.files: dict[str, bytes] = {}  # files named on a command line, read at call time

    def __call__(self, argv: Sequence[str], stdin: str | None = None) -> RunResult:
        args = list(argv)
        self.calls.append((args, stdin))
        for arg in args:
            if arg.endswith((".xml", ".plist")) and Path(arg).exists():
                self.files[arg] = Path(arg).read_bytes()
        for rule in self.rules:
            result = rule(args, stdin)
            if result is not None:
                return result
        return RunResult(0)

    def commands(self) -> list[str]:
        return [" ".join(a) for a, _ in self.calls]


def fails_for(prefix: str, code: int = 1, stderr: str = "") -> Rule:
    def rule(argv: list[str], _stdin: str | None) -> RunResult | None:
        return RunResult(code, "", stderr) if " ".join(argv).startswith(prefix) else None
    return rule


EXE = ("/opt/IdP Wizard/bin/python3", "-m", "idp_wizard")


def env(tmp: Path, platform: str, runner: FakeRunner, **kw: object) -> ScheduleEnv:
    kw.setdefault("executable", EXE)
    return ScheduleEnv(platform=platform, home=tmp / "home dir", run=runner, uid=501,
                       config_home=tmp / "home dir" / ".config", user="alice", **kw)  # type: ignore[arg-type]


class Schtasks:
    """Task Scheduler as schtasks shows it: each registered task's XML by name."""

    def __init__(self) -> None:
        self.tasks: dict[str, str] = {}

    def __call__(self, argv: list[str], _stdin: str | None) -> RunResult | None:
        if argv[0] != "schtasks":
            return None
        name = argv[argv.index("/TN") + 1]
        if argv[1] == "/Create":
            self.tasks[name] = Path(argv[argv.index("/XML") + 1]).read_bytes().decode("utf-16")
        elif name not in self.tasks:
            return RunResult(1, "", "ERROR: The system cannot find the file specified.")
        elif argv[1] == "/Query":
            return RunResult(0, self.tasks[name])
        elif argv[1] == "/Delete":
            del self.tasks[name]
        return None


def snapshot(root: Path, schtasks: Schtasks | None = None) -> dict[str, bytes]:
    """Every file under `root` (unit files, plists, a scratch crontab) and every
    registered task: what a backend may have written, to compare before and after."""
    files = {str(p): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
    if schtasks is not None:
        files |= {f"task:{name}": xml.encode() for name, xml in schtasks.tasks.items()}
    return files


@contextmanager
def lock_held_elsewhere(lock_file: Path) -> Iterator[None]:
    """`lock_file` held by another thread through its own open of the file, as another
    process's install holds it, until the block ends."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    held, release = threading.Event(), threading.Event()

    def other_install() -> None:
        with FileLock(lock_file):
            held.set()
            release.wait(10)

    t = threading.Thread(target=other_install)
    t.start()
    try:
        assert held.wait(10) is True
        yield
    finally:
        release.set()
        t.join()
