"""One lock per client: every operation that writes a client's data holds it.

Syncs, disconnects, filter changes, reauthorizations, confirmed removals, settings that
change a sync and platform target changes all take it, whether they come from the app,
the command line or the OS scheduler, so none of them interleaves with another. The
lock is a file lock (filelock): it works across processes, and across threads of one
process (each thread has its own hold), while a thread may take it again while it
holds it (a filter change holds it and then runs its sync).

A long sync should not make a disconnect wait minutes: `request_stop` leaves a note
beside the lock that the running sync checks between pages (see `stop_requested`),
so it stops early, applies nothing and releases the lock.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from idp_wizard.core.errors import IdpWizardError, SyncInProgress
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.os_errors import os_reason

SYNC_WAIT = 5.0  # a second sync waits this long for the first before giving up
WRITE_WAIT = 10.0  # other writes (filter save, settings, reauthorize)
STOP_WAIT = 120.0  # disconnect: the running sync was asked to stop; wait for it

# The client locks this thread holds now (see `held_by_others`): a probe of one of them
# fails as if another process held it (a file lock is per open file).
_mine = threading.local()


def _held_here() -> list[Path]:
    held: list[Path] | None = getattr(_mine, "paths", None)
    if held is None:
        held = _mine.paths = []
    return held


@contextlib.contextmanager
def _counted(path: Path) -> Iterator[None]:
    _held_here().append(path)
    try:
        yield
    finally:
        _held_here().remove(path)


class ClientLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.stop_path = path.with_name(path.name + ".stop")
        self._lock = FileLock(path)

    @contextlib.contextmanager
    def hold(self, wait: float = WRITE_WAIT, what: str = "") -> Iterator[None]:
        """Hold the lock for the block; `what` names the operation (for the log)."""
        try:
            self._lock.acquire(timeout=wait)
        except Timeout:
            if self.stop_requested() is not None:  # the holder (or a waiter) removes it
                raise SyncInProgress(being_removed()) from None
            raise SyncInProgress(msg(
                "A sync is already running for this client (from the app, the command line "
                "or the scheduler); try again when it has finished.")) from None
        except (IsADirectoryError, PermissionError, NotADirectoryError) as exc:
            raise IdpWizardError(msg(
                "Cannot use the lock file {path} ({why}); remove or fix it, then try again.",
                path=str(self.path), why=os_reason(exc))) from None
        try:
            with _counted(self.path):
                yield
        finally:
            self._lock.release()

    @property
    def held_here(self) -> bool:
        """Whether this process (this thread) holds it now."""
        return self._lock.is_locked

    def try_hold(self) -> contextlib.AbstractContextManager[bool]:
        """Hold it only if it is free right now; yields whether it was taken."""
        return _try(self)

    # -- asking a running sync to stop -------------------------------------------------

    @contextlib.contextmanager
    def stop_others(self) -> Iterator[None]:
        """While the block waits for the lock, a running sync sees a stop request."""
        with contextlib.suppress(OSError):  # else the disconnect just waits for the sync
            self.stop_path.touch()
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                os.unlink(self.stop_path)

    def stop_requested(self) -> Message | None:
        """For the running sync's cancel token (see CancelToken.watch)."""
        try:
            age = time.time() - self.stop_path.stat().st_mtime
        except OSError:
            return None
        if age < STOP_WAIT + 30:  # older: left by a killed process, ignore it
            return stopped_for_removal()
        return None


def held_by_others(paths: Iterable[Path]) -> bool:
    """Whether IdP Wizard works on one of these clients right now, in another process
    or another thread of this one (a sync storing its result, a disconnect, a removal):
    one of their locks is taken, not by this thread. Only existing lock files are
    probed (a probe must not create one), each for an instant."""
    mine = _held_here()
    for path in paths:
        if path in mine or not path.is_file():
            continue
        probe = FileLock(path)
        try:
            probe.acquire(timeout=0)
        except Timeout:
            return True
        except OSError:  # not ours to open: nobody can hold it either
            continue
        probe.release()
    return False


def being_removed() -> Message:
    """Why an operation could not take the lock while a disconnect or removal asks the
    client's sync to stop (see `stop_others`): not "a sync is running"."""
    return msg("This client is being disconnected or removed (from the app or the command "
               "line); try again when that has finished.")


def stopped_for_removal() -> Message:
    """Why a sync stopped at another process's request (see `stop_others`)."""
    return msg("The sync was stopped because the client is being disconnected or "
               "removed; nothing of it was applied.")


def stopped_while_sending() -> Message:
    """Why a sync's platform part stopped at such a request: its directory part was
    saved, but the disconnect or removal drops it again (no next sync sends the rest)."""
    return msg("The sync was stopped because the client is being disconnected or "
               "removed; the platform changes it had not sent yet are dropped with the "
               "client's synced users.")


def is_stopped_for_removal(said: object) -> bool:
    """Whether an error's message is `stopped_for_removal`'s."""
    return isinstance(said, Message) and said.template == stopped_for_removal().template


@contextlib.contextmanager
def _try(lock: ClientLock) -> Iterator[bool]:
    try:
        lock._lock.acquire(timeout=0)
    except (Timeout, OSError):
        yield False
        return
    try:
        with _counted(lock.path):
            yield True
    finally:
        lock._lock.release()
