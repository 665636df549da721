"""What a run says about the platform's users matches what the platform took, read back
in full: a restore the platform refuses is not counted as restored; in "deactivate
instead of delete" a removed user already gone from the platform is neither deleted nor
deactivated; what a run's platform part says (a short listing, repairs, users already
gone) stays with the run, for History, `history` and the panel; directory changes sent
with the comparison are not counted as restored. Ids answered as objects:
test_platform_truth_ids.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from idp_wizard.cli_output import history_text
from idp_wizard.cli_sync_output import platform_lines
from idp_wizard.core.platform_state import user_statuses
from idp_wizard.core.platform_target import TargetSettings
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import last_finished_run
from idp_wizard.core.users import synced_rows
from tests.platform.engine import backend, by_hand, ours, platform_app
from tests.platform.helpers import Rig
from tests.platform.hostile import Forward, hostile_app, listing, without_meta
from tests.platform.test_engine_removals import refilter

pytestmark = pytest.mark.platform
EDIT = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "displayName", "value": "Edited by hand"}]}


def refuse_writes_to(platform_id: str) -> Callable[[httpx.Request, Forward], httpx.Response]:
    """The platform refuses every change to one user (400 invalidValue); reads pass."""

    def tamper(request: httpx.Request, forward: Forward) -> httpx.Response:
        if request.method in ("PATCH", "PUT") and request.url.path.endswith(f"/{platform_id}"):
            return httpx.Response(400, json={
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"], "status": "400",
                "scimType": "invalidValue", "detail": "This user is locked."},
                headers={"Content-Type": "application/scim+json"})
        return forward(request)

    return tamper


def test_a_restore_the_platform_refuses_is_not_counted_as_restored(
        tmp_path: Path, real_rig: Rig) -> None:
    """Two users edited on the platform by hand; the comparison restores one, the
    platform refuses the other's restore: one restored (drifted), one failed."""
    app, hostile, _ = hostile_app(tmp_path, real_rig)
    held = ours(real_rig)
    locked, restored = sorted(held)[:2]
    for name in (locked, restored):
        assert by_hand(real_rig, "PATCH", f"/Users/{held[name]['id']}", EDIT).status_code == 204
    hostile.tamper = refuse_writes_to(str(held[locked]["id"]))
    outcome = app.sync_service().run(reconcile=True)
    p = outcome.platform
    assert p is not None
    assert (p.status, p.updated, p.drifted, p.missing, p.failed, p.created) == (
        "some_failed", 1, 1, 0, 1, 0)
    assert [(x["who"], x["reason"]) for x in p.problems] == [
        (locked, f"The platform refused PATCH /Users/{held[locked]['id']} (400 invalidValue): "
                 "This user is locked.")]
    after = without_meta(ours(real_rig))  # the whole platform, read back
    expected = without_meta(held)
    expected[locked]["displayName"] = "Edited by hand"  # refused: still as edited
    assert after == expected
    run = last_finished_run(app.store)
    assert run is not None and run.platform is not None
    assert (run.platform["updated"], run.platform["failed"], run.platform["repaired"]) == (
        1, 1, {"missing": 0, "drifted": 1})
    assert platform_lines(outcome)[1] == "Platform repaired: 0 re-created, 1 restored."
    assert history_text([run], []).splitlines()[2:4] == [
        "      platform some failed: +0 ~1 -0, 1 failed, 1 pending",
        "      Platform repaired: 0 re-created, 1 restored."]


def test_deactivating_a_user_already_gone_from_the_platform_says_so(
        tmp_path: Path, real_rig: Rig) -> None:
    """"Deactivate instead of delete": a narrower filter removes users, one of whom
    someone already deleted on the platform (its PATCH answers 404). It is neither
    deleted nor deactivated by the run; the app forgets it; the rest are deactivated."""
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=40)
    app.platform.save_settings(TargetSettings(deactivate=True))
    app.sync_service().run()
    everyone = ours(real_rig)
    session = app.rules_sync()
    department = next(o.value for o in session.options()["departments"] if o.count > 3)
    staying = {r.email for r in synced_rows(app.store).values() if r.department == department}
    leaving = sorted(set(everyone) - staying)
    gone = leaving[0]
    gone_id = {r.email: uid for uid, r in synced_rows(app.store).items()}[gone]
    assert by_hand(real_rig, "DELETE", f"/Users/{everyone[gone]['id']}").status_code == 204
    narrowed, _ = refilter(app, {"departments": [department]})
    p = narrowed.platform
    assert p is not None and narrowed.to_json()["removed"] == len(leaving) > 2
    assert (p.status, p.deleted, p.deactivated, p.failed, p.pending) == (
        "delivered", 0, len(leaving) - 1, 0, 0)
    assert (p.gone, p.to_json()["gone"]) == (1, 1)
    server = ours(real_rig)  # read back in full: the gone one is not there, nobody deleted
    assert sorted(server) == sorted(set(everyone) - {gone})
    assert sorted(u for u, r in server.items() if not r["active"]) == leaving[1:]
    assert {u: r["id"] for u, r in server.items()} == {
        u: r["id"] for u, r in everyone.items() if u != gone}
    statuses = user_statuses(app.store)
    assert gone_id not in statuses  # forgotten: not counted as on the platform
    status = app.platform.status().to_json()
    assert (status["provisioned"], status["deactivated"], status["pending"]) == (
        len(staying), len(leaving) - 1, 0)
    assert app.platform.remaining() == len(server)
    assert platform_lines(narrowed)[:2] == [
        f"Platform: created 0, adopted 0, updated {p.updated}, removed {len(leaving) - 1}, "
        "failed 0.",
        "1 user the app provisioned was already gone from the platform (deleted there "
        "outside this app): there was nothing to remove."]
    run = last_finished_run(app.store)
    assert run is not None and run.platform is not None
    assert (run.platform["deleted"], run.platform["gone"]) == (len(leaving) - 1, 1)

    done = app.disconnect()  # deactivates nobody twice, counts only the ones it did
    assert done.platform_removed == len(staying)
    assert sorted(ours(real_rig)) == sorted(server)
    assert not any(r["active"] for r in ours(real_rig).values())


