"""The readers choose whose members to read with the rule the index resolves filter
values with (`named_group_ids` and `DirectoryIndex.group_ids` share `resolve_group`):
an exact id first, else every group of that display name (case, spaces, case folding)."""

from __future__ import annotations

import pytest

from idp_wizard.core.directory_index import DirectoryIndex, named_group_ids
from idp_wizard.core.errors import UnmatchedValue
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.plan import build_index
from idp_wizard.core.progress import CancelToken, no_progress
from idp_wizard.core.records import Employee, Group
from idp_wizard.core.selection import check_matches
from idp_wizard.core.sync_reading import read_directory
from tests.core.fake_reader import ListReader

GROUPS = [
    Group("g1", "Alpha"),
    Group("g2", "g1"),  # named like another group's id
    Group("g3", "Team"),
    Group("g4", " team "),  # two groups of one name
    Group("g5", "Straße"),
    Group("G6", "Sixth"),
]
PAIRS = [(g.id, g.name) for g in GROUPS]


@pytest.mark.parametrize(("value", "expected"), [
    ("g1", {"g1"}),  # g1's id, g2's name: the id wins
    ("G1", {"g2"}),  # ids are exact: g2's name, case aside
    (" ALPHA ", {"g1"}),
    ("TEAM", {"g3", "g4"}),
    ("STRASSE", {"g5"}),  # "ß" folds to "ss"
    ("strasse", {"g5"}),
    ("G6", {"G6"}),
    ("g6", set()),  # no such id, no such name
    ("Nobody", set()),
])
def test_one_value_names_what_the_index_resolves(value: str, expected: set[str]) -> None:
    assert named_group_ids(PAIRS, [value]) == expected
    assert set(DirectoryIndex([], GROUPS).group_ids(value)) == expected


def test_values_together_and_a_subset_resolves_alike() -> None:
    values = ["g1", "team", "G1", "straße", "missing"]
    wanted = named_group_ids(PAIRS, values)
    assert wanted == {"g1", "g2", "g3", "g4", "g5"}
    # The groups read for a filter resolve each of its values as the full listing does.
    read = DirectoryIndex([], [g for g in GROUPS if g.id in wanted])
    full = DirectoryIndex([], GROUPS)
    assert [read.group_ids(v) for v in values] == [full.group_ids(v) for v in values] == [
        ["g1"], ["g3", "g4"], ["g2"], ["g5"], []]


def test_a_sync_reads_just_the_groups_its_filter_names() -> None:
    reader = ListReader(
        [Employee("u1", "a@example.com", "A"), Employee("u2", "b@example.com", "B")],
        groups=[Group("g1", "Empty"), Group("g2", "Sales", member_ids=frozenset({"u1"})),
                Group("g3", "Other", member_ids=frozenset({"u2"}))])
    spec = FilterSpec.from_json({"version": 1, "include": {"groups": ["EMPTY", "Sales"]},
                                 "exclude": {"groups": ["g2"]}})
    directory = read_directory(reader, spec, no_progress, CancelToken())
    assert reader.group_reads == [["EMPTY", "Sales", "g2"]]  # include, then exclude
    assert [g.id for g in directory.groups] == ["g1", "g2"]
    # A named group without members is still there: it matches nobody, as before.
    with pytest.raises(UnmatchedValue) as info:
        check_matches(build_index(directory), spec)
    assert str(info.value) == "include.groups 'EMPTY' matches nobody in the directory"
