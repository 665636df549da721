"""The profile's database file before the store uses it: created owner-only, told
apart from another program's file or a damaged one (left as it is), migrated to this
version under the write lock with a backup first, and switched to WAL."""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import stat
from pathlib import Path
from typing import TYPE_CHECKING

import sqlite_utils
import tenacity

from idp_wizard.core.errors import StoreError
from idp_wizard.core.messages import msg
from idp_wizard.core.schema import MIGRATION_TIME, MIGRATIONS, SCHEMA_VERSION
from idp_wizard.paths import make_private_dir

if TYPE_CHECKING:
    from idp_wizard.core.store import Store

# PRAGMA application_id of our databases ("IdPW"): another program's SQLite file at the
# profile's path is told apart and left alone, never migrated into ours.
APPLICATION_ID = 0x49645057

log = logging.getLogger(__name__)


@functools.cache
def expected_tables(version: int) -> frozenset[str]:
    """The tables a database at schema `version` has (the migrations run in memory)."""
    db = sqlite_utils.Database(memory=True)
    for step in MIGRATIONS[:version]:
        step(db)
    return frozenset(db.table_names())


def _locked(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


def create_private(path: Path) -> bool:
    """Create `path` owner-only; False when it existed already."""
    make_private_dir(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def tighten(path: Path) -> None:
    """Files made by older versions or by hand lose what others may do; the owner's
    own bits stay as they are (a file made read-only stays read-only)."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077 and os.name == "posix":
        path.chmod(mode & 0o700)


def check_is_ours(store: Store) -> None:
    """Refuse, unchanged, a file of another application, one whose schema version is
    lost although it has tables, and one that misses a table of its version."""
    db = store.db
    app_id = int(db.execute("PRAGMA application_id").fetchone()[0])
    version = store.schema_version
    tables = set(db.table_names())
    ours = expected_tables(SCHEMA_VERSION)
    if app_id not in (0, APPLICATION_ID) or (tables and not tables & ours):
        raise StoreError(msg(
            "The file {path} belongs to another application (it is not an IdP Wizard "
            "database); it was left as it is. Move it away or choose another data "
            "folder (--data-dir).", path=str(store.path)))
    if version == 0 and tables:
        raise StoreError(msg(
            "Cannot use the database {path}: it has IdP Wizard tables but no schema "
            "version (damaged or changed by hand). It was left as it is: restore a "
            "backup or move it away to start afresh.", path=str(store.path)))
    if 0 < version <= SCHEMA_VERSION:
        missing = sorted(expected_tables(version) - tables)
        if missing:
            raise StoreError(msg(
                "Cannot use the database {path}: it is damaged (the table {table} is "
                "missing). It was left as it is: restore a backup or move it away to "
                "start afresh.", path=str(store.path), table=missing[0]))


def migrate(store: Store, current: int) -> None:
    """Two processes may open a new (or an older) profile at once: the migration
    runs under the write lock taken first (BEGIN IMMEDIATE, waiting for the other
    process's), and starts from the version found then, so the second process finds
    it done instead of failing on tables that exist already."""
    if current == SCHEMA_VERSION:
        _mark_ours(store)  # databases made before the application id existed
        return
    with store.transaction():
        check_is_ours(store)
        written = _migrate_from(store, store.schema_version)
    if written is not None:  # only once the migration is committed
        _prune_backups(store, written)


def check_not_newer(store: Store, version: int) -> None:
    """Refuse a database of a newer version before anything of it is changed (its
    permissions included)."""
    if version > SCHEMA_VERSION:
        raise StoreError(msg(
            "The database {path} was written by a newer IdP Wizard (schema {schema}, "
            "this one knows {known}). Update IdP Wizard.", path=str(store.path),
            schema=version, known=SCHEMA_VERSION))


def _migrate_from(store: Store, current: int) -> int | None:
    """The version backed up (None: nothing was)."""
    check_not_newer(store, current)  # again: another process may have updated it meanwhile
    if current == SCHEMA_VERSION:  # another process migrated it meanwhile
        return None
    if current > 0:
        _backup(store, current)
    moment = MIGRATION_TIME.set(store.now())  # the store's clock, not the system's
    try:
        for step in MIGRATIONS[current:]:
            step(store.db)
    finally:
        MIGRATION_TIME.reset(moment)
    store.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    store.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return current if current > 0 else None


# Backups kept after a successful upgrade: the one it just wrote (rolls this upgrade
# back) and the newest one before it (rolls back an upgrade whose fault shows only
# later, once the next one has run). Every copy is a whole profile: with one kept per
# upgrade, a profile of hundreds of MB piled up a copy with every update.
KEPT_BACKUPS = 2


def _prune_backups(store: Store, written: int) -> None:
    """Delete older complete `.vN.bak` copies; a copy still being written
    (`.unfinished.bak`) is not one of them. Ordered by version, numerically (v9 before
    v12); the one just written is kept even when an older profile was restored."""
    prefix = f"{store.path.name}.v"
    found: dict[int, Path] = {}
    for path in store.path.parent.glob(f"{prefix}*.bak"):
        number = path.name[len(prefix):-len(".bak")]
        if number.isdigit():
            found[int(number)] = path
    others = sorted((v for v in found if v != written), reverse=True)
    for version in others[KEPT_BACKUPS - 1:]:
        try:
            found[version].unlink(missing_ok=True)
        except OSError as exc:  # the upgrade succeeded: a copy left over must not undo that
            log.warning("could not delete an old schema backup (v%d): %s", version,
                        exc.strerror or type(exc).__name__)


@tenacity.retry(retry=tenacity.retry_if_exception(_locked), reraise=True,
                wait=tenacity.wait_random(0.005, 0.05), stop=tenacity.stop_after_delay(10))
def use_wal(store: Store) -> None:
    """Once per new profile. Switching needs the file to itself and SQLite does not
    wait for that: a process opening the new profile at the same moment (reading
    its version) makes it fail at once, so it is tried again for a while."""
    with store.db.ensure_autocommit_on():
        if store.db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            store.db.execute("PRAGMA journal_mode = WAL")


def _mark_ours(store: Store) -> None:
    if int(store.db.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        with store.db.atomic():
            store.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def _backup(store: Store, version: int) -> None:
    """A `.vN.bak` is always a whole copy: the copy is written under another name and
    takes the backup's name once complete. A process killed while copying left half a
    database under the backup's name (its rollback journal beside it), which read as a
    backup and restored nothing; a copy failing on a full disk left an empty one."""
    target = store.path.with_name(f"{store.path.name}.v{version}.bak")
    # Still matched by the backups' pattern (ProfilePaths.backups): a disconnect
    # deletes a killed attempt's copy with the others.
    partial = store.path.with_name(f"{store.path.name}.v{version}.unfinished.bak")
    journal = partial.with_name(partial.name + "-journal")
    for leftover in (partial, journal):  # of an attempt that was killed
        leftover.unlink(missing_ok=True)
    create_private(partial)
    # Read through a connection of its own: ours holds the write lock (nobody else
    # changes the file meanwhile), and a backup from inside its transaction stalls.
    source, dest = sqlite3.connect(store.path), sqlite3.connect(partial)
    try:
        try:
            source.backup(dest)
        finally:
            dest.close()
            source.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)  # an earlier copy of that version stays until then
