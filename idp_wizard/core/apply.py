"""Apply a sync plan to the store in one transaction, together with its run record."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from operator import attrgetter

from idp_wizard.core.collation import stored_key
from idp_wizard.core.connection import current_generation
from idp_wizard.core.errors import ConnectionChanged
from idp_wizard.core.known_sources import stored_value
from idp_wizard.core.messages import msg
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.runs import RunStatus, finish_run
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.user_record import USER_COLUMNS, UserRecord, record_fingerprint

_COLS = ", ".join(USER_COLUMNS)
_MARKS = ", ".join("?" for _ in USER_COLUMNS)
# sort_name: the users table's sort key of a name outside plain ASCII (schema step 11).
_INSERT = (f"INSERT INTO synced_users (client_id, {_COLS}, fingerprint, source_fingerprint, "
           f"synced_at, updated_at, sort_name) VALUES (?, {_MARKS}, ?, ?, ?, ?, ?)")
_UPDATE = ("UPDATE synced_users SET "
           + ", ".join(f"{c} = ?" for c in USER_COLUMNS[1:])
           + ", fingerprint = ?, source_fingerprint = ?, updated_at = ?, sort_name = ? "
           "WHERE client_id = ? AND id = ?")
_SOURCE = "UPDATE synced_users SET source_fingerprint = ? WHERE client_id = ? AND id = ?"
_DELETE = "DELETE FROM synced_users WHERE client_id = ? AND id = ?"


@contextlib.contextmanager
def _page_cache(store: Store, rows: int) -> Iterator[None]:
    """Room for the indexes while many rows are written: with SQLite's default 2 MB,
    100,000 inserts at random places of the id and e-mail indexes evict and write the
    same pages again and again (a third of a first sync's apply)."""
    if rows < 10_000:
        yield
        return
    old = store.db.execute("PRAGMA cache_size").fetchone()[0]
    store.db.execute("PRAGMA cache_size = -16000")  # KiB: 16 MB, filled only as needed
    try:
        yield
    finally:
        store.db.execute(f"PRAGMA cache_size = {int(old)}")


def _prints(r: UserRecord, plan: SyncPlan) -> tuple[int, int]:
    """(fingerprint, source_fingerprint) of a row being written."""
    record = record_fingerprint(r)
    return record, stored_value(plan.sources.get(r.id, 0), record)


def apply_plan(store: Store, plan: SyncPlan, run_id: int, mode: str,
               client_id: int = DEFAULT_CLIENT_ID,
               after: Callable[[], None] | None = None, mode_reason: str = "",
               generation: int | None = None) -> None:
    """All or nothing: users, the run record, the connection's counters and `after`
    (e.g. the new delta link: it must only advance when its changes were applied).
    `generation`: the connection the plan was made for; if it changed meanwhile
    (disconnected, reauthorized, another filter saved) nothing is applied."""
    now = store.now()
    with store.transaction() as db, _page_cache(store, len(plan.adds) + len(plan.updates)):
        if generation is not None and current_generation(store, client_id) != generation:
            raise ConnectionChanged(msg(
                "The connection changed while this sync ran (it was disconnected, "
                "reauthorized or its filter changed); nothing was applied."))
        conn = db.conn
        if plan.removals:
            conn.executemany(_DELETE, ((client_id, r.id) for r in plan.removals))
        # Every row written gets its source fingerprint, or 0 (see known_sources.py).
        if plan.updates:
            conn.executemany(_UPDATE, ((*r[1:], *_prints(r, plan), now,
                                        stored_key(r.display_name), client_id, r.id)
                                       for r, _ in plan.updates))
        if plan.adds:
            # In id order: each insert lands beside the previous one in the primary key
            # (and the outbox after it), not on a random page (~15 % of the inserts' cost).
            plan.adds.sort(key=attrgetter("id"))
            conn.executemany(_INSERT, ((client_id, *r, *_prints(r, plan), now, now,
                                        stored_key(r.display_name)) for r in plan.adds))
        if plan.source_updates:
            conn.executemany(_SOURCE, ((fp, client_id, uid) for fp, uid in plan.source_updates))
        finish_run(
            store, run_id, RunStatus.SUCCEEDED, mode=mode, mode_reason=mode_reason,
            directory_users=plan.directory_users, matched=plan.shared,
            added=len(plan.adds), updated=len(plan.updates), removed=len(plan.removals),
            skipped=plan.skipped, kept=plan.kept,
            problems=[p.to_json() for p in plan.problems],
        )
        db.execute(
            "UPDATE connections SET directory_users = ?, state = 'connected', "
            "state_reason = '', state_message = NULL, updated_at = ? WHERE client_id = ?",
            [plan.directory_users, now, client_id],
        )
        if after is not None:
            after()
