"""A hostile platform's listings: empty by mistake, short, lying about their totals or
ignoring startIndex. After each: exact counts and a full listing of the server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from idp_wizard.cli_sync_output import platform_lines
from idp_wizard.core.platform_state import user_statuses
from idp_wizard.platform import Capabilities
from idp_wizard.platform.listing import Pages, iter_pages
from idp_wizard.platform.target import ScimTarget
from tests.platform.engine import assert_platform_holds_the_shared, ours
from tests.platform.helpers import TOKEN, Rig
from tests.platform.hostile import hostile_app, list_response, listing

pytestmark = pytest.mark.platform


def test_an_empty_listing_by_mistake_recreates_nobody(tmp_path: Path, real_rig: Rig) -> None:
    """A hiccup: the listing says the platform is empty while it holds everyone."""
    rig = real_rig
    app, hostile, _ = hostile_app(tmp_path, rig)
    held = assert_platform_holds_the_shared(app, rig)
    hostile.tamper = lambda req, fwd: list_response([], 0) if listing(req) else fwd(req)
    rig.faults.log.clear()
    outcome = app.sync_service().run(reconcile=True)
    p = outcome.platform
    assert outcome.status == "succeeded" and p is not None
    assert (p.status, p.created, p.adopted, p.updated, p.missing, p.failed) == (
        "delivered", 0, 0, 0, 0, 0)
    assert rig.faults.writes() == 0  # each unlisted user was read by its id instead
    assert assert_platform_holds_the_shared(app, rig) == held


def test_a_user_deleted_by_hand_is_still_recreated_when_the_listing_is_short(
        tmp_path: Path, real_rig: Rig) -> None:
    rig = real_rig
    app, hostile, _ = hostile_app(tmp_path, rig)
    held = ours(rig)
    gone = sorted(held)[0]
    with httpx.Client(transport=rig.transport.inner,
                      headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        assert client.delete(f"{rig.url}/Users/{held[gone]['id']}").status_code == 204
    hostile.tamper = lambda req, fwd: list_response([], 0) if listing(req) else fwd(req)
    outcome = app.sync_service().run(reconcile=True)
    p = outcome.platform
    assert p is not None and (p.status, p.created, p.missing, p.adopted) == (
        "delivered", 1, 1, 0)
    after = assert_platform_holds_the_shared(app, rig)
    assert sorted(after) == sorted(held) and after[gone]["id"] != held[gone]["id"]
    assert user_statuses(app.store)[str(after[gone]["externalId"])][0] == after[gone]["id"]


def lying_server(pages: Callable[[int, int], tuple[list[object], dict[str, object]]],
                 limit: int = 50) -> tuple[httpx.MockTransport, list[int]]:
    """A listing server: `pages(startIndex, count)` gives a page's Resources and the rest
    of its body. More than `limit` requests fail the test (an endless loop)."""
    starts: list[int] = []

    def handle(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params["startIndex"])
        starts.append(start)
        assert len(starts) <= limit, "the listing does not end"
        resources, body = pages(start, int(request.url.params["count"]))
        return httpx.Response(200, json={"Resources": resources, **body},
                              headers={"Content-Type": "application/scim+json"})

    return httpx.MockTransport(handle), starts


def people(first: int, count: int) -> list[object]:
    return [{"id": f"u{i}", "userName": f"u{i}@x"} for i in range(first, first + count)]


def read(transport: httpx.MockTransport, page_size: int = 10) -> tuple[Pages, list[int]]:
    with ScimTarget.open("https://scim.example.com/v2", TOKEN, transport=transport,
                         capabilities=Capabilities()) as target:
        pages = iter_pages(target.http, "/Users", page_size=page_size)
        sizes = [len(page) for page in pages]
    return pages, sizes


@pytest.mark.parametrize(("case", "pages", "sizes", "listed", "complete", "requests"), [
    # startIndex ignored: the first page forever, while the total says 95
    ("same page", lambda s, c: (people(0, c), {"totalResults": 95}), [10], 10, False, 2),
    # a total that is never reached: pages run empty after 25 users
    ("huge total", lambda s, c: (people(s - 1, max(0, min(c, 26 - s))),
                                 {"totalResults": 10**9}), [10, 10, 5], 25, False, 6),
    # a ListResponse without Resources (and itemsPerPage 0)
    ("no Resources", lambda s, c: ([], {"totalResults": 40, "itemsPerPage": 0}), [], 0,
     False, 3),
    # more than asked: everyone on the first page
    ("more than asked", lambda s, c: (people(0, 25), {"totalResults": 25}), [25], 25,
     True, 1),
    # itemsPerPage 0 on honest pages
    ("itemsPerPage 0", lambda s, c: (people(s - 1, min(c, 26 - s)),
                                     {"totalResults": 25, "itemsPerPage": 0}),
     [10, 10, 5], 25, True, 3),
])
def test_a_lying_listing_is_bounded_and_says_it_is_short(
        case: str, pages: Callable[[int, int], tuple[list[object], dict[str, object]]],
        sizes: list[int], listed: int, complete: bool, requests: int) -> None:
    transport, starts = lying_server(pages)
    result, got = read(transport)
    assert (got, result.listed, result.complete, len(starts)) == (
        sizes, listed, complete, requests), case


def test_a_listing_that_ignores_start_index_is_said_and_trusted_for_nothing(
        tmp_path: Path, real_rig: Rig) -> None:
    """The platform answers every page with its first 5 users (startIndex and count
    ignored) while totalResults says how many it really holds."""

    def first_page_only(request: httpx.Request,
                        forward: Callable[[httpx.Request], httpx.Response]) -> httpx.Response:
        if not listing(request):
            return forward(request)
        params = {**dict(request.url.params), "startIndex": "1", "count": "5"}
        return forward(httpx.Request("GET", request.url.copy_with(params=params),
                                     headers={"Authorization": request.headers["Authorization"]}))

    app, hostile, _ = hostile_app(tmp_path, real_rig)
    held = assert_platform_holds_the_shared(app, real_rig)
    hostile.tamper = first_page_only
    real_rig.faults.log.clear()
    outcome = app.sync_service().run(reconcile=True)
    p = outcome.platform
    assert outcome.status == "succeeded" and p is not None
    assert (p.created, p.adopted, p.updated, p.missing, p.failed) == (0, 0, 0, 0, 0)
    assert p.to_json()["listing"] == {"listed": 5, "reported": len(held)}
    assert real_rig.faults.writes() == 0
    assert platform_lines(outcome)[1] == (
        f"The platform listed only 5 of the {len(held)} users it reported (its paging is "
        "unreliable): the users it did not list were checked one by one, none was taken "
        "as gone.")
    assert assert_platform_holds_the_shared(app, real_rig) == held
