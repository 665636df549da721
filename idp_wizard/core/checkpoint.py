"""A large commit's checkpoint, run beside what comes next instead of inside the commit.

In WAL mode SQLite appends a commit's pages to the log, and the commit that grows the
log past 1,000 pages also copies the log into the database file and syncs it (a
checkpoint), on the committing connection. After a first sync of 100,000 users that
is ~40 MB copied and synced: 0.1-0.15 s of the sync the admin waits for. A large write
commits without it (`deferred`); a thread of its own then checkpoints on a connection
of its own. The sqlite3 module lets go of the GIL while SQLite works, so it runs on the
other core, beside whatever the app does next.

Nothing about safety changes: a commit is complete in the log when it returns (synced
as `synchronous = NORMAL` syncs it: at checkpoints); the checkpoint only moves pages.
If it cannot run or the process ends first, the pages stay in the log, every reader
sees them there, and the next commit past the limit checkpoints as usual.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

Spawn = Callable[[Callable[[], None]], threading.Thread | None]


def _thread(job: Callable[[], None]) -> threading.Thread:
    thread = threading.Thread(target=job, name="idp-wizard-checkpoint", daemon=True)
    thread.start()
    return thread


class Checkpointer:
    """One store's background checkpoints. `spawn` runs a job (default: a new thread);
    tests pass their own to hold the job."""

    def __init__(self, path: Path, spawn: Spawn = _thread) -> None:
        self._path = path
        self._spawn = spawn
        self._running: threading.Thread | None = None
        self._guard = threading.Lock()

    @contextlib.contextmanager
    def deferred(self, conn: sqlite3.Connection) -> Iterator[None]:
        """Around a transaction, commit included: no checkpoint at its commit, one in the
        background once it committed (not after a failure: a rollback adds nothing)."""
        limit = int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA wal_autocheckpoint = {limit}")
        self.start()

    def start(self) -> None:
        with self._guard:
            if self._running is not None and self._running.is_alive():
                return  # it copies whatever the log holds when it gets there
            self._running = self._spawn(self._checkpoint)

    def _checkpoint(self) -> None:
        try:
            conn = sqlite3.connect(self._path, timeout=1)
            try:
                # PASSIVE: copies what no reader still needs, never waits for or blocks
                # a reader or a writer.
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:
                conn.close()
        except sqlite3.Error as exc:  # the pages stay in the log (see above)
            log.info("background checkpoint skipped: %s", exc)

    def wait(self) -> None:
        """Until a running checkpoint ends (the store closes)."""
        with self._guard:
            running, self._running = self._running, None
        if running is not None:
            running.join()
