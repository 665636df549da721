"""Processes opening one profile at the same moment: a new profile (the scheduler's
first sync and the app started together) and one an update must migrate.

The hostile trial found every process but the first failing with "another program is
using it": each migrated from the version it had read, inside a deferred transaction
whose first write then met the other's lock. Now one migrates under the write lock and
the others find it done.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import sqlite_utils

from idp_wizard.core.schema import MIGRATIONS, SCHEMA_VERSION, _clients
from tests.processes import child

PROCESSES = 4
ROUNDS = 6

# Waits for the start file (so all open at the same moment), opens the profile, reports.
OPEN = """
import sys, time
from pathlib import Path
from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.store import Store
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
try:
    store = Store(Path(sys.argv[1]))
except IdpWizardError as exc:
    print("failed:", exc, flush=True)
else:
    print("clients", store.db.table("clients").count, flush=True)
    store.close()
"""


def _open_at_once(db: Path, go: Path) -> list[str]:
    with contextlib.ExitStack() as stack:
        procs = [stack.enter_context(child(OPEN, str(db), str(go))) for _ in range(PROCESSES)]
        go.touch()
        return [p.communicate(timeout=60)[0].strip() for p in procs]


def _version(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    conn.close()
    return version


def test_a_new_profile_opened_by_several_processes_at_once(tmp_path: Path) -> None:
    for round_no in range(ROUNDS):
        db = tmp_path / f"r{round_no}" / "demo.sqlite3"
        answers = _open_at_once(db, tmp_path / f"go{round_no}")
        assert answers == ["clients 1"] * PROCESSES, answers
        assert _version(db) == SCHEMA_VERSION


def test_an_older_profile_opened_by_several_processes_at_once(tmp_path: Path) -> None:
    older = MIGRATIONS.index(_clients)
    for round_no in range(ROUNDS):
        db = tmp_path / f"r{round_no}" / "demo.sqlite3"
        db.parent.mkdir()
        made = sqlite_utils.Database(db)
        for step in MIGRATIONS[:older]:
            step(made)
        made.execute(f"PRAGMA user_version = {older}")
        made.close()
        answers = _open_at_once(db, tmp_path / f"go{round_no}")
        assert answers == ["clients 1"] * PROCESSES, answers
        assert _version(db) == SCHEMA_VERSION
        assert [p.name for p in db.parent.glob("*.bak")] == [f"demo.sqlite3.v{older}.bak"]
