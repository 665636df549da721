"""The outbox exists only while a client has a platform target: syncs without one write
no platform rows, and a target, once set, starts from every synced user. Counts are
exact and checked against a full listing of a real scim2-server process."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from idp_wizard.core import platform_state as ps
from idp_wizard.core import schema
from idp_wizard.core.records import ProviderName
from idp_wizard.core.store import Store
from idp_wizard.core.users import synced_rows
from tests.faults.helpers import vanish
from tests.flows import connect
from tests.platform.engine import (
    assert_platform_holds_the_shared,
    backend,
    open_platform_app,
    ours,
)
from tests.platform.helpers import TOKEN, Rig

pytestmark = pytest.mark.platform


def outbox_rows(store: Store, client_id: int) -> int:
    row = store.db.execute("SELECT count(*) FROM platform_users WHERE client_id = ?",
                           [client_id]).fetchone()
    return int(row[0])


@pytest.fixture(autouse=True)
def no_embedded_platform(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the demo's embedded platform: no target until one is set."""
    monkeypatch.setenv("IDP_WIZARD_DEMO_PLATFORM", "off")


def test_no_outbox_without_a_target_then_every_synced_user_is_queued(
        tmp_path: Path, real_rig: Rig) -> None:
    app = open_platform_app(tmp_path, real_rig, size=80)
    connect(app, ProviderName.ENTRA)
    first = app.sync_service().run()
    shared = len(synced_rows(app.store))
    assert first.status == "succeeded" and first.synced_users == shared > 40
    assert first.platform is not None and first.platform.status == "no_target"
    assert outbox_rows(app.store, app.client_id) == 0
    app.demo.simulate_changes(20)  # joiners and moves, and leavers: still no rows
    vanish(backend(app), 10)
    churned = app.sync_service().run(full=True)
    counts = churned.to_json()
    assert churned.status == "succeeded" and counts["added"] and counts["removed"], counts
    assert outbox_rows(app.store, app.client_id) == 0
    assert real_rig.users() == []

    app.platform.set_target(real_rig.url, TOKEN)
    shared = len(synced_rows(app.store))
    assert ps.counts(app.store, app.client_id) == ps.PlatformCounts(pending=shared)
    assert ps.pending_ids(app.store, app.client_id, (ps.CREATE,)) == sorted(
        synced_rows(app.store))
    pushed = app.sync_service().run()
    assert pushed.platform is not None and pushed.platform.created == shared
    assert len(assert_platform_holds_the_shared(app, real_rig)) == shared


def test_a_removed_target_forgets_its_outbox_and_a_new_one_adopts(
        tmp_path: Path, real_rig: Rig) -> None:
    app = open_platform_app(tmp_path, real_rig, size=60)
    app.platform.set_target(real_rig.url, TOKEN)
    connect(app, ProviderName.GOOGLE)
    app.sync_service().run()
    shared = len(assert_platform_holds_the_shared(app, real_rig))
    assert app.platform.remove_target(keep_platform_users=True) == shared
    assert outbox_rows(app.store, app.client_id) == 0
    app.demo.simulate_changes(3)
    app.sync_service().run(full=True)
    assert outbox_rows(app.store, app.client_id) == 0
    assert len(ours(real_rig)) == shared  # left there, no longer managed

    app.platform.set_target(real_rig.url, TOKEN)  # the same platform again
    now = len(synced_rows(app.store))
    assert ps.counts(app.store, app.client_id).pending == now
    run = app.sync_service().run()
    report = run.platform
    assert report is not None and report.status == "delivered"
    # Who is still shared is adopted (found by userName), joiners created; the leavers
    # of the unmanaged time stay there untouched (no longer ours to remove).
    assert report.created + report.adopted == now and report.adopted > 0
    held = ours(real_rig)
    assert {r.email for r in synced_rows(app.store).values()} <= set(held)


def test_the_migration_drops_unsent_rows_of_clients_without_a_target(tmp_path: Path) -> None:
    path = tmp_path / "profile.sqlite3"
    store = Store(path)
    db = store.db
    with store.transaction():
        db.execute("INSERT INTO clients (id, name, created_at) VALUES (2, 'Other', '')")
        db.execute("INSERT INTO platform_targets (client_id, url, kind, state) VALUES "
                   "(2, 'https://scim.example/v2', 'scim', 'ready')")
        for client in (1, 2):
            for uid in ("a", "b"):
                db.execute("INSERT INTO platform_users (client_id, id, pending, status) "
                           "VALUES (?, ?, 'create', 'pending')", [client, uid])
    store.close()
    with sqlite3.connect(path) as conn:  # as before step 10 (and the later steps)
        conn.execute("ALTER TABLE synced_users DROP COLUMN sort_name")
        conn.execute("ALTER TABLE sync_runs DROP COLUMN platform_details")
        step = schema.MIGRATIONS.index(schema._outbox_with_target_only)
        conn.execute(f"PRAGMA user_version = {step}")
    store = Store(path)
    rows = store.db.execute("SELECT client_id, id FROM platform_users ORDER BY 1, 2").fetchall()
    assert rows == [(2, "a"), (2, "b")]
    store.close()
