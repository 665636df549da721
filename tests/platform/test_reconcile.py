"""Listing (paging quirks), adoption of existing platform users, and drift repair,
including a real scim2-server that restarted empty."""

from __future__ import annotations

import httpx
import pytest

from idp_wizard.platform import Capabilities, Expected, Outcome, PlatformIndex, UserMapper
from idp_wizard.platform.listing import iter_pages
from idp_wizard.platform.target import ScimTarget
from idp_wizard.platform.users_api import pick_user
from tests.platform.helpers import TOKEN, Rig, ScimServerProcess, creates, person, run_push

CORE = "urn:ietf:params:scim:schemas:core:2.0:User"


def expected(mapper: UserMapper, ids: dict[str, str | None], count: int) -> list[Expected]:
    return [Expected(f"dir-{i:05d}", ids.get(f"dir-{i:05d}"), mapper.map(person(i)))
            for i in range(count)]


def test_reconcile_restores_a_server_that_restarted_empty(real_server: ScimServerProcess
                                                          ) -> None:
    with ScimTarget.open(real_server.url, TOKEN) as target:
        mapper = target.mapper()
        _, results = run_push(target, creates(mapper, 30), mapper)
        ids: dict[str, str | None] = {r.directory_id: r.platform_id for r in results}
    real_server.restart()  # in memory: everything is gone
    with ScimTarget.open(real_server.url, TOKEN) as target:
        plan = target.reconcile(expected(mapper, ids, 30), mapper)
        assert (plan.missing, plan.drifted, plan.in_sync, plan.unmanaged) == (30, 0, 0, 0)
        summary, results = run_push(target, plan.ops, mapper)
        assert summary.count(Outcome.CREATED) == 30
        ids = {r.directory_id: r.platform_id for r in results}
        again = target.reconcile(expected(mapper, ids, 30), mapper)
        assert (again.in_sync, again.ops, again.relinked) == (30, [], {})
        noop = run_push(target, again.ops, mapper)[0]
        assert noop.writes == 0
    with httpx.Client(headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        body = client.get(f"{real_server.url}/Users", params={"count": "100"}).json()
    assert body["totalResults"] == 30


def test_reconcile_repairs_drift_and_leaves_foreign_users_alone(real_rig: Rig) -> None:
    with real_rig.open() as target:
        mapper = target.mapper()
        _, results = run_push(target, creates(mapper, 12), mapper)
        ids: dict[str, str | None] = {r.directory_id: r.platform_id for r in results}
        for d in ("dir-00001", "dir-00002", "dir-00003"):  # changed by hand
            target.users.patch(ids[d] or "", [{"op": "replace", "path": "title", "value": "X"},
                                              {"op": "replace", "path": "active", "value": False}])
        for d in ("dir-00004", "dir-00005"):  # deleted by hand
            target.users.delete(ids[d] or "")
        for i in range(4):  # the platform's own users
            name = f"staff{i}@platform.example"
            target.users.create({"schemas": [CORE], "userName": name, "title": "Staff"}, name)
        plan = target.reconcile(expected(mapper, ids, 12), mapper)
        assert (plan.missing, plan.drifted, plan.in_sync, plan.unmanaged) == (2, 3, 7, 4)
        summary, _ = run_push(target, plan.ops, mapper)
        assert (summary.count(Outcome.CREATED), summary.count(Outcome.UPDATED)) == (2, 3)
        assert summary.writes == 4  # one Bulk request (2 creates) + 3 PATCH
    users = real_rig.users()
    assert len(users) == 16
    ours = {str(u["externalId"]): mapper.project(u) for u in users if "externalId" in u}
    assert ours == {f"dir-{i:05d}": mapper.map(person(i)) for i in range(12)}
    staff = [u for u in users if str(u["userName"]).startswith("staff")]
    assert [u["title"] for u in staff] == ["Staff"] * 4


def test_first_sync_adopts_by_user_name_then_external_id(rig: Rig) -> None:
    with rig.open() as target:
        mapper = target.mapper()
        by_name = target.users.create(
            {"schemas": [CORE], "userName": "USER00000@EXAMPLE.COM"}, "x").user.id
        by_external = target.users.create(
            {"schemas": [CORE], "userName": "old-name@example.com", "externalId": "dir-00001"},
            "y").user.id
        plan = target.reconcile(expected(mapper, {}, 3), mapper)
        assert plan.relinked == {"dir-00000": by_name, "dir-00001": by_external}
        assert (plan.missing, plan.drifted, plan.unmanaged) == (1, 2, 0)
        summary, _ = run_push(target, plan.ops, mapper)
        assert (summary.count(Outcome.CREATED), summary.count(Outcome.UPDATED)) == (1, 2)
    assert rig.user_names() == [f"user{i:05d}@example.com" for i in range(3)]


@pytest.mark.parametrize("wrap", [False, True])
def test_listing_reads_every_user_once(rig: Rig, wrap: bool) -> None:
    with rig.open() as target:
        mapper = target.mapper()
        run_push(target, creates(mapper, 25), mapper)
        rig.faults.wrap_paging = wrap
        pages = list(iter_pages(target.http, "/Users", page_size=10))
    assert [len(p) for p in pages] == [10, 10, 5]
    ids = [u["id"] for page in pages for u in page]
    assert len(set(ids)) == 25


def listing_server(total: int | None, cap: int, users: int | None = None
                   ) -> httpx.MockTransport:
    """A server with `users` users (reporting `total`) that returns at most `cap` a page
    (whatever `count` says) and reports itemsPerPage as the requested count."""
    found = [{"id": f"u{i}", "userName": f"u{i}@x"} for i in range(users or total or 0)]

    def handle(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params["startIndex"])
        count = int(request.url.params["count"])
        page = found[start - 1:start - 1 + min(count, cap)]
        body: dict[str, object] = {"Resources": page, "itemsPerPage": count}
        if total is not None:
            body["totalResults"] = total
        return httpx.Response(200, json=body, headers={"Content-Type": "application/json"})

    return httpx.MockTransport(handle)


def test_listing_trusts_total_results_not_items_per_page() -> None:
    with ScimTarget.open("https://scim.example.com/v2", TOKEN,
                         transport=listing_server(23, cap=4),
                         capabilities=Capabilities()) as target:
        index = PlatformIndex.build(target.iter_users())
    assert len(index) == 23


def test_listing_without_total_reads_to_an_empty_page() -> None:
    with ScimTarget.open("https://scim.example.com/v2", TOKEN,
                         transport=listing_server(None, cap=3, users=7),
                         capabilities=Capabilities()) as target:
        assert [len(p) for p in target.iter_users()] == [3, 3, 1]


def test_user_name_matching_prefers_exact_then_ignores_case() -> None:
    both = [{"id": "1", "userName": "Ann@X.com"}, {"id": "2", "userName": "ann@x.com"}]
    assert pick_user(both, "ann@x.com") == both[1]  # a case-sensitive server holds both
    assert pick_user(both[:1], "ann@x.com") == both[0]  # a case-insensitive one: adopt
    ignored = [{"id": "3", "userName": "someone@else.com"}]  # a server ignoring the filter
    assert pick_user(ignored, "ann@x.com") is None
    index = PlatformIndex.build([both[:1]])
    assert index.match("ANN@x.COM", None) == both[0]
