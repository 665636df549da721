"""Two `schedule install` runs for different data folders at the same moment, with the
schedulers that hold one entry per user (systemd, launchd, Task Scheduler). Each checks
whether another folder's entry is there, then writes its own. A fake holds every install
between the check and the write until the other install gets there too (at most PAUSE
seconds: an install holding the lock waits there alone). Without the per-user lock both
pass the check and the last writer replaces the other folder's entry while both say it
worked; with it the second one waits, finds the first one's entry and is refused (it
needs --replace), as one after the other."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from idp_wizard.core.messages import Message
from idp_wizard.scheduling import (
    SchedulingError,
    job_for,
    lock,
    macos,
    scheduler_for,
    systemd,
    windows,
)
from idp_wizard.scheduling.base import Job, RunResult, ScheduleEnv

from .fakes import FakeRunner, Schtasks, env, lock_held_elsewhere
from .test_per_folder import ONE_PER_USER, where

PAUSE = 2.0


class Pause:
    """Called right before an install writes: waits for the other install to arrive."""

    def __init__(self) -> None:
        self.barrier = threading.Barrier(2, timeout=PAUSE)
        self.count = 0

    def __call__(self) -> None:
        self.count += 1
        with contextlib.suppress(threading.BrokenBarrierError):
            self.barrier.wait()


def racing_env(tmp: Path, platform: str, pause: Pause,
               monkeypatch: pytest.MonkeyPatch) -> ScheduleEnv:
    """The platform's fakes with `pause` between the check and the write."""
    if platform == "linux":  # the check reads the unit files; the write replaces them
        original = systemd.write_file

        def write_file(path: Path, data: bytes) -> None:
            if path.suffix == ".service":  # the first of the two files
                pause()
            original(path, data)
        monkeypatch.setattr(systemd, "write_file", write_file)
    # launchd: the check reads the plist, `launchctl bootout` comes before the write;
    # Task Scheduler: the check is `schtasks /Query`, the write `schtasks /Create`
    step = {"darwin": "launchctl bootout", "win32": "schtasks /Create"}.get(platform)

    def paused(argv: list[str], _stdin: str | None) -> RunResult | None:
        if step is not None and " ".join(argv).startswith(step):
            pause()
        return None
    return env(tmp, platform, FakeRunner(paused, Schtasks()), lock_dir=tmp / "locks")


def no_lock(_env: ScheduleEnv, _what: Message,
            wait: float = 0) -> contextlib.AbstractContextManager[None]:
    return contextlib.nullcontext()


def install_both(e: ScheduleEnv, jobs: list[Job]) -> dict[str, str]:
    """Both installs at once, in threads: each folder's outcome, "ok" where install
    returned (`schedule install` then says it scheduled the sync, exit 0), else the
    error."""
    sched = scheduler_for(e)
    outcome: dict[str, str] = {}

    def install(job: Job) -> None:
        try:
            sched.install(job)
            outcome[job.data_dir] = "ok"
        except SchedulingError as exc:
            outcome[job.data_dir] = str(exc)

    threads = [threading.Thread(target=install, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return outcome


def refused(tmp: Path, platform: str, winner: str) -> str:
    return (f"{where(tmp, platform)} already holds the scheduled sync of another data "
            f"folder, {winner}, and {ONE_PER_USER[platform]} keeps one per user; nothing was "
            f"changed. Remove it there (idp-wizard --data-dir {winner} schedule remove), or "
            "replace it with this folder's: idp-wizard schedule install --replace")


@pytest.fixture(params=["linux", "darwin", "win32"])
def platform(request: pytest.FixtureRequest) -> Iterator[str]:
    yield request.param


def test_the_second_install_at_once_is_refused(
    tmp_path: Path, platform: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    pause = Pause()
    e = racing_env(tmp_path, platform, pause, monkeypatch)
    a, b = str(tmp_path / "A"), str(tmp_path / "B")
    jobs = [job_for(e, Path(a), False, 30), job_for(e, Path(b), False, 60)]
    outcome = install_both(e, jobs)
    winner = a if outcome[a] == "ok" else b
    loser = b if winner == a else a
    assert outcome == {winner: "ok", loser: refused(tmp_path, platform, winner)}
    assert pause.count == 1  # the refused one never came near the write
    sched = scheduler_for(e)
    by_folder = {job.data_dir: job for job in jobs}
    assert (sched.status(by_folder[winner]).installed,
            sched.status(by_folder[loser]).other_data_dir) == (True, winner)
    assert (tmp_path / "locks" / "schedule.lock").exists() is True


def test_without_the_lock_one_folders_entry_is_lost(
    tmp_path: Path, platform: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the lock prevents, shown with the same fakes: the pause really lets both
    installs past the check, so the test above can fail."""
    for module in (systemd, macos, windows):
        monkeypatch.setattr(module, "schedule_lock", no_lock)
    pause = Pause()
    e = racing_env(tmp_path, platform, pause, monkeypatch)
    a, b = str(tmp_path / "A"), str(tmp_path / "B")
    jobs = [job_for(e, Path(a), False, 30), job_for(e, Path(b), False, 60)]
    assert install_both(e, jobs) == {a: "ok", b: "ok"}  # both say it worked
    assert pause.count == 2
    sched = scheduler_for(e)
    installed = sorted(sched.status(job).installed for job in jobs)
    assert installed == [False, True]  # one folder's schedule silently replaced




def test_a_held_lock_refuses_a_systemd_install_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lock, "LOCK_WAIT", 0.2)
    e = env(tmp_path, "linux", FakeRunner(), lock_dir=tmp_path / "locks")
    with lock_held_elsewhere(tmp_path / "locks" / lock.LOCK_NAME), \
            pytest.raises(SchedulingError) as caught:
        scheduler_for(e).install(job_for(e, tmp_path / "A", False, 30))
    assert str(caught.value) == (
        "Another IdP Wizard is changing the systemd user timer right now (it holds "
        f"{tmp_path / 'locks' / 'schedule.lock'}); nothing was changed. Try again when it "
        "has finished.")
    assert (tmp_path / "home dir" / ".config" / "systemd").exists() is False
