"""A `clients remove` killed after its disconnect forgot the connection, while the
platform's removals were still under way, and then run again. A trial found the second
run erasing the queued removals without sending them: every user the app had put on the
platform stayed there for good, and nothing said so. Now the second run finishes them.
The embedded platform's folder stays until the removal completes (the retry needs it),
then goes with the client."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from idp_wizard.core.clock import utc_now
from idp_wizard.core.users import count_users
from idp_wizard.demo.platform_source import embedded_folder
from idp_wizard.demo.scim_platform import DemoPlatform
from tests.clients.helpers import client_rows, connected_clients, demo_profile
from tests.processes import child, kill, wait_for

# Removes the client, but stops for good where the disconnect, its connection and synced
# users forgotten and the platform's removals queued (committed), would send them.
STALL_IN_REMOVAL = """
import sys, time
from pathlib import Path
import idp_wizard.app_platform as app_platform
from idp_wizard.compose import open_profile
from idp_wizard.paths import ProfilePaths

def stall(*args, **kwargs):
    print("queued", flush=True)
    time.sleep(300)
app_platform.PlatformOps.finish_disconnect = stall
profile = open_profile(ProfilePaths(Path(sys.argv[1]), demo=True))
profile.remove(profile.find(sys.argv[2]))
"""

# `python -m idp_wizard ARGS`; the removed client's embedded platform says how many
# users it still has just before its folder is deleted.
COUNT_BEFORE_ERASE = """
import runpy, sys
from idp_wizard.demo.platform_source import DemoPlatformSource
from idp_wizard.demo.scim_platform import DemoPlatform

erase = DemoPlatformSource.erase
def counted(self):
    with DemoPlatform(self.folder) as platform:
        print("on the platform:", platform.count(), flush=True)
    erase(self)
DemoPlatformSource.erase = counted
sys.argv[0] = "idp-wizard"
runpy.run_module("idp_wizard", run_name="__main__", alter_sys=True)
"""


def _count(db: Path, sql: str) -> int:
    conn = sqlite3.connect(db, timeout=10)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


@pytest.mark.platform
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_removal_run_again_after_a_kill_clears_the_platform(data_dir: Path) -> None:
    profile = demo_profile(data_dir, demo_size=300, clock=utc_now)
    try:
        [client] = connected_clients(profile, 1, first_name="A")
        synced = count_users(profile.store, client.id)
        folder, db = embedded_folder(data_dir, client.id), profile.paths.database
    finally:
        profile.close()
    with DemoPlatform(folder) as platform:
        assert platform.count() == synced == 275
    with child(STALL_IN_REMOVAL, str(data_dir), "A") as proc:
        wait_for(proc, "queued")
        kill(proc)
    assert _count(db, "SELECT count(*) FROM connections") == 0
    assert _count(db, "SELECT count(*) FROM platform_users WHERE pending IS NOT NULL") == 275
    assert sorted(p.name for p in folder.iterdir()) == [  # kept: the retry needs it
        "scim-platform.journal", "scim-platform.json", "scim-platform.lock"]

    again = subprocess.run(
        [sys.executable, "-c", COUNT_BEFORE_ERASE, "--demo", "clients", "remove", "A",
         "--yes"], capture_output=True, text=True, timeout=120,
        env={**os.environ, "IDP_WIZARD_DATA_DIR": str(data_dir)})
    assert (again.returncode, again.stderr) == (0, "")
    assert again.stdout.splitlines()[0] == "on the platform: 0"  # before: all 275 stayed
    assert (folder.exists(), folder.parent.exists()) == (False, False)
    profile = demo_profile(data_dir, clock=utc_now)
    try:
        rows = client_rows(profile.store, client.id)
        assert {t: len(r) for t, r in rows.items()} == {
            t: 1 if t in ("clients", "audit_log") else 0 for t in rows}
        assert profile.clients()[0].name == "Default"  # the profile's new, empty one
    finally:
        profile.close()
