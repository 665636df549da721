"""What differs between the real world and the offline demo, bundled and chosen once.

An `Environment` is picked at start-up (by `idp_wizard.compose`): the real one signs in
through the browser and the OS keychain and reads the real directory APIs; the demo one
(`idp_wizard.demo.environment`) answers everything in process. `App` only ever sees
this interface, so it has no demo branches.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from idp_wizard.core.auth import Authenticator
from idp_wizard.core.clock import Clock
from idp_wizard.core.connection import Connection
from idp_wizard.core.messages import Message
from idp_wizard.core.platform_source import PlatformSource
from idp_wizard.core.store import Store


class ConnectionHooks(Protocol):
    """What an environment does when a client connects or disconnects."""

    def connected(self, conn: Connection) -> None:
        """Inside the connect transaction."""
        ...

    def forget(self) -> None:
        """Inside the disconnect transaction."""
        ...

    def describe(self, conn: Connection) -> str | Message:
        """The directory for the audit log: a tenant, or "demo tenant, 250 employees"."""
        ...


class RealHooks:
    def connected(self, conn: Connection) -> None:
        """Nothing to remember beyond the connection itself."""

    def forget(self) -> None:
        """Nothing beyond the connection."""

    def describe(self, conn: Connection) -> str:
        return conn.tenant


class DemoTools(Protocol):
    """Demo-only operations (the banner's buttons, `idp-wizard --demo demo ...`)."""

    @property
    def size(self) -> int:
        """Employees in the demo tenant."""
        ...

    def simulate_changes(self, steps: int) -> int:
        """Joiners, leavers and moves happen now; returns the rounds so far."""
        ...

    def churn_steps(self) -> int:
        ...

    def tenant_text(self) -> Message:
        """Which demo organisation this client's tenant is ("Fabrikam, fabrikam.example,
        180 employees")."""
        ...



@dataclass
class ClientServices:
    """The environment's services for one client of one profile."""

    auth: Authenticator
    hooks: ConnectionHooks = field(default_factory=RealHooks)
    demo: DemoTools | None = None
    platform: PlatformSource | None = None  # how its platform target is reached


class Environment(Protocol):
    @property
    def profile(self) -> str:
        """The profile's file name stem: "idp-wizard" or "demo"."""
        ...

    @property
    def clock(self) -> Clock:
        ...

    def services(self, store: Store, client_id: int) -> ClientServices:
        ...
