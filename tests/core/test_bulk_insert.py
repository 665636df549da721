"""Rows inserted by a writer thread while the caller makes them (core/bulk_insert.py):
every row, in order, as `executemany` would; a failure on either side leaves nothing
(the caller's transaction rolls back after the writer stopped); the process's GIL
switch interval is restored even when two inserts overlap."""

from __future__ import annotations

import sqlite3
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from idp_wizard.core import apply, bulk_insert
from idp_wizard.core.apply import apply_plan
from idp_wizard.core.bulk_insert import insert_overlapped
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.runs import start_run
from idp_wizard.core.store import Store
from idp_wizard.core.user_record import UserRecord, to_record

from .helpers import emp

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)  # both stores write the same times
HEAD, ROW = "INSERT INTO t (n, word, half) VALUES ", "(?, ?, ? / 2.0)"


def table(tmp_path: Path, name: str = "t.db") -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / name, isolation_level=None, check_same_thread=False)
    conn.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, word TEXT NOT NULL, half REAL)")
    return conn


def rows(count: int, start: int = 0) -> Iterator[tuple[int, str, int]]:
    for n in range(start, start + count):
        yield n, f"w{n}", n


def test_every_row_is_inserted_in_order_as_executemany_inserts_it(tmp_path: Path) -> None:
    ours, theirs = table(tmp_path, "a.db"), table(tmp_path, "b.db")
    count = 2 * bulk_insert.CHUNK + 37  # two full statements and a short one
    ours.execute("BEGIN")
    insert_overlapped(ours, HEAD, ROW, rows(count))
    ours.execute("COMMIT")
    theirs.executemany(HEAD + ROW, rows(count))
    read = "SELECT rowid, n, word, half FROM t ORDER BY rowid"
    assert ours.execute(read).fetchall() == theirs.execute(read).fetchall()
    assert ours.execute("SELECT count(*), max(n) FROM t").fetchone() == (count, count - 1)


def test_a_failed_statement_raises_and_the_transaction_keeps_nothing(tmp_path: Path) -> None:
    conn = table(tmp_path)
    conn.execute("INSERT INTO t VALUES (5, 'kept', 0)")
    threads = threading.active_count()
    conn.execute("BEGIN")

    def clashing() -> Iterator[tuple[int, str, int]]:
        yield from rows(bulk_insert.CHUNK + 3, start=1_000)
        yield 5, "clash", 5  # in the second statement: the first one is in already
        yield from rows(3 * bulk_insert.CHUNK, start=5_000)

    with pytest.raises(sqlite3.IntegrityError, match=r"UNIQUE constraint failed: t\.n"):
        insert_overlapped(conn, HEAD, ROW, clashing())
    assert threading.active_count() == threads  # the writer stopped before the raise
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT n, word FROM t").fetchall() == [(5, "kept")]


def test_a_failure_making_the_rows_stops_the_writer_first(tmp_path: Path) -> None:
    conn = table(tmp_path)
    threads = threading.active_count()
    conn.execute("BEGIN")

    def broken() -> Iterator[tuple[int, str, int]]:
        yield from rows(2 * bulk_insert.CHUNK + 1)
        raise RuntimeError("a record could not be made")

    with pytest.raises(RuntimeError, match="could not be made"):
        insert_overlapped(conn, HEAD, ROW, broken())
    assert threading.active_count() == threads
    # The writer is done with the connection, and what it wrote is the transaction's
    # (queued chunks are dropped once the caller failed), which goes with it.
    assert conn.in_transaction
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] <= 2 * bulk_insert.CHUNK
    conn.execute("ROLLBACK")
    assert conn.execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_the_switch_interval_is_restored_after_overlapping_inserts(tmp_path: Path) -> None:
    before = sys.getswitchinterval()
    seen: list[float] = []
    started, go_on = threading.Event(), threading.Event()

    def slow_rows() -> Iterator[tuple[int, str, int]]:
        seen.append(sys.getswitchinterval())
        started.set()
        go_on.wait(10)
        yield from rows(10)

    first = table(tmp_path, "1.db")
    other = threading.Thread(target=insert_overlapped, args=(first, HEAD, ROW, slow_rows()))
    other.start()
    assert started.wait(10)
    second = table(tmp_path, "2.db")
    insert_overlapped(second, HEAD, ROW, rows(10))  # begins and ends inside the first
    assert sys.getswitchinterval() == pytest.approx(0.0005)  # the first still runs
    go_on.set()
    other.join(10)
    assert seen == [pytest.approx(0.0005)]
    assert sys.getswitchinterval() == before
    assert [c.execute("SELECT count(*) FROM t").fetchone()[0] for c in (first, second)] \
        == [10, 10]


def _adds(count: int) -> list[UserRecord]:
    return [to_record(emp(i), "de") for i in range(count)]


def _stored(store: Store) -> list[tuple[object, ...]]:
    return store.db.execute("SELECT * FROM synced_users ORDER BY rowid").fetchall()


def test_a_large_apply_stores_the_rows_executemany_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    count = apply.MANY_ROWS + 1_234
    monkeypatch.setattr(apply, "overlaps", lambda: True)  # as on any 2-core machine
    stores = []
    for name, many in (("overlapped", apply.MANY_ROWS), ("one by one", 10**9)):
        monkeypatch.setattr(apply, "MANY_ROWS", many)
        store = Store(tmp_path / f"{name}.sqlite3", clock=lambda: NOW)
        apply_plan(store, SyncPlan(count, adds=_adds(count)),
                   start_run(store, "gui", "full", 1), "full")
        stores.append(store)
    overlapped, one_by_one = (_stored(s) for s in stores)
    assert len(overlapped) == count
    assert overlapped == one_by_one


def test_on_one_core_a_large_apply_inserts_one_by_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_writer(*args: object) -> None:
        raise AssertionError("a writer thread on one core only waits")

    monkeypatch.setattr(apply, "overlaps", lambda: False)
    monkeypatch.setattr(apply, "insert_overlapped", no_writer)
    store = Store(tmp_path / "one core.sqlite3", clock=lambda: NOW)
    count = apply.MANY_ROWS + 1
    apply_plan(store, SyncPlan(count, adds=_adds(count)), start_run(store, "gui", "full", 1),
               "full")
    assert store.db.execute("SELECT count(*) FROM synced_users").fetchone() == (count,)
