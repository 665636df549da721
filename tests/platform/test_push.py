"""The push executor against a real scim2-server process and the in-process one, with
faults: exact counts are checked with a full read of the server after each scenario."""

from __future__ import annotations

import dataclasses
import threading

import httpx
import pytest

from idp_wizard.core.errors import Cancelled
from idp_wizard.core.progress import CancelToken
from idp_wizard.platform import BulkLimits, Outcome, UserOp, UserResult
from idp_wizard.platform.errors import PlatformUnavailable, TokenRejected
from idp_wizard.platform.target import ScimTarget
from tests.platform.helpers import TOKEN, Rig, creates, person, run_push

CORE = "urn:ietf:params:scim:schemas:core:2.0:User"


def posts(rig: Rig, path_end: str) -> int:
    return sum(1 for m, p, _ in rig.faults.log if m == "POST" and p.endswith(path_end))


@pytest.mark.parametrize("bulk", [True, False])
def test_creates_reach_a_real_server_exactly_once(real_rig: Rig, bulk: bool) -> None:
    with real_rig.open() as target:
        mapper = target.mapper()
        ops = creates(mapper, 60)
        summary, results = run_push(target, ops, mapper, use_bulk=bulk)
    assert summary.count(Outcome.CREATED) == 60 and summary.failed == 0
    assert len(results) == 60
    server = {u["id"]: u for u in real_rig.users()}
    assert len(server) == 60
    assert sorted(r.platform_id or "" for r in results) == sorted(server)
    assert all(r.fingerprint == r.op.desired.fingerprint for r in results if r.op.desired)
    for r in results:
        assert mapper.project(server[r.platform_id or ""]) == r.op.desired
    assert (posts(real_rig, "/Bulk"), posts(real_rig, "/Users")) == ((1, 0) if bulk else (0, 60))
    assert summary.writes == (1 if bulk else 60)


def test_bulk_requests_stay_within_the_servers_limits(rig: Rig) -> None:
    sizes: list[int] = []

    def measure(request: httpx.Request) -> httpx.Response:
        request.read()
        if request.url.path.endswith("/Bulk"):
            sizes.append(len(request.content))
        return rig.transport.handle_request(request)

    with rig.open() as discovered:
        caps = discovered.capabilities
    cases = ((BulkLimits(True, 7, 1048576), 9), (BulkLimits(True, 1000, 5000), None))
    for limits, requests in cases:
        with ScimTarget.open(rig.url, TOKEN, transport=httpx.MockTransport(measure),
                             capabilities=dataclasses.replace(caps, bulk=limits)) as target:
            mapper = target.mapper()
            start = 0 if requests else 100
            summary, _ = run_push(target, creates(mapper, 60, start), mapper)
        assert summary.count(Outcome.CREATED) == 60
        if requests is not None:
            assert len(sizes) == requests
        else:
            assert all(size <= 5000 for size in sizes) and len(sizes) > 9
        sizes.clear()
    assert len(rig.users()) == 120


def test_a_server_without_bulk_gets_single_creates(rig: Rig) -> None:
    rig.faults.no_bulk = True
    with rig.open() as target:
        assert target.capabilities.bulk.supported is False
        mapper = target.mapper()
        summary, _ = run_push(target, creates(mapper, 12), mapper)
    assert summary.count(Outcome.CREATED) == 12
    assert (posts(rig, "/Bulk"), posts(rig, "/Users")) == (0, 12)


def test_bulk_refused_at_run_time_falls_back_to_single_creates(rig: Rig) -> None:
    with rig.open() as target:
        rig.faults.no_bulk = True  # announced, then refused (501)
        mapper = target.mapper()
        summary, _ = run_push(target, creates(mapper, 12), mapper)
    assert summary.count(Outcome.CREATED) == 12 and len(rig.users()) == 12
    assert (posts(rig, "/Bulk"), posts(rig, "/Users")) == (1, 12)


