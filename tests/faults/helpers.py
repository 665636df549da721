"""Shared set-up for the fault tests: a connected, synced demo profile with fake sleeps."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunRecord, list_runs
from idp_wizard.core.store import DEFAULT_CLIENT_ID
from idp_wizard.core.user_record import UserRecord
from idp_wizard.core.users import synced_rows
from idp_wizard.demo.transport import DemoBackend
from idp_wizard.paths import ProfilePaths
from tests.flows import connect

NOW = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)  # a fixed clock: churn only when asked


class Sleeps(list[float]):
    """Stands in for time.sleep: records the waits, never waits."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def synced_app(data: Path, provider: ProviderName, size: int = 300,
               sleeps: Sleeps | None = None) -> App:
    app = open_app(ProfilePaths(data, demo=True), clock=lambda: NOW, demo_size=size,
              http_sleep=sleeps if sleeps is not None else Sleeps())
    connect(app, provider)
    outcome = app.sync_service().run(trigger="connect")
    assert outcome.status == "succeeded" and outcome.synced_users > 0
    return app


def users(app: App) -> dict[str, UserRecord]:
    return synced_rows(app.store)


# What a run reports, compared between a recognising read and one that plans everyone.
REPORTED = ("added", "updated", "removed", "skipped", "kept", "synced_users",
            "directory_users", "problems")


def assert_same_changes(app: App, reference: App, recognising: dict[str, object],
                        mapped: dict[str, object]) -> None:
    """The same report and the same stored users, and the round changed something."""
    for key in REPORTED:
        assert recognising[key] == mapped[key], key
    assert users(app) == users(reference)
    changed = [recognising[k] for k in ("added", "updated", "removed")]
    assert sum(int(n) for n in changed if isinstance(n, int)) > 0


def last_run(app: App) -> RunRecord:
    return list_runs(app.store, limit=1)[0]


def force_full_read(app: App) -> None:
    """Make the next Entra run a full read (as the daily safety net does)."""
    with app.store.transaction() as db:
        db.execute("UPDATE connections SET last_full_read_at = '2000-01-01T00:00:00+00:00' "
                   "WHERE client_id = ?", [DEFAULT_CLIENT_ID])


def vanish(backend: DemoBackend, percent: int = 60) -> int:
    """`percent` of the directory disappears at once (e.g. a sync-scope accident)."""
    gone, admin = 0, backend.tenant.admin_email.lower()
    for p in backend.tenant.persons:
        if not p.removed and p.key % 100 < percent and p.upn.lower() != admin:
            backend.tenant.persons.mark_removed(p.key)
            gone += 1
    backend.tenant.version += 1  # the fakes' caches are keyed on it
    return gone
