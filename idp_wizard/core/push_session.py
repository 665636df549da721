"""One run's push to one opened target: the passes, the operations, the answers.

Called by `PlatformDelivery` (core/push.py), which opens the target and reports halts.
Order: removals first (a leaver's address may come back as a joiner's), then creates
and updates in waves so nobody comes before their manager, then the manager links that
changed, then groups. After a listing (`reconcile`) what the platform holds decides.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from idp_wizard.core import platform_state as ps
from idp_wizard.core.messages import msg
from idp_wizard.core.plan import SharedGroup
from idp_wizard.core.platform_managers import (
    ManagerFinder,
    manager_keys,
    manager_levels,
    manager_links,
    users_with_managers,
)
from idp_wizard.core.platform_reconcile import Comparison, compare
from idp_wizard.core.platform_target import PlatformTarget, mark_reconciled
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn
from idp_wizard.core.push_groups import push_groups
from idp_wizard.core.push_results import PlatformReport, ResultRecorder
from idp_wizard.core.store import Store
from idp_wizard.platform import MappedUser, ScimTarget, UserMapper, UserOp
from idp_wizard.platform.attributes import MANAGER
from idp_wizard.platform.drift import overwrites_hand_change
from idp_wizard.platform.errors import UnmappableUser


class PushSession:
    """One run's push to one opened target."""

    def __init__(self, store: Store, client_id: int, scim: ScimTarget, run_id: int,
                 target: PlatformTarget, data_groups: Collection[str] | None,
                 report: PlatformReport, progress: ProgressFn, cancel: CancelToken) -> None:
        self.store, self.client = store, client_id
        self.scim, self.run_id, self.target = scim, run_id, target
        self.report, self.progress, self.cancel = report, progress, cancel
        managers = manager_keys(self.store, self.client)
        ids = ps.platform_ids(self.store, self.client, managers)
        self.recorder = ResultRecorder(self.store, self.client, ids, report, self._label,
                                       managers=managers)
        self._managers: dict[str, str | None] = {}
        self._find = ManagerFinder(store, client_id)
        self.mapper: UserMapper = scim.mapper(data_groups, self._manager)
        self.recorder.keys = self.mapper.keys  # stored with each confirmed state
        self.comparison: Comparison | None = None
        self.done = 0

    def _manager(self, key: str) -> str | None:
        """The platform id of a manager (named by directory id or e-mail address)."""
        if key not in self._managers:
            self._managers[key] = self._find(key)
        uid = self._managers[key]
        return self.recorder.ids.get(uid) if uid else None

    def _label(self, uid: str) -> str:
        row = self.store.db.execute(
            "SELECT coalesce(s.email, p.user_name, ?) FROM platform_users p LEFT JOIN "
            "synced_users s ON s.client_id = p.client_id AND s.id = p.id WHERE "
            "p.client_id = ? AND p.id = ?", [uid, self.client, uid]).fetchone()
        return str(row[0]) if row else uid

    def run(self, reconcile: bool, groups: list[SharedGroup] | None) -> None:
        store, client = self.store, self.client
        self.cancel.raise_if_cancelled()
        self._push(ps.pending_ids(store, client, (ps.DELETE,)))
        if reconcile:
            self.progress(Progress("platform", message=msg("Comparing with the platform")))
            self.comparison = compare(store, self.scim, self.mapper, client)
            if not self.comparison.complete:
                self.report.short_listing = (self.comparison.listed,
                                             self.comparison.reported or 0)
            self._push_levels(ps.pending_ids(store, client, (ps.CREATE, ps.UPDATE))
                              + self._synced_without_pending())
            self.report.unmanaged = self.comparison.unmanaged
            self.comparison = None  # later passes work from the recorded state
            mark_reconciled(store, self.report.unmanaged, client)
        else:
            self._push_levels(ps.pending_ids(store, client, (ps.CREATE, ps.UPDATE))
                              + self._managed_otherwise())
        self._fix_managers()
        if groups is not None:
            push_groups(self.store, self.client, self.scim, groups,
                        ps.platform_ids(self.store, self.client), self.report)

    def _push_levels(self, ids: list[str]) -> None:
        for level in manager_levels(self.store, ids, self.client):
            self._push(level)

    def _synced_without_pending(self) -> list[str]:
        rows = self.store.db.execute(
            "SELECT id FROM platform_users WHERE client_id = ? AND pending IS NULL AND "
            "status = 'provisioned'", [self.client]).fetchall()
        return [r[0] for r in rows]

    def _managed_otherwise(self) -> list[str]:
        """Provisioned users without a pending operation whose confirmed state was
        recorded while other attributes were managed: compared again (what the app
        wrote for an unticked group is removed, a ticked group's values are sent)
        without waiting for the daily comparison."""
        return [uid for uid, _, pending in ps.other_keys(self.store, self.mapper.keys,
                                                         self.client) if pending is None]

    def _fix_managers(self) -> None:
        """Reports whose manager got (or lost) a platform id after they were sent: only
        those whose confirmed manager link differs get a request."""
        if MANAGER not in self.mapper.keys:
            return  # the platform does not take managers
        changed = self.recorder.changed
        for _ in range(3):  # a new link may reveal another; the chain ends quickly
            if not changed:
                return
            self.recorder.flush()
            stale = [uid for uid, key, have in manager_links(
                         self.store, users_with_managers(self.store, changed, self.client),
                         self.client)
                     if (self._manager(key) if key else None) != have]
            ps.mark_update(self.store, stale, self.client)
            self.recorder.changed = set()
            self._push(stale)
            changed = self.recorder.changed

    # -- one pass ------------------------------------------------------------------

    def _push(self, ids: list[str]) -> None:
        if not ids:
            return
        total = len(ids)
        self.progress(Progress("platform", 0, total, msg("Sending changes to the platform")))

        def on_result(result: object) -> None:
            self.recorder(result)  # type: ignore[arg-type]
            self.done += 1
            if self.done % 100 == 0:
                self.progress(Progress("platform", self.done, None,
                                       msg("Sending changes to the platform")))

        settings = self.target.settings
        self.scim.push(self._ops(ids), on_result, self.mapper,
                       concurrency=settings.concurrency, cancel=self.cancel)
        self.recorder.flush()

    def _ops(self, ids: list[str]) -> Iterator[UserOp]:
        """Read lazily on the push's calling thread, a chunk at a time; every operation
        is marked as sent before it can be sent."""
        for start in range(0, len(ids), ps.CHUNK):
            states = ps.load_states(self.store, ids[start:start + ps.CHUNK], self.client)
            ops = [op for op in map(self._op_for, states) if op is not None]
            ps.mark_sent(self.store, [op.directory_id for op in ops], self.run_id,
                         self.client)
            yield from ops

    def _op_for(self, st: ps.UserState) -> UserOp | None:
        if st.pending == ps.DELETE or st.record is None:
            if not st.platform_id and st.sent_run is None:
                self.recorder.forget(st.id)  # the platform never heard of this user
                return None
            if self.target.settings.deactivate:
                return UserOp.deactivate(st.id, st.platform_id, user_name=st.user_name)
            if st.sent_run is not None:  # a 404 now may be the earlier send's doing
                self.recorder.resent.add(st.id)
            return UserOp.delete(st.id, st.platform_id, st.user_name)
        try:
            desired = self.mapper.map(st.record)
        except UnmappableUser as exc:
            self.recorder.fail(st.id, str(exc), None)
            return None
        known = st.previous()
        dropped = self.mapper.dropped(known)  # what the app wrote and manages no more
        comparison = self.comparison
        if comparison is not None:  # the platform was just listed: trust what it holds
            platform_id = comparison.matched.get(st.id)
            if platform_id is None and st.platform_id is not None:
                # Ours but not listed: read it by its id before creating it again (a
                # listing short or empty by mistake must not re-create everyone); the
                # recorder counts it as missing only when the platform really lost it;
                # with no directory change to send, a write to it repaired a change there.
                if st.pending is None:
                    self.recorder.drifting.add(st.id)
                return UserOp.update(st.id, st.platform_id, desired, None, dropped)
            if platform_id is None:  # never confirmed, and not listed: create it
                return UserOp.create(st.id, desired, verify_first=not comparison.complete)
            if st.platform_id != platform_id:  # found by userName/externalId: adopt it
                self.recorder.adopting[st.id] = st.platform_id
            held = comparison.drifted.get(st.id)
            if st.id in comparison.in_sync:
                # Compared with the manager ids known before this push: a manager
                # adopted or created since (an earlier wave) gets the link sent now.
                held = desired.with_values(**{MANAGER: comparison.in_sync[st.id]})
                if held.fingerprint == desired.fingerprint:
                    self.recorder.confirm(st.id, platform_id, desired, st.platform_id)
                    return None
            elif st.platform_id == platform_id and held is not None \
                    and self._hand_changed(st, held, desired):
                self.recorder.drifting.add(st.id)
            # Another platform user than the one the app wrote: adopted, nothing dropped.
            mine = dropped if st.platform_id == platform_id else ()
            return UserOp.update(st.id, platform_id, desired, held, mine)
        if st.platform_id is None:
            return UserOp.create(st.id, desired, verify_first=st.sent_run is not None)
        if st.confirmed_fp == desired.fingerprint:
            self.recorder.confirm(st.id, st.platform_id, desired, st.platform_id)
            return None
        return UserOp.update(st.id, st.platform_id, desired, known, dropped)


    def _hand_changed(self, st: ps.UserState, held: MappedUser, desired: MappedUser
                      ) -> bool:
        """Changed there since the platform last confirmed it, and this write undoes it:
        a repair, once the platform confirms it. Also when the user has a directory
        change to send (the hand change is overwritten all the same); not for what the
        directory change or a "synced data" change alone explains (drift.py)."""
        known = st.previous()
        if known is None:  # no confirmed state kept: judged by its fingerprint alone
            return held.fingerprint != st.confirmed_fp
        return overwrites_hand_change(known, held, desired, self.mapper.keys)
