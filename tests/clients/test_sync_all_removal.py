"""`sync --all-clients --scheduled` (the OS task) in a process of its own while the admin
removes clients: one before its turn came, one while its own sync ran. A trial found
the task exiting 1 for both, as failures ("This client does not exist (any more)",
"The sync was stopped..."), though the admin removed them on purpose: the first is left
out, the second skipped with its reason; the client left is synced with exact counts,
and nothing of the removed ones stays behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from idp_wizard.core.clock import utc_now
from idp_wizard.core.locks import stopped_for_removal
from idp_wizard.core.store import Store
from idp_wizard.core.users import count_users
from tests.clients.helpers import client_rows, connected_clients, demo_profile


def _runs(store: Store, client_id: int) -> int:
    return int(store.db.execute("SELECT count(*) FROM sync_runs WHERE client_id = ?",
                                [client_id]).fetchone()[0])


def _until_run_starts(store: Store, client_id: int, sync: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while _runs(store, client_id) == 0:
        assert sync.poll() is None and time.monotonic() < deadline
        time.sleep(0.02)


def test_clients_removed_while_all_clients_sync_are_left_out(data_dir: Path) -> None:
    profile = demo_profile(data_dir, demo_size=6000, clock=utc_now)  # as the CLI's
    try:
        first, during, before = connected_clients(profile, 3, first_name="A", sync=False)
        env = {**os.environ, "IDP_WIZARD_DATA_DIR": str(data_dir)}
        sync = subprocess.Popen(
            [sys.executable, "-m", "idp_wizard", "--demo", "sync", "--all-clients",
             "--scheduled", "--json"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        _until_run_starts(profile.store, first.id, sync)  # the clients are listed
        profile.remove(before)  # its turn has not come yet
        _until_run_starts(profile.store, during.id, sync)
        profile.remove(during)  # its sync is asked to stop, and the removal waits
        out, err = sync.communicate(timeout=120)
        assert (sync.returncode, err) == (0, ""), out[-3000:]
        result, stopped = json.loads(out)["clients"]
        assert (result["client"], result["status"]) == ("A", "succeeded")
        assert (stopped["client"], stopped["status"], stopped["run_id"]) == (
            "Client 02", "skipped", None)
        assert stopped["error"] == str(stopped_for_removal())
        synced = count_users(profile.store, first.id)
        assert result["synced_users"] == result["added"] == synced == 5654
        for gone in (before, during):
            rows = client_rows(profile.store, gone.id)
            assert {t: len(r) for t, r in rows.items() if t != "audit_log"} == {
                t: 1 if t == "clients" else 0 for t in rows if t != "audit_log"}
            assert [r[4] for r in rows["audit_log"]] == ["client.remove"]
        assert profile.store.db.execute(
            "SELECT count(*) FROM sync_runs WHERE status = 'running'").fetchone()[0] == 0
    finally:
        profile.close()
