"""One client of one profile: its store, its lock and what the admin can do with it.

The CLI and the GUI both get an `App` from the composition root (`idp_wizard.compose`)
and call its operations, so behaviour is the same whichever face the admin uses. What
differs between the real world and the demo comes in as an `Environment` (sign-in,
readers, demo tools, clock); `App` never asks which one it has. Every operation that
writes holds the client's lock (core/locks.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from idp_wizard.app_platform import PlatformNotCleared, PlatformOps
from idp_wizard.core.auth import Authenticator
from idp_wizard.core.client_settings import set_client_setting
from idp_wizard.core.clients import client_by_id, name_after_tenant
from idp_wizard.core.connection import (
    Connection,
    ConnectionState,
    discard_pending_filter,
    forget_connection,
    load_connection,
    load_filter,
    load_pending_filter,
    require_connection,
    save_connection,
    save_filter,
)
from idp_wizard.core.directory_index import DirectoryIndex
from idp_wizard.core.disconnect_summary import PlatformCleared
from idp_wizard.core.environment import DemoTools, Environment
from idp_wizard.core.errors import AlreadyConnected, NotConnected, UsageError
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.filter_summary import audit_summary
from idp_wizard.core.locks import STOP_WAIT, WRITE_WAIT, ClientLock
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.options import Option, filter_options
from idp_wizard.core.outcome import SyncOutcome, bulk_work
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.progress import CancelToken, ProgressFn, no_progress
from idp_wizard.core.records import Directory, ProviderName
from idp_wizard.core.runs import RunRecord, fail_interrupted_runs, run_by_id, runs_marker
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.sync import SyncService
from idp_wizard.core.users import synced_state
from idp_wizard.paths import ProfilePaths


@dataclass(frozen=True)
class Disconnected:
    removed: int  # synced users removed
    note: str | Message  # what happened to the sign-in (revoked, removed from the keychain...)
    platform: PlatformCleared = field(default_factory=PlatformCleared)  # removed/gone/kept

    @property
    def platform_removed(self) -> int:
        """Users removed (or deactivated) on the platform: not those already gone."""
        return self.platform.removed

    @property
    def platform_kept(self) -> int:
        """Users left on the platform (--keep-platform-users)."""
        return self.platform.kept


class App:
    def __init__(self, paths: ProfilePaths, env: Environment,
                 client_id: int = DEFAULT_CLIENT_ID) -> None:
        self.paths, self.env, self.client_id = paths, env, client_id
        self.clock = env.clock
        self.store = Store(paths.database, clock=env.clock)
        if client_by_id(self.store, client_id) is None:  # removed (maybe by another process)
            self.store.close()
            raise UsageError(msg("This client does not exist (any more); it may have been "
                                 "removed. Choose another client."))
        services = env.services(self.store, client_id)
        self.auth: Authenticator = services.auth
        self.hooks = services.hooks
        self.demo: DemoTools | None = services.demo  # the demo's own tools, if any
        self.lock = ClientLock(paths.client_lock(client_id))
        self.platform = PlatformOps(self.store, client_id, self.lock, services.platform)
        # A run left "running" by a killed process is judged now, by whichever command
        # comes next, unless a live sync holds the lock.
        with self.lock.try_hold() as free:
            if free:
                fail_interrupted_runs(self.store, client_id)

    def close(self) -> None:
        self.store.close()

    @property
    def client_name(self) -> str:
        client = client_by_id(self.store, self.client_id)
        return client.name if client else ""

    def connection(self) -> Connection | None:
        return load_connection(self.store, self.client_id)

    def saved_filter(self) -> FilterSpec:
        return load_filter(self.store, self.client_id)

    def sync_service(self) -> SyncService:
        return SyncService(self.store, self.auth, self.lock, self.client_id,
                           platform=self.platform.delivery())

    # -- connecting -----------------------------------------------------------------

    def ensure_can_connect(self, provider: ProviderName) -> None:
        existing = self.connection()
        if existing is not None:
            raise AlreadyConnected(msg(
                "{provider} is already connected; only one identity provider can be "
                "connected at a time. Disconnect it first.",
                provider=existing.provider.title))

    def commit_connection(self, conn: Connection, spec: FilterSpec) -> None:
        """Save the connection (connected) and its filter in one transaction."""
        with self.lock.hold(what="connect"):
            self.ensure_can_connect(conn.provider)
            conn.state = ConnectionState.CONNECTED
            with self.store.transaction():
                save_connection(self.store, conn, self.client_id)
                save_filter(self.store, spec, self.client_id)
                self.hooks.connected(conn)
            self.store.audit("connect", msg("{provider} ({directory})",
                                            provider=conn.provider.title,
                                            directory=self.hooks.describe(conn)),
                             actor=conn.admin_account or "admin", client_id=self.client_id)
            name_after_tenant(self.store, self.client_id, conn.tenant)  # if still "Default"

    def reauthorized(self, new: Connection) -> Connection:
        """A new sign-in (admin-checked, same directory) replaces the connection's
        credentials; synced users, filter and sync state are kept."""
        with self.lock.hold(what="reauthorize"):
            old = require_connection(self.store, self.client_id)
            self.auth.require_same_directory(old, new)
            self.auth.accept(new)
            old.state, old.state_reason = ConnectionState.CONNECTED, ""
            old.admin_account, old.scopes = new.admin_account, new.scopes
            old.settings = {**old.settings, **new.settings}
            save_connection(self.store, old, self.client_id)
            self.store.audit("reauthorize", old.provider.title, actor=new.admin_account,
                             client_id=self.client_id)
            return old

    # -- filtering -------------------------------------------------------------------

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

    # -- settings ---------------------------------------------------------------------

    def save_settings(self, values: Mapping[str, Any], wait: float = WRITE_WAIT) -> None:
        """The client's settings that change what a sync does (deletion limits, ...) are
        written under the client's lock, never in the middle of a run, and only for this
        client (core/client_settings.py). `wait=0`: from the GUI thread, fail at once
        (SyncInProgress) instead of freezing the window."""
        with self.lock.hold(wait, "change the settings"), self.store.transaction():
            for key, value in values.items():
                set_client_setting(self.store, self.client_id, key, value)

    # -- disconnecting ------------------------------------------------------------------

    def disconnect(self, keep_platform_users: bool = False) -> Disconnected:
        """Revoke the sign-in, forget the connection and remove every synced user, here
        and on the platform (removed, or deactivated per the target's setting).

        A running sync (this process, another one, the scheduler) is asked to stop
        first and waited for: nothing it read is applied afterwards. The platform's
        removals are queued in the same transaction that forgets the users; when the
        platform cannot be reached, `PlatformNotCleared` says how many remain and
        calling this again (with no connection left) finishes the job.
        `keep_platform_users`: forget them here only (recorded in the audit log)."""
        with self.lock.stop_others(), self.lock.hold(STOP_WAIT, "disconnect"):
            conn = self.connection()
            if conn is None:
                if not self.platform.remaining():
                    raise NotConnected(msg("No identity provider is connected."))
                return Disconnected(0, "", self.platform.finish_disconnect(
                    keep_platform_users))
            # Secrets first (Google's revoke needs the refresh token); offline still deletes.
            note = self.auth.forget(conn)
            with self.store.transaction():
                removed = forget_connection(self.store, self.client_id)
                self.hooks.forget()
                self.platform.queue_disconnect()
            for backup in self.paths.backups():  # old copies would still hold the users
                with contextlib.suppress(OSError):
                    backup.unlink()
            self.store.audit("disconnect", msg("{provider}; {count} synced users removed",
                                               provider=conn.provider.title, count=removed),
                             client_id=self.client_id)
            try:
                cleared = self.platform.finish_disconnect(keep_platform_users)
            except PlatformNotCleared as exc:
                raise PlatformNotCleared(msg("Disconnected {provider}; {error}",
                                             provider=conn.provider.title,
                                             error=exc.message or str(exc))) from None
            return Disconnected(removed, note, cleared)
