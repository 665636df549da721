from __future__ import annotations

import pytest

from idp_wizard.core.bitsets import mask_of, positions_of
from idp_wizard.core.directory_index import DirectoryIndex
from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.selection import Selector, check_values
from idp_wizard.core.user_record import UserRecord
from idp_wizard.core.users import SyncedState
from idp_wizard.core.validation import Action

from .helpers import emp, sample


def synced_as(users: dict[str, str]) -> SyncedState:
    """A platform that already holds these users (id → e-mail)."""
    rows = {uid: UserRecord(uid, email, *[""] * 12, True, False)
            for uid, email in users.items()}
    return SyncedState.from_rows(rows)


def spec(include: dict | None = None, exclude: dict | None = None, **flags: bool) -> FilterSpec:
    data = {"version": 1, "include": include or {}, "exclude": exclude or {}, **flags}
    return FilterSpec.from_json(data)


def ids(selector: Selector, s: FilterSpec) -> set[str]:
    sel = selector.select(s)
    assert selector.count(s) == sel.count  # the button's number is what the sync shares
    emps = selector.index.employees
    return {emps[i].id for i in sel.shared + sel.kept}


@pytest.fixture
def selector() -> Selector:
    return Selector(DirectoryIndex(*sample()))


def test_default_filter_is_enabled_non_guests(selector: Selector) -> None:
    assert ids(selector, FilterSpec.default()) == {"u0", "u1", "u2", "u3", "u4", "u7"}
    assert selector.total == 8


@pytest.mark.parametrize(
    ("attr", "values", "expected"),
    [
        ("departments", ["Sales"], {"u0", "u4"}),  # case-insensitive: "sales"
        ("departments", ["Sales", "Marketing"], {"u0", "u1", "u4"}),
        ("locations", ["berlin"], {"u0", "u3", "u7"}),
        ("countries", ["GB", "AT"], {"u2", "u4"}),
        ("companies", ["Contoso Ltd"], {"u2"}),
        ("job_titles", ["Engineer"], {"u2", "u3"}),
        ("groups", ["g-eng"], {"u2", "u3"}),
        ("groups", ["All Staff DACH"], {"u0", "u3", "u4"}),  # by name, transitive members
        ("groups", ["Project X"], {"u1", "u7"}),  # a name shared by two groups: both
        ("org_units", ["/Engineering"], {"u2", "u3"}),  # with sub-units
        ("org_units", ["/Sales/DACH"], {"u4"}),
        ("org_units", ["/"], {"u0", "u1", "u2", "u3", "u4", "u7"}),
        ("domains", ["subsidiary.example"], {"u7"}),
        ("domains", ["@Subsidiary.example"], {"u7"}),
        ("emails", ["USER1@contoso.example"], {"u0", "u1", "u2", "u3", "u4", "u7"}),
    ],
)
def test_each_attribute(
    selector: Selector, attr: str, values: list[str], expected: set[str]
) -> None:
    assert ids(selector, spec({attr: values})) == expected


def test_lists_are_anded_values_ored(selector: Selector) -> None:
    s = spec({"departments": ["Sales", "Engineering"], "locations": ["Berlin"]})
    assert ids(selector, s) == {"u0", "u3"}


def test_exclude_removes_and_wins(selector: Selector) -> None:
    s = spec({"departments": ["Engineering"]}, {"locations": ["London"]})
    assert ids(selector, s) == {"u3"}
    s = spec({"emails": ["user1@contoso.example"]}, {"emails": ["user1@contoso.example"]})
    assert "u1" not in ids(selector, s)
    assert ids(selector, spec(exclude={"groups": ["g-dach"]})) == {"u1", "u2", "u7"}
    assert ids(selector, spec(exclude={"org_units": ["/Engineering"]})) == {"u0", "u1", "u4", "u7"}


