"""An update's migration killed (SIGKILL, a power button) leaves the profile as the
earlier version left it, never a half copy under the backup's name, and the next open
migrates it with nothing lost.

The first test is a guard: the trial of upgrades (v1 to v12 profiles made by those
versions, SIGKILL at eleven moments of a 480,000-user migration) found it right. The
second failed: killed while copying, half a database stayed as the backup.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from idp_wizard.core.schema import SCHEMA_VERSION
from idp_wizard.core.store import Store
from tests.processes import child, kill, wait_for

FIXTURE = Path(__file__).parents[1] / "clients" / "fixtures" / "v6_two_clients_demo.sqlite3"

# Migrates the profile and stops for good three steps in (the platform's tables created,
# a row per synced user queued, columns added, an index made), inside the migration.
HALFWAY = """
import sys, time
from pathlib import Path
from idp_wizard.core import schema, store_file
from idp_wizard.core.store import Store

def halfway(db):
    schema._platform_status_index(db)
    if db.execute("PRAGMA database_list").fetchone()[2]:  # not the in-memory schema check
        print("halfway", flush=True)
        time.sleep(120)

steps = list(schema.MIGRATIONS)
steps[steps.index(schema._platform_status_index)] = halfway
store_file.MIGRATIONS = tuple(steps)
Store(Path(sys.argv[1]))
"""


def _read(path: Path) -> tuple[int, dict[str, list[tuple[Any, ...]]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master "
                                             "WHERE type = 'table' ORDER BY name")]
        return int(conn.execute("PRAGMA user_version").fetchone()[0]), {
            t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables}
    finally:
        conn.close()


def test_a_migration_killed_halfway_leaves_the_old_profile(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    shutil.copy(FIXTURE, db)
    before = _read(db)
    assert (before[0], len(before[1]["synced_users"])) == (6, 80)

    with child(HALFWAY, str(db)) as proc:
        wait_for(proc, "halfway")
        kill(proc)
    assert _read(db) == before  # no table, column or row of the half migration
    assert _read(tmp_path / "demo.sqlite3.v6.bak") == before

    store = Store(db)  # the next open migrates
    try:
        assert store.schema_version == SCHEMA_VERSION
        assert store.db.table("synced_users").count == 80
        # The platform's step queued them; the outbox step let them go (no target).
        assert store.db.table("platform_users").count == 0
    finally:
        store.close()
    assert _read(tmp_path / "demo.sqlite3.v6.bak") == before


# Stops for good while the backup is being copied (two pages a step: some written).
COPYING = """
import sqlite3, sys, time, types
from pathlib import Path
from idp_wizard.core import store_file
from idp_wizard.core.store import Store

def connect(path):
    conn = sqlite3.connect(path)
    if not str(path).endswith(".sqlite3"):
        return conn

    def halfway(status, remaining, total):
        if total - remaining > 4:
            print("copying", flush=True)
            time.sleep(120)

    return types.SimpleNamespace(
        backup=lambda dest: conn.backup(dest, pages=2, progress=halfway),
        close=conn.close)

store_file.sqlite3 = types.SimpleNamespace(**{**vars(sqlite3), "connect": connect})
Store(Path(sys.argv[1]))
"""


def test_a_backup_killed_while_copying_is_never_taken_for_one(tmp_path: Path) -> None:
    """Killed while copying, old code left half a database (and its rollback journal)
    named demo.sqlite3.v6.bak: a backup that restored nothing."""
    db = tmp_path / "demo.sqlite3"
    shutil.copy(FIXTURE, db)
    before = _read(db)

    with child(COPYING, str(db)) as proc:
        wait_for(proc, "copying")
        kill(proc)
    assert _read(db) == before
    assert sorted(p.name for p in tmp_path.glob("demo.sqlite3.v*")) == [
        "demo.sqlite3.v6.unfinished.bak", "demo.sqlite3.v6.unfinished.bak-journal"]

    Store(db).close()  # the next open copies it again, whole, and migrates
    assert sorted(p.name for p in tmp_path.glob("demo.sqlite3.v*")) == ["demo.sqlite3.v6.bak"]
    assert _read(tmp_path / "demo.sqlite3.v6.bak") == before
    assert _read(db)[0] == SCHEMA_VERSION
