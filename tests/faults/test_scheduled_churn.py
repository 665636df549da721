"""A demo tenant that churns between scheduled runs: joiners, leavers and moves are
applied; Entra reads increments after the first run, full reads when it must."""

from __future__ import annotations

from pathlib import Path

from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName

from .helpers import last_run, synced_app, users


def test_churn_applied_by_scheduled_delta_runs(tmp_path: Path) -> None:
    app = synced_app(tmp_path / "a", ProviderName.ENTRA)
    assert last_run(app).mode == "full" and last_run(app).mode_reason == "first read"
    for steps in (10, 10):
        app.demo.simulate_changes(steps)
        expected = app.sync_service().run(dry_run=True, full=True).to_json()
        outcome = app.sync_service().run(trigger="schedule").to_json()
        run = last_run(app)
        assert (run.trigger, run.mode, str(run.status)) == ("schedule", "delta", "succeeded")
        counts = ("added", "updated", "removed", "synced_users")
        assert [outcome[k] for k in counts] == [expected[k] for k in counts]
        assert min(outcome["added"], outcome["removed"], outcome["updated"]) > 0
        assert outcome["mode"] == "delta"

    # the increments add up to what a fresh full read of the same directory gives
    fresh = synced_app(tmp_path / "b", ProviderName.ENTRA)
    fresh.demo.simulate_changes(20)
    fresh.sync_service().run(trigger="cli")
    assert users(app) == users(fresh)


def test_full_read_after_filter_change_and_when_the_delta_link_expires(tmp_path: Path) -> None:
    app = synced_app(tmp_path, ProviderName.ENTRA)
    app.demo.simulate_changes(3)
    app.sync_service().run(trigger="schedule")
    assert last_run(app).mode == "delta"

    session = app.rules_sync()
    outcome = app.save_filter_and_sync(FilterSpec(include_disabled=True), session)
    assert outcome.status == "succeeded"
    assert (last_run(app).mode, last_run(app).mode_reason) == ("full", "the filter changed")
    app.sync_service().run(trigger="schedule")
    assert last_run(app).mode == "delta"

    faults = app.demo.backend().faults
    faults.delta_expired = True  # Graph answers 410 syncStateNotFound
    app.demo.simulate_changes(3)
    expected = app.sync_service().run(dry_run=True, full=True).to_json()["added"]
    assert app.sync_service().run(trigger="schedule").to_json()["added"] == expected > 0
    run = last_run(app)
    assert (run.mode, str(run.status)) == ("full", "succeeded")
    assert "full resync" in run.mode_reason
    faults.delta_expired = False
    app.demo.simulate_changes(2)
    app.sync_service().run(trigger="schedule")
    assert last_run(app).mode == "delta"


def test_google_churn_is_diffed_from_full_listings(tmp_path: Path) -> None:
    app = synced_app(tmp_path / "a", ProviderName.GOOGLE)
    app.demo.simulate_changes(10)
    expected = app.sync_service().run(dry_run=True).to_json()
    outcome = app.sync_service().run(trigger="schedule").to_json()
    assert outcome["mode"] == "full"
    assert (outcome["added"], outcome["removed"]) == (expected["added"], expected["removed"])
    assert min(outcome["added"], outcome["removed"]) > 0
    fresh = synced_app(tmp_path / "b", ProviderName.GOOGLE)
    fresh.demo.simulate_changes(10)
    fresh.sync_service().run(trigger="cli")
    assert users(app) == users(fresh)
