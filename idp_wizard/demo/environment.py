"""The offline demo as an environment: a simulated sign-in, the demo tenant served in
process through the real provider readers, and the demo-only tenant state.

Chosen once at start-up (`idp_wizard.compose`) for the demo profile. Nothing here
touches a keychain or the network: the sign-in is simulated, the readers talk to the
fakes through `DemoBackend`'s transport. The demo-only table (`demo_state`: the
tenant's size, seed and churn) is created here, so it exists only in demo profiles.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
from keyring.backend import KeyringBackend

from idp_wizard.core.auth import DeviceCode, SignInOptions, no_google_device_code
from idp_wizard.core.clock import Clock, parse_iso, utc_now
from idp_wizard.core.connection import Connection, ConnectionState
from idp_wizard.core.environment import ClientServices
from idp_wizard.core.errors import UsageError
from idp_wizard.core.hints import suggest
from idp_wizard.core.messages import Message, msg, msg_count
from idp_wizard.core.progress import CancelToken
from idp_wizard.core.reader import DirectoryReader
from idp_wizard.core.records import ProviderName
from idp_wizard.core.secrets import SecretStore
from idp_wizard.core.store import Store
from idp_wizard.demo.platform_source import DemoPlatformSource, embedded_folder
from idp_wizard.demo.tenant_cache import kept_tenant
from idp_wizard.demo.transport import DemoBackend
from idp_wizard.providers.entra_settings import GRAPH_PERMISSIONS
from idp_wizard.providers.google_directory import GoogleDirectoryReader, make_google_http
from idp_wizard.providers.google_sign_in import SIGN_IN_SCOPES
from idp_wizard.providers.graph import GraphReader, make_graph_http, managers_wanted
from idp_wizard.providers.http import make_client
from idp_wizard.providers.permissions import group_access_note
from idp_wizard.providers.tokens import StaticTokenSource
from idp_wizard.real_environment import secret_namespace

DEFAULT_DEMO_SIZE = 250
# From here on, the tenant is kept out of the collector's way, and kept on disk
# (in TENANTS_FOLDER of the profile's data folder) for the next process.
LARGE_TENANT = 20_000
TENANTS_FOLDER = "demo-tenants"
MAX_DEMO_SIZE = 1_000_000
CHURN_INTERVAL = timedelta(minutes=20)  # one joiner, one leaver, one move each
DEMO_TOKEN = "demo-access-token"
DEMO_TENANT = "contoso.example"
DEMO_ADMIN = "admin@contoso.example"
# Each demo client has its own organisation (Microsoft's fictional companies), with its
# own people (seed) and size: (name, domain, employees unless --demo-size says).
DEMO_ORGANISATIONS = (
    ("Contoso", DEMO_TENANT, DEFAULT_DEMO_SIZE), ("Fabrikam", "fabrikam.example", 180),
    ("Northwind Traders", "northwindtraders.example", 320),
    ("Adventure Works", "adventure-works.example", 140),
    ("Tailspin Toys", "tailspintoys.example", 90),
    ("Woodgrove Bank", "woodgrovebank.example", 410), ("Litware", "litware.example", 60),
    ("Proseware", "proseware.example", 220), ("Wingtip Toys", "wingtiptoys.example", 75),
    ("Alpine Ski House", "alpineskihouse.example", 130),
    ("Coho Winery", "cohowinery.example", 50), ("Fourth Coffee", "fourthcoffee.example", 110),
    ("Lucerne Publishing", "lucernepublishing.example", 260),
    ("Relecloud", "relecloud.example", 340), ("Trey Research", "treyresearch.example", 170),
    ("Wide World Importers", "wideworldimporters.example", 450),
)

# "off": demo profiles get no embedded platform by default (their syncs stay local unless
# `target set` names a server); e.g. for a quick look at a million-employee demo tenant.
DEMO_PLATFORM_ENV = "IDP_WIZARD_DEMO_PLATFORM"


def embedded_platform_wanted() -> bool:
    return os.environ.get(DEMO_PLATFORM_ENV, "").strip().lower() != "off"

_TABLE = ("CREATE TABLE IF NOT EXISTS demo_state (client_id INTEGER PRIMARY KEY, "
          "size INTEGER, seed INTEGER, connected_at TEXT, manual_steps INTEGER)")


@dataclass(frozen=True)
class DemoOrganisation:
    """Who a demo client's tenant is: client 1 is Contoso (seed 0, as before clients
    existed), client 2 Fabrikam, and so on; after the list, the names come round again
    with a number ("Contoso 2", contoso2.example) and new people."""

    name: str
    domain: str
    seed: int
    size: int  # employees unless --demo-size says otherwise

    @classmethod
    def of_client(cls, client_id: int) -> DemoOrganisation:
        index = max(0, client_id - 1)
        name, domain, size = DEMO_ORGANISATIONS[index % len(DEMO_ORGANISATIONS)]
        lap = index // len(DEMO_ORGANISATIONS)
        if lap:
            stem, _, tld = domain.rpartition(".")
            name, domain = f"{name} {lap + 1}", f"{stem}{lap + 1}.{tld}"
        return cls(name, domain, index, size)


def settle() -> None:
    """The demo tenant lives as long as the process: hundreds of thousands of objects
    that every full garbage collection would scan again, holding the GIL ~100 ms each
    time (a frozen window while the demo syncs). Freeze what lives now (gc.freeze, no
    scan): later collections skip it."""
    gc.freeze()


class DemoTenantState:
    """One client's demo tenant: its organisation, size and seed, and how far it has
    churned."""

    def __init__(self, store: Store, client_id: int, size: int | None, clock: Clock) -> None:
        self.store, self.client_id, self.clock = store, client_id, clock
        self.requested_size = size
        self.organisation = DemoOrganisation.of_client(client_id)
        self.tenants_folder = store.path.parent / TENANTS_FOLDER
        self._backend: DemoBackend | None = None
        with store.transaction() as db:
            db.execute(_TABLE)

    def _row(self) -> dict[str, Any] | None:
        rows = list(self.store.db.query(
            "SELECT * FROM demo_state WHERE client_id = ?", [self.client_id]))
        return rows[0] if rows else None

    @property
    def size(self) -> int:
        row = self._row()
        return int(row["size"]) if row else (self.requested_size or self.organisation.size)

    def churn_steps(self) -> int:
        row = self._row()
        if not row:
            return 0
        elapsed = self.clock() - parse_iso(str(row["connected_at"]))
        return max(0, int(elapsed / CHURN_INTERVAL)) + int(row["manual_steps"])

    def backend(self) -> DemoBackend:
        """The in-process demo tenant, advanced to the churn its clock implies."""
        row = self._row()
        size = self.size
        if row and self.requested_size is not None and self.requested_size != size:
            raise UsageError(msg_count(
                size, "The demo tenant was connected with {size} employee; disconnect it "
                "first to use --demo-size {requested}.",
                "The demo tenant was connected with {size} employees; disconnect it first to "
                "use --demo-size {requested}.", size=size, requested=self.requested_size))
        if self._backend is None or self._backend.tenant.size != size:
            org = self.organisation
            made = None
            if size >= LARGE_TENANT:  # kept in the profile's folder for the next process
                made = kept_tenant(self.tenants_folder, size, org.seed, org.domain)
            self._backend = DemoBackend(size=size, seed=org.seed, domain=org.domain,
                                        tenant=made)
            if size >= LARGE_TENANT:
                settle()
        self._backend.set_churn_steps(self.churn_steps())
        return self._backend

    def tenant_text(self) -> Message:
        org = self.organisation
        return msg_count(self.size, "{name}, {domain}, {count} employee",
                         "{name}, {domain}, {count} employees", name=org.name,
                         domain=org.domain, count=self.size)

    def simulate_changes(self, steps: int) -> int:
        if not self._row():
            raise UsageError(msg("Connect the demo tenant first ({command}).",
                                 command=suggest("connect --provider entra|google")))
        with self.store.transaction() as db:
            db.execute("UPDATE demo_state SET manual_steps = manual_steps + ? "
                       "WHERE client_id = ?", [steps, self.client_id])
        self.store.audit("demo.simulate_changes", msg("1 round of changes") if steps == 1
                         else msg("{count} rounds of changes", count=steps),
                         client_id=self.client_id)
        return self.churn_steps()

    def connected(self, conn: Connection) -> None:
        self.store.db.table("demo_state").upsert(
            {"client_id": self.client_id, "size": self.size, "seed": self.organisation.seed,
             "connected_at": self.store.now(), "manual_steps": 0}, pk="client_id")

    def forget(self) -> None:
        self.store.db.execute("DELETE FROM demo_state WHERE client_id = ?", [self.client_id])
        self._backend = None

    def describe(self, conn: Connection) -> Message:
        """The users the demo directory lists for this provider (Google has no rooms or
        service accounts): the "directory_users" the first sync reports."""
        tenant = self.backend().tenant
        google = conn.provider is ProviderName.GOOGLE
        listed = sum(1 for p in tenant.active() if not google or p.in_google)
        return msg_count(listed, "demo tenant, {count} user in the directory",
                         "demo tenant, {count} users in the directory", count=listed)


@dataclass
class DemoAuthenticator:
    """A simulated sign-in (no browser, no tokens); readers over the demo transport."""

    tenant: DemoTenantState
    http_sleep: Callable[[float], None] = time.sleep

    def device_code_available(self, provider: ProviderName) -> bool:
        return provider is ProviderName.ENTRA

    def check_registration(self, provider: ProviderName, options: SignInOptions) -> None:
        """The demo needs no app registration."""

    def sign_in(self, provider: ProviderName, options: SignInOptions, cancel: CancelToken,
                reauthorizing: Connection | None = None) -> Connection:
        cancel.raise_if_cancelled()
        if options.show_device_code is not None and provider is ProviderName.GOOGLE:
            raise UsageError(no_google_device_code())  # as the real sign-in refuses it
        if options.show_device_code is not None:
            options.show_device_code(DeviceCode(
                "DEMO-CODE", "https://microsoft.com/devicelogin",
                msg("Demo mode: a device code would be shown here; the sign-in is "
                    "simulated.")))
        domain = self.tenant.organisation.domain
        return Connection(
            provider=provider, state=ConnectionState.CONNECTING,
            tenant=f"{domain} (demo)", admin_account=f"admin@{domain}",
            scopes=list(GRAPH_PERMISSIONS) if provider is ProviderName.ENTRA
            else list(SIGN_IN_SCOPES))

    def require_admin(self, conn: Connection) -> None:
        """The demo administrator is an administrator."""

    def require_same_directory(self, old: Connection, new: Connection) -> None:
        """There is one demo tenant per client."""

    def group_access_note(self, conn: Connection) -> Message | None:
        return group_access_note(conn)

    def accept(self, conn: Connection) -> None:
        """No tokens to keep."""

    def discard(self, conn: Connection) -> None:
        """No tokens to drop."""

    def forget(self, conn: Connection) -> str:
        return ""

    def reader(self, conn: Connection) -> DirectoryReader:
        client = make_client(self.tenant.backend().transport())
        tokens = StaticTokenSource(DEMO_TOKEN)
        if conn.provider is ProviderName.ENTRA:
            return GraphReader(make_graph_http(client, tokens, sleep=self.http_sleep),
                               managers=managers_wanted(conn.settings.get("synced_data")))
        return GoogleDirectoryReader(make_google_http(client, tokens, sleep=self.http_sleep))


@dataclass
class DemoEnvironment:
    size: int | None = None  # --demo-size, if given
    clock: Clock = utc_now
    http_sleep: Callable[[float], None] = time.sleep  # readers' retry waits; tests: fake
    profile: str = "demo"
    keyring_backend: KeyringBackend | None = None  # a SCIM server's token (None: the OS's)
    platform_transport: httpx.BaseTransport | None = None  # SCIM servers (None: network)
    embedded_platform: bool = field(default_factory=embedded_platform_wanted)
    _tenants: dict[int, DemoTenantState] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        if self.size is not None and not 1 <= self.size <= MAX_DEMO_SIZE:
            raise UsageError(msg("--demo-size must be between 1 and {limit} (got {size}).",
                                 limit=MAX_DEMO_SIZE, size=str(self.size)))

    def services(self, store: Store, client_id: int) -> ClientServices:
        tenant = DemoTenantState(store, client_id, self.size, self.clock)
        secrets = SecretStore(secret_namespace(self.profile, client_id), self.keyring_backend)
        platform = DemoPlatformSource(
            embedded_folder(store.path.parent, client_id), self.embedded_platform,
            secrets=secrets, transport=self.platform_transport, sleep=self.http_sleep)
        return ClientServices(DemoAuthenticator(tenant, self.http_sleep), hooks=tenant,
                              demo=tenant, platform=platform)
