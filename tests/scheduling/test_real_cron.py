"""On Linux, install/remove REALLY change the user's crontab (cron is the path where no
systemd user manager runs, as in CI containers). crontab is per user, not per HOME, so
the fixture saves the user's crontab first and restores it afterwards."""

from __future__ import annotations

import json
import shutil
import subprocess
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

pytestmark = pytest.mark.skipif(
    sys.platform != "linux" or shutil.which("crontab") is None,
    reason="needs Linux with cron's crontab (apt-get install cron)")
OTHER_LINE = "# a line of the user's own that must survive"


def _crontab() -> str | None:
    done = subprocess.run(["crontab", "-l"], capture_output=True, text=True, check=False)
    return done.stdout if done.returncode == 0 else None


@pytest.fixture
def real_crontab() -> Iterator[None]:
    saved = _crontab()
    subprocess.run(["crontab", "-"], input=(saved or "") + OTHER_LINE + "\n", text=True,
                   check=True)
    try:
        yield
    finally:
        if saved is None:
            subprocess.run(["crontab", "-r"], capture_output=True, check=False)
        else:
            subprocess.run(["crontab", "-"], input=saved, text=True, check=True)


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


def test_install_runs_and_remove_with_real_crontab(real_crontab: None, tmp_path: Path) -> None:
    data = tmp_path / "data with space"
    _connected_demo(data)
    sched = CronScheduler(ScheduleEnv(run=subprocess_runner))
    job = job_for(sched.env, data, True, 10)
    assert sched.install(job).installed
    table = _crontab() or ""
    ours = [line for line in table.splitlines() if "idp-wizard-demo-sync" in line]
    assert len(ours) == 1 and OTHER_LINE in table
    assert ours[0].startswith(f"*/10 * * * * {sys.executable} -m idp_wizard --data-dir ")

    # What cron would run: the command part, through /bin/sh
    command = ours[0][len("*/10 * * * * "):ours[0].index(" >/dev/null")].replace("\\%", "%")
    done = subprocess.run(["/bin/sh", "-c", command], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    app = open_app(ProfilePaths(data, demo=True))
    try:
        last = list_runs(app.store)[0]
        assert (last.trigger, str(last.status)) == ("schedule", "succeeded")
    finally:
        app.close()

    assert sched.remove(job)
    table = _crontab() or ""
    assert "idp-wizard-demo-sync" not in table and OTHER_LINE in table
    assert not sched.remove(job)


def test_cli_schedule_install_status_remove(
    real_crontab: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: ScheduleEnv(run=no_systemd))
    data = tmp_path / "d"
    _connected_demo(data)
    base = ["--data-dir", str(data), "--demo", "schedule"]
    assert main([*base, "install", "--interval", "15"]) == 0
    out = capsys.readouterr().out
    assert "every 15 minutes with cron" in out
    assert "idp-wizard-demo-sync interval=15" in (_crontab() or "")

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
    assert "idp-wizard-demo-sync" not in (_crontab() or "")
    assert main([*base, "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["installed"] is False
    app = open_app(ProfilePaths(data, demo=True))
    try:
        actions = {a["action"] for a in app.store.audit_log()}
    finally:
        app.close()
    assert {"schedule.install", "schedule.remove"} <= actions