def first_page_only(request: httpx.Request, forward: Forward) -> httpx.Response:
    """Every page of the full listing is the first 5 users (startIndex and count
    ignored), while totalResults says how many the platform holds."""
    if not listing(request):
        return forward(request)
    params = {**dict(request.url.params), "startIndex": "1", "count": "5"}
    return forward(httpx.Request("GET", request.url.copy_with(params=params),
                                 headers={"Authorization": request.headers["Authorization"]}))


SHORT = ("The platform listed only 5 of the {n} users it reported (its paging is "
         "unreliable): the users it did not list were checked one by one, none was taken "
         "as gone.")


def test_a_short_listing_is_kept_with_the_run(tmp_path: Path, real_rig: Rig) -> None:
    """Said by `history` too; a user edited by hand that the listing left out is read by
    its id, restored, and counted as restored."""
    app, hostile, _ = hostile_app(tmp_path, real_rig)
    held = ours(real_rig)
    listed = {u["userName"] for u in by_hand(real_rig, "GET", "/Users?startIndex=1&count=5"
                                             ).json()["Resources"]}
    edited = sorted(set(held) - listed)[0]
    assert by_hand(real_rig, "PATCH", f"/Users/{held[edited]['id']}", EDIT).status_code == 204
    hostile.tamper = first_page_only
    outcome = app.sync_service().run(reconcile=True)
    assert outcome.status == "succeeded"
    assert without_meta(ours(real_rig)) == without_meta(held)  # restored, nothing else
    run = last_finished_run(app.store)
    assert run is not None and run.platform is not None
    assert run.platform == {"status": "delivered", "created": 0, "updated": 1, "deleted": 0,
                            "failed": 0, "pending": 0, "error": "",
                            "repaired": {"missing": 0, "drifted": 1},
                            "listing": {"listed": 5, "reported": len(held)}}
    assert run.to_json()["platform"]["listing"] == {"listed": 5, "reported": len(held)}
    assert history_text([run], []).splitlines()[2:5] == [
        "      platform delivered: +0 ~1 -0, 0 failed, 0 pending",
        "      Platform repaired: 0 re-created, 1 restored.",
        "      " + SHORT.format(n=len(held))]
    hostile.tamper = None
    app.sync_service().run(reconcile=True)  # an honest listing: nothing more to say
    later = last_finished_run(app.store)
    assert later is not None and later.platform is not None
    assert "listing" not in later.platform and later.id == run.id + 1


def test_directory_changes_sent_with_the_comparison_are_not_counted_as_restored(
        tmp_path: Path, real_rig: Rig) -> None:
    """The daily comparison runs on a sync that also carries directory changes: those
    users differ on the platform because the directory changed, not because someone
    changed them there. Only the one edited on the platform by hand was restored."""
    app, _, _ = hostile_app(tmp_path, real_rig)
    held = ours(real_rig)
    edited = sorted(held)[0]
    assert by_hand(real_rig, "PATCH", f"/Users/{held[edited]['id']}", EDIT).status_code == 204
    tenant = backend(app).tenant  # two others get a new title in the directory
    moved = [p for p in tenant.persons if not p.removed and p.mail in held
             and p.mail != edited][:2]
    for person in moved:
        tenant.persons.move(person.key, person.dept, "Moved by the directory")
    tenant.version += 1
    changed = {str(p.mail) for p in moved}
    outcome = app.sync_service().run(full=True, reconcile=True)
    assert outcome.to_json()["updated"] == len(changed)
    p = outcome.platform
    assert p is not None
    assert (p.status, p.updated, p.drifted, p.missing, p.failed) == (
        "delivered", len(changed) + 1, 1, 0, 0)
    run = last_finished_run(app.store)
    assert run is not None and run.platform is not None
    assert run.platform["repaired"] == {"missing": 0, "drifted": 1}
    after = ours(real_rig)
    assert after[edited]["displayName"] == held[edited]["displayName"]
    synced = {r.email: r for r in synced_rows(app.store).values()}
    assert sorted(after) == sorted(synced)
    assert {u: (after[u]["title"], synced[u].job_title) for u in changed} == {
        u: ("Moved by the directory", "Moved by the directory") for u in changed}
