"""The engine against a real scim2-server through the fault transport: throttling,
outages, timeouts, a conflict on create, one bad user, a token revoked mid-run, answers
lost after the write was applied, a server that restarted empty, and drift. After each:
a full listing of the server equals the synced users, with no duplicates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.messages import Message
from idp_wizard.core.platform_state import refusal_messages, user_statuses
from idp_wizard.core.platform_target import TargetState
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus, last_finished_run
from idp_wizard.core.users import synced_rows
from tests.platform.engine import assert_platform_holds_the_shared, by_hand, ours, platform_app
from tests.platform.helpers import TOKEN, Rig, ScimServerProcess

pytestmark = pytest.mark.platform


def test_throttling_outages_and_timeouts_are_retried(tmp_path: Path, real_rig: Rig) -> None:
    """Each run meets one kind of trouble; each is retried and delivers everything."""
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=30)
    f, sleeps = real_rig.faults, real_rig.sleeps
    rounds: list[tuple[str, Callable[[], None]]] = [
        ("429 with Retry-After", lambda: setattr(f, "throttle", 3)),
        ("429 without it", lambda: (setattr(f, "throttle", 2),
                                    setattr(f, "throttle_retry_after", None))),
        ("503", lambda: setattr(f, "unavailable", 2)),
        ("500", lambda: (setattr(f, "unavailable", 2), setattr(f, "unavailable_status", 500))),
        ("timeouts", lambda: setattr(f, "timeouts", 2)),
    ]
    for number, (trouble, arm) in enumerate(rounds):
        app.demo.simulate_changes(1)  # type: ignore[union-attr]
        sleeps.clear()
        arm()
        outcome = app.sync_service().run(reconcile=number == 0)
        assert outcome.platform is not None, trouble
        assert (outcome.status, outcome.platform.status) == ("succeeded", "delivered"), trouble
        assert_platform_holds_the_shared(app, real_rig)
        if number == 0:
            assert sleeps == [1.0, 1.0, 1.0]  # Retry-After honoured
        else:  # exponential backoff with jitter (a lost Bulk answer is looked up instead)
            assert 1 <= len(sleeps) <= 2 and all(0 <= s <= 2 for s in sleeps), trouble


def test_conflicts_on_create_adopt_the_existing_user(tmp_path: Path, real_rig: Rig) -> None:
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=30)
    assert app.sync_service().run().status == "succeeded"
    app.demo.simulate_changes(2)  # type: ignore[union-attr]
    joiners = app.sync_service().run(dry_run=True).plan.adds  # type: ignore[union-attr]
    assert len(joiners) == 2
    made = by_hand(real_rig, "POST", "/Users", {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": joiners[0].email.upper(), "displayName": "Made By Hand"})
    assert made.status_code == 201
    outcome = app.sync_service().run()
    p = outcome.platform
    assert p is not None and (p.created, p.adopted, p.failed) == (1, 1, 0)
    # Bulk's create met the existing user (409 inside the Bulk answer): looked up, adopted.
    assert [m for m, _, _ in real_rig.faults.log[-3:]] == ["POST", "GET", "PATCH"]
    held = assert_platform_holds_the_shared(app, real_rig)
    adopted = held[joiners[0].email]  # its userName now as the directory spells it
    assert adopted["id"] == made.json()["id"] and adopted["displayName"] == joiners[0].display_name


def test_one_bad_user_fails_alone_and_is_retried(tmp_path: Path, real_rig: Rig) -> None:
    app = platform_app(tmp_path, real_rig, ProviderName.GOOGLE, size=30)
    rows = synced_rows(app.store)  # empty before the first sync: read the plan instead
    assert rows == {}
    plan = app.sync_service().run(dry_run=True).plan
    assert plan is not None
    bad = plan.adds[3]
    real_rig.faults.reject_values = {bad.email}
    outcome = app.sync_service().run()
    p = outcome.platform
    assert outcome.status == "succeeded" and p is not None and p.status == "some_failed"
    assert (p.created, p.failed, p.pending) == (len(plan.adds) - 1, 1, 1)
    problem = [x for x in outcome.to_json()["problems"]  # type: ignore[union-attr]
               if x["action"] == "not provisioned"]
    assert problem == [{"employee_id": bad.id, "who": bad.email, "action": "not provisioned",
                        "reason": problem[0]["reason"], "message": problem[0]["message"]}]
    assert "invalid value" in problem[0]["reason"]  # the server's detail
    said = Message.from_json(problem[0]["message"])  # ...inside our translatable sentence
    assert said is not None and str(said) == problem[0]["reason"]
    assert said.template == "The platform refused to create this user ({code}): {detail}."
    assert user_statuses(app.store)[bad.id][1:] == ("failed", problem[0]["reason"])
    assert refusal_messages(app.store) == {bad.id: said}
    assert app.platform.status().to_json()["failed"] == 1
    assert bad.email not in ours(real_rig)

    real_rig.faults.reject_values = set()
    retry = app.sync_service().run()
    assert retry.platform is not None and (retry.platform.created, retry.platform.failed) == (1, 0)
    assert_platform_holds_the_shared(app, real_rig)


def test_token_revoked_mid_run_halts_and_resumes_after_a_new_token(
        tmp_path: Path, real_rig: Rig) -> None:
    f = real_rig.faults
    f.no_bulk = True  # one request per user, so the 401 lands mid-push
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=40)
    f.revoke_after_writes = 8
    outcome = app.sync_service().run()
    shared = len(synced_rows(app.store))
    p = outcome.platform
    assert outcome.status == "incomplete" and p is not None and p.status == "halted"
    assert "401" in str(p.error) and outcome.to_json()["added"] == shared  # the directory part
    assert len(ours(real_rig)) == p.created == 8 and p.pending == shared - 8
    run = last_finished_run(app.store)
    assert run is not None and run.status is RunStatus.INCOMPLETE
    assert run.platform is not None and run.platform["pending"] == shared - 8
    target = app.platform.target()
    assert target is not None and target.state is TargetState.NEEDS_TOKEN
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.CONNECTED  # provider untouched

    before = len(f.log)
    paused = app.sync_service().run()
    assert paused.status == "incomplete" and paused.platform is not None
    assert paused.platform.status == "paused" and len(f.log) == before  # nothing sent

    f.revoke_after_writes = None  # the admin issues a new token
    app.platform.set_target(real_rig.url, TOKEN)
    done = app.sync_service().run()
    assert done.status == "succeeded" and done.platform is not None
    assert (done.platform.created, done.platform.pending) == (shared - 8, 0)
    assert_platform_holds_the_shared(app, real_rig)


def test_answers_lost_after_the_write_never_duplicate(tmp_path: Path, real_rig: Rig) -> None:
    f = real_rig.faults
    f.no_bulk, f.lost_answers = True, 3  # applied, then answered 500
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=30)
    outcome = app.sync_service().run()
    assert outcome.platform is not None and outcome.platform.status == "delivered"
    assert_platform_holds_the_shared(app, real_rig)  # no duplicates
    app.demo.simulate_changes(2)  # type: ignore[union-attr]
    f.lost_answers, f.lost_as_timeout = 2, True  # applied, then the answer times out
    again = app.sync_service().run()
    assert again.platform is not None and again.platform.status == "delivered"
    assert_platform_holds_the_shared(app, real_rig)


def test_platform_down_halts_then_the_next_run_finishes(tmp_path: Path, real_rig: Rig) -> None:
    app = platform_app(tmp_path, real_rig, ProviderName.GOOGLE, size=30)
    real_rig.faults.unavailable = 10_000
    outcome = app.sync_service().run()
    assert outcome.status == "incomplete" and outcome.platform is not None
    assert "not available" in str(outcome.platform.error)
    target = app.platform.target()
    assert target is not None and target.state is TargetState.UNREACHABLE
    assert ours(real_rig) == {}
    real_rig.faults.unavailable = 0
    assert app.sync_service().run().status == "succeeded"
    assert_platform_holds_the_shared(app, real_rig)
    assert app.platform.target().state is TargetState.READY  # type: ignore[union-attr]

    # Removals while the platform is down (a narrower filter): they wait, are not lost.
    before = set(ours(real_rig))
    session = app.rules_sync()
    department = next(o.value for o in session.options()["departments"] if o.count > 2)
    spec = FilterSpec.from_json({"version": 1, "include": {"departments": [department]}})
    real_rig.faults.unavailable = 10_000
    halted = app.save_filter_and_sync(spec, session, preview=session.preview(spec))
    assert halted.status == "incomplete" and halted.to_json()["removed"] > 0
    assert set(ours(real_rig)) == before  # nothing claimed that did not happen
    real_rig.faults.unavailable = 0
    resumed = app.sync_service().run()
    assert resumed.platform is not None
    assert resumed.platform.deleted == halted.to_json()["removed"]
    assert_platform_holds_the_shared(app, real_rig)


def test_a_server_restarted_empty_is_restored_by_reconcile(
        tmp_path: Path, real_server: ScimServerProcess, real_rig: Rig) -> None:
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=30)
    app.sync_service().run()
    shared = len(assert_platform_holds_the_shared(app, real_rig))
    real_server.restart(same_port=True)  # in memory: it comes back empty
    assert real_rig.users() == []
    quiet = app.sync_service().run()  # nothing changed here: nothing is sent
    assert quiet.platform is not None and quiet.platform.created == 0
    outcome = app.sync_service().run(reconcile=True)
    p = outcome.platform
    assert p is not None and (p.created, p.missing, p.unmanaged) == (shared, shared, 0)
    assert_platform_holds_the_shared(app, real_rig)


def test_drift_by_hand_is_repaired_and_strangers_are_counted(tmp_path: Path,
                                                           real_rig: Rig) -> None:
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=30)
    app.sync_service().run()
    held = ours(real_rig)
    gone, changed = sorted(held)[:2]
    assert by_hand(real_rig, "DELETE", f"/Users/{held[gone]['id']}").status_code == 204
    edit = {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": "displayName", "value": "Edited"}]}
    assert by_hand(real_rig, "PATCH", f"/Users/{held[changed]['id']}", edit).status_code < 300
    by_hand(real_rig, "POST", "/Users", {"schemas": [
        "urn:ietf:params:scim:schemas:core:2.0:User"], "userName": "someone@else.example"})
    outcome = app.sync_service().run(reconcile=True)
    p = outcome.platform
    assert p is not None and (p.missing, p.drifted, p.unmanaged) == (1, 1, 1)
    after = assert_platform_holds_the_shared(app, real_rig)
    assert after[changed]["displayName"] != "Edited"
    assert "someone@else.example" in {u["userName"] for u in real_rig.users()}
