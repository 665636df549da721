"""A manager named by e-mail address is found in any case, as every duplicate check
compares addresses (str.casefold), not only in the ASCII case SQLite's NOCASE folds."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.core.apply import apply_plan
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.platform_managers import manager_levels, manager_of, users_with_managers
from idp_wizard.core.runs import start_run
from idp_wizard.core.store import Store
from idp_wizard.core.user_record import to_record

from .helpers import emp

# (the manager's address as stored, how a report names it)
CASES = [
    ("JÖRG@contoso.example", "jörg@contoso.example"),
    ("jörg@contoso.example", "JÖRG@CONTOSO.EXAMPLE"),
    ("strasse@contoso.example", "straße@contoso.example"),
    ("straße@contoso.example", "STRASSE@contoso.example"),
]


def _store(tmp_path: Path, stored: str, named: str) -> Store:
    """m1 is the manager (stored under `stored`); r2 and r3 are reports naming them as
    `named`; x4 names nobody synced."""
    store = Store(tmp_path / "s.sqlite3")
    adds = [to_record(emp(1, id="m1", email=stored), "de"),
            to_record(emp(2, id="r2", manager_id=named), "de"),
            to_record(emp(3, id="r3", manager_id=named.upper()), "de"),
            to_record(emp(4, id="x4", manager_id="gone@contoso.example"), "de")]
    apply_plan(store, SyncPlan(4, adds=adds), start_run(store, "gui", "full"), "full")
    return store


@pytest.mark.parametrize(("stored", "named"), CASES)
def test_a_manager_named_in_another_case_is_found(tmp_path: Path, stored: str,
                                                  named: str) -> None:
    """Before: NOCASE folded ASCII only, so "jörg@x" found no "JÖRG@x": the report went
    out without its manager link, before the manager, and was not fixed up when the
    manager got a platform id."""
    store = _store(tmp_path, stored, named)
    assert manager_of(store, named) == "m1"
    assert manager_of(store, named.upper()) == "m1"
    assert manager_of(store, "gone@contoso.example") is None
    # The manager goes first, the reports after; x4's manager is nobody synced.
    assert manager_levels(store, ["r2", "r3", "x4", "m1"]) == [["x4", "m1"], ["r2", "r3"]]
    assert sorted(users_with_managers(store, ["m1", stored])) == ["r2", "r3"]
    assert sorted(users_with_managers(store, ["m1", stored.upper()])) == ["r2", "r3"]
    store.close()
