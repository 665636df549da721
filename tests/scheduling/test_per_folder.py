"""Each data folder (profile) of one user has its own scheduled sync. cron holds one
line per folder; systemd, launchd and Task Scheduler hold one entry per user under a
fixed name: another folder sees it as another folder's, never as its own, and neither
replaces nor removes it unasked."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from idp_wizard import cli_schedule
from idp_wizard.cli import main
from idp_wizard.scheduling import SchedulingError, job_for, scheduler_for
from idp_wizard.scheduling.base import subprocess_runner
from idp_wizard.scheduling.cron import CronScheduler, cron_line

from .cron_env import scratch_crontab
from .fakes import FakeRunner, Schtasks, env, snapshot

ONE_PER_USER = {"linux": "systemd", "darwin": "launchd", "win32": "Windows Task Scheduler"}


def where(tmp: Path, platform: str) -> str:
    home = tmp / "home dir"
    return {"linux": str(home / ".config" / "systemd" / "user" / "idp-wizard-sync.timer"),
            "darwin": str(home / "Library" / "LaunchAgents" / "com.idpwizard.sync.plist"),
            "win32": "IdP Wizard sync (alice)"}[platform]


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_another_folders_entry_is_not_ours_and_stays(tmp_path: Path, platform: str) -> None:
    tasks = Schtasks()
    e = env(tmp_path, platform, FakeRunner(tasks))
    sched = scheduler_for(e)
    a, b = tmp_path / "A", tmp_path / "B"
    job_a, job_b = job_for(e, a, False, 30), job_for(e, b, False, 60)
    sched.install(job_a)
    before = snapshot(tmp_path, tasks)
    name, location = ONE_PER_USER[platform], where(tmp_path, platform)

    status = sched.status(job_b)
    assert (status.installed, status.other_data_dir, status.interval_minutes) == (
        False, str(a), 30)
    assert str(status.note) == (
        f"{location} holds the scheduled sync of another data folder, {a}, and {name} keeps "
        f"one per user. Remove it there (idp-wizard --data-dir {a} schedule remove), or "
        "replace it with this folder's (idp-wizard schedule install --replace)")
    with pytest.raises(SchedulingError) as caught:
        sched.install(job_b)
    assert str(caught.value) == (
        f"{location} already holds the scheduled sync of another data folder, {a}, and "
        f"{name} keeps one per user; nothing was changed. Remove it there (idp-wizard "
        f"--data-dir {a} schedule remove), or replace it with this folder's: idp-wizard "
        "schedule install --replace")
    assert sched.remove(job_b) is False
    assert snapshot(tmp_path, tasks) == before
    assert sched.status(job_a).installed is True

    sched.install(job_b, replace=True)
    assert (sched.status(job_b).installed, sched.status(job_a).other_data_dir) == (True, str(b))
    assert sched.remove(job_b) is True and sched.status(job_a).installed is False
    sched.install(job_a)
    demo_b = job_for(e, b, True, 30)  # the demo profile's entry has its own name
    assert (sched.install(demo_b).installed, sched.status(job_a).installed) == (True, True)


@pytest.mark.skipif(sys.platform != "linux", reason="the scratch crontab runs on Linux")
def test_cron_keeps_one_line_per_data_folder(tmp_path: Path) -> None:
    table = tmp_path / "crontab"
    table.write_bytes(b"MAILTO=admin@example.org\n# mine\n")
    e = env(tmp_path, "linux", FakeRunner(lambda a, s: subprocess_runner(a, s)),
            crontab=scratch_crontab(table), session_bus=tmp_path / "bus")
    sched = CronScheduler(e)
    job_a = job_for(e, tmp_path / "A", False, 30)
    job_b = job_for(e, tmp_path / "B", False, 60)
    line_a, line_b = cron_line(job_a, e.bus_socket), cron_line(job_b, e.bus_socket)

    sched.install(job_a)
    sched.install(job_b)  # B's own line: A's stays
    assert table.read_bytes().decode() == (
        f"MAILTO=admin@example.org\n# mine\n{line_a}\n{line_b}\n")
    assert (sched.status(job_a).interval_minutes, sched.status(job_b).interval_minutes) == (
        30, 60)
    sched.install(job_for(e, tmp_path / "A", False, 10))  # A's line, in its place
    line_a10 = cron_line(job_for(e, tmp_path / "A", False, 10), e.bus_socket)
    assert table.read_bytes().decode() == (
        f"MAILTO=admin@example.org\n# mine\n{line_a10}\n{line_b}\n")
    assert sched.remove(job_b) is True
    assert table.read_bytes().decode() == f"MAILTO=admin@example.org\n# mine\n{line_a10}\n"
    assert sched.remove(job_b) is False
    assert sched.status(job_b).installed is False
    assert sched.status(job_a).installed is True


def test_cli_says_whose_entry_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    runner = FakeRunner()
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: env(tmp_path, "linux", runner))
    a, b = tmp_path / "A", tmp_path / "B"
    a.mkdir(), b.mkdir()
    assert main(["--data-dir", str(a), "schedule", "install", "--interval", "30"]) == 0
    capsys.readouterr()
    timer = where(tmp_path, "linux")
    note = (f"{timer} holds the scheduled sync of another data folder, {a}, and systemd keeps "
            f"one per user. Remove it there (idp-wizard --data-dir {a} schedule remove), or "
            f"replace it with this folder's (idp-wizard --data-dir {b} schedule install "
            "--replace)")

    assert main(["--data-dir", str(b), "schedule", "status"]) == 0
    assert capsys.readouterr().out.splitlines()[:2] == [
        "Scheduled sync: not installed for this data folder (systemd).",
        f"Note:           {note}"]
    assert main(["--data-dir", str(b), "schedule", "remove"]) == 0
    assert capsys.readouterr().out == (
        f"No scheduled sync of this data folder was installed (systemd); {note}.\n")
    assert main(["--data-dir", str(b), "schedule", "install"]) == 1
    assert capsys.readouterr().err == (
        f"idp-wizard: error: {timer} already holds the scheduled sync of another data "
        f"folder, {a}, and systemd keeps one per user; nothing was changed. Remove it there "
        f"(idp-wizard --data-dir {a} schedule remove), or replace it with this folder's: "
        f"idp-wizard --data-dir {b} schedule install --replace\n")
    assert main(["--data-dir", str(b), "schedule", "install", "--replace"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        f"Scheduled a sync of every client every 40 minutes with systemd ({timer}).")
    assert f'"--data-dir" "{b}"' in Path(timer).with_suffix(".service").read_text()
