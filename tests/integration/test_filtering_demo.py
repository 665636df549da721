"""Issue 4's promise, end to end on the demo tenant through the real provider code:
the number on "Share X out of Y employees" is exactly what the following sync shares,
and the edit-later preview is exactly what the sync then does."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.core.connection import load_filter, load_pending_filter
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import count_users, synced_rows
from idp_wizard.paths import ProfilePaths
from tests.flows import sign_in


def spec(include: dict | None = None, exclude: dict | None = None, **flags: bool) -> FilterSpec:
    return FilterSpec.from_json({"version": 1, "include": include or {},
                                 "exclude": exclude or {}, **flags})


def connected(tmp_path: Path, provider: ProviderName) -> tuple[App, FilterSession]:
    app = open_app(ProfilePaths(tmp_path, demo=True), demo_size=400)
    conn = sign_in(app, provider)
    session = app.rules_sync(conn=conn)
    app.commit_connection(conn, FilterSpec.default())
    return app, session


def option(session: FilterSession, attr: str, rank: int = 0) -> str:
    values = [o for o in session.options()[attr] if o.count > 0]
    return values[min(rank, len(values) - 1)].value


def shares_what_it_counts(app: App, session: FilterSession, s: FilterSpec) -> int:
    """As "Edit user filters" does: a fresh rules sync, the count, the change preview the
    admin confirms, then save + sync (the confirmed removals are approved)."""
    session = app.rules_sync()
    shown = session.count(s)
    outcome = app.save_filter_and_sync(s, session, preview=session.preview(s))
    assert outcome.status == "succeeded"
    assert count_users(app.store) == shown == outcome.synced_users
    return shown


CRITERIA = ["departments", "locations", "countries", "companies", "job_titles", "domains",
            "groups"]


@pytest.mark.parametrize("provider", [ProviderName.ENTRA, ProviderName.GOOGLE])
def test_each_criterion_count_equals_what_the_sync_shares(tmp_path: Path,
                                                          provider: ProviderName) -> None:
    app, session = connected(tmp_path, provider)
    attrs = CRITERIA + (["org_units"] if provider is ProviderName.GOOGLE else [])
    for attr in attrs:
        include = spec({attr: [option(session, attr), option(session, attr, 1)]})
        assert 0 < shares_what_it_counts(app, session, include) < session.total, attr
        exclude = spec(exclude={attr: [option(session, attr, rank=10_000)]})  # the rarest
        shares_what_it_counts(app, session, exclude)  # may be 0 (a one-domain tenant)


def test_interplay_nested_groups_people_toggles_and_empty(tmp_path: Path) -> None:
    app, session = connected(tmp_path, ProviderName.ENTRA)
    dach = next(g for g in session.directory.groups if g.name == "All Staff DACH")
    berlin = next(g for g in session.directory.groups if g.name.endswith("Berlin"))
    assert berlin.member_ids <= dach.member_ids  # nested: DACH contains the Berlin office
    inside = spec({"groups": ["All Staff DACH"], "departments": [option(session, "departments")]},
                  {"locations": [option(session, "locations")]})
    shares_what_it_counts(app, session, inside)
    someone = next(e for e in session.directory.employees
                   if e.enabled and not e.guest and e.department != "Finance" and e.email)
    named = spec({"departments": ["Finance"], "emails": [someone.email]})
    assert someone.id in {e.id for e in session.matching(named)}
    shares_what_it_counts(app, session, named)
    assert someone.id in synced_rows(app.store)
    for flags in ({"include_guests": True}, {"include_disabled": True},
                  {"include_guests": True, "include_disabled": True}):
        shares_what_it_counts(app, session, spec(**flags))
    nobody = spec({"departments": ["No Such Department"]})
    assert session.count(nobody) == 0


def test_org_units_include_sub_units(tmp_path: Path) -> None:
    app, session = connected(tmp_path, ProviderName.GOOGLE)
    units = [o.value for o in session.options()["org_units"] if o.value.count("/") == 1
             and o.value != "/"]
    parent = next(u for u in units if any(o.value.startswith(u + "/")
                                          for o in session.options()["org_units"]))
    direct = sum(1 for e in session.directory.employees if e.org_unit == parent)
    with_subs = session.count(spec({"org_units": [parent]}, include_disabled=True))
    assert with_subs > direct
    shares_what_it_counts(app, session, spec({"org_units": [parent]}))


def test_edit_later_preview_is_exactly_what_the_sync_does(tmp_path: Path) -> None:
    app, session = connected(tmp_path, ProviderName.ENTRA)
    app.sync_service().run()
    first = spec({"departments": [option(session, "departments")]})
    held = app.save_filter_and_sync(first, app.rules_sync())
    assert held.status == "held"  # unconfirmed removals pass the guard like any sync's
    assert count_users(app.store) == held.synced_users  # nothing applied
    assert load_filter(app.store) == FilterSpec.default()
    assert load_pending_filter(app.store) == (first, held.run_id)
    confirmed = app.sync_service().run(allow_deletions=True)  # confirms what was held
    assert confirmed.status == "succeeded" and load_filter(app.store) == first
    assert load_pending_filter(app.store) is None
    before = set(synced_rows(app.store))
    fresh = app.rules_sync()
    new = spec({"departments": [option(fresh, "departments", 1),
                                option(fresh, "departments", 2)]}, include_guests=True)
    preview = fresh.preview(new)
    added = {row.id for row in preview.adds}
    removed = {row.id for row in preview.removals}
    assert added and removed
    outcome = app.save_filter_and_sync(new, fresh, preview=preview)
    assert outcome.status == "succeeded"  # previewed removals are approved, not held
    after = set(synced_rows(app.store))
    assert after - before == added and before - after == removed
