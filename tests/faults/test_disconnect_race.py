"""A sync process racing a disconnect process, round after round (a hostile trial once
found the sync committing its users into the disconnected profile, or writing 20 back
after the disconnect removed them). Afterwards: no connection, no users, nothing kept
of the directory, whichever finished first.

`IDP_RACE_SIZE` and `IDP_RACE_ROUNDS` scale it up (benchmarks/bench.py runs it at
100,000 employees); CI runs it at a size where the sync takes about as long as the
disconnect process needs to start.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from idp_wizard.compose import open_app
from idp_wizard.core.records import ProviderName
from idp_wizard.paths import ProfilePaths
from tests.flows import connect

SIZE = int(os.environ.get("IDP_RACE_SIZE", "6000"))
ROUNDS = int(os.environ.get("IDP_RACE_ROUNDS", "20"))


def _cli(data: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "IDP_WIZARD_DATA_DIR": str(data)}
    return subprocess.Popen([sys.executable, "-m", "idp_wizard", "--demo", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _rows(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        value = conn.execute(sql).fetchone()[0]
    conn.close()
    return int(value)


def test_sync_racing_disconnect_leaves_nothing_behind(tmp_path: Path) -> None:
    rng = random.Random(7)
    outcomes: dict[str, int] = {}
    for round_no in range(ROUNDS):
        data = tmp_path / f"r{round_no}"
        provider = ProviderName.ENTRA if round_no % 2 == 0 else ProviderName.GOOGLE
        app = open_app(ProfilePaths(data, demo=True), demo_size=SIZE)
        connect(app, provider)
        if round_no % 3 == 0:  # sometimes users are there already, sometimes not
            app.sync_service().run()
        app.close()
        sync = _cli(data, "sync", "--json")
        time.sleep(rng.uniform(0.0, 1.2))
        disconnect = _cli(data, "disconnect", "--yes")
        _, d_err = disconnect.communicate(timeout=300)
        _, s_err = sync.communicate(timeout=300)
        assert disconnect.returncode == 0, d_err
        assert sync.returncode in (0, 1), s_err
        assert "Traceback" not in s_err and s_err.count("\n") <= 1
        if sync.returncode == 0:
            key = "sync finished first"
        elif "No identity provider is connected" in s_err:
            key = "disconnect finished first"
        else:  # asked to stop mid-run: nothing of it was applied
            assert "nothing" in s_err, s_err
            key = "sync stopped"
        outcomes[key] = outcomes.get(key, 0) + 1
        db = data / "demo.sqlite3"
        assert _rows(db, "SELECT count(*) FROM connections") == 0
        assert _rows(db, "SELECT count(*) FROM synced_users") == 0
        assert _rows(db, "SELECT count(*) FROM directory_state") == 0
        assert _rows(db, "SELECT count(*) FROM filters") == 0
        assert _rows(db, "SELECT count(*) FROM sync_runs WHERE status = 'running'") == 0
    assert sum(outcomes.values()) == ROUNDS, outcomes
    print(outcomes)
