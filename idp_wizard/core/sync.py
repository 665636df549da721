"""One sync run: lock, read the directory, plan, guard deletions, apply, record.

Failure never costs data: anything that goes wrong before the final transaction
leaves the synced users exactly as they were, and the run is recorded as failed. The
final transaction applies only to the connection the run planned for (its generation),
and a filter change takes effect in it together with its changes, or not at all.
"""

from __future__ import annotations

import contextlib
import logging

from idp_wizard.core import locks
from idp_wizard.core.apply import apply_plan
from idp_wizard.core.auth import ReaderSource
from idp_wizard.core.connection import (
    Connection,
    ConnectionState,
    load_filter,
    load_pending_filter,
    require_connection,
    save_filter,
    set_state,
)
from idp_wizard.core.delta import choose_mode, full_read_digest
from idp_wizard.core.errors import AuthorizationRequired, IdpWizardError, SyncSkipped
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.guard import hold, plan_hold_reason
from idp_wizard.core.hints import suggest
from idp_wizard.core.language import LanguageMapper
from idp_wizard.core.locks import ClientLock
from idp_wizard.core.messages import msg
from idp_wizard.core.outcome import SyncOutcome, bulk_work
from idp_wizard.core.plan import PlannedChange, SyncPlan
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn, no_progress
from idp_wizard.core.push import PlatformDelivery
from idp_wizard.core.reader import as_delta_reader
from idp_wizard.core.records import Directory
from idp_wizard.core.runs import (
    RunStatus,
    erase_superseded_pending,
    fail_interrupted_runs,
    finish_run,
    nothing_applied,
    start_platform,
    start_run,
)
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.sync_reading import After, DirectoryPlanner

log = logging.getLogger(__name__)


