"""Incremental (delta) syncs report exactly what a full read of the same directory
reports, round after round, and the stored users are exactly what they report.

A leaver was once counted twice (in build_plan and again in delta.py): that halved
the deletion guard's threshold and showed wrong numbers everywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import count_users

from .helpers import last_run, synced_app, users


def _counts(outcome_json: dict[str, object]) -> tuple[object, ...]:
    return tuple(outcome_json[k] for k in ("added", "updated", "removed", "synced_users",
                                           "directory_users"))


@pytest.mark.parametrize(("size", "steps"), [(400, 1), (400, 7), (3000, 60)])
def test_each_delta_round_equals_a_full_read(tmp_path: Path, size: int, steps: int) -> None:
    """(3000, 60): leavers who shared an address with someone who stays (a full read
    then adds the other one, whom an increment never sees): contested.py."""
    app = synced_app(tmp_path / "delta", ProviderName.ENTRA, size=size)
    start, added, removed, modes = count_users(app.store), 0, 0, set()
    for _round in range(6):
        app.demo.simulate_changes(steps)
        service = app.sync_service()
        delta = service.run(dry_run=True).to_json()
        full = service.run(dry_run=True, full=True).to_json()
        # an increment, unless it met an address several employees share (read in full)
        assert delta["mode"] in ("delta", "full") and full["mode"] == "full"
        assert _counts(delta) == _counts(full)
        applied = service.run(trigger="schedule").to_json()
        modes.add((last_run(app).mode, last_run(app).mode_reason))
        assert _counts(applied) == _counts(delta)
        assert count_users(app.store) == applied["synced_users"]
        run = last_run(app)
        assert (run.added, run.updated, run.removed) == (
            delta["added"], delta["updated"], delta["removed"])
        added, removed = added + int(applied["added"]), removed + int(applied["removed"])
    assert removed > 0 and count_users(app.store) == start + added - removed
    assert ("delta", "") in modes  # increments did run
    if size == 3000:  # and here some rounds met shared addresses
        assert ("full", "an address several employees share changed") in modes

    # the increments add up to what a fresh full read of the same directory gives
    fresh = synced_app(tmp_path / "full", ProviderName.ENTRA, size=size)
    fresh.demo.simulate_changes(6 * steps)
    assert fresh.sync_service().run(full=True, allow_deletions=True).status == "succeeded"
    assert users(app) == users(fresh)


def test_a_leaver_counts_once_against_the_deletion_guard(tmp_path: Path) -> None:
    app = synced_app(tmp_path, ProviderName.ENTRA, size=300)
    synced = count_users(app.store)
    app.demo.simulate_changes(30)
    full = app.sync_service().run(dry_run=True, full=True).to_json()
    delta = app.sync_service().run(dry_run=True).to_json()
    assert delta["removed"] == full["removed"]
    outcome = app.sync_service().run().to_json()
    assert outcome["status"] == "succeeded"
    assert count_users(app.store) == synced + full["added"] - full["removed"]
