"""One client of one profile: its store, its lock and what the admin can do with it.

The CLI and the GUI both get an `App` from the composition root (`idp_wizard.compose`)
and call its operations, so behaviour is the same whichever face the admin uses. What
differs between the real world and the demo comes in as an `Environment` (sign-in,
readers, demo tools, clock); `App` never asks which one it has. Every operation that
writes holds the client's lock (core/locks.py). Its filter operations are in
app_filters.py, its platform target's in app_platform.py.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from idp_wizard.app_filters import FilterOperations
from idp_wizard.app_platform import PlatformNotCleared, PlatformOps
from idp_wizard.core.auth import Authenticator
from idp_wizard.core.client_settings import set_client_setting
from idp_wizard.core.clients import client_by_id, name_after_tenant
from idp_wizard.core.connection import (
    Connection,
    ConnectionState,
    forget_connection,
    load_connection,
    load_filter,
    require_client,
    require_connection,
    save_connection,
    save_filter,
)
from idp_wizard.core.disconnect_summary import PlatformCleared
from idp_wizard.core.environment import DemoTools, Environment
from idp_wizard.core.errors import AlreadyConnected, NotConnected, UsageError
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.locks import STOP_WAIT, WRITE_WAIT, ClientLock
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import fail_interrupted_runs
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.sync import SyncService
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


class App(FilterOperations):
    def __init__(self, paths: ProfilePaths, env: Environment,
                 client_id: int = DEFAULT_CLIENT_ID) -> None:
        self.paths, self.env, self.client_id = paths, env, client_id
        self.clock = env.clock
        self.store = Store(paths.database, clock=env.clock, locks=paths.client_locks)
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

    # -- settings ---------------------------------------------------------------------

    def save_settings(self, values: Mapping[str, Any], wait: float = WRITE_WAIT) -> None:
        """The client's settings that change what a sync does (deletion limits, ...) are
        written under the client's lock, never in the middle of a run, and only for this
        client (core/client_settings.py). `wait=0`: from the GUI thread, fail at once
        (SyncInProgress) instead of freezing the window."""
        with self.lock.hold(wait, "change the settings"), self.store.transaction():
            require_client(self.store, self.client_id)  # removed since it was opened
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
            require_client(self.store, self.client_id)  # removed while this one waited
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
