"""One sync run: lock, read the directory, plan, guard deletions, apply, record.

Failure never costs data: anything that goes wrong before the final transaction
leaves the synced users exactly as they were, and the run is recorded as failed.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import cast

from filelock import FileLock, Timeout

from idp_wizard.core.apply import apply_plan
from idp_wizard.core.connection import (
    Connection,
    ConnectionState,
    load_filter,
    require_connection,
    set_state,
)
from idp_wizard.core.delta import (
    choose_mode,
    delta_plan,
    filter_digest,
    full_read_digest,
    load_directory_ids,
    save_directory_ids,
)
from idp_wizard.core.errors import (
    AuthorizationRequired,
    DeltaExpired,
    IdpWizardError,
    SyncInProgress,
    SyncSkipped,
)
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.guard import (  # noqa: F401 (re-exported for callers)
    DEFAULT_DELETION_COUNT,
    DEFAULT_DELETION_PERCENT,
    deletion_threshold,
    hold,
)
from idp_wizard.core.language import LanguageMapper
from idp_wizard.core.outcome import SyncOutcome, bulk_work, release
from idp_wizard.core.plan import SyncPlan, build_plan
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn, no_progress
from idp_wizard.core.reader import DeltaReader, DirectoryReader
from idp_wizard.core.records import Directory, Employee
from idp_wizard.core.runs import RunStatus, erase_superseded_pending, finish_run, start_run
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.users import count_users, synced_state

log = logging.getLogger(__name__)
ReaderFactory = Callable[[Connection], DirectoryReader]

DEFAULT_LOCK_WAIT = 5.0  # seconds a second sync waits for the first before giving up


def read_directory(
    reader: DirectoryReader, spec: FilterSpec, progress: ProgressFn, cancel: CancelToken,
    employees: list[Employee] | None = None,
) -> Directory:
    """Users (unless already read); groups and org units only when the filter needs them."""
    if employees is None:
        employees = reader.read_employees(progress, cancel)
    needs_groups = any(spec.include["groups"]) or any(spec.exclude["groups"])
    needs_units = any(spec.include["org_units"]) or any(spec.exclude["org_units"])
    groups = reader.read_groups(progress, cancel) if needs_groups else []
    units = reader.read_org_units(cancel) if needs_units else []
    return Directory(employees, groups, units)


class SyncService:
    def __init__(
        self,
        store: Store,
        reader_factory: ReaderFactory,
        lock_path: Path,
        mapper: LanguageMapper | None = None,
        lock_wait: float | None = None,
    ) -> None:
        self.store = store
        self.reader_factory = reader_factory
        self.lock = FileLock(lock_path)
        self.mapper = mapper or LanguageMapper()
        self.lock_wait = DEFAULT_LOCK_WAIT if lock_wait is None else lock_wait

    def run(
        self,
        *,
        dry_run: bool = False,
        allow_deletions: bool = False,
        approved_removals: frozenset[str] = frozenset(),
        full: bool = False,
        trigger: str = "cli",
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
    ) -> SyncOutcome:
        """`approved_removals`: ids the admin just approved (filter preview); not held.
        `full`: read everything even where an incremental (delta) read would do."""
        try:
            self.lock.acquire(timeout=self.lock_wait)
        except Timeout:
            raise SyncInProgress(
                "A sync is already running for this profile (from the app or the "
                "scheduler); try again when it has finished."
            ) from None
        try:
            return self._run(dry_run, allow_deletions, approved_removals, full, trigger,
                             progress, cancel or CancelToken())
        finally:
            self.lock.release()

    def _run(self, dry_run: bool, allow_deletions: bool, approved: frozenset[str],
             full: bool, trigger: str, progress: ProgressFn,
             cancel: CancelToken) -> SyncOutcome:
        store = self.store
        if not dry_run:  # a dry run writes nothing at all
            store.fail_interrupted_runs()  # safe: we hold the profile's sync lock
        conn = require_connection(store)
        if trigger == "schedule" and conn.state is ConnectionState.NEEDS_REAUTHORIZATION:
            self._skip(conn)
        spec = load_filter(store)
        with bulk_work():  # a demo reader builds its tenant here: 100,000s of objects
            reader = self.reader_factory(conn)
        incremental = hasattr(reader, "read_employees_delta")
        mode, why = "full", ""
        if incremental:
            mode, why = choose_mode(conn, spec, full_read_digest(store), store.clock())
            if full and mode == "delta":
                mode, why = "full", "a full read was requested"
        run_id = None if dry_run else start_run(store, trigger, mode)
        try:
            with bulk_work(), contextlib.closing(reader):
                plan, mode, why, after = self._read_and_plan(
                    reader, conn, spec, mode, why, progress, cancel)
            cancel.raise_if_cancelled()
        except AuthorizationRequired as exc:
            if run_id is not None:
                finish_run(store, run_id, RunStatus.FAILED, error=str(exc))
                set_state(store, ConnectionState.NEEDS_REAUTHORIZATION, str(exc))
            raise
        except IdpWizardError as exc:
            log.info("sync run %s failed: %s", run_id, type(exc).__name__)
            if run_id is not None:
                finish_run(store, run_id, RunStatus.FAILED,
                           error=f"{exc} Nothing was applied.")
            raise
        except BaseException:
            if run_id is not None:
                finish_run(store, run_id, RunStatus.FAILED,
                           error="Unexpected internal error; nothing was applied.")
            raise

        if dry_run:
            return SyncOutcome("dry_run", plan, mode, synced_users=plan.shared)
        assert run_id is not None
        synced_count = count_users(store)
        threshold = deletion_threshold(store, synced_count)
        unapproved = sum(1 for r in plan.removals if r.id not in approved)
        if unapproved > threshold and not allow_deletions:
            return hold(store, plan, run_id, mode, threshold, synced_count)
        progress(Progress("apply", message="Saving changes"))
        confirmed = len(plan.removals) if allow_deletions else sum(
            1 for r in plan.removals if r.id in approved)
        apply_plan(store, plan, run_id, mode, after=self._after_apply(after, run_id, confirmed),
                   mode_reason=why)
        # Counts only: the log never holds personal data or tokens.
        log.info("sync run %s (%s, %s) succeeded: +%d ~%d -%d, %d skipped", run_id, trigger,
                 mode, len(plan.adds), len(plan.updates), len(plan.removals), plan.skipped)
        return SyncOutcome("succeeded", plan, mode, run_id, synced_users=plan.shared)

    def _after_apply(self, after: Callable[[], None] | None, run_id: int,
                     confirmed: int) -> Callable[[], None]:
        """Inside the apply transaction: the audit entry and the erasure of names of
        earlier held runs (no longer needed) commit or vanish with the users."""
        store = self.store

        def save() -> None:
            if after is not None:
                after()
            erase_superseded_pending(store, run_id)
            if confirmed:  # a count only: the removed people's names stay out of the log
                store.audit("deletions.confirm",
                            f"{confirmed:,} synced users removed (run #{run_id})")

        return save

    def _skip(self, conn: Connection) -> None:
        """A scheduled run while the sign-in is gone: recorded, users untouched."""
        reason = ("The scheduled sync was skipped: the connection needs reauthorization"
                  + (f" ({conn.state_reason.rstrip('.')})" if conn.state_reason else "")
                  + ". Reauthorize it in the app (or idp-wizard connect --provider "
                  f"{conn.provider.value}); the synced users are kept.")
        run_id = start_run(self.store, "schedule", "none")
        finish_run(self.store, run_id, RunStatus.FAILED, error=reason)
        raise SyncSkipped(reason)

    def _read_and_plan(
        self, reader: DirectoryReader, conn: Connection, spec: FilterSpec, mode: str,
        why: str, progress: ProgressFn, cancel: CancelToken,
    ) -> tuple[SyncPlan, str, str, Callable[[], None] | None]:
        """Read (delta or full) and plan; `after` saves what must move with the apply."""
        store = self.store
        delta = cast(DeltaReader, reader) if hasattr(reader, "read_employees_delta") else None
        if delta is not None and mode == "delta":
            try:
                changes = delta.read_employees_delta(conn.delta_link, progress, cancel)
            except DeltaExpired:
                mode, why = "full", "Microsoft Graph asked for a full resync"
            else:
                progress(Progress("plan", message="Comparing with the synced users"))
                plan, ids = delta_plan(store, changes, spec, self.mapper,
                                       load_directory_ids(store),
                                       conn.settings.get("synced_data"))
                return plan, mode, why, self._saver(changes.delta_link, ids, None)
        if delta is None:
            directory = read_directory(reader, spec, progress, cancel)
            link = ""
        else:  # a full delta round: every user, plus the link for the next increment
            changes = delta.read_employees_delta(None, progress, cancel)
            directory = read_directory(reader, spec, progress, cancel, changes.changed)
            link = changes.delta_link
        cancel.raise_if_cancelled()
        progress(Progress("plan", message="Comparing with the synced users"))
        plan = build_plan(directory, spec, synced_state(store), self.mapper,
                          synced_data=conn.settings.get("synced_data"))
        ids = {e.id for e in directory.employees} if delta is not None else set()
        release(directory.employees)  # see release(): free 100,000 records gently
        if delta is None:
            return plan, mode, why, None
        return plan, mode, why, self._saver(link, ids, filter_digest(spec))

    def _saver(self, link: str, ids: set[str], digest: str | None) -> Callable[[], None]:
        """`digest`: the filter's, after a full read; None after an increment."""
        store = self.store

        def save() -> None:
            store.db.execute(
                "UPDATE connections SET delta_link = ?, last_full_read_at = "
                "CASE WHEN ? THEN ? ELSE last_full_read_at END WHERE client_id = ?",
                [link, digest is not None, store.now(), DEFAULT_CLIENT_ID])
            save_directory_ids(store, ids, digest)

        return save
