"""One client's filter operations, as App offers them: the rules sync (the directory
the criteria need), the options to filter on, asking for group access, and a new
filter saved together with its sync (or held, waiting beside the live one).

`App` inherits them; they work on its store, lock, sign-in and sync service, and like
every operation of App that writes, they hold the client's lock.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from idp_wizard.core.auth import Authenticator
from idp_wizard.core.connection import (
    Connection,
    discard_pending_filter,
    load_pending_filter,
    require_connection,
    save_connection,
)
from idp_wizard.core.directory_index import DirectoryIndex
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.filter_summary import audit_summary
from idp_wizard.core.locks import ClientLock
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.options import Option, filter_options
from idp_wizard.core.outcome import SyncOutcome, bulk_work
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.progress import CancelToken, ProgressFn, no_progress
from idp_wizard.core.records import Directory
from idp_wizard.core.runs import RunRecord, run_by_id, runs_marker
from idp_wizard.core.store import Store
from idp_wizard.core.sync import SyncService
from idp_wizard.core.users import synced_state


class FilterOperations:
    # App's: what these operations work on.
    store: Store
    client_id: int
    lock: ClientLock
    auth: Authenticator
    connection: Callable[[], Connection | None]
    sync_service: Callable[[], SyncService]

    def rules_sync(self, progress: ProgressFn | None = None,
                   cancel: CancelToken | None = None,
                   conn: Connection | None = None,
                   spec: FilterSpec | None = None) -> FilterSession:
        """The "synchronization of rules": read everything the criteria need, once.

        `conn`: the wizard's not-yet-saved connection; default: the saved one.
        `spec`: the one filter the session is for (`filters set FILE`, which knows it
        before reading): groups are then read only if it names any, and then only the
        groups it names, with their members. Such a session serves that filter only:
        other groups are not in it (its options, and counts or checks of another
        filter's groups, would be wrong). Without `spec`: every group, with members."""
        conn = conn or require_connection(self.store, self.client_id)
        runs_seen = runs_marker(self.store, self.client_id)  # before the read
        with bulk_work():
            directory, note = self._read_for_rules(conn, progress, cancel, spec)
            return FilterSession(directory, synced_state(self.store, self.client_id),
                                 synced_data=conn.settings.get("synced_data"),
                                 group_access=note, runs_seen=runs_seen)

    def filter_options(self, progress: ProgressFn | None = None) -> dict[str, list[Option]]:
        """What the directory offers to filter on, with counts (`filters options`): the
        rules sync's read, without what counts and previews need besides (the synced
        users, the record checks)."""
        conn = require_connection(self.store, self.client_id)
        with bulk_work():  # no managers: counting values needs none (a tenth the requests)
            directory, _ = self._read_for_rules(conn, progress, None, managers=False)
            return filter_options(DirectoryIndex(directory.employees, directory.groups,
                                                 directory.org_units))

    def _read_for_rules(self, conn: Connection, progress: ProgressFn | None,
                        cancel: CancelToken | None, spec: FilterSpec | None = None,
                        managers: bool = True) -> tuple[Directory, Message | None]:
        """The directory the criteria need (with `spec`: that filter's; see
        `rules_sync`), and why groups were not read (if so)."""
        reader = self.auth.reader(conn)
        synced_data = conn.settings.get("synced_data")
        # "Groups" unticked in the data options: no group criteria, so no group reads;
        # nor before the connection was granted them (the note says what to do).
        note = self.auth.group_access_note(conn)
        with_groups = (synced_data is None or "groups" in synced_data) and note is None
        named = None if spec is None else spec.group_values
        with contextlib.closing(reader):
            employees = reader.read_employees(progress, cancel, managers=managers)
            groups = (reader.read_groups(progress, cancel, named)
                      if with_groups and (named is None or named) else [])
            units = reader.read_org_units(cancel)
        return Directory(employees, groups, units), None if with_groups else note

    def request_group_access(self) -> str | Message:
        """The admin wants group criteria on a connection made without them: the next
        Reauthorize asks for group membership reads. Returns what to tell the admin."""
        with self.lock.hold(what="ask for group access"):
            conn = self.connection()
            if conn is None or self.auth.group_access_note(conn) is None:
                return ""
            synced = conn.settings.get("synced_data")
            if synced is not None and "groups" not in synced:
                conn.settings = {**conn.settings, "synced_data": [*synced, "groups"]}
                save_connection(self.store, conn, self.client_id)
                self.store.audit("groups.requested", msg(
                    "group membership reads asked for at the next reauthorization"),
                    client_id=self.client_id)
            return self.auth.group_access_note(conn) or ""

    def save_filter_and_sync(
        self, spec: FilterSpec, session: FilterSession, *, trigger: str = "filter",
        progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
        preview: SyncPlan | None = None, allow_deletions: bool = False,
    ) -> SyncOutcome:
        """Sync with a new filter; it goes live together with its changes, in one
        transaction. `preview`: the change the admin saw and confirmed (its removals
        are approved); otherwise removals pass the deletion guard like any sync's, and
        a held change waits beside the live filter."""
        with self.lock.hold(what="change the filter"):
            session.check(spec)
            approved = frozenset(r.id for r in preview.removals) if preview else frozenset()
            # A session read moments ago is the directory this change is made against
            # (and its preview, the plan, unless the synced users changed meanwhile).
            recent = session.recent(runs_marker(self.store, self.client_id))
            outcome = self.sync_service().run(
                approved_removals=approved, allow_deletions=allow_deletions, trigger=trigger,
                progress=progress, cancel=cancel, spec=spec,
                directory=session.directory if recent else None,
                planned=session.planned if recent else None)
            # Recorded once it took effect (or waits, held): a change that failed, or
            # lost a race with a disconnect (raised above), changed no filter.
            if outcome.status != "failed":
                self.store.audit("filter.change", audit_summary(spec),
                                 client_id=self.client_id)
            return outcome

    def pending_filter_change(self) -> tuple[FilterSpec, RunRecord] | None:
        """A filter change the deletion guard held, with the run that lists its removals."""
        pending = load_pending_filter(self.store, self.client_id)
        if pending is None:
            return None
        run = run_by_id(self.store, pending[1], self.client_id)
        return (pending[0], run) if run is not None else None

    def discard_filter_change(self) -> None:
        with self.lock.hold(what="discard the filter change"):
            if load_pending_filter(self.store, self.client_id) is not None:
                discard_pending_filter(self.store, self.client_id)
                self.store.audit("filter.discard", client_id=self.client_id)

