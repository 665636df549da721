"""Inserting many rows while they are still being made: SQLite's work beside Python's.

A first sync writes ~100,000 rows. Making each row (its fingerprint, its sort key) is
Python; storing it (the B-tree inserts) is SQLite, which releases the GIL while it works.
`executemany` does one after the other, so one core waits while the other works. Here a
writer thread stores chunks of rows, one multi-row INSERT each (the GIL is released for
a whole chunk, not taken back after every row), while the calling thread makes the next
chunk: on 2 cores the inserts cost about half as long (benchmarks: a first sync's
94,000 inserts 0.55 s instead of 0.92 s).

Same connection, same transaction: the writer is the only user of the connection until
it is joined (the caller only makes rows meanwhile), so a failure on either side ends
both before the caller's transaction rolls back, and nothing is written after it.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import queue
import sqlite3
import sys
import threading
from collections.abc import Iterable, Iterator
from typing import Any

CHUNK = 500  # rows a statement: GIL hand-overs are per chunk; 200-1,000 measured alike
# The longest a thread waiting for the GIL waits while another computes (Python's
# default is 5 ms, per chunk of the writer's: a tenth of the time it saves).
_SWITCH_S = 0.0005
_switch_lock = threading.Lock()
_switch_users = 0
_switch_saved = 0.0


@contextlib.contextmanager
def _short_switches() -> Iterator[None]:
    """A shorter GIL switch interval while any overlapped insert runs (the setting is the
    process's: counted, so overlapping users restore it once, to what it was)."""
    global _switch_users, _switch_saved
    with _switch_lock:
        if _switch_users == 0:
            _switch_saved = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_saved, _SWITCH_S))
        _switch_users += 1
    try:
        yield
    finally:
        with _switch_lock:
            _switch_users -= 1
            if _switch_users == 0:
                sys.setswitchinterval(_switch_saved)


def overlaps() -> bool:
    """Whether this process may run on two cores at once (else the writer only waits)."""
    try:
        return len(os.sched_getaffinity(0)) > 1
    except AttributeError:  # macOS, Windows: no affinity to ask about
        return (os.cpu_count() or 1) > 1


def _rows_per_statement(conn: sqlite3.Connection, per_row: int) -> int:
    """CHUNK, or fewer where SQLite allows fewer bound values in one statement."""
    limit = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    return max(1, min(CHUNK, limit // per_row))


def insert_overlapped(conn: sqlite3.Connection, head: str, row: str,
                      rows: Iterable[tuple[Any, ...]]) -> None:
    """`head` + `row` repeated: "INSERT INTO t (a, b) VALUES " and "(?, ?)". Every row
    of `rows` is inserted, in order, on `conn` (inside the caller's transaction), as
    `executemany(head + row, rows)` would; the first error of either side is raised."""
    per_row = row.count("?")
    if per_row == 0:
        raise ValueError("a row without values to bind")
    chunk = _rows_per_statement(conn, per_row)
    full = head + ", ".join([row] * chunk)
    chunks: queue.Queue[tuple[Any, ...] | None] = queue.Queue(maxsize=4)
    failed: list[BaseException] = []
    stop = threading.Event()  # the caller failed: what is queued is not written

    def write() -> None:
        try:
            while (values := chunks.get()) is not None:
                if stop.is_set():
                    continue
                n = len(values) // per_row
                conn.execute(full if n == chunk else head + ", ".join([row] * n), values)
        except BaseException as exc:  # handed to the caller, which raises it
            failed.append(exc)
            while chunks.get() is not None:  # let the caller finish putting
                pass

    writer = threading.Thread(target=write, name="idp-wizard-insert")
    with _short_switches():
        writer.start()
        try:
            source = iter(rows)
            while not failed and (batch := list(itertools.islice(source, chunk))):
                chunks.put(tuple(itertools.chain.from_iterable(batch)))
        except BaseException:
            stop.set()
            raise
        finally:
            chunks.put(None)
            _join(writer)
    if failed:
        raise failed[0]


def _join(writer: threading.Thread) -> None:
    """Wait for the writer even through an interrupt (Ctrl+C): the caller's rollback
    must not run while a statement may still be written on its connection."""
    interrupted: BaseException | None = None
    while writer.is_alive():
        try:
            writer.join()
        except BaseException as exc:
            interrupted = exc
    if interrupted is not None:
        raise interrupted
