"""A plan that consumes the directory's employees (`build_plan(consume=True)`, the full
read of a sync) is the plan made without consuming them."""

from __future__ import annotations

import dataclasses

from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.language import LanguageMapper
from idp_wizard.core.plan import PLANNED, SyncPlan, build_plan
from idp_wizard.core.records import Directory, Employee
from idp_wizard.core.user_record import to_record
from idp_wizard.core.users import SyncedState

from .helpers import emp, sample


def _directory() -> list[Employee]:
    employees, _, _ = sample()
    employees += [emp(10, email="same@contoso.example"), emp(11, email="SAME@contoso.example"),
                  emp(12, language_raw="xx!"), emp(13, display_name="Changed"),
                  emp(14, source_fingerprint=77), emp(15, source_fingerprint=78)]
    return employees


def _synced() -> SyncedState:
    rows = {e.id: to_record(e, "de") for e in _directory() if e.id in ("u0", "u5", "u14")}
    rows["u13"] = to_record(emp(13), "de")  # stored before the display name changed
    rows["gone"] = to_record(emp(99, id="gone"), "de")
    return SyncedState.from_rows(rows)


def _plan(consume: bool, spec: FilterSpec) -> tuple[SyncPlan, list[Employee]]:
    directory = Directory(_directory())
    plan = build_plan(directory, spec, _synced(), LanguageMapper(), consume=consume)
    return plan, directory.employees


def _fields(plan: SyncPlan) -> dict[str, object]:
    return {f.name: getattr(plan, f.name) for f in dataclasses.fields(plan)}


def test_consuming_plans_the_same_and_drops_the_shared_employees() -> None:
    specs = [FilterSpec.default(), FilterSpec.from_json(
        {**FilterSpec.default().to_json(), "include": {"departments": ["Sales"]}})]
    for spec in specs:
        kept, untouched = _plan(False, spec)
        consumed, dropped = _plan(True, spec)
        assert _fields(consumed) == _fields(kept)
        assert kept.shared == consumed.shared
        assert untouched == _directory()  # without consuming, nothing is dropped
        planned = [i for i, e in enumerate(dropped) if e is PLANNED]
        assert len(planned) == len(kept.adds) + len(kept.updates) + kept.unchanged
        # Who is not shared stays (for the kept and skipped users' bookkeeping).
        assert all(e == _directory()[i] for i, e in enumerate(dropped) if e is not PLANNED)
    plan = _plan(True, specs[0])[0]
    assert [r.id for r in plan.adds] == ["u1", "u2", "u3", "u4", "u7", "u12", "u15"]
    assert [r.id for r, _ in plan.updates] == ["u13"]
    assert [r.id for r in plan.removals] == ["u5", "gone"]
    assert (plan.unchanged, len(plan.problems)) == (2, 3)  # u10, u11 share; u12's language
