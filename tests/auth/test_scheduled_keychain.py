"""Scheduled syncs and the keychain (issue 12, item 12): a run started the way cron
starts it reads its tokens from the real Secret Service through the user's session
bus; without a session bus the run says exactly that the keychain cannot be reached
(not "needs reauthorization") and the connection stays as it was.

The Secret Service test runs inside `dbus-run-session` with an unlocked gnome-keyring
(.ci/run does that); the other needs only Linux. No real crontab is touched."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from idp_wizard.app import App
from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import list_runs
from idp_wizard.scheduling import ScheduleEnv, job_for
from idp_wizard.scheduling.base import subprocess_runner
from idp_wizard.scheduling.cron import CronScheduler
from tests.flows import connect
from tests.scheduling.cron_env import cron_command, run_like_cron, scratch_crontab

from .conftest import ENTRA, Fakes
from .test_keychain import secret_service

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="cron and the Secret Service: Linux")
CHILD = Path(__file__).with_name("scheduled_child.py")


def install_like_cron(fakes: Fakes, app: App, tmp_path: Path, bus: Path) -> str:
    """Install the scheduled sync with cron (scratch crontab); its command line runs
    scheduled_child.py, which hands the arguments to the real CLI."""
    tokens = tmp_path / "graph-tokens.json"
    graph = fakes.backend.graph
    tokens.write_text(json.dumps([[t, graph.token_users[t], sorted(graph.token_scopes[t])]
                                  for t in fakes.entra.minted.access_tokens]),
                      encoding="utf-8")
    env = ScheduleEnv(run=subprocess_runner, crontab=scratch_crontab(tmp_path / "crontab"),
                      executable=(sys.executable, str(CHILD), str(tokens)), session_bus=bus)
    sched = CronScheduler(env)
    assert sched.install(job_for(env, app.paths.data_dir, False, 15)).installed
    line = (tmp_path / "crontab").read_text(encoding="utf-8").splitlines()[-1]
    return cron_command(line)


def test_without_a_session_bus_the_run_says_the_keychain_cannot_be_reached(
        fakes: Fakes, tmp_path: Path) -> None:
    app = fakes.app()  # tokens in the test keyring: the cron-started run cannot see them
    connect(app, ProviderName.ENTRA, ENTRA)
    assert app.sync_service().run().status == "succeeded"
    command = install_like_cron(fakes, app, tmp_path, tmp_path / "no-session" / "bus")
    done = run_like_cron(command, tmp_path)
    assert done.returncode == 1
    # The scheduled command syncs every client and reports each under its name.
    assert "Sync failed: The keychain cannot be reached: this process has no D-Bus " \
        "session" in done.stdout, (done.stdout, done.stderr)
    run = list_runs(app.store)[0]
    assert (run.trigger, str(run.status)) == ("schedule", "failed")
    assert run.error.startswith("The keychain cannot be reached")
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.CONNECTED  # not "reauthorize"
    app.disconnect()


@pytest.mark.keychain
def test_a_cron_started_sync_reads_its_tokens_from_the_secret_service(
        fakes: Fakes, tmp_path: Path) -> None:
    backend = secret_service()
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if not address.startswith("unix:path="):
        pytest.skip(f"the session bus is no socket file ({address!r})")
    bus = Path(address.removeprefix("unix:path=").split(",")[0])
    app = fakes.app(keyring_backend=backend)
    connect(app, ProviderName.ENTRA, ENTRA)
    try:
        command = install_like_cron(fakes, app, tmp_path, bus)
        done = run_like_cron(command, tmp_path)  # env -i: no D-Bus address of its own
        assert done.returncode == 0, done.stderr
        run = list_runs(app.store)[0]
        assert (run.trigger, str(run.status)) == ("schedule", "succeeded")
    finally:
        app.disconnect()
