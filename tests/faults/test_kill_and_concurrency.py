"""A sync process killed (SIGKILL) inside the apply transaction, and two syncs at once."""

from __future__ import annotations

import signal
import sqlite3
import threading
from pathlib import Path

import pytest

from idp_wizard.compose import open_app
from idp_wizard.core.errors import SyncInProgress
from idp_wizard.core.progress import Progress
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus, list_runs
from idp_wizard.core.sync import SyncService
from idp_wizard.paths import ProfilePaths
from tests.processes import child, kill, wait_for

from .helpers import NOW, last_run, synced_app, users

# Runs a scheduled sync, but stops for good inside apply_plan's transaction, right after
# every user row was written and before the commit, and says so on stdout.
STALL_IN_APPLY = """
import sys, time
from datetime import datetime
from pathlib import Path
import idp_wizard.core.apply as apply
from idp_wizard.compose import open_app
from idp_wizard.paths import ProfilePaths

real = apply.finish_run
def stall(*args, **kwargs):
    real(*args, **kwargs)
    print("inside-apply", flush=True)
    time.sleep(300)
apply.finish_run = stall
now = datetime.fromisoformat(sys.argv[2])
open_app(ProfilePaths(Path(sys.argv[1]), demo=True), clock=lambda: now).sync_service().run(
    trigger="schedule")
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_process_killed_inside_apply_leaves_the_database_consistent(tmp_path: Path) -> None:
    app = synced_app(tmp_path, ProviderName.ENTRA, size=10_000)
    app.demo.simulate_changes(25)
    before = users(app)
    runs_before = len(list_runs(app.store))
    with child(STALL_IN_APPLY, str(tmp_path), NOW.isoformat()) as proc:
        wait_for(proc, "inside-apply")
        # meanwhile, a second sync (the panel, say) reports the running one
        busy = SyncService(app.store, app.auth, app.lock, lock_wait=0.3)
        with pytest.raises(SyncInProgress, match="already running"):
            busy.run(trigger="gui")
        kill(proc)
    app.close()

    with sqlite3.connect(app.paths.database) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    app = open_app(ProfilePaths(tmp_path, demo=True), clock=lambda: NOW)
    try:
        assert users(app) == before  # nothing of the killed apply survived
        runs = list_runs(app.store)  # judged when the profile was opened again
        assert len(runs) == runs_before + 1 and runs[0].status is RunStatus.INTERRUPTED
        assert "interrupted" in runs[0].error
        expected = app.sync_service().run(dry_run=True, full=True).to_json()
        outcome = app.sync_service().run(trigger="schedule")
        assert outcome.status == "succeeded"
        assert outcome.to_json()["added"] == expected["added"] > 0
    finally:
        app.close()


def test_second_sync_at_once_reports_a_sync_is_running(tmp_path: Path) -> None:
    app = synced_app(tmp_path, ProviderName.GOOGLE)
    app.demo.simulate_changes(5)
    before = users(app)
    inside, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def slow_progress(p: Progress) -> None:
        if p.phase == "apply":
            inside.set()
            release.wait(30)

    def first() -> None:
        try:
            app.sync_service().run(trigger="schedule", progress=slow_progress)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=first)
    worker.start()
    try:
        assert inside.wait(30)
        second = SyncService(app.store, app.auth, app.lock, lock_wait=0.3)
        with pytest.raises(SyncInProgress, match="already running"):
            second.run(trigger="gui")
        assert users(app) == before  # the second run changed nothing
    finally:
        release.set()
        worker.join(30)
    assert not errors
    assert last_run(app).status is RunStatus.SUCCEEDED and users(app) != before
