"""Removing a client while another client's sync runs loses nothing of the other client:
in one process (a sync held mid-read while the removal runs) and across processes (a
real `idp-wizard --client Keep sync` while this process removes, re-adds, connects
and syncs another client, round after round, both writing to the one database)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

from idp_wizard.core.clock import utc_now
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.progress import Progress
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import list_runs
from idp_wizard.core.users import count_users, synced_rows
from idp_wizard.profile import Profile
from tests.clients.helpers import client_rows, connected_clients, demo_profile
from tests.flows import connect


def _sync_keep_in_thread(profile: Profile, keep_id: int, reading: threading.Event,
                         go_on: threading.Event, out: list[object]) -> threading.Thread:
    def progress(p: Progress) -> None:
        if p.phase == "users" and not reading.is_set():
            reading.set()
            assert go_on.wait(30)

    def run() -> None:
        app = profile.open(keep_id)
        try:
            out.append(app.sync_service().run(trigger="cli", full=True, progress=progress))
        except BaseException as exc:  # handed to the test
            out.append(exc)
        finally:
            app.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_removing_a_client_while_another_syncs_in_this_process(data_dir: Path) -> None:
    profile = demo_profile(data_dir, demo_size=400)
    try:
        keep, gone = connected_clients(profile, 2)
        app = profile.open(keep.id)
        assert app.demo is not None
        app.demo.simulate_changes(5)  # the sync has joiners, leavers and moves to apply
        app.close()
        users_before = synced_rows(profile.store, keep.id)
        reading, go_on, out = threading.Event(), threading.Event(), []
        thread = _sync_keep_in_thread(profile, keep.id, reading, go_on, out)
        assert reading.wait(30)  # Keep's sync is reading its directory, holding its lock
        removed = profile.remove(gone)  # not blocked by Keep's lock
        assert removed.users_removed > 0
        go_on.set()
        thread.join(60)
        [outcome] = out
        assert isinstance(outcome, SyncOutcome) and outcome.status == "succeeded", outcome
        after = synced_rows(profile.store, keep.id)
        assert len(after) == outcome.synced_users == count_users(profile.store, keep.id)
        assert after != users_before  # its changes were applied, none lost
        assert [r.status.value for r in list_runs(profile.store, client_id=keep.id)] == [
            "succeeded", "succeeded"]
        assert client_rows(profile.store, gone.id)["synced_users"] == []
    finally:
        profile.close()


def _cli(data: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "IDP_WIZARD_DATA_DIR": str(data)}
    return subprocess.Popen([sys.executable, "-m", "idp_wizard", "--demo", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_removing_clients_while_another_process_syncs_loses_nothing(data_dir: Path) -> None:
    rng = random.Random(11)
    profile = demo_profile(data_dir, demo_size=3000, clock=utc_now)  # as the CLI's
    try:
        keep, gone = connected_clients(profile, 2, first_name="Keep")
        for _round in range(4):
            app = profile.open(keep.id)
            assert app.demo is not None
            app.demo.simulate_changes(3)
            app.close()
            sync = _cli(data_dir, "--client", "keep", "sync", "--full", "--json")
            time.sleep(rng.uniform(0.0, 0.8))
            profile.remove(gone)  # meanwhile: remove, add, connect and sync another
            gone = profile.add("Gone")
            other = profile.open(gone.id)
            connect(other, ProviderName.GOOGLE)
            assert other.sync_service().run(trigger="connect").status == "succeeded"
            other.close()
            out, err = sync.communicate(timeout=300)
            assert sync.returncode == 0, err
            result = json.loads(out)
            assert result["status"] == "succeeded"
            assert result["synced_users"] == count_users(profile.store, keep.id)
        runs = list_runs(profile.store, client_id=keep.id)
        assert [r.status.value for r in runs] == ["succeeded"] * 5
        assert profile.store.db.execute(
            "SELECT count(*) FROM sync_runs WHERE status = 'running'").fetchone()[0] == 0
    finally:
        profile.close()
