"""`schedule status` after the entry was edited by hand reports what is there now (its
interval, whether it runs at all, the command it runs), not what install once wrote."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

import pytest

from idp_wizard import cli_schedule
from idp_wizard.cli import main
from idp_wizard.scheduling import RunResult, job_for
from idp_wizard.scheduling.base import subprocess_runner
from idp_wizard.scheduling.cron import CronScheduler
from idp_wizard.scheduling.macos import LaunchAgentScheduler
from idp_wizard.scheduling.systemd import SystemdScheduler
from idp_wizard.scheduling.windows import WindowsScheduler

from .cron_env import scratch_crontab
from .fakes import FakeRunner, Schtasks, env

LINUX = pytest.mark.skipif(sys.platform != "linux", reason="scratch crontab: Linux")
CHANGED = ("its command is not the one this installation writes, so it runs {command}; "
           "idp-wizard schedule install writes it again")


def cron(tmp: Path) -> tuple[CronScheduler, Path]:
    table = tmp / "crontab"
    e = env(tmp, "linux", FakeRunner(lambda a, s: subprocess_runner(a, s)),
            crontab=scratch_crontab(table), session_bus=tmp / "bus")
    return CronScheduler(e), table


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


NO_BUS = ("no session bus listens at {bus} now, so a run started while you are logged out "
          "cannot read the sign-in from the keychain (a systemd user timer is better)")


@LINUX
@pytest.mark.parametrize(("fields", "minutes", "note"), [
    ("0 */2 * * *", 120, ""), ("*/5 * * * *", 5, ""), ("17 * * * *", 60, ""),
    ("@daily", 1440, ""), ("* * * * *", 1, ""),
    ("@reboot", None, "its schedule has no single interval IdP Wizard can tell (@reboot); "),
    ("0 9 * * 1-5", None,
     "its schedule has no single interval IdP Wizard can tell (0 9 * * 1-5); "),
])
def test_cron_interval_is_read_from_the_line(
    tmp_path: Path, fields: str, minutes: int | None, note: str,
) -> None:
    sched, table = cron(tmp_path)
    job = job_for(sched.env, tmp_path / "data", False, 30)
    sched.install(job)
    edit(table, "*/30 * * * *", fields)
    status = sched.status(job)
    assert (status.installed, status.interval_minutes, status.active) == (True, minutes, True)
    assert str(status.note) == note + NO_BUS.format(bus=tmp_path / "bus")


@LINUX
def test_cron_commented_out_or_changed_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    sched, table = cron(tmp_path)
    job = job_for(sched.env, tmp_path / "data", False, 30)
    sched.install(job)
    line = table.read_text(encoding="utf-8")
    table.write_text("#" + line, encoding="utf-8")
    status = sched.status(job)
    assert (status.installed, status.active, str(status.note)) == (
        True, False, "the line is commented out, so cron does not run it")

    table.write_text(line.replace(" sync --all-clients", " sync --dry-run --all-clients"),
                     encoding="utf-8")
    status = sched.status(job)
    command = line.split(" ", 5)[5].split(" # idp-wizard")[0].replace(
        " sync --all-clients", " sync --dry-run --all-clients")
    assert str(status.note) == (CHANGED.format(command=command) + "; "
                                + NO_BUS.format(bus=tmp_path / "bus"))
    assert status.scheduled_command == command

    table.write_text(line.replace("interval=30", "interval=0"), encoding="utf-8")
    assert sched.status(job).interval_minutes == 30  # the marker's number is only a note

    table.write_text(line.replace("*/30 * * * *", "@reboot"), encoding="utf-8")
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: sched.env)
    (tmp_path / "data").mkdir()
    assert main(["--data-dir", str(tmp_path / "data"), "schedule", "status"]) == 0
    assert capsys.readouterr().out.splitlines()[:2] == [
        "Scheduled sync: installed, interval unknown (cron: crontab)",
        "Note:           its schedule has no single interval IdP Wizard can tell (@reboot); "
        + NO_BUS.format(bus=tmp_path / "bus")]


def test_systemd_reads_the_timer_its_drop_ins_and_the_service(tmp_path: Path) -> None:
    stale = {"value": "no\nno\n"}
    runner = FakeRunner(lambda argv, _s: RunResult(0, stale["value"])
                        if "--property=NeedDaemonReload" in argv else None)
    e = env(tmp_path, "linux", runner)
    sched, job = SystemdScheduler(e), job_for(e, tmp_path / "data", False, 30)
    sched.install(job)
    timer = sched.unit_dir / "idp-wizard-sync.timer"
    service = sched.unit_dir / "idp-wizard-sync.service"
    edit(timer, "OnUnitActiveSec=30min", "OnUnitActiveSec=2h")
    assert (sched.status(job).interval_minutes, str(sched.status(job).note)) == (120, "")

    override = sched.unit_dir / "idp-wizard-sync.timer.d" / "override.conf"
    override.parent.mkdir()  # what systemctl --user edit writes
    override.write_text("[Timer]\nOnUnitActiveSec=\nOnUnitActiveSec=1h 30min\n")
    assert sched.status(job).interval_minutes == 90
    override.write_text("[Timer]\nOnUnitActiveSec=\nOnCalendar=Mon 09:00\n")
    status = sched.status(job)
    assert (status.interval_minutes, str(status.note)) == (
        None, "its schedule has no single interval IdP Wizard can tell (OnCalendar=Mon 09:00)")
    override.unlink()

    edit(service, '"sync"', '"sync" "--dry-run"')
    stale["value"] = "yes\nno\n"
    status = sched.status(job)
    exec_start = next(v for v in service.read_text().splitlines()
                      if v.startswith("ExecStart="))[len("ExecStart="):]
    assert status.scheduled_command == exec_start
    assert str(status.note) == (
        CHANGED.format(command=exec_start) + "; its unit files changed since systemd read "
        "them, so it still runs the old definition (systemctl --user daemon-reload reads "
        "them again)")
    assert status.installed is True


def test_launch_agent_reads_the_plist(tmp_path: Path) -> None:
    e = env(tmp_path, "darwin", FakeRunner())
    sched, job = LaunchAgentScheduler(e), job_for(e, tmp_path / "data", False, 30)
    sched.install(job)
    path = sched.path(job)
    data = plistlib.loads(path.read_bytes())
    data |= {"StartInterval": 7200, "Disabled": True}
    data["ProgramArguments"] = [*data["ProgramArguments"], "--dry-run"]
    path.write_bytes(plistlib.dumps(data))
    status = sched.status(job)
    command = " ".join(["'/opt/IdP Wizard/bin/python3'", "-m", "idp_wizard", "--data-dir",
                        str(tmp_path / "data"), "sync", "--all-clients", "--scheduled",
                        "--dry-run"])
    assert (status.installed, status.interval_minutes, status.active) == (True, 120, False)
    assert str(status.note) == (CHANGED.format(command=command)
                                + "; the plist disables it (Disabled)")


def test_windows_task_reads_the_registered_definition(tmp_path: Path) -> None:
    tasks = Schtasks()
    e = env(tmp_path, "win32", FakeRunner(tasks))
    sched, job = WindowsScheduler(e), job_for(e, tmp_path / "data", False, 30)
    sched.install(job)
    name = "IdP Wizard sync (alice)"
    tasks.tasks[name] = (tasks.tasks[name].replace("<Interval>PT30M</Interval>",
                                                   "<Interval>P1D</Interval>")
                         .replace("--scheduled</Arguments>", "--scheduled --full</Arguments>")
                         .replace("<Enabled>true</Enabled>\n  </Settings>",
                                  "<Enabled>false</Enabled>\n  </Settings>"))
    status = sched.status(job)
    # <Command> holds the program unquoted, <Arguments> the rest
    command = (f"/opt/IdP Wizard/bin/python3 -m idp_wizard --data-dir {tmp_path / 'data'} "
               "sync --all-clients --scheduled --full")
    assert (status.installed, status.interval_minutes, status.active) == (True, 1440, False)
    assert str(status.note) == CHANGED.format(command=command) + "; the task is disabled"
