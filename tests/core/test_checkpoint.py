"""A large apply commits without copying SQLite's log into the database file; that copy
(the checkpoint) runs afterwards on a thread and connection of its own
(core/checkpoint.py). Nothing committed depends on it having run."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from idp_wizard.core.apply import apply_plan
from idp_wizard.core.checkpoint import Checkpointer
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.runs import start_run
from idp_wizard.core.store import Store
from idp_wizard.core.user_record import UserRecord, to_record

from .helpers import emp

LARGE = 30_000  # rows whose pages outgrow SQLite's 1,000-page log limit (~9 MB here)


def _adds(count: int) -> list[UserRecord]:
    return [to_record(emp(i), "de") for i in range(count)]


def _apply(store: Store, adds: list[UserRecord],
           after: Callable[[], None] | None = None) -> None:
    apply_plan(store, SyncPlan(len(adds), adds=adds), start_run(store, "gui", "full", 1),
               "full", after=after)


class Held:
    """A spawn that keeps the checkpoint job instead of running it."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], None]] = []

    def __call__(self, job: Callable[[], None]) -> None:
        self.jobs.append(job)


def _held_store(path: Path) -> tuple[Store, Held]:
    store = Store(path)
    held = Held()
    store.checkpoints = Checkpointer(path, spawn=held)
    return store, held


def _count_elsewhere(path: Path) -> int:
    other = Store(path)
    try:
        return int(other.db.execute("SELECT count(*) FROM synced_users").fetchone()[0])
    finally:
        other.close()


def test_a_large_apply_leaves_the_copy_to_the_file_for_after_its_commit(
        tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store, held = _held_store(path)
    before = path.stat().st_size
    _apply(store, _adds(LARGE))
    # Committed: another connection reads every row (from the log)...
    assert _count_elsewhere(path) == LARGE
    # ...but the commit did not copy the log into the file (the old code did: ~9 MB).
    assert path.stat().st_size == before
    assert len(held.jobs) == 1
    assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone() == (1000,)
    held.jobs.pop()()  # the background job, run here
    assert path.stat().st_size > before + 5_000_000
    assert _count_elsewhere(path) == LARGE
    store.close()


def test_every_row_is_there_after_reopening_when_the_job_never_ran(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store, held = _held_store(path)
    _apply(store, _adds(LARGE))
    store.close()  # the job never ran
    assert len(held.jobs) == 1
    reopened = Store(path)
    rows = reopened.db.execute("SELECT id, email FROM synced_users WHERE id IN (?, ?)",
                               ["u0", f"u{LARGE - 1}"]).fetchall()
    assert sorted(rows) == [("u0", "user0@contoso.example"),
                            (f"u{LARGE - 1}", f"user{LARGE - 1}@contoso.example")]
    assert reopened.db.execute("SELECT count(*) FROM synced_users").fetchone() == (LARGE,)
    assert reopened.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    reopened.close()


def test_a_small_apply_commits_as_before(tmp_path: Path) -> None:
    store, held = _held_store(tmp_path / "s.sqlite3")
    _apply(store, _adds(9_999))
    assert held.jobs == []
    store.close()


def test_a_failed_large_apply_starts_no_checkpoint_and_keeps_the_limit(
        tmp_path: Path) -> None:
    store, held = _held_store(tmp_path / "s.sqlite3")
    def fail() -> None:  # the last step of the apply, as saving the delta link is
        raise RuntimeError("the delta link could not be saved")

    with pytest.raises(RuntimeError, match="delta link"):
        _apply(store, _adds(LARGE), after=fail)
    assert held.jobs == []
    assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone() == (1000,)
    assert store.db.execute("SELECT count(*) FROM synced_users").fetchone() == (0,)
    store.close()


def test_closing_the_store_waits_for_a_running_checkpoint(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = Store(path)
    release, finished = threading.Event(), []

    def slow_thread(job: Callable[[], None]) -> threading.Thread:
        def run() -> None:
            release.wait(5)
            job()
            finished.append(path.stat().st_size)
        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        return thread

    store.checkpoints = Checkpointer(path, spawn=slow_thread)
    before = path.stat().st_size
    _apply(store, _adds(LARGE))
    threading.Timer(0.3, release.set).start()
    started = time.monotonic()
    store.close()
    assert time.monotonic() - started >= 0.2  # it waited for the job
    assert len(finished) == 1 and finished[0] > before + 5_000_000


def test_a_checkpoint_that_cannot_run_is_only_logged(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    nowhere = tmp_path / "missing" / "s.sqlite3"
    ran: list[None] = []

    def now(job: Callable[[], None]) -> None:
        job()
        ran.append(None)

    with caplog.at_level(logging.INFO, logger="idp_wizard.core.checkpoint"):
        Checkpointer(nowhere, spawn=now).start()
    assert ran == [None]
    assert [r.getMessage().split(":")[0] for r in caplog.records] == [
        "background checkpoint skipped"]