@pytest.mark.parametrize("bulk", [True, False])
def test_existing_users_are_adopted_not_duplicated(real_rig: Rig, bulk: bool) -> None:
    with real_rig.open() as target:
        for i in (2, 3, 5, 7, 11):
            name = f"USER{i:05d}@EXAMPLE.COM" if i == 3 else f"user{i:05d}@example.com"
            target.users.create({"schemas": [CORE], "userName": name, "title": "By hand",
                                 "phoneNumbers": [{"type": "work", "value": "+49 1"}]}, name)
        mapper = target.mapper()
        summary, results = run_push(target, creates(mapper, 20), mapper, use_bulk=bulk)
    assert (summary.count(Outcome.CREATED), summary.count(Outcome.ADOPTED)) == (15, 5)
    server = real_rig.users()
    assert len(server) == 20
    by_id = {u["id"]: u for u in server}
    for r in results:
        assert mapper.project(by_id[r.platform_id or ""]) == r.op.desired
    adopted = [by_id[r.platform_id or ""] for r in results if r.outcome is Outcome.ADOPTED]
    assert all(u["phoneNumbers"] == [{"type": "work", "value": "+49 1"}] for u in adopted)


@pytest.mark.parametrize("as_timeout", [False, True])
@pytest.mark.parametrize("bulk", [True, False])
def test_lost_answers_never_create_duplicates(rig: Rig, as_timeout: bool, bulk: bool) -> None:
    rig.faults.lost_answers = 3
    rig.faults.lost_as_timeout = as_timeout
    with rig.open() as target:
        mapper = target.mapper()
        summary, results = run_push(target, creates(mapper, 20), mapper, use_bulk=bulk,
                                    concurrency=1)
    assert len(results) == 20 and summary.failed == 0
    expected_adopted = 20 if bulk else 3  # a lost Bulk answer: every user is looked up
    assert summary.count(Outcome.ADOPTED) == expected_adopted
    assert summary.count(Outcome.CREATED) == 20 - expected_adopted
    assert rig.user_names() == sorted(f"user{i:05d}@example.com" for i in range(20))


def test_throttling_honours_retry_after(rig: Rig) -> None:
    rig.faults.throttle, rig.faults.throttle_retry_after = 3, 7
    with rig.open(policy=None) as target:
        mapper = target.mapper()
        summary, _ = run_push(target, creates(mapper, 4), mapper, use_bulk=False,
                              concurrency=1)
    assert summary.count(Outcome.CREATED) == 4 and len(rig.users()) == 4
    assert rig.sleeps == [7.0, 7.0, 7.0]


def test_throttling_without_retry_after_backs_off_exponentially(rig: Rig) -> None:
    with rig.open(policy=None) as target:
        rig.faults.throttle, rig.faults.throttle_retry_after = 4, None
        mapper = target.mapper()
        summary, _ = run_push(target, creates(mapper, 1), mapper, use_bulk=False)
    assert summary.count(Outcome.CREATED) == 1
    assert len(rig.sleeps) == 4
    assert all(0 <= s <= 2 ** i for i, s in enumerate(rig.sleeps))


def test_a_huge_retry_after_is_capped(rig: Rig) -> None:
    rig.faults.throttle, rig.faults.throttle_retry_after = 1, 100000
    with rig.open() as target:
        mapper = target.mapper()
        run_push(target, creates(mapper, 1), mapper, use_bulk=False)
    assert rig.sleeps == [120.0]


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_are_retried_without_duplicates(rig: Rig, status: int) -> None:
    with rig.open() as target:
        rig.faults.unavailable, rig.faults.unavailable_status = 2, status
        rig.faults.unavailable_retry_after = 5 if status == 503 else None
        before = len(rig.faults.log)
        mapper = target.mapper()
        summary, _ = run_push(target, creates(mapper, 6), mapper, use_bulk=False,
                              concurrency=1)
    assert summary.count(Outcome.CREATED) == 6 and len(rig.users()) == 6
    if status == 503:
        assert rig.sleeps == [5.0, 5.0]
    # a POST answered 5xx may have been applied: a lookup came before the next POST
    log = rig.faults.log[before:]
    assert [(m, s) for m, _, s in log[:5]] == [  # by userName, then by externalId
        ("POST", status), ("GET", status), ("GET", 200), ("GET", 200), ("POST", 201)]


