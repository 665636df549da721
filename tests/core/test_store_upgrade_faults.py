"""Opening a profile of an earlier (or a later) version when something goes wrong: the
file keeps what it held, its permissions stay what the admin made them, no empty file
passes for a backup, and the admin reads one sentence."""

from __future__ import annotations

import errno
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from idp_wizard.core import schema, store_file
from idp_wizard.core.errors import StoreError
from idp_wizard.core.store import Store


def _older(monkeypatch: pytest.MonkeyPatch) -> None:
    """This code knows one step more than the profile has: opening it migrates."""
    def step(db: Any) -> None:
        db["new_table"].create({"id": int}, pk="id")

    monkeypatch.setattr(store_file, "MIGRATIONS", (*schema.MIGRATIONS, step))
    monkeypatch.setattr(store_file, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)


def _profile(path: Path) -> None:
    store = Store(path)
    store.set_setting("kept", 42)
    store.close()


def _version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_a_read_only_profile_stays_read_only(tmp_path: Path) -> None:
    """Group and others lose their bits; the owner's are kept: 0444 became 0600 (a
    file the admin had made read-only turned writable, and the next open migrated it)."""
    path = tmp_path / "db.sqlite3"
    _profile(path)
    path.chmod(0o444)
    try:
        Store(path).close()
        assert stat.S_IMODE(path.stat().st_mode) == 0o400
    finally:
        path.chmod(0o600)


