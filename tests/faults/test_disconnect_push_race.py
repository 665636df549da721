"""A disconnect process while another process's sync pushes to the platform (its
directory part applied). A trial found the stopped sync telling the admin "The directory
changes were saved; N platform changes wait and are sent by the next sync", though the
disconnect removes them again and no next sync comes: it says one true sentence now.
Afterwards nothing is left, here or on the (embedded demo) platform.

tests/faults/test_disconnect_race.py races the two without a platform (the read)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from idp_wizard.compose import open_app
from idp_wizard.core.locks import stopped_for_removal, stopped_while_sending
from idp_wizard.core.progress import CancelToken, Progress
from idp_wizard.core.records import ProviderName
from idp_wizard.demo.platform_source import embedded_folder
from idp_wizard.demo.scim_platform import DemoPlatform
from idp_wizard.paths import ProfilePaths
from tests.flows import connect


def _cli(data: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "IDP_WIZARD_DATA_DIR": str(data)}
    return subprocess.Popen([sys.executable, "-m", "idp_wizard", "--demo", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db, timeout=10)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


@pytest.mark.platform
def test_disconnect_while_the_sync_pushes_says_nothing_waits(data_dir: Path) -> None:
    app = open_app(ProfilePaths(data_dir, demo=True), demo_size=2000)  # the CLI's clock
    connect(app, ProviderName.ENTRA)
    client_id, db = app.client_id, app.paths.database
    app.close()
    sync = _cli(data_dir, "sync", "--json")
    deadline = time.monotonic() + 60
    while not _count(db, "SELECT count(*) FROM platform_users WHERE platform_id IS NOT NULL"):
        assert sync.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)
    disconnect = _cli(data_dir, "disconnect", "--yes")  # the first users are on the platform
    _, d_err = disconnect.communicate(timeout=120)
    out, err = sync.communicate(timeout=120)
    assert (disconnect.returncode, d_err) == (0, "")
    said = str(stopped_while_sending())
    assert (sync.returncode, err) == (1, f"idp-wizard: error: {said}\n")
    result = json.loads(out)
    assert (result["status"], result["platform"]["status"]) == ("incomplete", "halted")
    assert result["platform"]["error"] == said
    assert 0 < result["platform"]["created"] < result["added"] == 1880
    for table in ("connections", "synced_users", "platform_users", "directory_state"):
        assert _count(db, f"SELECT count(*) FROM {table}") == 0, table
    assert _count(db, "SELECT count(*) FROM sync_runs WHERE status = 'running' OR "
                      "platform_status = 'sending'") == 0
    with DemoPlatform(embedded_folder(data_dir, client_id)) as platform:
        assert platform.count() == 0  # what the push created, the disconnect removed


@pytest.mark.platform
def test_the_reason_survives_whichever_thread_of_the_push_sees_the_stop(
        data_dir: Path) -> None:
    """The stop seen by the push's calling thread (not a request's): its own generic
    "Cancelled." once hid the reason, and the sync promised a next sync again."""
    app = open_app(ProfilePaths(data_dir, demo=True), demo_size=300)
    try:
        connect(app, ProviderName.GOOGLE)
        cancel = CancelToken()

        def stop_midway(p: Progress) -> None:
            if p.phase == "platform" and p.done == 100:  # on the push's calling thread
                cancel.cancel(stopped_for_removal())

        outcome = app.sync_service().run(progress=stop_midway, cancel=cancel)
        assert outcome.status == "incomplete" and outcome.platform is not None
        assert outcome.platform.error == stopped_while_sending()
    finally:
        app.close()
