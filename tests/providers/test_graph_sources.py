"""`source_of` (what a full read fingerprints before mapping) covers everything
`map_user` reads: a record whose source text is unchanged maps to the same employee."""

from __future__ import annotations

from typing import Any

import pytest

from idp_wizard.providers.graph_mapping import map_user, source_of

USER: dict[str, Any] = {
    "id": "u1", "displayName": "Ada Admin", "givenName": "Ada", "surname": "Admin",
    "mail": "ada@contoso.example", "userPrincipalName": "ada@contoso.example",
    "department": "IT", "jobTitle": "Admin", "officeLocation": "Berlin",
    "country": "Germany", "companyName": "Contoso", "preferredLanguage": "de-DE",
    "accountEnabled": True, "userType": "Member",
    "assignedLicenses": [{"disabledPlans": [], "skuId": "s1"}],
    "manager@delta": [{"@odata.type": "#microsoft.graph.user", "id": "m1"}],
}


class Reads(dict[str, Any]):
    """A record that notes every key read from it."""

    def __init__(self, data: dict[str, Any], seen: set[str]) -> None:
        super().__init__(data)
        self.seen = seen

    def get(self, key: str, default: Any = None) -> Any:
        self.seen.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self.seen.add(key)
        return super().__getitem__(key)


def _keys(fn: Any, record: dict[str, Any]) -> set[str]:
    seen: set[str] = set()
    fn(Reads(record, seen))
    return seen


@pytest.mark.parametrize("record", [USER, {**USER, "manager": {"id": "m2"}},
                                    {**USER, "mail": None}])
def test_the_source_reads_every_key_the_mapping_reads(record: dict[str, Any]) -> None:
    # itemgetter reads through __getitem__ on a dict subclass, so both are noted
    assert _keys(map_user, record) <= _keys(source_of, record) | {"manager"}
    assert "manager" in _keys(source_of, record)


CHANGES: list[tuple[str, Any]] = [
    ("displayName", "Ada B."), ("givenName", None), ("surname", "B"), ("mail", None),
    ("userPrincipalName", "ada_x.example#EXT#@contoso.example"), ("department", "None"),
    ("department", None),
    ("jobTitle", ""), ("officeLocation", "Paris"), ("country", "France"),
    ("companyName", None), ("preferredLanguage", "xx!"), ("accountEnabled", False),
    ("userType", "Guest"), ("assignedLicenses", []),
    ("manager@delta", [{"@odata.type": "#microsoft.graph.user", "id": "m9"}]),
    ("manager@delta", []),
]


@pytest.mark.parametrize(("key", "value"), CHANGES)
def test_a_change_the_mapping_sees_changes_the_source(key: str, value: Any) -> None:
    changed = {**USER, key: value}
    assert map_user(changed) != map_user(USER)
    assert source_of(changed) != source_of(USER)


def test_properties_the_mapping_ignores_and_absent_nulls() -> None:
    assert source_of({**USER, "city": "Berlin"}) == source_of(USER)
    # Graph lists nulls; a record leaving them out reads as nulls
    absent = {k: v for k, v in USER.items() if k != "jobTitle"}
    assert source_of(absent) == source_of({**USER, "jobTitle": None})
    assert source_of(USER) == ("u1", "ada@contoso.example", source_of(USER)[2])  # type: ignore[index]


@pytest.mark.parametrize("record", ["not a user", {**USER, "manager": "m1"},
                                    {**USER, "department": 7}])
def test_malformed_records_are_mapped_not_recognised(record: Any) -> None:
    assert source_of(record) is None
