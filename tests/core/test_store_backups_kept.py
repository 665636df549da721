"""Each upgrade writes a whole copy of the profile: only the newest two stay, and only
once an upgrade succeeded (a profile of hundreds of MB piled up a copy per update)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from idp_wizard.core import schema, store_file
from idp_wizard.core.store import Store

BASE = schema.SCHEMA_VERSION


@pytest.fixture(autouse=True)
def _fresh_table_lists() -> Iterator[None]:
    """expected_tables is cached by version: other tests' made-up steps differ."""
    store_file.expected_tables.cache_clear()
    yield
    store_file.expected_tables.cache_clear()



def _upgrade_to(monkeypatch: pytest.MonkeyPatch, extra: int, fail: bool = False) -> None:
    def step(number: int) -> Any:
        def run(db: Any) -> None:
            on_disk = db.execute("PRAGMA database_list").fetchone()[2] != ""
            if fail and number == extra and on_disk:  # not the in-memory table check's
                raise RuntimeError("step failed")
            db[f"new_table_{number}"].create({"id": int}, pk="id")
        return run

    steps = tuple(step(n) for n in range(1, extra + 1))
    monkeypatch.setattr(store_file, "MIGRATIONS", (*schema.MIGRATIONS, *steps))
    monkeypatch.setattr(store_file, "SCHEMA_VERSION", BASE + extra)


def _listing(folder: Path) -> list[str]:
    """The database and its copies (a failed open leaves SQLite's -wal/-shm too)."""
    return sorted(p.name for p in folder.iterdir() if "-" not in p.name)


def _open(path: Path) -> None:
    store = Store(path)
    store.close()


def test_three_upgrades_keep_the_newest_two_backups(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path = tmp_path / "data"  # the tests' home folder is beside it
    path = tmp_path / "demo.sqlite3"
    _open(path)
    _upgrade_to(monkeypatch, 1)
    _open(path)
    assert _listing(tmp_path) == ["demo.sqlite3", f"demo.sqlite3.v{BASE}.bak"]
    _upgrade_to(monkeypatch, 2)
    _open(path)
    assert _listing(tmp_path) == ["demo.sqlite3", f"demo.sqlite3.v{BASE}.bak",
                                  f"demo.sqlite3.v{BASE + 1}.bak"]
    _upgrade_to(monkeypatch, 3)
    _open(path)
    assert _listing(tmp_path) == ["demo.sqlite3", f"demo.sqlite3.v{BASE + 1}.bak",
                                  f"demo.sqlite3.v{BASE + 2}.bak"]


def test_a_failed_upgrade_and_a_copy_being_written_delete_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path = tmp_path / "data"  # the tests' home folder is beside it
    path = tmp_path / "demo.sqlite3"
    _open(path)
    for extra in (1, 2):
        _upgrade_to(monkeypatch, extra)
        _open(path)
    unfinished = tmp_path / f"demo.sqlite3.v{BASE - 1}.unfinished.bak"
    unfinished.write_bytes(b"being written")
    _upgrade_to(monkeypatch, 4, fail=True)
    with pytest.raises(RuntimeError, match=r"^step failed$"):
        Store(path)
    # The failed upgrade's own copy is complete and stays; none is deleted.
    assert _listing(tmp_path) == ["demo.sqlite3", f"demo.sqlite3.v{BASE - 1}.unfinished.bak",
                                  f"demo.sqlite3.v{BASE}.bak",
                                  f"demo.sqlite3.v{BASE + 1}.bak",
                                  f"demo.sqlite3.v{BASE + 2}.bak"]
    _upgrade_to(monkeypatch, 4)
    _open(path)
    assert _listing(tmp_path) == ["demo.sqlite3", f"demo.sqlite3.v{BASE - 1}.unfinished.bak",
                                  f"demo.sqlite3.v{BASE + 1}.bak",
                                  f"demo.sqlite3.v{BASE + 2}.bak"]


def test_versions_are_ordered_as_numbers(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """v9 is older than v12 (as text it sorts after it)."""
    tmp_path = tmp_path / "data"  # the tests' home folder is beside it
    path = tmp_path / "demo.sqlite3"
    _open(path)
    for old in (9, 12):
        (tmp_path / f"demo.sqlite3.v{old}.bak").write_bytes(b"old copy")
    _upgrade_to(monkeypatch, 1)
    _open(path)
    assert _listing(tmp_path) == ["demo.sqlite3", "demo.sqlite3.v12.bak",
                                  f"demo.sqlite3.v{BASE}.bak"]


def test_an_old_copy_that_cannot_be_deleted_leaves_the_upgrade_done(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    """The profile opens upgraded; the copy stays and the log says so."""
    tmp_path = tmp_path / "data"
    path = tmp_path / "demo.sqlite3"
    _open(path)
    for extra in (1, 2):
        _upgrade_to(monkeypatch, extra)
        _open(path)
    real_unlink = Path.unlink

    def refuse(self: Path, missing_ok: bool = False) -> None:
        if self.name == f"demo.sqlite3.v{BASE}.bak":
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse)
    _upgrade_to(monkeypatch, 3)
    _open(path)
    assert _listing(tmp_path) == ["demo.sqlite3", f"demo.sqlite3.v{BASE}.bak",
                                  f"demo.sqlite3.v{BASE + 1}.bak",
                                  f"demo.sqlite3.v{BASE + 2}.bak"]
    assert [r.getMessage() for r in caplog.records if r.name == store_file.__name__] == [
        f"could not delete an old schema backup (v{BASE}): Permission denied"]
    store = Store(path)
    try:
        assert store.schema_version == BASE + 3
    finally:
        store.close()
