"""A hostile platform: the in-process scim2-server behind a middleware that answers Bulk
requests with operations that do not match, stops letting the token write half-way,
sends HTML 404 pages or requires If-Match. After each: exact counts and a full listing
of the server (its lying listings: test_hostile_listing.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from idp_wizard.app_platform import PlatformNotCleared
from idp_wizard.core.platform_state import user_statuses
from idp_wizard.core.platform_target import TargetState
from idp_wizard.platform import Capabilities, Outcome, UserOp
from idp_wizard.platform.executor import DENIED_IN_A_ROW
from idp_wizard.platform.target import ScimTarget
from idp_wizard.platform.users_api import id_from_location
from tests.platform.engine import assert_platform_holds_the_shared, ours
from tests.platform.helpers import TOKEN, Rig, creates, person, run_push
from tests.platform.hostile import Hostile, Tamper, hostile_app

pytestmark = pytest.mark.platform


def mixed_up_bulk(request: httpx.Request,
                  forward: Callable[[httpx.Request], httpx.Response]) -> httpx.Response:
    """Applies the first Bulk request, then answers it wrongly: each 201 with the created
    user (as many servers do) but the answers of bulkId 0 and 1 swapped, bulkId 2's
    answer missing, an answer for an operation nobody sent, statuses as numbers."""
    response = forward(request)
    if not (request.method == "POST" and request.url.path.endswith("/Bulk")) or BULKS:
        return response
    BULKS.append(len(json.loads(request.content)["Operations"]))
    answers = response.json()["Operations"]
    for answer in answers:
        answer["status"] = int(answer["status"])
        if answer["status"] == 201:
            get = httpx.Request("GET", answer["location"],
                                headers={"Authorization": request.headers["Authorization"]})
            answer["response"] = forward(get).json()
    for answer in answers:
        answer["bulkId"] = {"0": "1", "1": "0"}.get(answer["bulkId"], answer["bulkId"])
    answers = [a for a in answers if a["bulkId"] != "2"]
    answers.append({"method": "POST", "bulkId": "99", "status": 201,
                    "location": f"{request.url}/../Users/nobody"})
    return httpx.Response(200, content=json.dumps({"schemas": [
        "urn:ietf:params:scim:api:messages:2.0:BulkResponse"], "Operations": answers}),
        headers={"Content-Type": "application/scim+json"})


BULKS: list[int] = []  # the size of the Bulk request that was answered wrongly


def test_a_bulk_answer_that_does_not_match_links_nobody_wrongly(
        tmp_path: Path, real_rig: Rig) -> None:
    BULKS.clear()
    app, _, first = hostile_app(tmp_path, real_rig, tamper=mixed_up_bulk)
    assert BULKS[0] >= 3
    p = first.platform
    shared = len(user_statuses(app.store))
    assert p is not None and (p.status, p.created, p.adopted, p.failed, p.pending) == (
        "delivered", shared - 3, 3, 0, 0)
    # Bulk requests only: the three looked up were found, none was sent again
    assert {path for m, path, _ in real_rig.faults.log if m == "POST"} == {"/v2/Bulk"}
    assert_platform_holds_the_shared(app, real_rig)  # each linked to its own platform user


class Forbidden:
    """The token loses its write permission after `after` writes: every later write
    answers 403 (reads still work)."""

    def __init__(self, after: int) -> None:
        self.after, self.refused = after, 0

    def __call__(self, request: httpx.Request,
                 forward: Callable[[httpx.Request], httpx.Response]) -> httpx.Response:
        if request.method == "GET":
            return forward(request)
        if self.after <= 0:
            self.refused += 1
            return httpx.Response(403, json={
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "403",
                "detail": "Insufficient permissions."},
                headers={"Content-Type": "application/scim+json"})
        self.after -= 1
        return forward(request)


def test_write_access_revoked_mid_run_halts_and_the_rest_waits(
        tmp_path: Path, real_rig: Rig) -> None:
    """Every write refused with 403: the push stops after a few, not after every user."""
    real_rig.faults.no_bulk = True  # one request per user, so the 403s land mid-push
    forbidden = Forbidden(6)
    app, hostile, first = hostile_app(tmp_path, real_rig, size=60, tamper=forbidden)
    shared = len(user_statuses(app.store))
    p = first.platform
    assert first.status == "incomplete" and p is not None
    # each refused request is one failed user; what was in flight (4 workers, 8 queued
    # or running) finishes
    assert DENIED_IN_A_ROW <= forbidden.refused <= DENIED_IN_A_ROW + 8
    assert (p.status, p.created, p.failed, p.pending) == (
        "halted", 6, forbidden.refused, shared - 6)
    assert str(p.error) == (
        f"The platform refused {DENIED_IN_A_ROW} changes in a row with this SCIM token "
        "(403): check that the token may still provision users; the rest waits for the "
        "next sync.")
    assert len(ours(real_rig)) == 6
    target = app.platform.target()
    assert target is not None and target.state is TargetState.UNREACHABLE

    hostile.tamper = None  # the platform's admin gives the token its rights back
    done = app.sync_service().run()
    assert done.status == "succeeded" and done.platform is not None
    assert (done.platform.created, done.platform.failed, done.platform.pending) == (
        shared - 6, 0, 0)
    assert_platform_holds_the_shared(app, real_rig)


class FailsAfter:
    """Forwards `writes` writes, then the platform answers 503 to everything."""

    def __init__(self, writes: int) -> None:
        self.writes = writes

    def __call__(self, request: httpx.Request,
                 forward: Callable[[httpx.Request], httpx.Response]) -> httpx.Response:
        if self.writes <= 0:
            return httpx.Response(503, text="<html><body>Service Unavailable</body></html>",
                                  headers={"Content-Type": "text/html"})
        if request.method != "GET":
            self.writes -= 1
        return forward(request)


def test_disconnect_against_a_platform_failing_half_way(tmp_path: Path,
                                                        real_rig: Rig) -> None:
    app, hostile, _ = hostile_app(tmp_path, real_rig, size=60)
    there = len(ours(real_rig))
    assert there - 10 > DENIED_IN_A_ROW + 8
    hostile.tamper = FailsAfter(7)
    with pytest.raises(PlatformNotCleared) as caught:
        app.disconnect()
    assert str(caught.value) == (
        f"Disconnected Microsoft Entra ID; {there - 7} users the app provisioned remain on "
        f"{real_rig.url}: 127.0.0.1 is not available (after 6 attempts, the server reported "
        "an error): try again later. Run disconnect again to finish removing them "
        "(idp-wizard disconnect --yes).")
    assert len(ours(real_rig)) == there - 7  # exactly what the platform confirmed is gone
    assert app.connection() is None and app.platform.remaining() == there - 7
    status = app.platform.status().to_json()
    assert (status["provisioned"], status["pending"]) == (0, there - 7)

    forbidden = Forbidden(3)  # next: the token may delete 3 more, then 403 for all
    hostile.tamper = forbidden
    with pytest.raises(PlatformNotCleared) as caught:
        app.disconnect()  # again, with no connection left
    assert str(caught.value) == (
        f"{there - 10} users the app provisioned remain on {real_rig.url}: The platform "
        f"refused {DENIED_IN_A_ROW} changes in a row with this SCIM token (403): check that "
        "the token may still provision users; the rest waits for the next sync. Run "
        "disconnect again to finish removing them (idp-wizard disconnect --yes).")
    assert forbidden.refused <= DENIED_IN_A_ROW + 8  # not one refused DELETE per user
    assert len(ours(real_rig)) == app.platform.remaining() == there - 10

    hostile.tamper = None
    done = app.disconnect()  # the token has its rights back: finishes the job
    assert (done.removed, done.platform_removed) == (0, there - 10)
    assert ours(real_rig) == {} and app.platform.remaining() == 0


@pytest.mark.parametrize(("platform_id", "raw"), [
    ("a#b", "/v2/Users/a%23b"),  # before: DELETE /v2/Users/a (another user)
    ("a?force=true", "/v2/Users/a%3Fforce=true"),
    ("../Groups/g1", "/v2/Users/..%2FGroups%2Fg1"),  # before: DELETE /v2/Groups/g1
    ("a b%", "/v2/Users/a%20b%25"),
    ("ann+1@x.com", "/v2/Users/ann+1@x.com"),
])
def test_a_platform_id_addresses_only_its_own_user(platform_id: str, raw: str) -> None:
    """Ids are the server's opaque strings: one that reads like a path, a query or a
    fragment must still name that user alone."""
    seen: list[tuple[str, str]] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append((request.method, request.url.raw_path.decode()))
        return httpx.Response(204)

    with ScimTarget.open("https://scim.example.com/v2", TOKEN,
                         transport=httpx.MockTransport(handle),
                         capabilities=Capabilities()) as target:
        assert target.users.delete(platform_id) is True
        target.users.patch(platform_id, [{"op": "replace", "path": "active", "value": False}])
        location = f"https://scim.example.com{raw}"
        assert id_from_location(location) == platform_id
    assert seen == [("DELETE", raw), ("PATCH", raw)]


def html_404_for(method: str) -> Tamper:
    """A proxy in front of the platform that answers `method` with its own 404 page."""

    def tamper(request: httpx.Request,
               forward: Callable[[httpx.Request], httpx.Response]) -> httpx.Response:
        if request.method != method:
            return forward(request)
        return httpx.Response(404, text="<!doctype html><html><body>Not Found</body></html>",
                              headers={"Content-Type": "text/html"})

    return tamper


def test_a_proxys_404_page_is_not_taken_as_already_removed(tmp_path: Path,
                                                          real_rig: Rig) -> None:
    """Only the SCIM server can say a user is gone: a web page's 404 removes nobody from
    the app's records, and disconnect does not report success."""
    app, hostile, _ = hostile_app(tmp_path, real_rig)
    there = len(ours(real_rig))
    hostile.tamper = html_404_for("DELETE")
    with pytest.raises(PlatformNotCleared) as caught:
        app.disconnect()
    assert str(caught.value) == (
        f"Disconnected Microsoft Entra ID; {there} users the app provisioned remain on "
        f"{real_rig.url}: DELETE /Users/… was answered with a web page (404), not by the "
        "SCIM server: nothing is known to be removed or changed; check the SCIM base URL "
        "(it usually ends with /scim/v2 or /v2). Run disconnect again to finish removing "
        "them (idp-wizard disconnect --yes).")
    assert len(ours(real_rig)) == app.platform.remaining() == there

    hostile.tamper = None
    done = app.disconnect()
    assert (done.removed, done.platform_removed) == (0, there)
    assert ours(real_rig) == {}


