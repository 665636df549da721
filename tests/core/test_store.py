from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from idp_wizard.core import schema
from idp_wizard.core.errors import StoreError
from idp_wizard.core.runs import RunStatus, fail_interrupted_runs, list_runs, start_run
from idp_wizard.core.store import Store


def test_new_database_is_private_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "db.sqlite3"
    store = Store(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0
    assert store.schema_version == schema.SCHEMA_VERSION
    assert store.db["clients"].count == 1
    store.close()
    assert Store(path).db["clients"].count == 1  # reopening adds nothing


def test_loose_permissions_are_tightened(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    path.chmod(0o644)
    Store(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_corrupt_file_is_reported_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    garbage = b"this is not a database" * 100
    path.write_bytes(garbage)
    with pytest.raises(StoreError, match="damaged or not an IdP Wizard database"):
        Store(path)
    assert path.read_bytes() == garbage


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    with pytest.raises(StoreError, match="newer IdP Wizard"):
        Store(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(StoreError):
            Store(folder / "db.sqlite3")
    finally:
        folder.chmod(0o700)


def test_read_only_database_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = Store(path)
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    with pytest.raises(StoreError, match="read-only"), store.errors():
        ro.execute("INSERT INTO settings (key, value) VALUES ('x', '1')")


def test_each_thread_gets_its_own_connection(tmp_path: Path) -> None:
    import threading

    store = Store(tmp_path / "db.sqlite3")
    seen = []
    t = threading.Thread(target=lambda: seen.append(store.db))
    t.start()
    t.join()
    assert seen[0] is not store.db
    store.set_setting("a", 1)
    assert seen[0].execute("SELECT value FROM settings WHERE key = 'a'").fetchone()[0] == "1"
    store.close()


def test_migration_backs_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.sqlite3"
    store = Store(path)
    store.set_setting("kept", 42)
    store.close()

    def v2(db):  # type: ignore[no-untyped-def]
        db["new_table"].create({"id": int}, pk="id")

    monkeypatch.setattr("idp_wizard.core.store_file.MIGRATIONS", (*schema.MIGRATIONS, v2))
    monkeypatch.setattr("idp_wizard.core.store_file.SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    store = Store(path)
    assert store.schema_version == schema.SCHEMA_VERSION + 1
    assert "new_table" in store.db.table_names()
    assert store.setting("kept") == 42
    backup = tmp_path / f"db.sqlite3.v{schema.SCHEMA_VERSION}.bak"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION


def test_failed_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.sqlite3"
    Store(path).close()

    def broken(db):  # type: ignore[no-untyped-def]
        db["half"].create({"id": int}, pk="id")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("idp_wizard.core.store_file.MIGRATIONS", (*schema.MIGRATIONS, broken))
    monkeypatch.setattr("idp_wizard.core.store_file.SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="disk is full"):
        Store(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "half" not in names


def test_interrupted_run_is_marked_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    store = Store(path)
    start_run(store, "cli", "full")
    store.close()
    store = Store(path)  # the store alone must not judge: the run may be alive elsewhere
    assert list_runs(store)[0].status is RunStatus.RUNNING
    fail_interrupted_runs(store)  # App does this when it can take the client's lock
    runs = list_runs(store)
    assert runs[0].status is RunStatus.INTERRUPTED
    assert "interrupted" in runs[0].error


def test_our_databases_carry_an_application_id(tmp_path: Path) -> None:
    from idp_wizard.core.store_file import APPLICATION_ID

    path = tmp_path / "db.sqlite3"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        conn.execute("PRAGMA application_id = 0")  # as made before the id existed
    conn.close()
    store = Store(path)
    assert store.db["clients"].count == 1
    assert store.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    store.close()


def test_platform_counts_read_the_status_index(tmp_path: Path) -> None:
    """The panel and every run count the platform's users by state: from a small index,
    never by reading each user's stored SCIM values (0.12 s at 100,000 users)."""
    from idp_wizard.core.platform_state import counts

    store = Store(tmp_path / "db.sqlite3")
    store.db.conn.executemany(
        "INSERT INTO platform_users (client_id, id, status) VALUES (1, ?, ?)",
        [(f"u{i}", ("provisioned", "pending", "failed")[i % 3]) for i in range(30)])
    plan = store.db.execute(
        "EXPLAIN QUERY PLAN SELECT status, count(*) FROM platform_users "
        "WHERE client_id = 1 GROUP BY status").fetchall()
    assert "COVERING INDEX platform_users_status" in " ".join(str(r[3]) for r in plan)
    found = counts(store)
    assert (found.provisioned, found.pending, found.failed) == (10, 10, 10)
