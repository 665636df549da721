"""A single-client profile made by the previous schema (v2, commit cbaefd0; see
fixtures/make_v2_fixture.py) becomes the first client, named after its tenant, with
nothing lost; it keeps syncing and its settings become its own."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from idp_wizard.compose import open_profile
from idp_wizard.core.client_settings import client_setting, client_settings, intervals
from idp_wizard.core.schema import MIGRATIONS, SCHEMA_VERSION, _clients
from idp_wizard.paths import ProfilePaths
from tests.clients.helpers import no_sleep

FIXTURE = Path(__file__).parent / "fixtures" / "v2_single_client_demo.sqlite3"
OLD_TABLES = ("connections", "filters", "synced_users", "sync_runs", "audit_log", "settings",
              "directory_state", "demo_state")


def _dump(path: Path, columns: dict[str, list[str]] | None = None,
          ) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the old tables, in the columns they had (`columns`: those of the
    database before migrating; later steps may add columns, never change old ones)."""
    db = sqlite3.connect(path)
    try:
        out = {}
        for t in OLD_TABLES:
            names = (columns or {}).get(t) or [r[1] for r in db.execute(f"PRAGMA table_info({t})")]
            cols = ", ".join(f"[{n}]" for n in names)
            out[t] = sorted(db.execute(f"SELECT {cols} FROM {t}").fetchall(), key=repr)
        return out
    finally:
        db.close()


def _columns(path: Path) -> dict[str, list[str]]:
    db = sqlite3.connect(path)
    try:
        return {t: [r[1] for r in db.execute(f"PRAGMA table_info({t})")] for t in OLD_TABLES}
    finally:
        db.close()


def test_a_v2_profile_becomes_its_first_client_with_nothing_lost(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    db = data_dir / "demo.sqlite3"
    shutil.copy(FIXTURE, db)
    before, old_columns = _dump(db), _columns(db)
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == 2
    assert len(before["synced_users"]) == 35 and len(before["sync_runs"]) == 3

    profile = open_profile(ProfilePaths(data_dir, demo=True), http_sleep=no_sleep)
    try:
        store = profile.store
        assert store.schema_version == SCHEMA_VERSION
        assert (data_dir / "demo.sqlite3.v2.bak").is_file()  # the copy before migrating
        assert _dump(db, old_columns) == before  # every old row and column, unchanged
        [client] = profile.clients()
        assert (client.id, client.name) == (1, "contoso.example")
        assert profile.choose(None) == client  # the only client: no --client needed
        # Its settings became its own; the interface language stays the profile's.
        assert client_settings(store, 1) == {
            "deletion_threshold_percent": 5, "deletion_threshold_count": 3,
            "sync_interval_minutes": 25,
            "entra.app": {"client_id": "11111111-2222-3333-4444-555555555555",
                          "tenant": "", "cloud": "global"}}
        assert store.setting("ui_language") == "de"
        assert intervals(store) == {1: 25}
        # A new client starts from the profile's values, and changes only its own.
        other = profile.add("Fabrikam")
        assert client_setting(store, other.id, "deletion_threshold_count") == 3
        assert profile.find("CONTOSO.EXAMPLE").id == 1

        app = profile.open(1)
        try:
            held = app.pending_filter_change()
            assert held is not None and held[1].status == "held"  # still waiting for review
            # The filter file gained a key since (only_licensed), so its digest differs: one
            # full read, then the increments go on with the new delta link.
            outcome = app.sync_service().run(trigger="cli")
            assert (outcome.status, outcome.mode) == ("succeeded", "full")
            assert app.sync_service().run(trigger="cli").mode == "delta"
            actions = [a["action"] for a in app.store.audit_log(1)]
            assert actions[:3] == ["connect", "demo.simulate_changes", "filter.change"]
        finally:
            app.close()
    finally:
        profile.close()


def test_the_migration_names_unnamed_clients_after_their_tenant_and_keeps_names_unique() -> None:
    db = sqlite_utils.Database(memory=True)
    for step in MIGRATIONS[:MIGRATIONS.index(_clients)]:
        step(db)
    db["clients"].insert_all([{"id": 1, "name": "Default", "created_at": ""},
                              {"id": 2, "name": "Default", "created_at": ""},
                              {"id": 3, "name": "default", "created_at": ""},
                              {"id": 4, "name": "Kunde A", "created_at": ""}])
    db["connections"].insert({"client_id": 2, "provider": "google", "state": "connected",
                              "tenant": "kunde-b.de"})
    _clients(db)
    rows = db.execute("SELECT id, name, name_key FROM clients ORDER BY id").fetchall()
    assert rows == [(1, "Default", "default"), (2, "kunde-b.de", "kunde-b.de"),
                    (3, "default (2)", "default (2)"), (4, "Kunde A", "kunde a")]