def test_a_bulk_request_refused_as_a_whole_falls_back_to_single_creates(
        tmp_path: Path, real_rig: Rig) -> None:
    """A server announcing Bulk that refuses our Bulk request with a 400 (it wants
    another dialect): nothing was applied, so each user is created on its own."""
    refused: list[str] = []

    def tamper(request: httpx.Request,
               forward: Callable[[httpx.Request], httpx.Response]) -> httpx.Response:
        if request.url.path.endswith("/Bulk"):
            refused.append(request.method)
            return httpx.Response(400, json={
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "400",
                "scimType": "invalidSyntax", "detail": "Request is unparsable."},
                headers={"Content-Type": "application/scim+json"})
        return forward(request)

    app, _, first = hostile_app(tmp_path, real_rig, tamper=tamper)
    shared = len(user_statuses(app.store))
    p = first.platform
    assert first.status == "succeeded" and p is not None
    assert (p.status, p.created, p.failed, p.pending) == ("delivered", shared, 0, 0)
    assert refused == ["POST"]  # asked once (not once per wave), then one POST per user
    assert real_rig.faults.writes(method="POST") == shared
    assert_platform_holds_the_shared(app, real_rig)


def require_if_match(request: httpx.Request,
                     forward: Callable[[httpx.Request], httpx.Response]) -> httpx.Response:
    """A platform that takes changes to a user only with If-Match (428 otherwise)."""
    if request.method in ("PUT", "PATCH", "DELETE") and "If-Match" not in request.headers:
        return httpx.Response(428, json={
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "428",
            "detail": "This request is required to be conditional (If-Match)."},
            headers={"Content-Type": "application/scim+json"})
    return forward(request)