def test_named_people_are_added_but_never_guests_or_disabled(selector: Selector) -> None:
    s = spec(
        {
            "departments": ["Finance"],
            "emails": [
                "user1@contoso.example",
                "user5@contoso.example",
                "partner@fabrikam.example",
            ],
        }
    )
    assert ids(selector, s) == {"u7", "u1"}
    s2 = spec(
        {"departments": ["Finance"], "emails": ["user5@contoso.example"]}, include_disabled=True
    )
    assert ids(selector, s2) == {"u7", "u5"}


def test_guests_and_disabled_toggles(selector: Selector) -> None:
    assert ids(selector, spec(include_guests=True)) >= {"u6"}
    assert ids(selector, spec(include_disabled=True)) >= {"u5"}
    assert "u6" not in ids(selector, spec(include_disabled=True))


def test_empty_result(selector: Selector) -> None:
    s = spec({"departments": ["Nobody"]})
    assert selector.count(s) == 0 and ids(selector, s) == set()


def test_unknown_group_or_org_unit_is_an_error_naming_it() -> None:
    index = DirectoryIndex(*sample())
    check_values(index, spec({"groups": ["Project X"], "org_units": ["/Empty"]}))
    with pytest.raises(IdpWizardError, match="no group 'Ghosts'"):
        check_values(index, spec({"groups": ["Ghosts"]}))
    with pytest.raises(IdpWizardError, match="no org unit '/Nowhere'"):
        check_values(index, spec(exclude={"org_units": ["/Nowhere"]}))


def test_bad_records_are_skipped_with_reasons() -> None:
    employees = [
        emp(0),
        emp(1, email=""),
        emp(2, display_name="x" * 10_000),
        emp(3, email="dup@contoso.example"),
        emp(4, email="DUP@contoso.example"),
        emp(5, email="not-an-address"),
    ]
    selector = Selector(DirectoryIndex(employees))
    sel = selector.select(FilterSpec.default())
    assert [employees[i].id for i in sel.shared] == ["u0"]
    reasons = {p.employee_id: str(p.reason) for p in sel.problems}
    assert reasons["u1"] == "has no e-mail address"
    assert "10,000 characters" in reasons["u2"]
    assert "also used by another employee" in reasons["u3"] and "u4" in reasons
    assert "not a valid e-mail address" in reasons["u5"]
    assert all(p.action is Action.SKIPPED for p in sel.problems)
    assert selector.count(FilterSpec.default()) == 1


def test_duplicate_email_keeps_the_already_synced_holder() -> None:
    employees = [emp(3, email="dup@contoso.example"), emp(4, email="dup@contoso.example")]
    selector = Selector(DirectoryIndex(employees), synced_as({"u4": "dup@contoso.example"}))
    sel = selector.select(FilterSpec.default())
    assert [employees[i].id for i in sel.shared] == ["u4"]
    assert [p.employee_id for p in sel.problems] == ["u3"]
    assert selector.count(FilterSpec.default()) == 1


def test_duplicate_only_counts_within_the_selection() -> None:
    # an old disabled account with the same address does not block the new hire
    employees = [
        emp(1, email="a@contoso.example", enabled=False),
        emp(2, email="a@contoso.example"),
    ]
    selector = Selector(DirectoryIndex(employees))
    assert ids(selector, FilterSpec.default()) == {"u2"}


def test_invalid_but_synced_user_is_kept_unchanged() -> None:
    employees = [emp(0), emp(1, email="")]
    selector = Selector(DirectoryIndex(employees), synced_as({"u1": "user1@contoso.example"}))
    sel = selector.select(FilterSpec.default())
    assert [employees[i].id for i in sel.kept] == ["u1"]
    assert sel.problems[0].action is Action.KEPT
    assert selector.count(FilterSpec.default()) == 2


def test_bitset_helpers_round_trip() -> None:
    positions = [0, 5, 63, 64, 1000]
    assert positions_of(mask_of(positions, 1001)) == positions
    assert positions_of(0) == []
