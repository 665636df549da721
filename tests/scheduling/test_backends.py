"""Install/remove/status of each backend with a fake command runner; the facade."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from idp_wizard import cli_schedule
from idp_wizard.cli import main
from idp_wizard.scheduling import RunResult, SchedulingError, job_for, scheduler_for
from idp_wizard.scheduling.cron import CronScheduler
from idp_wizard.scheduling.macos import LaunchAgentScheduler
from idp_wizard.scheduling.systemd import SystemdScheduler
from idp_wizard.scheduling.windows import WindowsScheduler

from .fakes import FakeRunner, env, fails_for

DATA = Path("/data/My Profile")


def test_facade_chooses_by_platform(tmp_path: Path) -> None:
    runner = FakeRunner()
    assert isinstance(scheduler_for(env(tmp_path, "win32", runner)), WindowsScheduler)
    assert isinstance(scheduler_for(env(tmp_path, "darwin", runner)), LaunchAgentScheduler)
    assert isinstance(scheduler_for(env(tmp_path, "linux", runner)), SystemdScheduler)
    no_systemd = FakeRunner(fails_for("systemctl", 1, "Failed to connect to bus"))
    assert isinstance(scheduler_for(env(tmp_path, "linux", no_systemd)), CronScheduler)
    nothing = FakeRunner(fails_for("systemctl", 1), fails_for("crontab", 127))
    with pytest.raises(SchedulingError, match="Install cron"):
        scheduler_for(env(tmp_path, "linux", nothing))


def test_systemd_install_status_remove(tmp_path: Path) -> None:
    runner = FakeRunner()
    e = env(tmp_path, "linux", runner)
    job = job_for(e, DATA, False, 25)
    sched = SystemdScheduler(e)
    assert not sched.status(job).installed
    status = sched.install(job)
    unit_dir = tmp_path / "home dir" / ".config" / "systemd" / "user"
    assert (unit_dir / "idp-wizard-sync.service").exists()
    assert "OnUnitActiveSec=25min" in (unit_dir / "idp-wizard-sync.timer").read_text()
    assert status.installed and status.interval_minutes == 25 and status.active
    assert runner.commands()[:3] == [
        "systemctl --user daemon-reload",
        "systemctl --user enable --now idp-wizard-sync.timer",
        "systemctl --user restart idp-wizard-sync.timer"]
    runner.calls.clear()
    assert sched.remove(job)
    assert not any(unit_dir.iterdir())
    assert runner.commands() == ["systemctl --user disable --now idp-wizard-sync.timer",
                                 "systemctl --user daemon-reload"]
    assert not sched.remove(job) and not sched.status(job).installed


def test_systemd_failure_is_reported(tmp_path: Path) -> None:
    runner = FakeRunner(fails_for("systemctl --user enable", 1, "Unit not found."))
    e = env(tmp_path, "linux", runner)
    with pytest.raises(SchedulingError, match=r"enable --now .*Unit not found"):
        SystemdScheduler(e).install(job_for(e, DATA, True, 40))


def test_launch_agent(tmp_path: Path) -> None:
    runner = FakeRunner()
    e = env(tmp_path, "darwin", runner)
    job = job_for(e, DATA, True, 30)
    sched = LaunchAgentScheduler(e)
    status = sched.install(job)
    path = tmp_path / "home dir" / "Library" / "LaunchAgents" / "com.idpwizard.sync.demo.plist"
    assert status.installed and status.location == str(path) and status.interval_minutes == 30
    assert plistlib.loads(path.read_bytes())["ProgramArguments"][-5:] == [
        str(DATA), "--demo", "sync", "--all-clients", "--scheduled"]
    assert f"launchctl bootstrap gui/501 {path}" in runner.commands()
    assert sched.remove(job) and not path.exists()
    assert runner.commands()[-1] == "launchctl bootout gui/501/com.idpwizard.sync.demo"


def test_windows_schtasks(tmp_path: Path) -> None:
    registered: dict[str, str] = {}

    def schtasks(argv: list[str], _stdin: str | None) -> RunResult | None:
        if argv[:2] == ["schtasks", "/Create"]:
            xml = Path(argv[argv.index("/XML") + 1]).read_bytes()
            assert xml.startswith(b"\xff\xfe")  # UTF-16 with BOM, as schtasks expects
            registered[argv[argv.index("/TN") + 1]] = xml.decode("utf-16")
        elif argv[:2] == ["schtasks", "/Query"]:
            name = argv[argv.index("/TN") + 1]
            if name not in registered:
                return RunResult(1, "", "ERROR: The system cannot find the file specified.")
            return RunResult(0, registered[name])
        elif argv[:2] == ["schtasks", "/Delete"]:
            registered.pop(argv[argv.index("/TN") + 1])
        return None

    runner = FakeRunner(schtasks)
    e = env(tmp_path, "win32", runner)
    job = job_for(e, DATA, False, 45)
    sched = WindowsScheduler(e)
    assert not sched.status(job).installed
    status = sched.install(job)
    assert status.installed and status.interval_minutes == 45
    assert status.location == "IdP Wizard sync (alice)"
    create = next(a for a, _ in runner.calls if a[:2] == ["schtasks", "/Create"])
    assert create[-3:] == ["/TN", "IdP Wizard sync (alice)", "/F"] and "/RU" not in create
    assert sched.remove(job) and not registered
    assert not sched.remove(job)


def test_cron_with_fake_crontab(tmp_path: Path) -> None:
    table = {"text": "MAILTO=me\n0 3 * * * backup.sh\n"}

    def crontab(argv: list[str], stdin: str | None) -> RunResult | None:
        if argv == ["crontab", "-l"]:
            return (RunResult(0, table["text"]) if table["text"] is not None
                    else RunResult(1, "", "no crontab for alice"))
        if argv == ["crontab", "-"]:
            table["text"] = stdin or ""
        return None

    e = env(tmp_path, "linux", FakeRunner(crontab))
    sched, job = CronScheduler(e), job_for(e, DATA, False, 40)
    status = sched.install(job)  # what cron really does: every 30 minutes
    assert status.installed and status.interval_minutes == 30
    assert "every 30 minutes" in str(status.note)
    sched.install(job_for(e, DATA, False, 10))  # replaces, never duplicates
    lines = table["text"].splitlines()
    assert lines[:2] == ["MAILTO=me", "0 3 * * * backup.sh"] and len(lines) == 3
    assert lines[2].startswith("*/10 ")
    assert sched.remove(job) and table["text"] == "MAILTO=me\n0 3 * * * backup.sh\n"
    assert not sched.remove(job)


def test_a_unit_folder_that_cannot_be_written_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    runner = FakeRunner()
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: env(tmp_path, "linux", runner))
    blocker = tmp_path / "home dir" / ".config" / "systemd"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where a folder belongs")
    (tmp_path / "data").mkdir()
    assert main(["--data-dir", str(tmp_path / "data"), "schedule", "install"]) == 1
    service = blocker / "user" / "idp-wizard-sync.service"
    assert capsys.readouterr().err == (
        f"idp-wizard: error: Cannot write {service} (a part of the path is a file, not a "
        "folder).\n")
    assert runner.commands() == ["systemctl --user show-environment"]  # no daemon-reload
