"""What another process changed: the open window asks this to notice the command line's
or the scheduler's work on its client (a sync, a disconnect, a filter or target change,
a rename or removal) without re-reading everything on every tick.

`data_version` is SQLite's own counter of commits made through other connections (the
window's own writes through this connection do not move it): one cheap read while
nothing changed. When it moved, `client_marker` tells whether the shown client's
visible state is what changed, so another client's sync does not reload its table.
"""

from __future__ import annotations

from idp_wizard.core.store import Store

# One row: whatever the panel shows of the client changes at least one of these values.
_MARKER_SQL = """
SELECT
  (SELECT name || '|' || coalesce(removed_at, '') FROM clients WHERE id = :c),
  (SELECT provider || '|' || state || '|' || coalesce(state_reason, '') || '|'
          || coalesce(updated_at, '') || '|' || coalesce(directory_users, '')
     FROM connections WHERE client_id = :c),
  (SELECT coalesce(updated_at, '') || '|' || coalesce(pending_run_id, '')
     FROM filters WHERE client_id = :c),
  (SELECT count(*) FROM synced_users WHERE client_id = :c),
  (SELECT coalesce(max(id), 0) || '|' || count(*) FILTER (WHERE status != 'running')
     FROM sync_runs WHERE client_id = :c),
  (SELECT coalesce(max(id), 0) FROM audit_log WHERE client_id = :c),
  (SELECT url || '|' || coalesce(state, '') || '|' || coalesce(updated_at, '')
     FROM platform_targets WHERE client_id = :c),
  (SELECT coalesce(max(updated_at), '') || '|' || count(*)
     FROM platform_users WHERE client_id = :c)
"""


def data_version(store: Store) -> int:
    """Moves whenever another connection (another process, or a worker thread's) commits."""
    with store.errors():
        return int(store.db.execute("PRAGMA data_version").fetchone()[0])


def client_marker(store: Store, client_id: int) -> tuple[object, ...]:
    """Equal before and after a change only if nothing the panel shows of the client
    changed (its name, connection, filter, users, runs, audit, platform target)."""
    with store.errors():
        return tuple(store.db.execute(_MARKER_SQL, {"c": client_id}).fetchone())
