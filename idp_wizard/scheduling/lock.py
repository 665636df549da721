"""One per-user lock around every backend's install and remove.

Each backend reads what the scheduler holds, decides (is another data folder's entry
there?) and then writes. Two `schedule install` runs for different data folders at the
same moment would both pass the check and the last writer would silently replace the
other's schedule (systemd, launchd, Task Scheduler: one entry per user), or write back a
crontab without the other's line (cron). Both hold this lock from the read to the write,
so the second one sees the first one's entry, as it would one after the other.

The lock file lives in the user's cache folder (`ScheduleEnv.lock_folder`), the same for
every data folder and every backend.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from filelock import FileLock, Timeout

from idp_wizard.core.messages import Message, msg
from idp_wizard.core.os_errors import os_reason
from idp_wizard.scheduling.base import ScheduleEnv, SchedulingError

LOCK_NAME = "schedule.lock"
LOCK_WAIT = 30.0  # seconds; another install's read and write take well under one


@contextlib.contextmanager
def schedule_lock(env: ScheduleEnv, what: Message,
                  wait: float | None = None) -> Iterator[None]:
    """Held from reading the scheduler's entry to writing it; `what` names that entry
    ("the crontab") for the sentence shown when another run holds the lock too long."""
    path = env.lock_folder / LOCK_NAME
    lock = FileLock(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire(timeout=LOCK_WAIT if wait is None else wait)
    except Timeout:
        raise SchedulingError(msg(
            "Another IdP Wizard is changing {what} right now (it holds {path}); nothing "
            "was changed. Try again when it has finished.", what=what,
            path=str(path))) from None
    except OSError as exc:
        raise SchedulingError(msg(
            "Cannot use the lock file {path} ({reason}); nothing was changed. Remove or fix "
            "it, then try again.", path=str(path), reason=os_reason(exc))) from None
    try:
        yield
    finally:
        lock.release()
