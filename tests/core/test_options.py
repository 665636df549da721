"""The filter options and their counts (core/options.py): counted without building a
single mask, yet exactly the masks' counts, which is what a click then selects."""

from __future__ import annotations

from idp_wizard.core.bitsets import bit_test
from idp_wizard.core.directory_index import SIMPLE_ATTRIBUTES, DirectoryIndex, key
from idp_wizard.core.options import Option, filter_options
from idp_wizard.core.records import Group

from .helpers import emp, sample


def _index() -> DirectoryIndex:
    employees, groups, units = sample()
    employees += [emp(8, location=" berlin ", job_title=""),  # another spelling; no title
                  emp(9, location="BERLIN", email="x@Subsidiary.Example")]
    groups += [Group("g-ext", "With outsiders", member_ids=frozenset({"u2", "ext1", "ext2"})),
               Group("g-none", "Nobody here", member_ids=frozenset({"ext3"}))]
    return DirectoryIndex(employees, groups, units)


def _mask_counts(index: DirectoryIndex) -> dict[str, list[Option]]:
    """The options as counted from the masks (how they were counted before)."""
    out = {"groups": sorted((Option(g.id, g.name, index.group_masks[g.id].bit_count())
                             for g in index.groups), key=lambda o: (o.label.casefold(), o.value))}
    for attr in (*SIMPLE_ATTRIBUTES, "domains"):
        labels = index.labels(attr)
        out[attr] = sorted((Option(labels[k], labels[k], m.bit_count())
                            for k, m in index.attr_masks(attr).items()),
                           key=lambda o: (-o.count, o.label.casefold()))
    return out


def test_options_count_exactly_what_the_masks_select() -> None:
    index = _index()
    options = filter_options(index)
    assert {o.value: o.count for o in options["groups"]} == {
        "g-eng": 2, "g-dach": 4, "g-dup1": 1, "g-dup2": 1, "g-ext": 1, "g-none": 0}
    locations = {o.value: o.count for o in options["locations"]}
    assert locations == {"Berlin": 7, "Munich": 1, "London": 1, "Vienna": 1}  # first spelling
    assert {o.value: o.count for o in options["domains"]} == {
        "contoso.example": 7, "fabrikam.example": 1, "subsidiary.example": 2}
    assert sum(o.count for o in options["job_titles"]) == 9  # the one without a title: none
    masks = _mask_counts(index)
    assert {k: options[k] for k in masks} == masks
    # Once the masks exist (a click), the options come from them: the same.
    assert {k: v for k, v in filter_options(index).items() if k in masks} == masks
    assert filter_options(index)["org_units"] == options["org_units"]


def test_options_build_no_masks_and_a_click_builds_only_its_own() -> None:
    index = _index()
    filter_options(index)
    assert index._attr == {}
    assert index.group_masks._masks == {}
    assert index.value_mask("groups", "Project X").bit_count() == 2
    assert sorted(index.group_masks._masks) == ["g-dup1", "g-dup2"]
    assert index.value_mask("locations", "berlin") == index.attr_masks("locations")[key("Berlin")]
    assert index.group_masks.count("g-ext") == 1 and len(index.group_masks) == 6
    assert "g-ext" in index.group_masks and "nope" not in index.group_masks


def test_bit_test_reads_single_bits_as_a_shift_would() -> None:
    import random

    rng = random.Random(5)
    for size in (1, 7, 8, 9, 1000):
        mask = rng.getrandbits(size)
        has = bit_test(mask)
        assert [has(i) for i in range(size + 20)] == [
            bool(mask >> i & 1) for i in range(size + 20)]
    assert not bit_test(0)(0)
