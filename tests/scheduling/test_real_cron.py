"""The cron backend end to end, with a scratch crontab: install writes the line, cron's
/bin/sh runs it in cron's bare environment, remove takes it out again. The machine's
real crontab is never touched (checked before and after when a crontab exists)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from idp_wizard import cli_schedule
from idp_wizard.cli import main
from idp_wizard.compose import open_app
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import list_runs
from idp_wizard.paths import ProfilePaths
from idp_wizard.scheduling import RunResult, ScheduleEnv, job_for
from idp_wizard.scheduling.base import subprocess_runner
from idp_wizard.scheduling.cron import CronScheduler
from tests.flows import connect

from .cron_env import cron_command, real_crontab, run_like_cron, scratch_crontab

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="cron and /bin/sh: Linux")
OTHER_LINE = "# a line of the user's own that must survive"


@pytest.fixture(autouse=True)
def real_crontab_untouched() -> Iterator[None]:
    before = real_crontab()
    yield
    assert real_crontab() == before


@pytest.fixture
def table(tmp_path: Path) -> Path:
    path = tmp_path / "crontab"
    path.write_text(OTHER_LINE + "\n", encoding="utf-8")
    return path


def no_systemd(argv: Sequence[str], stdin: str | None = None) -> RunResult:
    """The real runner, except that no systemd user manager answers (forces cron)."""
    if argv[0] == "systemctl":
        return RunResult(1, "", "Failed to connect to bus")
    return subprocess_runner(argv, stdin)


def _connected_demo(data: Path) -> None:
    app = open_app(ProfilePaths(data, demo=True), demo_size=300)
    try:
        connect(app, ProviderName.ENTRA)
        app.sync_service().run(trigger="connect")
    finally:
        app.close()


def test_install_runs_like_cron_and_remove(table: Path, tmp_path: Path) -> None:
    data = tmp_path / "data with space"
    _connected_demo(data)
    sched = CronScheduler(ScheduleEnv(run=subprocess_runner, crontab=scratch_crontab(table)))
    job = job_for(sched.env, data, True, 10)
    assert sched.install(job).installed
    lines = table.read_text(encoding="utf-8").splitlines()
    ours = [line for line in lines if "idp-wizard-demo-sync" in line]
    assert len(ours) == 1 and lines[0] == OTHER_LINE
    assert ours[0].startswith("*/10 * * * * [ -S /run/user/")

    done = run_like_cron(cron_command(ours[0]), tmp_path)
    assert done.returncode == 0, done.stderr
    app = open_app(ProfilePaths(data, demo=True))
    try:
        last = list_runs(app.store)[0]
        assert (last.trigger, str(last.status)) == ("schedule", "succeeded")
    finally:
        app.close()

    assert sched.remove(job)
    assert table.read_text(encoding="utf-8") == OTHER_LINE + "\n"
    assert not sched.remove(job)


def test_cli_schedule_install_status_remove(
    table: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: ScheduleEnv(
        run=no_systemd, crontab=scratch_crontab(table)))
    data = tmp_path / "d"
    _connected_demo(data)
    base = ["--data-dir", str(data), "--demo", "schedule"]
    assert main([*base, "install", "--interval", "15"]) == 0
    out = capsys.readouterr().out
    assert "every 15 minutes with cron" in out
    assert "idp-wizard-demo-sync interval=15" in table.read_text(encoding="utf-8")

    assert main([*base, "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["installed"] and status["interval_minutes"] == 15
    assert status["scheduler"] == "cron"
    assert status["command"][-3:] == ["sync", "--all-clients", "--scheduled"]
    assert status["last_sync"]["status"] == "succeeded"
    assert main([*base, "status"]) == 0
    assert "installed, every 15 minutes (cron" in capsys.readouterr().out

    assert main([*base, "install", "--interval", "3"]) == 2  # usage error
    assert "between 5 and 1440" in capsys.readouterr().err
    assert main([*base, "remove"]) == 0
    assert "Removed" in capsys.readouterr().out
    assert table.read_text(encoding="utf-8") == OTHER_LINE + "\n"
    assert main([*base, "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["installed"] is False
    app = open_app(ProfilePaths(data, demo=True))
    try:
        actions = {a["action"] for a in app.store.audit_log()}
    finally:
        app.close()
    assert {"schedule.install", "schedule.remove"} <= actions