def test_a_newer_profile_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    _profile(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = DELETE")  # one file to compare, no WAL beside it
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    path.chmod(0o644)
    before = path.read_bytes()
    with pytest.raises(StoreError) as refused:
        Store(path)
    assert str(refused.value) == (
        f"The database {path} was written by a newer IdP Wizard (schema "
        f"{schema.SCHEMA_VERSION + 1}, this one knows {schema.SCHEMA_VERSION}). "
        "Update IdP Wizard.")
    assert path.read_bytes() == before
    assert stat.S_IMODE(path.stat().st_mode) == 0o644  # was made 0600
    assert sorted(p.name for p in tmp_path.glob("db.sqlite3*")) == ["db.sqlite3"]


class _FullDisk:
    """sqlite3 as the backup meets a full disk: the copy fails, and SQLite rolls the
    target back to what it held (nothing, for a new file)."""

    Error = sqlite3.Error

    @staticmethod
    def connect(path: Path) -> Any:
        conn = sqlite3.connect(path)

        class Source:
            def backup(self, dest: sqlite3.Connection) -> None:
                raise sqlite3.OperationalError("database or disk is full")

            def close(self) -> None:
                conn.close()

        return Source() if path.suffix == ".sqlite3" else conn


def test_a_backup_that_fails_leaves_no_empty_backup(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.sqlite3"
    _profile(path)
    _older(monkeypatch)
    with monkeypatch.context() as full, pytest.raises(StoreError) as refused:
        full.setattr(store_file, "sqlite3", _FullDisk)
        Store(path)
    assert str(refused.value) == (f"Cannot use the database {path}: the disk is full; free "
                                  "some space and try again.")
    assert list(tmp_path.glob("*.bak")) == []  # an empty db.sqlite3.v13.bak stayed
    assert _version(path) == schema.SCHEMA_VERSION
    # Space freed: the next open migrates, with its backup.
    store = Store(path)
    assert (store.schema_version, store.setting("kept")) == (schema.SCHEMA_VERSION + 1, 42)
    store.close()
    assert _version(tmp_path / f"db.sqlite3.v{schema.SCHEMA_VERSION}.bak") == \
        schema.SCHEMA_VERSION


def test_a_backup_that_fails_keeps_an_earlier_one(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A copy of that version made before (a restored profile opened again) is not ours
    to delete: SQLite gave it back its content."""
    path = tmp_path / "db.sqlite3"
    _profile(path)
    earlier = tmp_path / f"db.sqlite3.v{schema.SCHEMA_VERSION}.bak"
    earlier.write_bytes(path.read_bytes())
    _older(monkeypatch)
    monkeypatch.setattr(store_file, "sqlite3", _FullDisk)
    with pytest.raises(StoreError, match="the disk is full"):
        Store(path)
    assert earlier.read_bytes() == path.read_bytes()


def test_no_room_for_the_backup_file_is_one_sentence(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Creating the backup file itself fails (no free inode, ENOSPC): it was an
    'internal error (OSError)'."""
    path = tmp_path / "db.sqlite3"
    _profile(path)
    _older(monkeypatch)

    def no_space(target: Path) -> bool:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(store_file, "create_private", no_space)
    with pytest.raises(StoreError) as refused:
        Store(path)
    assert str(refused.value) == f"Cannot use the database {path}: the disk is full."
    assert _version(path) == schema.SCHEMA_VERSION
    assert list(tmp_path.glob("*.bak")) == []


class _Volume:
    """What os.statvfs tells of a volume: `files` inodes, `free_inodes` of them free."""

    def __init__(self, files: int, free_inodes: int) -> None:
        self.f_files, self.f_favail = files, free_inodes


@pytest.mark.parametrize(("error", "free", "inodes", "why"), [
    ("disk I/O error", 8192, _Volume(1000, 10), "the disk is full; free some space and try "
     "again"),
    ("unable to open database file", 10 ** 9, _Volume(1000, 0), "the disk is full; free "
     "some space and try again"),
    ("disk I/O error", 10 ** 9, _Volume(1000, 10), "the disk reported an error"),
    ("unable to open database file", 10 ** 9, _Volume(0, 0),
     "it cannot be opened; check the folder exists and is writable"),
])
def test_a_full_disk_is_named_whatever_sqlite_calls_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: str, free: int,
        inodes: _Volume, why: str) -> None:
    """Opening a WAL profile on a full disk fails before any page is written: SQLite
    says "disk I/O error" (its shared-memory file cannot grow), or cannot open a file
    when no inode is free. Measured on a full tmpfs: it was "the disk reported an
    error". A volume that reports no inodes at all (f_files 0) is not taken for full."""
    import shutil

    path = tmp_path / "db.sqlite3"
    store = Store(path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _: shutil._ntuple_diskusage(  # type: ignore[attr-defined]
        10 ** 10, 10 ** 10 - free, free))
    monkeypatch.setattr("os.statvfs", lambda _: inodes, raising=False)
    with pytest.raises(StoreError) as refused, store.errors():
        raise sqlite3.OperationalError(error)
    assert str(refused.value) == f"Cannot use the database {path}: {why}."
    store.close()


def test_a_read_only_folder_is_named_not_the_file(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite needs the folder for its -wal and -shm files (and a migration for its
    backup): with a writable file in a read-only folder it says "readonly database",
    and the admin was sent to the file's permissions, which were right."""
    from idp_wizard.cli_language import catalogue

    path = tmp_path / "db.sqlite3"
    store = Store(path)
    with monkeypatch.context() as folder, pytest.raises(StoreError) as refused, \
            store.errors():
        folder.setattr("os.access", lambda p, _mode: Path(p) == path)
        raise sqlite3.OperationalError("attempt to write a readonly database")
    assert str(refused.value) == (f"Cannot use the database {path}: its folder {tmp_path} "
                                  "is read-only; check the folder's permissions.")
    german = catalogue("de")
    assert refused.value.message is not None
    assert refused.value.message.render(lambda t: german.get(t, t)) == (
        f"Die Datenbank {path} kann nicht verwendet werden: ihr Ordner {tmp_path} ist "
        "schreibgeschützt; prüfen Sie die Berechtigungen des Ordners.")
    with pytest.raises(StoreError) as refused, store.errors():  # the file's own
        raise sqlite3.OperationalError("attempt to write a readonly database")
    assert str(refused.value) == (f"Cannot use the database {path}: it is read-only; check "
                                  "the file's permissions.")
    store.close()