@pytest.mark.parametrize("patch", [True, False])
def test_a_platform_requiring_if_match_gets_it(real_rig: Rig, patch: bool) -> None:
    """428 (If-Match required) is answered like 412: read the user, send its ETag."""
    hostile = Hostile(real_rig.transport)
    with ScimTarget.open(real_rig.url, TOKEN, transport=hostile, sleep=real_rig.sleeps
                         ) as target:
        target.methods.patch = patch
        mapper = target.mapper()
        _, results = run_push(target, creates(mapper, 7), mapper)
        ids = {r.directory_id: str(r.platform_id) for r in results}
        hostile.tamper = require_if_match
        ops = [UserOp.update(f"dir-{i:05d}", ids[f"dir-{i:05d}"],
                             mapper.map(person(i, department="Moved")), mapper.map(person(i)))
               for i in range(4)]
        ops += [UserOp.delete(d, ids[d]) for d in ("dir-00004", "dir-00005")]
        ops.append(UserOp.deactivate("dir-00006", ids["dir-00006"]))
        summary, results = run_push(target, ops, mapper)
    assert [(r.directory_id, r.outcome, r.detail) for r in results if not r.ok] == []
    assert (summary.count(Outcome.UPDATED), summary.count(Outcome.DELETED),
            summary.count(Outcome.DEACTIVATED)) == (4, 2, 1)
    enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
    assert sorted((u["userName"], u[enterprise]["department"], u["active"])
                  for u in real_rig.users()) == [
        *((f"user{i:05d}@example.com", "Moved", True) for i in range(4)),
        ("user00006@example.com", "Sales", False)]
