"""Apply a sync plan to the store in one transaction, together with its run record."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from operator import attrgetter

from idp_wizard.core.bulk_insert import insert_overlapped, overlaps
from idp_wizard.core.collation import stored_key
from idp_wizard.core.connection import current_generation
from idp_wizard.core.errors import ConnectionChanged
from idp_wizard.core.known_sources import stored_value
from idp_wizard.core.messages import msg
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.runs import RunStatus, finish_run
from idp_wizard.core.schema import EMAIL_INDEX, EMAIL_INDEX_SQL
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.user_record import USER_COLUMNS, UserRecord, record_fingerprint

_COLS = ", ".join(USER_COLUMNS)
_MARKS = ", ".join("?" for _ in USER_COLUMNS)
# The record's columns, then `_written`'s: a row is the record plus short tuples, which
# is cheaper than unpacking the record into a new tuple. sort_name: the users table's
# sort key of a name outside plain ASCII (schema step 11).
_INSERT_HEAD = (f"INSERT INTO synced_users ({_COLS}, fingerprint, source_fingerprint, "
                "sort_name, client_id, synced_at, updated_at) VALUES ")
_INSERT_ROW = f"({_MARKS}, ?, ?, ?, {{client}}, {{now}}, {{now}})"
_UPDATE = ("UPDATE synced_users SET "
           + ", ".join(f"{c} = ?" for c in USER_COLUMNS[1:])
           + ", fingerprint = ?, source_fingerprint = ?, sort_name = ?, updated_at = ? "
           "WHERE client_id = ? AND id = ?")
_SOURCE = "UPDATE synced_users SET source_fingerprint = ? WHERE client_id = ? AND id = ?"
_DELETE = "DELETE FROM synced_users WHERE client_id = ? AND id = ?"
# Rows written at which an apply prepares for a large write (page cache, checkpoint).
MANY_ROWS = 10_000


@contextlib.contextmanager
def _page_cache(store: Store, rows: int) -> Iterator[None]:
    """Room for the indexes while many rows are written: with SQLite's default 2 MB,
    100,000 inserts at random places of the id and e-mail indexes evict and write the
    same pages again and again (a third of a first sync's apply)."""
    if rows < MANY_ROWS:
        yield
        return
    old = store.db.execute("PRAGMA cache_size").fetchone()[0]
    store.db.execute("PRAGMA cache_size = -16000")  # KiB: 16 MB, filled only as needed
    try:
        yield
    finally:
        store.db.execute(f"PRAGMA cache_size = {int(old)}")


@contextlib.contextmanager
def _checkpoint_after(store: Store, rows: int) -> Iterator[None]:
    """Many rows written: the log is copied into the database file after the commit, in
    the background (core/checkpoint.py), not by the commit (~0.1-0.15 s of a first sync
    of 100,000)."""
    if rows < MANY_ROWS:
        yield
        return
    with store.checkpoints.deferred(store.db.conn):
        yield


@contextlib.contextmanager
def _email_index_after(conn: sqlite3.Connection, adds: int) -> Iterator[None]:
    """Many inserts into a table holding fewer rows: the e-mail index is built once
    afterwards (one sort) instead of taking each row at a random place (a first sync's
    94,000 inserts: ~0.7 s with the rebuild instead of ~0.8 s). The index covers every
    client, hence all rows are counted. Inside the apply's transaction: DDL is
    transactional in SQLite, so a failed apply (nothing here recreates the index when
    the inserts raise) rolls the index back with the rows, and readers on other
    connections (WAL) keep seeing the last committed snapshot, with its index, until the
    commit, which has it again."""
    if adds < 20_000 or adds <= conn.execute("SELECT count(*) FROM synced_users").fetchone()[0]:
        yield
        return
    conn.execute(f"DROP INDEX {EMAIL_INDEX}")
    yield
    conn.execute(EMAIL_INDEX_SQL)


def _quoted(text: str) -> str:
    """A text as an SQL literal."""
    return "'" + text.replace("'", "''") + "'"


def _written(records: Iterable[UserRecord],
             plan: SyncPlan) -> Iterator[tuple[UserRecord, tuple[int, int, str | None]]]:
    """Each record with what is stored beside it: (fingerprint, source_fingerprint,
    sort_name). An update's fingerprint is the plan's (planning took it to compare);
    an add's (and any a plan lacks) is taken here: once per record in all."""
    prints, sources = plan.prints, plan.sources
    for r in records:
        record = prints.get(r.id)
        if record is None:
            record = record_fingerprint(r)
        # Every row written gets its source fingerprint, or 0 (see known_sources.py).
        yield r, (record, stored_value(sources.get(r.id, 0), record),
                  stored_key(r.display_name))


def apply_plan(store: Store, plan: SyncPlan, run_id: int, mode: str,
               client_id: int = DEFAULT_CLIENT_ID,
               after: Callable[[], None] | None = None, mode_reason: str = "",
               generation: int | None = None) -> None:
    """All or nothing: users, the run record, the connection's counters and `after`
    (e.g. the new delta link: it must only advance when its changes were applied).
    `generation`: the connection the plan was made for; if it changed meanwhile
    (disconnected, reauthorized, another filter saved) nothing is applied."""
    now = store.now()
    written = len(plan.adds) + len(plan.updates)
    with _checkpoint_after(store, written + len(plan.removals)), store.transaction() as db, \
            _page_cache(store, written):
        if generation is not None and current_generation(store, client_id) != generation:
            raise ConnectionChanged(msg(
                "The connection changed while this sync ran (it was disconnected, "
                "reauthorized or its filter changed); nothing was applied."))
        conn = db.conn
        if plan.removals:
            conn.executemany(_DELETE, ((client_id, r.id) for r in plan.removals))
        if plan.updates:
            where = (now, client_id)
            conn.executemany(_UPDATE, (r[1:] + w + where + (r.id,) for r, w in
                                       _written((r for r, _ in plan.updates), plan)))
        if plan.adds:
            # In id order: each insert lands beside the previous one in the primary key
            # (and the outbox after it), not on a random page (~15 % of the inserts' cost).
            plan.adds.sort(key=attrgetter("id"))
            # The client and the time, alike in every row, are written into the statement:
            # three values fewer to bind for each of 100,000 rows (~10 % of the inserts).
            row = _INSERT_ROW.format(client=int(client_id), now=_quoted(now))
            rows = (r + w for r, w in _written(plan.adds, plan))
            with _email_index_after(conn, len(plan.adds)):
                if len(plan.adds) >= MANY_ROWS and overlaps():  # made and stored at once
                    insert_overlapped(conn, _INSERT_HEAD, row, rows)
                else:
                    conn.executemany(_INSERT_HEAD + row, rows)
        if plan.source_updates:
            conn.executemany(_SOURCE, ((fp, client_id, uid) for fp, uid in plan.source_updates))
        finish_run(
            store, run_id, RunStatus.SUCCEEDED, mode=mode, mode_reason=mode_reason,
            directory_users=plan.directory_users, matched=plan.shared,
            added=len(plan.adds), updated=len(plan.updates), removed=len(plan.removals),
            skipped=plan.skipped, kept=plan.kept,
            problems=plan.problems_json(),
        )
        db.execute(
            "UPDATE connections SET directory_users = ?, state = 'connected', "
            "state_reason = '', state_message = NULL, updated_at = ? WHERE client_id = ?",
            [plan.directory_users, now, client_id],
        )
        if after is not None:
            after()
