"""Saving a filter applies the plan its preview made (core/plan.py PlannedChange)
instead of planning again, but only while that plan is still exact: after another
sync changed the synced users, or for another filter, the sync plans afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.app import App
from idp_wizard.core import sync_reading
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import (
    count_users,
    fingerprints_digest,
    synced_digest,
    synced_rows,
    synced_state,
)
from tests.integration.test_filtering_demo import connected, option, spec


@pytest.fixture
def plans(monkeypatch: pytest.MonkeyPatch) -> list[FilterSpec]:
    """The filters the sync engine planned for (the preview's own plan is not counted)."""
    made: list[FilterSpec] = []
    build = sync_reading.build_plan

    def counting(directory, spec, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(spec)
        return build(directory, spec, *args, **kwargs)
    monkeypatch.setattr(sync_reading, "build_plan", counting)
    return made


def _synced(tmp_path: Path, plans: list[FilterSpec]) -> tuple[App, FilterSession]:
    app, _ = connected(tmp_path, ProviderName.ENTRA)
    assert app.sync_service().run().status == "succeeded"
    plans.clear()  # the first sync's
    return app, app.rules_sync()


def test_the_previewed_plan_is_applied_without_planning_again(
        tmp_path: Path, plans: list[FilterSpec]) -> None:
    app, session = _synced(tmp_path, plans)
    before = set(synced_rows(app.store))
    narrower = spec(exclude={"departments": [option(session, "departments", 10_000)]})
    preview = session.preview(narrower)
    removed = {r.id for r in preview.removals}
    assert removed and not preview.adds
    outcome = app.save_filter_and_sync(narrower, session, allow_deletions=True)
    assert outcome.status == "succeeded" and plans == []
    assert outcome.counts["remove"] == len(removed)
    assert before - set(synced_rows(app.store)) == removed
    assert count_users(app.store) == session.count(narrower) == outcome.synced_users
    assert len(preview.removals) == len(removed)  # the preview shown is left whole


def test_after_another_sync_changed_the_synced_users_it_plans_again(
        tmp_path: Path, plans: list[FilterSpec]) -> None:
    app, session = _synced(tmp_path, plans)
    first = spec(exclude={"departments": [option(session, "departments", 10_000)]})
    stale = session.preview(first)
    # Meanwhile (the GUI, the scheduler or another admin) other users were removed.
    other = spec(exclude={"departments": [option(session, "departments", 0)]})
    assert app.save_filter_and_sync(other, app.rules_sync(),
                                    allow_deletions=True).status == "succeeded"
    plans.clear()
    outcome = app.save_filter_and_sync(first, session, allow_deletions=True)
    assert outcome.status == "succeeded" and plans == [first]
    # What the stale preview would have done differs from what was done: exact counts.
    assert outcome.counts["add"] > len(stale.adds) == 0
    assert count_users(app.store) == app.rules_sync().count(first) == outcome.synced_users


def test_another_filter_than_the_previewed_one_is_planned(
        tmp_path: Path, plans: list[FilterSpec]) -> None:
    app, session = _synced(tmp_path, plans)
    session.preview(spec(exclude={"departments": [option(session, "departments", 10_000)]}))
    wider = spec(include_guests=True)
    outcome = app.save_filter_and_sync(wider, session)
    assert outcome.status == "succeeded" and plans == [wider]
    assert count_users(app.store) == session.count(wider) == outcome.synced_users


@pytest.mark.parametrize("provider", [ProviderName.ENTRA, ProviderName.GOOGLE])
def test_filter_options_are_the_rules_sync_options(tmp_path: Path,
                                                   provider: ProviderName) -> None:
    """`filters options` reads as the rules sync does, without its counting parts."""
    app, _ = connected(tmp_path, provider)
    options = app.filter_options()
    assert options == app.rules_sync().options()
    assert len(options["groups"]) > 10
    assert (len(options["org_units"]) > 1) is (provider is ProviderName.GOOGLE)


def test_the_synced_digest_is_the_fingerprints_digest(tmp_path: Path,
                                                      plans: list[FilterSpec]) -> None:
    app, _ = _synced(tmp_path, plans)

    def both() -> tuple[tuple[int, int], tuple[int, int]]:
        return (synced_digest(app.store),
                fingerprints_digest(synced_state(app.store).fingerprints))
    digest, same = both()
    assert digest == same and digest[0] == count_users(app.store) == 372
    some, other = sorted(synced_rows(app.store))[:2]
    for fingerprint in (2**63 - 1, 0, 1):  # the largest a fingerprint is, and the least
        app.store.db.execute("UPDATE synced_users SET fingerprint = ? WHERE id = ?",
                             [fingerprint, some])
        changed, same = both()
        assert changed == same != digest
    app.store.db.execute("DELETE FROM synced_users WHERE id = ?", [other])
    assert both()[0] == both()[1] and both()[0][0] == 371
