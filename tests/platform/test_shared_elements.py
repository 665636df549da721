"""A multi-valued element (the work address, the work e-mail) is shared with whoever else
writes the user on the platform: when the app's values in it go (the directory clears
them, a "synced data" group is unticked, the server stops declaring the attribute),
only those values are removed; the element goes only when nothing else is in it. When
they come back, they go into the element the platform holds (never a second "work"
element). Against the real scim2-server, read in full after each step."""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from idp_wizard.platform import Outcome, UserMapper, UserOp
from idp_wizard.platform import attributes as a
from tests.platform.engine import by_hand, ours
from tests.platform.helpers import Rig, person, run_push
from tests.platform.hostile import hostile_app
from tests.platform.test_restored_counts import ALL_DATA, set_synced_data
from tests.platform.test_untick import PATCH_OP, platform_counts, sync, work_address
from tests.platform.test_updates import methods_since, provision

pytestmark = pytest.mark.platform
STREET = {"streetAddress": "Main St 1", "postalCode": "10115"}


def add_by_hand(rig: Rig, pid: str, path: str, value: object) -> None:
    assert by_hand(rig, "PATCH", f"/Users/{pid}", {"schemas": [PATCH_OP], "Operations": [
        {"op": "add", "path": path, "value": value}]}).status_code == 204


def by_id(rig: Rig) -> dict[str, dict[str, Any]]:
    return {str(u["externalId"]): u for u in rig.users()}


def elements(user: dict[str, Any], attr: str) -> list[dict[str, Any]]:
    return [e for e in user.get(attr, []) if e.get("type") == "work"]


def update(mapper: UserMapper, ids: dict[str, str], old: dict[str, object],
           new: dict[str, object]) -> list[UserOp]:
    return [UserOp.update(d, ids[d], mapper.map(person(i, **new)), mapper.map(person(i, **old)))
            for i, d in enumerate(sorted(ids))]


@pytest.mark.parametrize("refused", ["", "noTarget", "invalidPath"])
def test_the_directory_clears_the_location_and_others_address_data_stays(
        real_rig: Rig, refused: str) -> None:
    """Users 0 and 1 have a street address set on the platform in their work address;
    2 and 3 do not. The directory clears locality and country: 0 and 1 keep
    {type, streetAddress, postalCode}, 2 and 3 lose the element (no empty husk left).
    Then the directory sets them again: into the element there, never a second one.
    `refused`: a server refusing filtered sub-attribute paths (400) gets a PUT of those
    users instead. (Before: `remove addresses[type eq "work"]` took the street along.)"""
    with real_rig.open() as target:
        mapper = target.mapper()
        ids = provision(target, mapper, 4)
        for d in sorted(ids)[:2]:
            for sub, value in STREET.items():
                add_by_hand(real_rig, ids[d], f'addresses[type eq "work"].{sub}', value)
        real_rig.faults.refuse_filtered_subpaths = refused
        located: dict[str, object] = {"location": "Berlin", "country": "Germany"}
        cleared: dict[str, object] = {"location": "", "country": ""}
        start = len(real_rig.faults.log)
        summary, _ = run_push(target, update(mapper, ids, located, cleared), mapper,
                              concurrency=1)
        assert (summary.count(Outcome.UPDATED), summary.failed) == (4, 0)
        held = by_id(real_rig)
        for d in sorted(ids)[:2]:
            assert held[d].get("addresses") == [{"type": "work", **STREET}]
        for d in sorted(ids)[2:]:
            assert "addresses" not in held[d]
        assert {d: mapper.project(u) for d, u in held.items()} == {
            d: mapper.map(person(i, **cleared)) for i, d in enumerate(sorted(ids))}
        # One read each (only the platform's element says what may go), then the write.
        sent = {"GET": 4, "PATCH": 4} if not refused else {"GET": 4, "PATCH": 4, "PUT": 2}
        assert methods_since(real_rig, start) == Counter(sent)
        assert real_rig.faults.writes(status=400) == (2 if refused else 0)

        start = len(real_rig.faults.log)
        summary, _ = run_push(target, update(mapper, ids, cleared, located), mapper,
                              concurrency=1)
        assert (summary.count(Outcome.UPDATED), summary.failed) == (4, 0)
        sent = {"GET": 4, "PATCH": 4} if not refused else {"GET": 4, "PATCH": 4, "PUT": 2}
        assert methods_since(real_rig, start) == Counter(sent)
    held = by_id(real_rig)
    for d in sorted(ids)[:2]:
        assert held[d]["addresses"] == [
            {"type": "work", **STREET, "locality": "Berlin", "country": "Germany"}]
    for d in sorted(ids)[2:]:
        assert held[d]["addresses"] == [
            {"type": "work", "locality": "Berlin", "country": "Germany"}]


