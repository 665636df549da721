"""Groups against a real scim2-server: create with members, change members, rename,
adopt, delete, lost answers, servers without PATCH."""

from __future__ import annotations

import httpx
import pytest

from idp_wizard.platform import GroupResult, GroupSpec, Outcome
from idp_wizard.platform.groups_api import group_body
from idp_wizard.platform.target import ScimTarget
from tests.platform.helpers import TOKEN, Rig, creates, run_push


def groups(rig: Rig) -> dict[str, dict[str, object]]:
    """displayName → group, read directly."""
    with httpx.Client(transport=rig.transport.inner,
                      headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        body = client.get(f"{rig.url}/Groups", params={"count": "100"}).json()
    return {str(g["displayName"]): g for g in body.get("Resources", [])}


def members(group: dict[str, object]) -> set[str]:
    return {str(m["value"]) for m in group.get("members") or []}  # type: ignore[attr-defined]


def users(target: ScimTarget, count: int) -> list[str]:
    mapper = target.mapper()
    _, results = run_push(target, creates(mapper, count), mapper)
    return [r.platform_id or "" for r in sorted(results, key=lambda r: r.directory_id)]


def push(target: ScimTarget, specs: list[GroupSpec],
         removals: list[tuple[str, str]] | None = None,
         managed: set[str] | None = None) -> list[GroupResult]:
    results: list[GroupResult] = []
    target.push_groups(specs, removals or [], results.append, managed)
    return results


def test_groups_follow_their_shared_members(real_rig: Rig) -> None:
    with real_rig.open() as target:
        u = users(target, 6)
        first = push(target, [GroupSpec("g-1", "Sales", frozenset(u[:3])),
                              GroupSpec("g-2", "Engineering", frozenset(u[3:]))])
        assert [(r.outcome, r.added) for r in first] == [(Outcome.CREATED, 3)] * 2
        ids = {r.directory_id: r.platform_id or "" for r in first}
        assert {n: members(g) for n, g in groups(real_rig).items()} == {
            "Sales": set(u[:3]), "Engineering": set(u[3:])}
        start = real_rig.faults.writes()
        second = push(target, [
            GroupSpec("g-1", "Sales DACH", frozenset([u[0], u[4], u[5]]), ids["g-1"]),
            GroupSpec("g-2", "Engineering", frozenset(u[3:]), ids["g-2"])])
        assert [(r.outcome, r.added, r.removed) for r in second] == [
            (Outcome.UPDATED, 2, 2), (Outcome.UNCHANGED, 0, 0)]
        assert real_rig.faults.writes() - start == 2  # rename + one members PATCH
        assert members(groups(real_rig)["Sales DACH"]) == {u[0], u[4], u[5]}
        third = push(target, [], removals=[("g-2", ids["g-2"]), ("g-9", "no-such-id")])
        assert [r.outcome for r in third] == [Outcome.DELETED, Outcome.ABSENT]
    assert sorted(groups(real_rig)) == ["Sales DACH"]


def test_a_group_made_by_hand_is_adopted(rig: Rig) -> None:
    with rig.open() as target:
        u = users(target, 3)
        target.http.request("POST", "/Groups", body={
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:Group"],
            "displayName": "Sales", "members": [{"value": u[0]}]})
        [result] = push(target, [GroupSpec("g-1", "Sales", frozenset(u[1:]))])
    assert (result.outcome, result.added, result.removed) == (Outcome.ADOPTED, 2, 1)
    [group] = groups(rig).values()
    assert (group["externalId"], members(group)) == ("g-1", set(u[1:]))


def test_members_added_by_hand_stay_when_not_ours(rig: Rig) -> None:
    with rig.open() as target:
        u = users(target, 4)
        [made] = push(target, [GroupSpec("g-1", "Sales", frozenset(u[:2]))])
        target.groups.change_members(made.platform_id or "", [u[3]], [])  # by hand
        [result] = push(target, [GroupSpec("g-1", "Sales", frozenset([u[1]]),
                                           made.platform_id)], managed=set(u[:3]))
    assert (result.added, result.removed) == (0, 1)
    assert members(groups(rig)["Sales"]) == {u[1], u[3]}


def test_a_lost_create_answer_does_not_duplicate_the_group(rig: Rig) -> None:
    with rig.open() as target:
        u = users(target, 2)
        rig.faults.lost_answers = 1
        [result] = push(target, [GroupSpec("g-1", "Sales", frozenset(u))])
    assert result.outcome is Outcome.ADOPTED
    assert list(groups(rig)) == ["Sales"] and members(groups(rig)["Sales"]) == set(u)


def test_same_named_groups_are_told_apart_by_external_id(rig: Rig) -> None:
    with rig.open() as target:
        u = users(target, 2)
        target.http.request("POST", "/Groups", body=group_body("Sales", "someone-else", []))
        [result] = push(target, [GroupSpec("g-1", "Sales", frozenset(u))])
        assert result.outcome is Outcome.CREATED
        [again] = push(target, [GroupSpec("g-1", "Sales", frozenset(u))])
        assert again.outcome is Outcome.ADOPTED and again.platform_id == result.platform_id
    with httpx.Client(transport=rig.transport.inner,
                      headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        assert client.get(f"{rig.url}/Groups").json()["totalResults"] == 2


@pytest.mark.parametrize("how", ["announced", "refused"])
def test_groups_without_patch_are_replaced(rig: Rig, how: str) -> None:
    rig.faults.no_patch = how == "announced"
    with rig.open() as target:
        rig.faults.patch_405 = how == "refused"
        u = users(target, 4)
        [made] = push(target, [GroupSpec("g-1", "Sales", frozenset(u[:2]))])
        [changed] = push(target, [GroupSpec("g-1", "Sales", frozenset(u[1:]),
                                            made.platform_id)])
    assert (changed.outcome, changed.added, changed.removed) == (Outcome.UPDATED, 2, 1)
    assert members(groups(rig)["Sales"]) == set(u[1:])
    assert rig.faults.writes(200, "PUT") == 1
