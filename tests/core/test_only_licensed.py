"""The filter file's `only_licensed` key and what it selects (issue 12, item 6)."""

from __future__ import annotations

import pytest

from idp_wizard.core.errors import UsageError
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import ATTRIBUTES, FilterSpec
from idp_wizard.core.options import account_counts
from idp_wizard.core.records import Directory, Employee


def test_only_licensed_is_an_optional_boolean_of_the_filter_file() -> None:
    assert FilterSpec.default().only_licensed is False
    assert FilterSpec.loads('{"version": 1}').to_json()["only_licensed"] is False
    spec = FilterSpec.loads('{"version": 1, "only_licensed": true}')
    assert spec.only_licensed is True and FilterSpec.loads(spec.dumps()) == spec
    with pytest.raises(UsageError, match="only_licensed must be true or false"):
        FilterSpec.loads('{"version": 1, "only_licensed": "yes"}')


def people() -> list[Employee]:
    return [
        Employee("p", "p@x.example", "Person"),
        Employee("new", "new@x.example", "New hire", licensed=False),
        Employee("room", "room@x.example", "Room 1", resource=True),  # licensed Teams room
        Employee("shared", "shared@x.example", "Invoices", licensed=False),
        Employee("guest", "g@y.example", "Guest", guest=True, licensed=False),
    ]


def test_only_licensed_leaves_out_unlicensed_accounts_and_rooms_even_when_named() -> None:
    session = FilterSession(Directory(people()))
    assert account_counts(session.index) == {"guests": 1, "disabled": 0, "unlicensed": 4}
    ids = [e.id for e in session.matching(FilterSpec.default())]
    assert ids == ["p", "new", "room", "shared"]
    named = FilterSpec(include={a: ("room@x.example",) if a == "emails" else ()
                                for a in ATTRIBUTES}, only_licensed=True)
    assert [e.id for e in session.matching(named)] == ["p"]
    everyone = FilterSpec(include_guests=True, only_licensed=True)
    assert [e.id for e in session.matching(everyone)] == ["p"]
    assert session.count(everyone) == 1
