"""A run's problems are rendered once (SyncPlan.problems_json): the run record and the
outcome hold the same JSON, and a plan's problems changed since are rendered again."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.runs import list_runs
from idp_wizard.core.store import Store
from idp_wizard.core.validation import Action, Problem

from .fake_reader import ListReader
from .helpers import emp
from .test_sync import service, store  # noqa: F401  (the fixture)


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    original = Problem.to_json

    def counted(self: Problem) -> dict[str, object]:
        calls.append(self.employee_id)
        return original(self)
    monkeypatch.setattr(Problem, "to_json", counted)
    return calls


def test_a_sync_renders_each_problem_once_for_its_run_and_its_outcome(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    people = [emp(i) for i in range(6)] + [
        emp(6, email="same@contoso.example"), emp(7, email="SAME@contoso.example"),
        emp(8, language_raw="xx!")]
    calls = _counting(monkeypatch)
    outcome = service(store, ListReader(people), tmp_path).run()
    assert sorted(calls) == ["u6", "u7", "u8"]
    run = list_runs(store)[0]
    assert outcome.counts["problems"] == run.problems
    assert [(p["employee_id"], p["action"]) for p in run.problems] == [
        ("u6", "skipped"), ("u7", "skipped"), ("u8", "warning")]


def test_problems_added_or_replaced_after_rendering_are_rendered_again() -> None:
    plan = SyncPlan(directory_users=1)
    plan.problems.append(Problem("a", "a@x", "first", Action.SKIPPED))
    first = plan.problems_json()
    assert plan.problems_json() is first
    plan.problems.append(Problem("b", "b@x", "second", Action.WARNING))
    assert [p["reason"] for p in plan.problems_json()] == ["first", "second"]
    plan.problems = [Problem("c", "c@x", "third", Action.KEPT)]
    assert [(p["employee_id"], p["reason"], p["action"]) for p in plan.problems_json()] == [
        ("c", "third", "kept")]