def test_a_platform_that_stays_down_halts_the_push(rig: Rig) -> None:
    with rig.open() as target:
        rig.faults.unavailable = 10_000
        mapper = target.mapper()
        results: list[UserResult] = []
        with pytest.raises(PlatformUnavailable):
            target.push(creates(mapper, 50), results.append, mapper, use_bulk=False)
    assert results == [] and len(rig.users()) == 0
    assert posts(rig, "/Users") <= 4  # the ops already running; none started after


@pytest.mark.parametrize("bulk", [True, False])
def test_a_400_for_one_user_does_not_stop_the_others(real_rig: Rig, bulk: bool) -> None:
    real_rig.faults.reject_values = {"user00007@example.com"}
    with real_rig.open() as target:
        mapper = target.mapper()
        summary, results = run_push(target, creates(mapper, 30), mapper, use_bulk=bulk)
    assert (summary.count(Outcome.CREATED), summary.failed) == (29, 1)
    [bad] = [r for r in results if not r.ok]
    assert (bad.directory_id, bad.status, bad.scim_type) == ("dir-00007", 400, "invalidValue")
    assert "has an invalid value" in bad.detail and bad.platform_id is None
    assert len(real_rig.users()) == 29
    assert "user00007@example.com" not in real_rig.user_names()


def test_a_401_mid_run_stops_all_writes(real_rig: Rig) -> None:
    real_rig.faults.revoke_after_writes = 10
    with real_rig.open() as target:
        mapper = target.mapper()
        results: list[UserResult] = []
        with pytest.raises(TokenRejected) as info:
            target.push(creates(mapper, 40), results.append, mapper, use_bulk=False,
                        concurrency=1)
        assert "needs a new token" in str(info.value)
        sent = len(real_rig.faults.log)
        with pytest.raises(TokenRejected):  # known bad: nothing is even sent any more
            target.users.get("anything")
        assert len(real_rig.faults.log) == sent
    assert [r.outcome for r in results] == [Outcome.CREATED] * 10
    assert len(real_rig.users()) == 10
    assert (real_rig.faults.writes(), real_rig.faults.writes(status=401)) == (11, 1)


def test_a_401_with_concurrent_workers_starts_no_write_after_it(real_rig: Rig) -> None:
    real_rig.faults.revoke_after_writes = 25
    with real_rig.open() as target:
        mapper = target.mapper()
        results: list[UserResult] = []
        with pytest.raises(TokenRejected):
            target.push(creates(mapper, 200), results.append, mapper, use_bulk=False,
                        concurrency=4)
    assert len(real_rig.users()) == 25 == len(results)
    log = real_rig.faults.log
    first_401 = next(i for i, entry in enumerate(log) if entry[2] == 401)
    assert len(log) - first_401 - 1 <= 3  # only requests already in flight


def test_cancel_stops_the_push_between_users(rig: Rig) -> None:
    cancel = CancelToken()
    results: list[UserResult] = []

    def on_result(result: UserResult) -> None:
        results.append(result)
        if len(results) == 5:
            cancel.cancel()

    with rig.open() as target:
        mapper = target.mapper()
        with pytest.raises(Cancelled):
            target.push(creates(mapper, 100), on_result, mapper, use_bulk=False,
                        concurrency=2, cancel=cancel)
    assert len(rig.users()) == len(results)
    assert 5 <= len(results) <= 5 + 2 * 2


def test_results_arrive_on_the_calling_thread(rig: Rig) -> None:
    threads: set[int] = set()
    with rig.open() as target:
        mapper = target.mapper()
        ops = [*creates(mapper, 10), UserOp.delete("dir-x", None, "nobody@example.com")]
        summary = target.push(ops, lambda r: threads.add(threading.get_ident()), mapper,
                              use_bulk=False, concurrency=4)
    assert threads == {threading.get_ident()}
    assert (summary.count(Outcome.CREATED), summary.count(Outcome.ABSENT)) == (10, 1)


def test_a_resumed_create_is_verified_first(rig: Rig) -> None:
    with rig.open() as target:
        mapper = target.mapper()
        run_push(target, creates(mapper, 3), mapper)
        resumed = [UserOp.create(f"dir-{i:05d}", mapper.map(person(i)), verify_first=True)
                   for i in range(5)]
        summary, _ = run_push(target, resumed, mapper)
    assert (summary.count(Outcome.ADOPTED), summary.count(Outcome.CREATED)) == (3, 2)
    assert len(rig.users()) == 5
