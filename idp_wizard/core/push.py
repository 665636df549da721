"""Delivery: what the outbox holds goes to the platform, each answer is recorded.

Why an outbox (kept per user in `platform_users`, written in the sync's apply
transaction) and not a push straight from the plan: the directory part of a run commits
whatever happens on the network, and the platform work it implies commits with it, so
nothing is lost when the push halts (401, network, 5xx, a killed process) and nothing
is sent twice. What is sent is derived from the *current* synced row, not a copy taken
at enqueue time, so repeated changes to one user collapse into one request, a user
added and removed before delivery costs nothing, and a retry never replays a stale
state.

Order per run: removals first (a leaver's address may come back as a joiner's), then
creates and updates (managers before their reports, Bulk for fresh creates), then the
manager links that became known, then groups. A first sync to a target (and
`--reconcile`, and once a day) lists the platform first: existing users are adopted,
users deleted or changed by hand are repaired; users that are not ours are never
touched.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import replace
from datetime import timedelta

from idp_wizard.core import platform_state as ps
from idp_wizard.core.clock import parse_iso
from idp_wizard.core.connection import Connection
from idp_wizard.core.errors import Cancelled, IdpWizardError
from idp_wizard.core.locks import is_stopped_for_removal, stopped_while_sending
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.plan import SharedGroup, SyncPlan
from idp_wizard.core.platform_source import PlatformSource
from idp_wizard.core.platform_target import (
    PlatformTarget,
    TargetState,
    load_target,
    save_target,
    set_target_state,
)
from idp_wizard.core.progress import CancelToken, ProgressFn, no_progress
from idp_wizard.core.push_groups import groups_pending
from idp_wizard.core.push_results import PlatformReport
from idp_wizard.core.push_session import PushSession
from idp_wizard.core.runs import finish_platform
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.platform import UserMapper
from idp_wizard.platform.errors import PlatformError, TokenRejected

log = logging.getLogger(__name__)
RECONCILE_EVERY = timedelta(hours=24)  # the daily full comparison


def target_of(store: Store, source: PlatformSource | None,
              client_id: int = DEFAULT_CLIENT_ID) -> PlatformTarget | None:
    """The client's target: the saved one, else the environment's default (demo)."""
    saved = load_target(store, client_id)
    if saved is not None or source is None:
        return saved
    return source.default_target()


class PlatformDelivery:
    def __init__(self, store: Store, source: PlatformSource,
                 client_id: int = DEFAULT_CLIENT_ID) -> None:
        self.store, self.source, self.client_id = store, source, client_id

    def enqueue(self, plan: SyncPlan) -> None:
        """Inside the apply transaction: the platform work this plan implies. Without a
        target there is no outbox (a second row per user written for nothing: a third
        of a first sync's writes); the target, once there, queues every synced user."""
        if target_of(self.store, self.source, self.client_id) is not None:
            ps.enqueue_plan(self.store, plan, self.client_id)

    def finish(self, outcome: SyncOutcome, *, conn: Connection, reconcile: bool = False,
               progress: ProgressFn = no_progress, cancel: CancelToken | None = None) -> None:
        """After a run's directory part: push (succeeded runs only; a held run sends
        nothing) and record the platform part beside it. An incomplete push makes the
        outcome "incomplete": what was applied here stays applied and is sent later."""
        run_id = outcome.run_id
        assert run_id is not None
        if outcome.status != "succeeded" or outcome.plan is None:
            outcome.platform = self.idle("not_attempted")
            return
        synced_data = conn.settings.get("synced_data")
        with_groups = synced_data is None or "groups" in synced_data
        groups = outcome.plan.groups if with_groups else None
        # The per-user lists are applied already: free them before the push (100,000
        # records) so its memory comes from theirs. The counts stay in the outcome.
        outcome.detach()
        try:
            report = self.deliver(run_id, synced_data, groups=groups, reconcile=reconcile,
                                  progress=progress, cancel=cancel)
        except BaseException:
            finish_platform(self.store, run_id, "halted", 0, 0, 0, 0, 0,
                            msg("An internal error stopped the push to the platform; what "
                                "is left is sent by the next sync."), [])
            raise
        finish_platform(self.store, run_id, report.status, report.created + report.adopted,
                        report.updated, report.deleted + report.deactivated, report.failed,
                        report.pending, report.error, report.problems, report.details())
        outcome.platform = report
        if report.incomplete:
            outcome.status, outcome.error = "incomplete", str(report.error)
            outcome.message = report.error if isinstance(report.error, Message) else None

    def idle(self, status: str) -> PlatformReport:
        """A report for a run that sent nothing (what waits is still counted)."""
        c = ps.counts(self.store, self.client_id)
        return PlatformReport(status=status, pending=c.pending + c.failed)

    def deliver(self, run_id: int, data_groups: Collection[str] | None, *,
                groups: list[SharedGroup] | None = None, reconcile: bool = False,
                compare: bool = True, progress: ProgressFn = no_progress,
                cancel: CancelToken | None = None) -> PlatformReport:
        """Send what is pending. `groups`: the groups to push (None: leave them as they
        are). `compare` False: never list the platform (disconnect). Never raises for
        the platform's sake: a halt is reported (status "halted"), the pending work
        stays for the next run."""
        store, client = self.store, self.client_id
        target = target_of(store, self.source, client)
        report = PlatformReport()
        if target is None:
            report.status = "no_target"
        elif target.state is TargetState.NEEDS_TOKEN:
            report.status, report.error = "paused", target.reason or msg(
                "The platform rejected the SCIM token (401); set a new token.")
        elif not (reconcile or (compare and self._due(target))
                  or self._has_work(target, data_groups, groups)):
            pass  # nothing waits: the platform is not even opened
        else:
            if load_target(store, client) is None:  # the demo's default, kept from now on
                with store.transaction():
                    save_target(store, target, client)
                    ps.queue_unqueued(store, client)
            self._deliver(target, run_id, data_groups, groups, reconcile, compare, report,
                          progress, cancel or CancelToken())
        c = ps.counts(store, client)
        report.pending = c.pending + c.failed
        return report

    def _due(self, target: PlatformTarget) -> bool:
        """A first push (adoption) or the daily comparison with the platform."""
        return not target.reconciled_at or (
            self.store.clock() - parse_iso(target.reconciled_at) >= RECONCILE_EVERY)

    def _has_work(self, target: PlatformTarget, data_groups: Collection[str] | None,
                  groups: list[SharedGroup] | None) -> bool:
        """Something to send: pending work, groups, or users confirmed while other
        attributes were managed (a "synced data" group ticked or unticked since)."""
        store, client = self.store, self.client_id
        c = ps.counts(store, client)
        if c.pending or c.failed or groups_pending(store, client, groups,
                                                   ps.platform_ids(store, client)):
            return True
        caps = target.capabilities
        return caps is not None and ps.any_other_keys(
            store, UserMapper(caps, data_groups).keys, client)

    def _deliver(self, target: PlatformTarget, run_id: int,
                 data_groups: Collection[str] | None, groups: list[SharedGroup] | None,
                 reconcile: bool, compare: bool, report: PlatformReport,
                 progress: ProgressFn, cancel: CancelToken) -> None:
        store, client = self.store, self.client_id
        due = compare and self._due(target)
        try:
            with self.source.open(target, cancel=cancel, progress=progress) as scim:
                if target.capabilities is None:  # discovered now: kept with the target
                    save_target(store, replace(target, capabilities=scim.capabilities), client)
                session = PushSession(store, client, scim, run_id, target, data_groups,
                                      report, progress, cancel)
                try:
                    session.run(reconcile or due, groups)
                finally:
                    session.recorder.flush()
        except TokenRejected as exc:
            self._halt(report, exc.message or str(exc), TargetState.NEEDS_TOKEN)
        except PlatformError as exc:
            self._halt(report, exc.message or str(exc), TargetState.UNREACHABLE)
        except Cancelled as exc:  # a request's thread may have said only "Stopped."
            removal = is_stopped_for_removal(exc.message) or is_stopped_for_removal(
                cancel.reason)
            self._halt(report, stopped_while_sending() if removal else msg(
                "The sync was stopped before every change reached the platform."), None)
        except IdpWizardError as exc:  # the token is missing, the demo platform busy...
            self._halt(report, exc.message or str(exc), None)
        else:
            if target.state is not TargetState.READY:
                set_target_state(store, TargetState.READY, "", client)
            report.status = "some_failed" if report.failed else "delivered"

    def _halt(self, report: PlatformReport, reason: str | Message,
              state: TargetState | None) -> None:
        log.info("platform push halted: %s", reason)
        report.status, report.error = "halted", reason
        if state is not None:
            set_target_state(self.store, state, reason, self.client_id)


