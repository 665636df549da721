"""Profiles with several demo clients, and snapshots of everything one client owns."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from idp_wizard.compose import open_profile
from idp_wizard.core.clients import ClientInfo, client_tables
from idp_wizard.core.clock import Clock
from idp_wizard.core.records import ProviderName
from idp_wizard.core.store import Store
from idp_wizard.paths import ProfilePaths
from idp_wizard.profile import Profile
from tests.flows import connect

NOW = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)  # a fixed clock: churn only when asked


def no_sleep(_seconds: float) -> None:
    """The readers' retry waits, skipped."""


def demo_profile(data: Path, demo_size: int | None = None,
                 clock: Clock | None = None) -> Profile:
    """`clock`: default a fixed one (churn only when asked); the real one where another
    process (with the real clock) works on the same profile."""
    return open_profile(ProfilePaths(data, demo=True), demo_size=demo_size,
                        clock=clock or (lambda: NOW), http_sleep=no_sleep)


def connected_clients(profile: Profile, count: int, *, first_name: str = "Contoso",
                      sync: bool = True) -> list[ClientInfo]:
    """`count` demo clients (the profile's first one renamed), each connected (Entra and
    Google in turn) and, with `sync`, synced once."""
    first = profile.clients()[0]
    clients = [profile.rename(first.name, first_name)]
    clients += [profile.add(f"Client {n:02d}") for n in range(2, count + 1)]
    for n, client in enumerate(clients):
        app = profile.open(client.id)
        try:
            connect(app, ProviderName.ENTRA if n % 2 == 0 else ProviderName.GOOGLE)
            if sync:
                assert app.sync_service().run(trigger="connect").status == "succeeded"
        finally:
            app.close()
    return clients


def client_rows(store: Store, client_id: int) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table that names the client (its own `clients` row too),
    read in full and in a fixed order."""
    rows = {}
    for table in client_tables(store):
        rows[table] = sorted(store.db.execute(
            f"SELECT * FROM [{table}] WHERE client_id = ?", [client_id]).fetchall(),
            key=repr)
    rows["clients"] = store.db.execute("SELECT * FROM clients WHERE id = ?",
                                       [client_id]).fetchall()
    return rows


def snapshot(store: Store, client_ids: list[int],
             but: int | None = None) -> dict[int, dict[str, list[tuple[Any, ...]]]]:
    """Every client's rows but one's, and the profile's settings (every client's
    fallback: a change there would change the others' settings too), under id 0."""
    rows = {c: client_rows(store, c) for c in client_ids if c != but}
    rows[0] = {"settings": sorted(store.db.execute("SELECT * FROM settings").fetchall())}
    return rows