class SyncService:
    def __init__(self, store: Store, readers: ReaderSource, lock: ClientLock,
                 client_id: int = DEFAULT_CLIENT_ID, mapper: LanguageMapper | None = None,
                 lock_wait: float | None = None,
                 platform: PlatformDelivery | None = None) -> None:
        self.store = store
        self.platform = platform  # None: the synced users stay in this app (no push)
        self.readers = readers
        self.lock = lock
        self.client_id = client_id
        self.mapper = mapper or LanguageMapper()
        self.lock_wait = locks.SYNC_WAIT if lock_wait is None else lock_wait

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
        spec: FilterSpec | None = None,
        directory: Directory | None = None,
        reconcile: bool = False,
        planned: PlannedChange | None = None,
    ) -> SyncOutcome:
        """`approved_removals`: ids the admin just approved (a preview or a review of a
        held run); `allow_deletions`: every removal is approved. Either one confirms a
        held filter change. `spec`: a new filter, saved only together with its changes
        (held: it waits beside the live one). `full`: read everything even where an
        incremental (delta) read would do. `directory`: the whole directory, read
        moments ago for this change (the rules sync of a filter change): planned
        against instead of reading it again, as a full read; `planned`: the plan of its
        preview, applied if still exact (PlannedChange). `reconcile`: compare the
        platform's users with ours and repair drift (also done on a first push and once
        a day)."""
        cancel = cancel or CancelToken()
        cancel.watch(self.lock.stop_requested)  # a disconnect elsewhere stops this run
        with self.lock.hold(self.lock_wait, "try again"), bulk_work():
            outcome = self._run(dry_run, allow_deletions, approved_removals, full, trigger,
                                progress, cancel, spec, directory, planned)
            if self.platform is not None and outcome.run_id is not None:
                self.platform.finish(outcome, conn=require_connection(self.store,
                                                                      self.client_id),
                                     reconcile=reconcile, progress=progress, cancel=cancel)
            return outcome

    def _run(self, dry_run: bool, allow_deletions: bool, approved: frozenset[str],
             full: bool, trigger: str, progress: ProgressFn, cancel: CancelToken,
             new_spec: FilterSpec | None, directory: Directory | None = None,
             planned: PlannedChange | None = None) -> SyncOutcome:
        store, client = self.store, self.client_id
        fail_interrupted_runs(store, client)  # safe: we hold the client's lock
        conn = require_connection(store, client)
        if trigger == "schedule" and conn.state is ConnectionState.NEEDS_REAUTHORIZATION:
            self._skip(conn)
        if new_spec is None and (allow_deletions or approved):
            held = load_pending_filter(store, client)  # confirming what was held
            new_spec = held[0] if held else None
        spec = new_spec or load_filter(store, client)
        with bulk_work():  # a demo reader builds its tenant here: 100,000s of objects
            reader = self.readers.reader(conn)
        delta = as_delta_reader(reader)
        mode, why = "full", ""
        if delta is not None:
            mode, why = choose_mode(conn, spec, full_read_digest(store, client), store.clock())
            if full and mode == "delta":
                mode, why = "full", "a full read was requested"
        if directory is not None and mode == "delta":
            mode, why = "full", "the directory was read for this change"
        run_id = None if dry_run else start_run(store, trigger, mode, client)
        try:
            planner = DirectoryPlanner(store, client, self.mapper)
            with bulk_work(), contextlib.closing(reader):
                if directory is not None:
                    plan, after = planner.plan_read(directory, conn, spec, delta is not None,
                                                    planned)
                else:
                    plan, mode, why, after = planner.read_and_plan(
                        reader, conn, spec, mode, why, progress, cancel)
            cancel.raise_if_cancelled()
        except AuthorizationRequired as exc:
            if run_id is not None:
                said = exc.message or str(exc)
                finish_run(store, run_id, RunStatus.FAILED, error=said)
                set_state(store, ConnectionState.NEEDS_REAUTHORIZATION, said, client)
            raise
        except IdpWizardError as exc:
            log.info("sync run %s failed: %s", run_id, type(exc).__name__)
            if run_id is not None:
                said = nothing_applied(exc.message or str(exc))
                finish_run(store, run_id, RunStatus.FAILED, error=said)
            raise
        except BaseException:
            if run_id is not None:
                finish_run(store, run_id, RunStatus.FAILED,
                           error=msg("Unexpected internal error; nothing was applied."))
            raise

        unapproved = 0 if allow_deletions else sum(
            1 for r in plan.removals if r.id not in approved)
        reason, synced_count = plan_hold_reason(store, plan, unapproved, client)
        if dry_run:
            return SyncOutcome("dry_run", plan, mode, synced_users=plan.shared,
                               would_hold=str(reason or ""), message=reason)
        assert run_id is not None
        if reason:
            return hold(store, plan, run_id, mode, reason, synced_count,
                        pending_spec=new_spec, client_id=client)
        progress(Progress("apply", message=msg("Saving changes")))
        confirmed = len(plan.removals) - unapproved if (allow_deletions or approved) else 0
        save = self._after_apply(after, run_id, confirmed, new_spec, plan)
        try:
            with bulk_work():  # 100,000 rows written: no full collections meanwhile
                apply_plan(store, plan, run_id, mode, client_id=client, after=save,
                           mode_reason=why, generation=conn.generation)
        except IdpWizardError as exc:
            finish_run(store, run_id, RunStatus.FAILED, error=exc.message or str(exc))
            raise
        # Counts only: the log never holds personal data or tokens.
        log.info("sync run %s (%s, %s) succeeded: +%d ~%d -%d, %d skipped", run_id, trigger,
                 mode, len(plan.adds), len(plan.updates), len(plan.removals), plan.skipped)
        return SyncOutcome("succeeded", plan, mode, run_id, synced_users=plan.shared)

    def _after_apply(self, after: After | None, run_id: int, confirmed: int,
                     new_spec: FilterSpec | None, plan: SyncPlan) -> After:
        """Inside the apply transaction: the new filter, the audit entry and the erasure
        of earlier held runs' names commit or vanish together with the users."""
        store, client = self.store, self.client_id

        def save() -> None:
            if after is not None:
                after()
            if new_spec is not None:
                save_filter(store, new_spec, client)
            erase_superseded_pending(store, run_id, client)
            if self.platform is not None:  # the outbox commits with the users
                self.platform.enqueue(plan)
                start_platform(store, run_id)
            if confirmed:  # a count only: the removed people's names stay out of the log
                store.audit("deletions.confirm",
                            msg("{count} synced users removed (run #{run})",
                                count=confirmed, run=str(run_id)), client_id=client)

        return save

    def _skip(self, conn: Connection) -> None:
        """A scheduled run while the sign-in is gone: recorded, users untouched."""
        reason = msg("The scheduled sync was skipped: the connection needs reauthorization "
                     "({why}). Reauthorize it in the app (or {command}); the synced users "
                     "are kept.", why=conn.reason or "-", command=suggest("reauthorize"))
        run_id = start_run(self.store, "schedule", "none", self.client_id)
        finish_run(self.store, run_id, RunStatus.FAILED, error=reason)
        raise SyncSkipped(reason)
