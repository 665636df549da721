"""The contests a full read keeps, taken from its plan's index (`contested_in`), are
those found by folding every address again (`contested_of`)."""

from __future__ import annotations

from idp_wizard.core.contested import contested_in, contested_of, shared_addresses
from idp_wizard.core.directory_index import DirectoryIndex
from idp_wizard.core.records import Employee


def _people() -> list[Employee]:
    out = [Employee(f"u{n}", f"person{n}@contoso.example", f"P {n}") for n in range(50)]
    out += [Employee("a1", "Shared@Contoso.example", "A1"),
            Employee("a2", "shared@contoso.EXAMPLE", "A2"),
            Employee("a3", "SHARED@contoso.example", "A3"),
            Employee("b1", "twice@contoso.example", "B1"),
            Employee("b2", "Twice@contoso.example", "B2"),
            Employee("n1", "", "No address"), Employee("n2", "", "No address either"),
            Employee("s1", "straße@contoso.example", "S1"),
            Employee("s2", "STRASSE@contoso.example", "S2")]  # casefold: the same
    return out


def test_contests_from_the_index_equal_a_second_pass() -> None:
    people = _people()
    from_index, again = contested_in(DirectoryIndex(people)), contested_of(people)
    assert from_index.ids == again.ids == {"a1", "a2", "a3", "b1", "b2", "s1", "s2"}
    addresses = set(shared_addresses(people))
    assert addresses == {"shared@contoso.example", "twice@contoso.example",
                         "strasse@contoso.example"}
    for contested in (from_index, again):
        assert contested.keys == {contested.key(a) for a in addresses}
        assert len(contested.keys) == 3


def test_no_contest() -> None:
    people = _people()[:50]
    assert contested_in(DirectoryIndex(people)).ids == frozenset()
    assert contested_in(DirectoryIndex(people)).keys == frozenset()
