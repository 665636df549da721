"""Updates (PATCH, PUT fallback, servers without PUT), ETag conflicts, deletes and
deactivation, and server quirks in the answers."""

from __future__ import annotations

from collections import Counter

import httpx
import pytest

from idp_wizard.platform import MappedUser, Outcome, UserMapper, UserOp
from idp_wizard.platform import attributes as a
from idp_wizard.platform.target import ScimTarget
from tests.platform.helpers import TOKEN, Rig, creates, person, run_push


def provision(target: ScimTarget, mapper: UserMapper, count: int) -> dict[str, str]:
    """directory id → platform id for `count` fresh users."""
    summary, results = run_push(target, creates(mapper, count), mapper)
    assert summary.count(Outcome.CREATED) == count
    return {r.directory_id: r.platform_id or "" for r in results}


def moved(i: int) -> dict[str, object]:
    return {"location": "Hamburg", "job_title": "Lead", "department": "" if i % 2 else "Ops"}


def methods_since(rig: Rig, start: int) -> Counter[str]:
    return Counter(m for m, _, _ in rig.faults.log[start:])


def server_state(rig: Rig, mapper: UserMapper) -> dict[str, MappedUser]:
    return {str(u["externalId"]): mapper.project(u) for u in rig.users()}


def test_updates_patch_only_what_changed(real_rig: Rig) -> None:
    with real_rig.open() as target:
        mapper = target.mapper()
        ids = provision(target, mapper, 10)
        start = len(real_rig.faults.log)
        ops = [UserOp.update(d, ids[d], mapper.map(person(i, **moved(i))), mapper.map(person(i)))
               for i, d in enumerate(sorted(ids))]
        ops.append(UserOp.update("dir-00000", ids["dir-00000"], mapper.map(person(0, **moved(0))),
                                 mapper.map(person(0, **moved(0)))))  # nothing to send
        summary, results = run_push(target, ops, mapper)
    assert (summary.count(Outcome.UPDATED), summary.count(Outcome.UNCHANGED)) == (10, 1)
    assert methods_since(real_rig, start) == Counter({"PATCH": 10})
    assert summary.writes == 10
    state = server_state(real_rig, mapper)
    assert all(state[r.directory_id].fingerprint == r.fingerprint for r in results)


def test_an_update_without_the_confirmed_state_reads_it_first(rig: Rig) -> None:
    with rig.open() as target:
        mapper = target.mapper()
        ids = provision(target, mapper, 3)
        start = len(rig.faults.log)
        ops = [UserOp.update(d, ids[d], mapper.map(person(i, **moved(i))))
               for i, d in enumerate(sorted(ids))]
        summary, _ = run_push(target, ops, mapper)
    assert summary.count(Outcome.UPDATED) == 3
    assert methods_since(rig, start) == Counter({"GET": 3, "PATCH": 3})


@pytest.mark.parametrize("how", ["announced", "refused"])
def test_a_server_without_patch_gets_put_keeping_foreign_attributes(rig: Rig, how: str) -> None:
    rig.faults.no_patch = how == "announced"
    with rig.open() as target:
        rig.faults.patch_405 = how == "refused"
        assert target.capabilities.patch is (how == "refused")
        mapper = target.mapper()
        ids = provision(target, mapper, 6)
        for pid in ids.values():  # something we do not manage, set on the platform
            current = target.users.get(pid).resource or {}
            current["phoneNumbers"] = [{"type": "work", "value": "+49 30 1"}]
            target.users.replace(pid, current)
        start = len(rig.faults.log)
        ops = [UserOp.update(d, ids[d], mapper.map(person(i, **moved(i))), mapper.map(person(i)))
               for i, d in enumerate(sorted(ids))]
        summary, _ = run_push(target, ops, mapper, concurrency=1)
    assert summary.count(Outcome.UPDATED) == 6
    expected = {"GET": 6, "PUT": 6} | ({"PATCH": 1} if how == "refused" else {})
    assert methods_since(rig, start) == Counter(expected)  # PATCH tried once, then learned
    state = server_state(rig, mapper)
    assert {d: state[d] for d in ids} == {
        d: mapper.map(person(i, **moved(i))) for i, d in enumerate(sorted(ids))}
    assert all(u["phoneNumbers"] == [{"type": "work", "value": "+49 30 1"}]
               for u in rig.users())


def test_a_server_without_put_is_updated_by_patch(rig: Rig) -> None:
    rig.faults.no_put = True
    with rig.open() as target:
        mapper = target.mapper()
        ids = provision(target, mapper, 4)
        target.methods.patch = False  # as if PATCH had failed once: PUT is tried, refused
        start = len(rig.faults.log)
        ops = [UserOp.update(d, ids[d], mapper.map(person(i, **moved(i))), mapper.map(person(i)))
               for i, d in enumerate(sorted(ids))]
        summary, _ = run_push(target, ops, mapper, concurrency=1)
    assert summary.count(Outcome.UPDATED) == 4
    # PUT refused once (after reading the user); then PATCH from the confirmed state
    assert methods_since(rig, start) == Counter({"GET": 1, "PUT": 1, "PATCH": 4})
    state = server_state(rig, mapper)
    assert all(state[d] == mapper.map(person(i, **moved(i))) for i, d in enumerate(sorted(ids)))


