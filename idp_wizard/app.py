"""The application's composition root (no Qt): one profile's store, readers and services.

The CLI and the GUI both build an `App` and call its operations, so behaviour is the
same whichever face the admin uses. Every dependency (data folder, clock, HTTP
transport) is injectable for tests.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

import httpx

from idp_wizard.core.clock import Clock, parse_iso, utc_now
from idp_wizard.core.connection import (
    Connection,
    ConnectionState,
    forget_connection,
    load_connection,
    require_connection,
    save_connection,
    save_filter,
    set_state,
)
from idp_wizard.core.errors import UsageError
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.filter_summary import audit_summary
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.progress import CancelToken, ProgressFn, no_progress
from idp_wizard.core.records import Directory, ProviderName
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.sync import SyncOutcome, SyncService, bulk_work
from idp_wizard.core.users import synced_state
from idp_wizard.demo.transport import DemoBackend
from idp_wizard.paths import ProfilePaths
from idp_wizard.providers.base import DirectoryReader
from idp_wizard.providers.entra_auth import GRAPH_PERMISSIONS, EntraSettings
from idp_wizard.providers.google_directory import GoogleDirectoryReader, make_google_http
from idp_wizard.providers.graph import GraphReader, make_graph_http, managers_wanted
from idp_wizard.providers.http import make_client
from idp_wizard.providers.loopback import SignInCancel
from idp_wizard.providers.permissions import group_access_note, has_group_consent
from idp_wizard.providers.tokens import StaticTokenSource
from idp_wizard.sign_in import AuthEnv, SignInOptions, SignInService, sign_in_cancel

DEFAULT_DEMO_SIZE = 250
MAX_DEMO_SIZE = 1_000_000
DEMO_CHURN_INTERVAL = timedelta(minutes=20)  # one joiner, one leaver, one move each
DEMO_TOKEN = "demo-access-token"
DEMO_TENANT = "contoso.example"
DEMO_ADMIN = "admin@contoso.example"

ENTRA_SCOPES = list(GRAPH_PERMISSIONS)
GOOGLE_SCOPES = [
    "https://www.googleapis.com/auth/admin.directory.user.readonly",
    "https://www.googleapis.com/auth/admin.directory.group.readonly",
    "https://www.googleapis.com/auth/admin.directory.group.member.readonly",
    "https://www.googleapis.com/auth/admin.directory.orgunit.readonly",
    "openid", "email",
]


@dataclass
class App:
    paths: ProfilePaths
    clock: Clock = utc_now
    demo_size: int | None = None  # --demo-size, if given
    auth_env: AuthEnv = field(default_factory=AuthEnv)  # real profiles only; tests: fakes
    http_sleep: Callable[[float], None] = time.sleep  # demo readers' retry waits; tests: fake
    store: Store = field(init=False)
    last_disconnect_note: str = field(default="", init=False)
    _backend: DemoBackend | None = field(default=None, init=False)
    _sign_in: SignInService | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        if self.demo_size is not None and not 1 <= self.demo_size <= MAX_DEMO_SIZE:
            raise UsageError(
                f"--demo-size must be between 1 and {MAX_DEMO_SIZE:,} (got {self.demo_size})."
            )
        self.store = Store(self.paths.database, clock=self.clock)

    @property
    def demo(self) -> bool:
        return self.paths.demo

    def close(self) -> None:
        self.store.close()

    def connection(self) -> Connection | None:
        return load_connection(self.store)

    # -- demo tenant -----------------------------------------------------------------

    def _demo_state(self) -> dict[str, int | str] | None:
        rows = list(self.store.db.query(
            "SELECT * FROM demo_state WHERE client_id = ?", [DEFAULT_CLIENT_ID]))
        return rows[0] if rows else None

    def demo_churn_steps(self) -> int:
        state = self._demo_state()
        if not state:
            return 0
        elapsed = self.clock() - parse_iso(str(state["connected_at"]))
        automatic = max(0, int(elapsed / DEMO_CHURN_INTERVAL))
        return automatic + int(state["manual_steps"])

    def demo_backend(self) -> DemoBackend:
        """The in-process demo tenant, advanced to the churn its clock implies."""
        state = self._demo_state()
        size = int(state["size"]) if state else (self.demo_size or DEFAULT_DEMO_SIZE)
        if state and self.demo_size is not None and self.demo_size != size:
            raise UsageError(
                f"The demo tenant was connected with {size:,} employees; disconnect it "
                f"first to use --demo-size {self.demo_size:,}."
            )
        if self._backend is None or self._backend.tenant.size != size:
            self._backend = DemoBackend(size=size, seed=0)
        self._backend.set_churn_steps(self.demo_churn_steps())
        return self._backend

    def simulate_changes(self, steps: int = 1) -> int:
        """Demo only: joiners, leavers and moves happen now instead of over time."""
        if not self.demo:
            raise UsageError("Simulating directory changes is only possible in demo mode (--demo).")
        if not self._demo_state():
            raise UsageError("Connect the demo tenant first (idp-wizard --demo connect ...).")
        with self.store.transaction() as db:
            db.execute("UPDATE demo_state SET manual_steps = manual_steps + ? "
                       "WHERE client_id = ?", [steps, DEFAULT_CLIENT_ID])
        self.store.audit("demo.simulate_changes", f"{steps} step(s)")
        return self.demo_churn_steps()

    # -- readers -----------------------------------------------------------------------

    def sign_in_service(self) -> SignInService:
        """Real profiles only (created on first use: demo mode never touches a keychain)."""
        if self.demo:
            raise UsageError("The demo profile has no real sign-in.")
        if self._sign_in is None:
            self._sign_in = SignInService(self.store, self.paths.name, self.auth_env)
        return self._sign_in

    def reader_for(self, conn: Connection,
                   transport: httpx.BaseTransport | None = None) -> DirectoryReader:
        managers = managers_wanted(conn.settings.get("synced_data"))  # Graph: costly
        if not self.demo:
            service = self.sign_in_service()
            tokens = service.token_source(conn)
            if conn.provider is ProviderName.ENTRA:
                return service.graph_reader(EntraSettings.from_json(conn.settings), tokens,
                                            managers)
            return service.google_reader(tokens)
        client = make_client(transport or self.demo_backend().transport())
        tokens = StaticTokenSource(DEMO_TOKEN)
        if conn.provider is ProviderName.ENTRA:
            return GraphReader(make_graph_http(client, tokens, sleep=self.http_sleep),
                               managers=managers)
        return GoogleDirectoryReader(make_google_http(client, tokens, sleep=self.http_sleep))

    def sync_service(self) -> SyncService:
        return SyncService(self.store, self.reader_for, self.paths.sync_lock)

    # -- connect / disconnect -----------------------------------------------------------

    def ensure_can_connect(self, provider: ProviderName) -> None:
        existing = self.connection()
        if existing is not None:
            raise UsageError(
                f"{existing.provider.title} is already connected; only one identity "
                "provider can be connected at a time. Disconnect it first."
            )

    def sign_in(self, provider: ProviderName, progress: ProgressFn | None = None,
                cancel: CancelToken | SignInCancel | None = None,
                options: SignInOptions | None = None) -> Connection:
        """Sign in and check admin rights; returns a connection that is NOT saved yet.

        The wizard saves it with `commit_connection` only when the admin shares, so
        cancelling never leaves a half-connected state (`abandon_sign_in` cleans up).
        Demo mode: a simulated sign-in and consent, no browser, no network, no tokens.
        Real profiles: the browser (or an Entra device code, see `SignInOptions`); the
        tokens go to the keychain. Blocks: run it off the GUI thread.
        """
        self.ensure_can_connect(provider)
        if not self.demo:
            with sign_in_cancel(cancel) as stop:
                return self.sign_in_service().sign_in(provider, options or SignInOptions(),
                                                      stop)
        return Connection(
            provider=provider, state=ConnectionState.CONNECTING,
            tenant=f"{DEMO_TENANT} (demo)", admin_account=DEMO_ADMIN,
            scopes=ENTRA_SCOPES if provider is ProviderName.ENTRA else GOOGLE_SCOPES,
        )

    def abandon_sign_in(self, conn: Connection) -> None:
        """The wizard was cancelled after signing in: forget what the sign-in left."""
        if not self.demo:
            self.sign_in_service().forget(conn)

    def commit_connection(self, conn: Connection, spec: FilterSpec) -> None:
        """Save the connection (connected) and its filter in one transaction."""
        self.ensure_can_connect(conn.provider)
        conn.state = ConnectionState.CONNECTED
        size = self.demo_size or DEFAULT_DEMO_SIZE
        with self.store.transaction() as db:
            save_connection(self.store, conn)
            save_filter(self.store, spec)
            if self.demo:
                db["demo_state"].upsert(
                    {"client_id": DEFAULT_CLIENT_ID, "size": size, "seed": 0,
                     "connected_at": self.store.now(), "manual_steps": 0},
                    pk="client_id",
                )
        what = f"demo tenant, {size:,} employees" if self.demo else conn.tenant
        self.store.audit("connect", f"{conn.provider.title} ({what})",
                         actor=conn.admin_account or "admin")

    def connect_demo(self, provider: ProviderName) -> Connection:
        """CLI: simulated sign-in, default filter (all enabled non-guest employees)."""
        conn = self.sign_in(provider)
        self.commit_connection(conn, FilterSpec.default())
        return conn

    def connect(self, provider: ProviderName, options: SignInOptions | None = None,
                cancel: CancelToken | SignInCancel | None = None) -> Connection:
        """CLI: sign in and save at once, with the default filter."""
        conn = self.sign_in(provider, cancel=cancel, options=options)
        try:
            self.commit_connection(conn, FilterSpec.default())
        except BaseException:
            self.abandon_sign_in(conn)
            raise
        return conn

    def connect_entra(self, options: SignInOptions | None = None,
                      cancel: CancelToken | SignInCancel | None = None) -> Connection:
        return self.connect(ProviderName.ENTRA, options, cancel)

    def connect_google(self, options: SignInOptions | None = None,
                       cancel: CancelToken | SignInCancel | None = None) -> Connection:
        return self.connect(ProviderName.GOOGLE, options, cancel)

    def reauthorize(self, options: SignInOptions | None = None,
                    cancel: CancelToken | SignInCancel | None = None) -> Connection:
        """Sign in again (same provider); synced users, filter and sync state are kept."""
        conn = require_connection(self.store)
        if self.demo:
            set_state(self.store, ConnectionState.CONNECTED)
            self.store.audit("reauthorize", f"{conn.provider.title} demo tenant",
                             actor=DEMO_ADMIN)
            return require_connection(self.store)
        with sign_in_cancel(cancel) as stop:
            return self.sign_in_service().reauthorize(conn, options or SignInOptions(), stop)

    # -- filtering -------------------------------------------------------------------

    def rules_sync(self, progress: ProgressFn | None = None,
                   cancel: CancelToken | None = None,
                   conn: Connection | None = None) -> FilterSession:
        """The "synchronization of rules": read everything the criteria need, once.

        `conn`: the wizard's not-yet-saved connection; default: the saved one."""
        conn = conn or require_connection(self.store)
        with bulk_work():
            reader = self.reader_for(conn)
        synced_data = conn.settings.get("synced_data")
        # "Groups" unticked in the data options: no group criteria, so no group reads;
        # nor before the connection was granted them (group_access says what to do).
        with_groups = (synced_data is None or "groups" in synced_data) and has_group_consent(
            conn)
        with bulk_work(), contextlib.closing(reader):
            employees = reader.read_employees(progress, cancel)
            groups = reader.read_groups(progress, cancel) if with_groups else []
            units = reader.read_org_units(cancel)
            return FilterSession(Directory(employees, groups, units),
                                 synced_state(self.store), synced_data=synced_data,
                                 group_access=None if with_groups else group_access_note(conn))

    def save_filter_and_sync(
        self, spec: FilterSpec, session: FilterSession, trigger: str = "filter",
        progress: ProgressFn | None = None, cancel: CancelToken | None = None,
        preview: SyncPlan | None = None,
    ) -> SyncOutcome:
        """Save the filter and sync; the removals of the preview the admin saw (computed
        here when not given) count as approved and are not held again."""
        session.check(spec)
        plan = preview if preview is not None else session.preview(spec)
        approved = frozenset(row[0] for row in plan.removals)
        save_filter(self.store, spec)
        self.store.audit("filter.change", audit_summary(spec))
        return self.sync_service().run(approved_removals=approved, trigger=trigger,
                                       progress=progress or no_progress, cancel=cancel)

    def reset_demo(self) -> None:
        """Demo only: forget the demo connection and its users, as if never connected."""
        if not self.demo:
            raise UsageError("Only the demo profile can be reset.")
        forget_connection(self.store)
        self._backend = None
        self.store.audit("demo.reset")

    def disconnect(self) -> int:
        conn = self.connection()
        if conn is None:
            raise UsageError("No identity provider is connected.")
        # Secrets first (Google's revoke needs the refresh token); offline still deletes.
        self.last_disconnect_note = "" if self.demo else self.sign_in_service().forget(conn)
        removed = forget_connection(self.store)
        self._backend = None
        self.store.audit("disconnect", f"{conn.provider.title}; {removed:,} synced users removed")
        return removed

