"""Isolation, the requirement: nothing of one client is changed through another.

Twenty demo clients (Entra and Google in turn, each its own tenant). Before and after
every operation on one client, every row of every other client is read in full (its
connection, filter, synced users, runs, audit log, settings, directory ids, demo tenant
state, its own clients row): not one may change. Each operation also has to change
its own client, so the comparison cannot pass by doing nothing.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest

from idp_wizard.app import App
from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import count_users
from idp_wizard.profile import Profile
from tests.clients.helpers import client_rows, connected_clients, demo_profile, snapshot
from tests.faults.helpers import vanish
from tests.flows import connect, reauthorize

CLIENTS = 20


def _op_connect(app: App) -> None:
    if app.connection() is not None:
        app.disconnect()
    connect(app, ProviderName.GOOGLE)
    assert app.sync_service().run(trigger="connect").status == "succeeded"


def _connected(app: App) -> None:
    """The operations below need a connection: one an earlier disconnect took is made
    again first (before the snapshot)."""
    if app.connection() is None:
        _op_connect(app)


def _op_sync(app: App) -> None:
    assert app.demo is not None
    app.demo.simulate_changes(2)
    assert app.sync_service().run(trigger="cli").status == "succeeded"


def _op_held_sync(app: App) -> None:
    assert app.demo is not None
    assert vanish(app.demo.backend(), 70) > 0
    assert app.sync_service().run(trigger="schedule", full=True).status == "held"


def _op_confirm(app: App) -> None:
    _op_held_sync(app)
    outcome = app.sync_service().run(trigger="gui", allow_deletions=True, full=True)
    assert outcome.status == "succeeded" and outcome.to_json()["removed"] > 0


def _op_filter_change(app: App) -> None:
    session = app.rules_sync()
    spec = FilterSpec.from_json({"version": 1, "include": {"departments": ["Engineering"]}})
    outcome = app.save_filter_and_sync(spec, session, preview=session.preview(spec))
    assert outcome.status == "succeeded"


def _op_reauthorize(app: App) -> None:
    assert reauthorize(app).admin_account.startswith("admin@")


def _op_disconnect(app: App) -> None:
    assert app.disconnect().removed > 0


def _op_failed_run(app: App) -> None:
    assert app.demo is not None
    app.demo.backend().faults.server_errors = 1_000  # every request answers 503
    with pytest.raises(IdpWizardError):
        app.sync_service().run(trigger="cli", full=True)


def _op_settings(app: App) -> None:
    app.save_settings({"deletion_threshold_percent": 3, "sync_interval_minutes": 15})


APP_OPERATIONS: list[tuple[str, Callable[[App], None]]] = [
    ("connect", _op_connect), ("sync", _op_sync), ("held sync", _op_held_sync),
    ("confirm", _op_confirm), ("filter change", _op_filter_change),
    ("reauthorize", _op_reauthorize), ("disconnect", _op_disconnect),
    ("failed run (injected faults)", _op_failed_run), ("settings", _op_settings),
]


def _run_on(profile: Profile, client_id: int, op: Callable[[App], None]) -> None:
    app = profile.open(client_id)
    try:
        op(app)
    finally:
        app.close()


def test_no_operation_on_one_client_changes_another(data_dir: Path) -> None:
    profile = demo_profile(data_dir)
    try:
        clients = connected_clients(profile, CLIENTS)
        ids = [c.id for c in clients]
        assert len({count_users(profile.store, c) for c in ids}) > 5  # different tenants
        rng = random.Random(13)
        operations = APP_OPERATIONS * 2
        rng.shuffle(operations)
        targets = rng.sample(ids, len(operations) // 2) * 2
        for (name, op), target in zip(operations, targets, strict=True):
            if name != "connect":
                _run_on(profile, target, _connected)
            others = snapshot(profile.store, ids, but=target)
            own = client_rows(profile.store, target)
            _run_on(profile, target, op)
            assert client_rows(profile.store, target) != own, f"{name} changed nothing"
            assert snapshot(profile.store, ids, but=target) == others, \
                f"{name} on client {target} changed another client"

        # Renaming and removing clients: the others stay exactly as they were.
        names = {c.id: c.name for c in clients}
        for target in rng.sample(ids, 3):
            others = snapshot(profile.store, ids, but=target)
            profile.rename(names[target], "Renamed client")
            assert profile.remove(profile.find("renamed CLIENT")).name == "Renamed client"
            assert snapshot(profile.store, ids, but=target) == others
            ids.remove(target)
        assert sorted(c.id for c in profile.clients()) == ids
    finally:
        profile.close()