def test_an_etag_conflict_is_read_again_and_retried_once(rig: Rig) -> None:
    rig.faults.no_patch = True  # PUT with If-Match from the read
    with rig.open() as target:
        mapper = target.mapper()
        ids = provision(target, mapper, 1)
        rig.faults.etag_conflicts = 1
        start = len(rig.faults.log)
        op = UserOp.update("dir-00000", ids["dir-00000"], mapper.map(person(0, **moved(0))))
        summary, _ = run_push(target, [op], mapper)
    assert summary.count(Outcome.UPDATED) == 1
    assert [(m, s) for m, _, s in rig.faults.log[start:]] == [
        ("GET", 200), ("PUT", 412), ("GET", 200), ("PUT", 200)]


def test_a_stale_confirmed_state_is_repaired_from_a_fresh_read(rig: Rig) -> None:
    with rig.open() as target:
        mapper = target.mapper()
        ids = provision(target, mapper, 1)
        pid = ids["dir-00000"]
        target.users.patch(pid, [{"op": "remove", "path": "addresses"}])  # by hand
        desired = mapper.map(person(0, location="Hamburg"))
        op = UserOp.update("dir-00000", pid, desired, mapper.map(person(0)))
        summary, _ = run_push(target, [op], mapper)
    assert summary.count(Outcome.UPDATED) == 1
    assert server_state(rig, mapper)["dir-00000"] == desired


def test_an_update_of_a_user_deleted_by_hand_creates_it_again(rig: Rig) -> None:
    with rig.open() as target:
        mapper = target.mapper()
        ids = provision(target, mapper, 2)
        assert target.users.delete(ids["dir-00001"]) is True
        ops = [UserOp.update(f"dir-0000{i}", ids[f"dir-0000{i}"],
                             mapper.map(person(i, **moved(i))), mapper.map(person(i)))
               for i in range(2)]
        summary, results = run_push(target, ops, mapper)
    assert (summary.count(Outcome.UPDATED), summary.count(Outcome.CREATED)) == (1, 1)
    recreated = next(r for r in results if r.outcome is Outcome.CREATED)
    assert recreated.platform_id not in (None, ids["dir-00001"])
    assert len(rig.users()) == 2


def test_deletes_count_an_absent_user_as_done(real_rig: Rig) -> None:
    with real_rig.open() as target:
        mapper = target.mapper()
        ids = provision(target, mapper, 8)
        target.users.delete(ids["dir-00003"])  # gone already
        ops = [UserOp.delete(d, ids[d]) for d in sorted(ids)[:6]]
        ops.append(UserOp.delete("dir-00006", None, "user00006@example.com"))  # id unknown
        ops.append(UserOp.delete("dir-77777", None, "nobody@example.com"))
        summary, results = run_push(target, ops, mapper)
    assert (summary.count(Outcome.DELETED), summary.count(Outcome.ABSENT)) == (6, 2)
    assert real_rig.user_names() == ["user00007@example.com"]
    assert all(r.platform_id is None and r.fingerprint is None for r in results)


@pytest.mark.parametrize("patch", [True, False])
def test_deactivate_sets_active_false(rig: Rig, patch: bool) -> None:
    rig.faults.no_patch = not patch
    with rig.open() as target:
        mapper = target.mapper()
        ids = provision(target, mapper, 4)
        target.users.delete(ids["dir-00003"])
        ops = [UserOp.deactivate(d, ids[d], mapper.map(person(i)))
               for i, d in enumerate(sorted(ids))]
        summary, results = run_push(target, ops, mapper)
    assert (summary.count(Outcome.DEACTIVATED), summary.count(Outcome.ABSENT)) == (3, 1)
    users = rig.users()
    assert [u["active"] for u in users] == [False, False, False]
    state = server_state(rig, mapper)
    for r in results:
        if r.outcome is Outcome.DEACTIVATED:
            assert state[r.directory_id].fingerprint == r.fingerprint
            assert state[r.directory_id].values[a.ACTIVE] is False
    if patch:
        assert (rig.faults.writes(204, "PATCH"), rig.faults.writes(404, "PATCH")) == (3, 1)
    else:
        assert (rig.faults.writes(200, "PUT"), rig.faults.writes(method="PATCH")) == (3, 0)


def test_quirky_answers_are_understood(rig: Rig) -> None:
    """Relative meta.location, no Location header, text/json, PATCH answered 200+body."""
    f = rig.faults
    f.relative_locations, f.content_type, f.patch_answers_body = True, "text/json", True
    rig.faults.no_bulk = True
    with rig.open() as target:
        mapper = target.mapper()
        ids = provision(target, mapper, 3)
        server_ids = {str(u["externalId"]): str(u["id"]) for u in rig.users()}
        assert ids == server_ids
        ops = [UserOp.update(d, ids[d], mapper.map(person(i, **moved(i))), mapper.map(person(i)))
               for i, d in enumerate(sorted(ids))]
        summary, _ = run_push(target, ops, mapper)
    assert summary.count(Outcome.UPDATED) == 3


def test_a_create_answered_without_body_or_location_is_found(rig: Rig) -> None:
    def bare(request: httpx.Request) -> httpx.Response:
        response = rig.transport.handle_request(request)
        if request.method == "POST":
            return httpx.Response(201)  # applied, but neither a body nor a Location
        return response

    with ScimTarget.open(rig.url, TOKEN, transport=httpx.MockTransport(bare)) as target:
        mapper = target.mapper()
        summary, results = run_push(target, creates(mapper, 2), mapper, use_bulk=False)
    assert summary.count(Outcome.CREATED) == 2
    assert sorted(r.platform_id or "" for r in results) == sorted(
        str(u["id"]) for u in rig.users())
