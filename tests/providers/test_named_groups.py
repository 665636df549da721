"""`read_groups(named=...)`: every group is listed, but only the members of the groups
a filter names are read (by id, or by display name in any case), and only those groups
are returned, with exactly the members a full read gives them."""

from __future__ import annotations

import pytest

from idp_wizard.core.progress import Progress
from idp_wizard.demo.transport import DemoBackend
from tests.providers.test_hostile_groups import _reader
from tests.request_log import RequestLog

# Graph answers 999 members a page: at 1,200 employees the largest group takes two.
SIZE = 1200


def _swapped(name: str) -> str:
    return f"  {name.swapcase()} "  # another case, spaces around: still its name


@pytest.mark.parametrize("google", [False, True], ids=["graph", "google"])
def test_named_groups_read_only_their_members(google: bool,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    backend = DemoBackend(size=SIZE, seed=7)
    seen = RequestLog(monkeypatch)
    full = _reader(backend, google).read_groups()
    full_requests, full_members = list(seen.urls), seen.members_of()
    seen.clear()
    largest = max(full, key=lambda g: len(g.member_ids))
    other = next(g for g in full if g is not largest and len(g.member_ids) > 0)
    progress: list[Progress] = []
    named = _reader(backend, google).read_groups(
        progress.append, named=[_swapped(other.name), largest.id])

    assert [(g.id, g.name, g.member_ids) for g in named] == [
        (g.id, g.name, g.member_ids) for g in full if g in (largest, other)]
    # Exactly the member requests a full read made for these two groups, no others.
    assert seen.members_of() == {g.id: full_members[g.id] for g in (largest, other)}
    # The full read: the listing, every group's members (and Graph's two $batch).
    assert set(full_members) == {g.id for g in full}
    assert len(full_requests) == 1 + sum(full_members.values()) + (0 if google else 2)
    listing = "/groups?" if not google else "/groups?customer"
    assert seen.count(listing) == sum(listing in url for url in full_requests) == 1
    if google:  # 200 members a page
        assert full_members[largest.id] == -(-len(largest.member_ids) // 200) >= 2
        assert len(seen.urls) == 1 + full_members[largest.id] + full_members[other.id]
    else:  # one $batch for both first pages, then the largest group's next page
        assert full_members[largest.id] == 2 and full_members[other.id] == 1
        assert seen.count("/$batch") == 1
        assert sum(url.endswith("/$batch") for url in full_requests) == -(-len(full) // 20)
        assert len(full) == 36  # two $batch requests in a full read
        assert len(seen.urls) == 1 + 1 + 2 + 1  # listing, $batch (2 inside), next page
    # Progress counts the groups whose members are read (Graph: per $batch).
    assert [(p.done, p.total) for p in progress if p.phase == "groups"] == (
        [(0, 2), (1, 2), (2, 2)] if google else [(0, 2), (2, 2)])


@pytest.mark.parametrize("google", [False, True], ids=["graph", "google"])
def test_nothing_named_reads_the_listing_only(google: bool,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    backend = DemoBackend(size=40, seed=7)
    seen = RequestLog(monkeypatch)
    assert _reader(backend, google).read_groups(named=["No Such Group"]) == []
    assert seen.members_of() == {}
    assert len(seen.urls) == 1  # the listing, one page