def test_one_of_two_values_going_needs_no_read(real_rig: Rig) -> None:
    """Only the locality goes, the country stays: the element stays anyway, so the
    PATCH is sent from the confirmed state, without reading the user first. (A guard:
    the old code did the same; the fix must not add a read here.)"""
    with real_rig.open() as target:
        mapper = target.mapper()
        ids = provision(target, mapper, 2)
        start = len(real_rig.faults.log)
        summary, _ = run_push(target, update(mapper, ids, {}, {"location": ""}), mapper)
        assert summary.count(Outcome.UPDATED) == 2
        assert methods_since(real_rig, start) == Counter({"PATCH": 2})
    for user in by_id(real_rig).values():
        assert user["addresses"] == [{"type": "work", "country": "Germany"}]


def test_the_work_email_undeclared_keeps_what_others_set_in_it(real_rig: Rig) -> None:
    """The server's schema stops declaring `emails.value` (a re-test): the app removes
    the address it wrote; a `display` set there by someone else keeps the element."""
    with real_rig.open() as target:
        mapper = target.mapper()
        ids = provision(target, mapper, 2)
        first = sorted(ids)[0]
        add_by_hand(real_rig, ids[first], 'emails[type eq "work"].display', "Sales desk")
        caps = target.capabilities
        assert caps.user_attributes is not None and caps.declares("emails.value")
        fewer = UserMapper(dataclasses.replace(caps, user_attributes=frozenset(
            p for p in caps.user_attributes if p.casefold() != "emails.value")))
        assert a.WORK_EMAIL not in fewer.keys
        ops = []
        for i, d in enumerate(sorted(ids)):
            known = mapper.map(person(i))
            ops.append(UserOp.update(d, ids[d], fewer.map(person(i)), known,
                                     fewer.dropped(known)))
        summary, _ = run_push(target, ops, fewer)
        assert (summary.count(Outcome.UPDATED), summary.failed) == (2, 0)
    held = by_id(real_rig)
    assert held[first].get("emails") == [{"type": "work", "primary": True,
                                      "display": "Sales desk"}]
    assert "emails" not in held[sorted(ids)[1]]


@pytest.mark.parametrize("patch", [True, False], ids=["patch", "put_only"])
def test_location_unticked_keeps_a_street_someone_else_set(tmp_path: Path, real_rig: Rig,
                                                           patch: bool) -> None:
    """The whole chain: one user's work address also holds a street address set on the
    platform by someone else. "Location" unticked: that element keeps the street alone,
    the others' work addresses go entirely; ticked again: the locality and country go
    back into that same element (one work address, not two). (PUT only is a guard: PUT
    kept the street before too.)"""
    real_rig.faults.no_patch = not patch
    app, _, _ = hostile_app(tmp_path, real_rig)
    held = ours(real_rig)
    located = sorted(u for u, r in held.items() if work_address(r))
    assert len(located) == 17  # of 20
    other = located[0]
    for sub, value in STREET.items():
        add_by_hand(real_rig, held[other]["id"], f'addresses[type eq "work"].{sub}', value)
    address = dict(work_address(ours(real_rig)[other]) or {})
    assert address == {"type": "work", **STREET, **{
        k: v for k, v in address.items() if k in ("locality", "country")}}
    assert len(address) == 5

    set_synced_data(app, [g for g in ALL_DATA if g != "location"])
    sync(app, "plain")
    after = ours(real_rig)
    assert after[other].get("addresses") == [{"type": "work", **STREET}]
    assert sorted(u for u, r in after.items() if "addresses" in r) == [other]
    assert platform_counts(app) == (0, len(located), 0, 0, 0, 0)

    set_synced_data(app, ALL_DATA)
    sync(app, "plain")
    after = ours(real_rig)
    assert after[other]["addresses"] == [address]
    assert {u: r["addresses"] for u, r in after.items() if u != other and "addresses" in r} \
        == {u: r["addresses"] for u, r in held.items() if u != other and "addresses" in r}
    assert platform_counts(app) == (0, len(located), 0, 0, 0, 0)
