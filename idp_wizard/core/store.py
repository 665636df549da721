"""The SQLite store (via sqlite-utils): one file per profile, owner-only permissions.

Writes happen inside `transaction()` (sqlite-utils' `atomic()`, which nests as
savepoints). Environmental failures (disk full, locked, read-only, not a database) are
turned into `StoreError` with a sentence for the admin; anything else is a bug. The
file itself (owner-only, ours or not, migrated, WAL) is prepared by store_file.py.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlite_utils

from idp_wizard.core.checkpoint import Checkpointer
from idp_wizard.core.client_names import PLACEHOLDER, name_key
from idp_wizard.core.clock import Clock, iso, utc_now
from idp_wizard.core.errors import StoreError
from idp_wizard.core.locks import held_by_others
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.os_errors import os_reason
from idp_wizard.core.store_file import (
    check_is_ours,
    check_not_newer,
    create_private,
    migrate,
    tighten,
    use_wal,
)

DEFAULT_CLIENT_ID = 1
# How long a write waits for another connection's write transaction (a large sync's
# apply may hold one longer) before "database is locked". Tests shorten it.
BUSY_TIMEOUT = 10.0

_ENVIRONMENTAL = {
    "database is locked": msg("another program is using it; close it and try again"),
    "database or disk is full": msg("the disk is full; free some space and try again"),
    "attempt to write a readonly database":
        msg("it is read-only; check the file's permissions"),
    "unable to open database file":
        msg("it cannot be opened; check the folder exists and is writable"),
    "disk i/o error": msg("the disk reported an error"),
    "file is not a database": msg("it is damaged or not an IdP Wizard database"),
    "database disk image is malformed": msg("it is damaged"),
    "no such table": msg("it is damaged (a table is missing)"),
}


# Free space below which a failure to open or extend the file is taken for a full disk.
_NEARLY_FULL = 1 << 20


def _disk_full(folder: Path) -> bool:
    """SQLite says "full" only when a page cannot be written. On a full disk a WAL
    database fails earlier, as an I/O error (its shared-memory file cannot grow), and
    without a free inode as a file it cannot open (a journal, the backup's)."""
    try:
        if shutil.disk_usage(folder).free < _NEARLY_FULL:
            return True
        if hasattr(os, "statvfs"):
            inodes = os.statvfs(folder)
            return inodes.f_files > 0 and inodes.f_favail == 0
    except OSError:
        pass
    return False


def _folder_only(path: Path) -> bool:
    """The file may be written, its folder may not."""
    return os.access(path, os.W_OK) and not os.access(path.parent, os.W_OK)


def _explain(path: Path, exc: sqlite3.Error, ours: Callable[[], bool]) -> StoreError | None:
    """`ours`: whether IdP Wizard itself holds the database busy (see Store's `locks`)."""
    text = str(exc).lower()
    if "database is locked" in text and ours():
        # Not "close it": the admin would stop their own sync.
        return StoreError(msg("Cannot use the database {path}: a sync or another IdP Wizard "
                              "command (from the app, the command line or the scheduler) is "
                              "storing its results; try again when it has finished.",
                              path=str(path)))
    for needle, why in _ENVIRONMENTAL.items():
        if needle in text:
            if needle in ("disk i/o error", "unable to open database file") and \
                    _disk_full(path.parent):
                why = _ENVIRONMENTAL["database or disk is full"]
            elif needle == "attempt to write a readonly database" and _folder_only(path):
                # SQLite needs the folder for its -wal and -shm files (and a migration for
                # its backup): the file itself was fine.
                why = msg("its folder {folder} is read-only; check the folder's permissions",
                          folder=str(path.parent))
            if "damaged" in why.template:
                return StoreError(msg("Cannot use the database {path}: {why}. It was left as "
                                      "it is: restore a backup or move it away to start "
                                      "afresh.", path=str(path), why=why))
            return StoreError(msg("Cannot use the database {path}: {why}.", path=str(path),
                                  why=why))
    return None


class Store:
    def __init__(self, path: Path, clock: Clock = utc_now,
                 locks: Callable[[], Iterable[Path]] = tuple) -> None:
        """`locks`: the profile's client lock files (ProfilePaths.client_locks), to tell
        IdP Wizard's own long writes from another program's when the file is busy."""
        self.path = path
        self.clock = clock
        self._locks = locks
        # One SQLite connection per thread (the GUI reads while a worker syncs):
        # a shared connection would mix their transactions.
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        self.checkpoints = Checkpointer(path)  # for large writes (core/checkpoint.py)
        with self.errors():
            created = create_private(path)
            with self._snapshot():  # version and tables as one state, not mid-migration
                check_is_ours(self)  # before anything is changed in a file we did not make
                current = self.schema_version
                check_not_newer(self, current)  # a newer version's file stays as it is
            if not created:
                tighten(path)
            migrate(self, current)
            use_wal(self)
            self._ensure_default_client()

    @property
    def db(self) -> sqlite_utils.Database:
        """This thread's connection (opened on first use)."""
        db: sqlite_utils.Database | None = getattr(self._local, "db", None)
        if db is None:
            with self.errors():
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT,
                                       check_same_thread=False)
                db = sqlite_utils.Database(conn)
                db.execute("PRAGMA foreign_keys = ON")
                db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
                # WAL + NORMAL: a killed process never corrupts the file nor half-applies
                # a transaction; only a power cut may lose the very last commit.
                db.execute("PRAGMA synchronous = NORMAL")
            with self._guard:
                self._connections.append(conn)
            self._local.db = db
        return db

    # -- infrastructure --------------------------------------------------------------

    @contextlib.contextmanager
    def errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            explained = _explain(self.path, exc, lambda: held_by_others(self._locks()))
            if explained is None:
                raise
            raise explained from None
        except PermissionError as exc:
            raise StoreError(msg(
                "Cannot use the database {path}: permission denied ({reason}).",
                path=str(self.path), reason=os_reason(exc))) from None
        except OSError as exc:  # beside the file: its backup on a full disk, say
            raise StoreError(msg("Cannot use the database {path}: {why}.",
                                 path=str(self.path), why=os_reason(exc))) from None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """BEGIN IMMEDIATE: the write lock is taken (waiting up to busy_timeout) before
        the first read. A deferred BEGIN that reads and then writes fails at once with
        "database is locked" when another connection committed in between, which
        happens as soon as two clients write at the same time (each holds only its own
        client lock). Nested blocks are savepoints."""
        with self.errors():
            db = self.db
            if db.conn.in_transaction:
                with db.atomic():
                    yield db
                return
            db.conn.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                if db.conn.in_transaction:
                    db.conn.rollback()
                raise
            db.conn.commit()

    def close(self) -> None:
        self.checkpoints.wait()
        with self._guard:
            for conn in self._connections:
                conn.close()
            self._connections.clear()
        self._local = threading.local()

    @property
    def schema_version(self) -> int:
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    @contextlib.contextmanager
    def _snapshot(self) -> Iterator[None]:
        """The block's reads see one committed state of the file (a read transaction)."""
        conn = self.db.conn
        conn.execute("BEGIN")
        try:
            yield
        finally:
            conn.rollback()

    def _ensure_default_client(self) -> None:
        """A profile always has a client: the first one (id 1) in a new profile, a new
        one after the last was removed (ids are never reused)."""
        if not self.db.table("clients").count_where("removed_at IS NULL"):
            with self.transaction():
                # OR IGNORE: another process opening the profile just made it.
                self.db.execute(
                    "INSERT OR IGNORE INTO clients (name, name_key, created_at) "
                    "VALUES (?, ?, ?)", [PLACEHOLDER, name_key(PLACEHOLDER), self.now()])

    def ensure_client(self) -> None:
        """After the last client was removed: the profile gets a new, empty one."""
        with self.errors():
            self._ensure_default_client()

    def now(self) -> str:
        return iso(self.clock())

    # -- settings & audit ------------------------------------------------------------

    def setting(self, name: str, default: Any = None) -> Any:
        with self.errors():
            rows = list(self.db.query("SELECT value FROM settings WHERE key = ?", [name]))
        return json.loads(rows[0]["value"]) if rows else default

    def set_setting(self, name: str, value: Any) -> None:
        with self.transaction():
            self.db.table("settings").upsert({"key": name, "value": json.dumps(value)}, pk="key")

    def audit(self, action: str, detail: str | Message = "", actor: str = "admin",
              client_id: int = DEFAULT_CLIENT_ID) -> None:
        """Who did what, when. Never tokens; personal data only where the admin needs it.
        A `Message` detail is kept with its English text, to be shown translated."""
        message = json.dumps(detail.to_json()) if isinstance(detail, Message) else None
        with self.transaction():
            self.db.table("audit_log").insert(
                {"client_id": client_id, "at": self.now(), "actor": actor, "action": action,
                 "detail": str(detail), "detail_message": message}
            )

    def audit_log(self, client_id: int = DEFAULT_CLIENT_ID) -> list[dict[str, Any]]:
        """Oldest first; `message` is the detail's message (template and values) or None."""
        with self.errors():
            rows = list(self.db.query(
                "SELECT at, actor, action, detail, detail_message FROM audit_log "
                "WHERE client_id = ? ORDER BY id", [client_id]))
        for row in rows:
            stored = row.pop("detail_message", None)
            try:
                row["message"] = json.loads(stored) if stored else None
            except ValueError:
                row["message"] = None
        return rows
