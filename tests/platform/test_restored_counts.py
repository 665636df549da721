"""The platform push's "restored" count (`repaired.drifted`) is exact, against the real
scim2-server read in full before and after: a user counts as restored when the
platform held a change made there outside the app and the run's write undid it; not
for what a "synced data" change or a directory change alone rewrote, not for a removed
user (removed, not restored); also when the change was found by a fresh read after a
412 or a 404 its create's 409 contradicts (the same user: updated, not adopted)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from idp_wizard.core.connection import load_connection, load_filter, save_connection
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.runs import last_finished_run
from idp_wizard.core.users import synced_rows
from tests.platform.engine import ENTERPRISE, backend, by_hand, ours
from tests.platform.helpers import Rig
from tests.platform.hostile import Forward, hostile_app, without_meta

pytestmark = pytest.mark.platform
ALL_DATA = ["profile", "email", "organisation", "location", "language", "groups"]


def edit(value: str, path: str = "displayName") -> dict[str, Any]:
    return {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
            "Operations": [{"op": "replace", "path": path, "value": value}]}


def set_synced_data(app: Any, groups: list[str]) -> None:
    conn = load_connection(app.store, app.client_id)
    assert conn is not None
    conn.settings["synced_data"] = groups
    save_connection(app.store, conn, app.client_id)


def changed_users(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]
                  ) -> list[str]:
    assert sorted(before) == sorted(after)
    old, new = without_meta(before), without_meta(after)
    return sorted(u for u in new if new[u] != old[u])


def exclude_department(app: Any, department: str) -> Any:
    """The saved filter, with one department excluded, saved and synced."""
    spec = load_filter(app.store, app.client_id).to_json()
    spec.setdefault("exclude", {})["departments"] = [department]
    session = app.rules_sync()
    new = FilterSpec.from_json(spec)
    outcome = app.save_filter_and_sync(new, session, preview=session.preview(new))
    assert outcome.status == "succeeded", outcome.error
    return outcome


def last_run(app: Any) -> dict[str, Any]:
    """The run as `history --json` shows it (`runs[0]`)."""
    run = last_finished_run(app.store)
    assert run is not None
    return run.to_json()


def test_a_data_group_ticked_again_is_not_counted_as_restored(tmp_path: Path,
                                                              real_rig: Rig) -> None:
    """"Organisation" unticked in a sync with the comparison removes the values the app
    wrote for it (updated, not restored); the directory moves two users meanwhile;
    ticked again in a sync with the comparison, every value comes back, the two with
    their new titles: a data change, not a restore. Only the user edited on the
    platform by hand is restored. (Before: the untick left the values; 3 restored.)"""
    app, _, _ = hostile_app(tmp_path, real_rig)
    original = ours(real_rig)
    with_org = sorted(u for u, r in original.items() if "title" in r or ENTERPRISE in r)
    set_synced_data(app, [g for g in ALL_DATA if g != "organisation"])
    unticked = app.sync_service().run(full=True, reconcile=True)
    held = ours(real_rig)
    assert changed_users(original, held) == with_org
    assert [u for u, r in held.items() if "title" in r or r.get(ENTERPRISE)] == []
    assert len(with_org) == 18  # of 20
    assert unticked.platform is not None and (
        unticked.platform.updated, unticked.platform.drifted) == (len(with_org), 0)
    tenant = backend(app).tenant
    with_title = [u for u in with_org if "title" in original[u]]
    moved = [p for p in tenant.persons if not p.removed and p.mail in with_title][:2]
    for person in moved:
        tenant.persons.move(person.key, person.dept, "Moved while unticked")
    tenant.version += 1
    assert app.sync_service().run(full=True).to_json()["updated"] == 0  # not synced
    edited = sorted(set(with_org) - {str(p.mail) for p in moved})[0]
    assert by_hand(real_rig, "PATCH", f"/Users/{held[edited]['id']}",
                   edit("Edited by hand")).status_code == 204
    before = ours(real_rig)
    rows = synced_rows(app.store)

    set_synced_data(app, ALL_DATA)
    outcome = app.sync_service().run(full=True, reconcile=True)
    after = ours(real_rig)
    assert changed_users(before, after) == with_org
    expected = without_meta(original)
    for person in moved:
        expected[str(person.mail)]["title"] = "Moved while unticked"
    assert without_meta(after) == expected
    rewritten = sum(1 for uid, r in synced_rows(app.store).items() if r != rows[uid])
    run = last_run(app)
    assert (run["added"], run["updated"], run["removed"]) == (0, rewritten, 0)
    assert rewritten == len(with_org)
    assert run["platform"] == {
        "status": "delivered", "created": 0, "updated": len(with_org), "deleted": 0,
        "failed": 0, "pending": 0, "error": "", "repaired": {"missing": 0, "drifted": 1}}
    p = outcome.platform
    assert p is not None and (p.adopted, p.gone, p.drifted, p.missing) == (0, 0, 1, 0)


def test_removed_and_directory_changed_users_that_drifted(tmp_path: Path,
                                                          real_rig: Rig) -> None:
    """A filter change in a sync with the daily comparison. Removed by the filter after a
    hand edit: removed, not restored. A hand edit and a directory change to another
    attribute: restored (the write undid the hand edit). A hand edit that made the
    platform hold what the directory now says, beside a directory change to another
    attribute: not restored (nothing done by hand was undone; before: counted)."""
    app, _, _ = hostile_app(tmp_path, real_rig)
    held = ours(real_rig)
    dept_of = {r.email: r.department for r in synced_rows(app.store).values()}
    tenant = backend(app).tenant
    people = {str(p.mail): p for p in tenant.persons if not p.removed and p.mail in held}
    counts: dict[str, int] = {}
    for name in people:
        counts[dept_of[name]] = counts.get(dept_of[name], 0) + 1
    small = min((d for d in counts if d), key=lambda d: (counts[d], d))
    left_out = sorted(u for u in people if dept_of[u] == small)[0]
    staying = sorted(u for u in people if dept_of[u] not in (small, ""))
    both, ahead = staying[0], next(u for u in staying if dept_of[u] != dept_of[staying[0]])
    for name in (left_out, both):
        assert by_hand(real_rig, "PATCH", f"/Users/{held[name]['id']}",
                       edit("Edited by hand")).status_code == 204
    assert by_hand(real_rig, "PATCH", f"/Users/{held[ahead]['id']}",
                   edit("New title", "title")).status_code == 204
    tenant.persons.move(people[both].key, people[both].dept, "New title")
    tenant.persons.move(people[ahead].key, people[both].dept, "New title")  # and department
    tenant.version += 1
    app.store.db.execute("UPDATE platform_targets SET reconciled_at = ?",
                         ["2025-03-01T09:00:00+00:00"])  # the daily comparison is due
    app.store.db.conn.commit()
    leaving = sorted(u for u in held if dept_of[u] == small)
    before = ours(real_rig)

    outcome = exclude_department(app, small)
    after = ours(real_rig)
    assert sorted(after) == sorted(set(before) - set(leaving))
    assert changed_users({u: before[u] for u in after}, after) == sorted([both, ahead])
    assert (after[both]["displayName"], after[both]["title"]) == (
        held[both]["displayName"], "New title")
    assert after[ahead]["title"] == "New title"
    run = last_run(app)
    assert (run["added"], run["updated"], run["removed"]) == (0, 2, len(leaving))
    assert run["platform"] == {
        "status": "delivered", "created": 0, "updated": 2, "deleted": len(leaving),
        "failed": 0, "pending": 0, "error": "", "repaired": {"missing": 0, "drifted": 1}}
    p = outcome.platform
    assert p is not None and (p.adopted, p.gone, p.drifted) == (0, 0, 1)


def test_restores_found_by_a_fresh_read_after_412_or_404(tmp_path: Path,
                                                         real_rig: Rig) -> None:
    """In a sync with the comparison: `drifted` (edited by hand) is edited again before
    its write, which gets 412: written after a fresh read, restored (counted before
    too). `moved` (a directory change) is edited by hand just before its write (412):
    the fresh read finds the edit and the write undoes it: restored (before: not).
    `lost` (edited by hand) has its write answered 404 though it is there: the create's
    409 finds the same user, written: updated and restored, not adopted (before:
    adopted, not restored)."""
    app, hostile, _ = hostile_app(tmp_path, real_rig)
    held = ours(real_rig)
    drifted, moved, lost = sorted(held)[:3]
    for name in (drifted, lost):
        assert by_hand(real_rig, "PATCH", f"/Users/{held[name]['id']}",
                       edit("Edited by hand")).status_code == 204
    tenant = backend(app).tenant
    person = next(p for p in tenant.persons if p.mail == moved)
    tenant.persons.move(person.key, person.dept, "Moved by the directory")
    tenant.version += 1
    answered: set[str] = set()

    def tamper(request: httpx.Request, forward: Forward) -> httpx.Response:
        for name, status in ((drifted, 412), (moved, 412), (lost, 404)):
            pid = str(held[name]["id"])
            if request.method == "PATCH" and request.url.path.endswith(f"/{pid}") \
                    and name not in answered:
                answered.add(name)
                if status == 412:  # someone changed it just now: the ETag moved on
                    # (sent on the same connections: a second client may wait on the
                    # server's idle keep-alive ones)
                    forward(httpx.Request("PATCH", request.url, json=edit("Edited again"),
                                          headers={"Authorization":
                                                   request.headers["Authorization"]}))
                return httpx.Response(status, json={
                    "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
                    "status": str(status), "detail": "no"},
                    headers={"Content-Type": "application/scim+json"})
        return forward(request)

    before = ours(real_rig)
    hostile.tamper = tamper
    outcome = app.sync_service().run(full=True, reconcile=True)
    assert answered == {drifted, moved, lost}
    after = ours(real_rig)
    assert changed_users(before, after) == sorted([drifted, moved, lost])
    expected = without_meta(held)
    expected[moved]["title"] = "Moved by the directory"
    assert without_meta(after) == expected  # same ids, every hand edit undone
    run = last_run(app)
    assert (run["added"], run["updated"], run["removed"]) == (0, 1, 0)
    assert run["platform"] == {
        "status": "delivered", "created": 0, "updated": 3, "deleted": 0, "failed": 0,
        "pending": 0, "error": "", "repaired": {"missing": 0, "drifted": 3}}
    p = outcome.platform
    assert p is not None and (p.adopted, p.missing, p.drifted) == (0, 0, 3)


def test_a_hand_change_found_by_a_fresh_read_without_the_comparison(
        tmp_path: Path, real_rig: Rig) -> None:
    """A sync without the comparison sends one directory change as a PATCH of the title
    alone: the hand edit of another user's display name is neither seen nor undone (not
    restored). Another, also edited by hand, gets 412: the fresh read finds the edit and
    the write undoes it: restored (before: not counted)."""
    app, hostile, _ = hostile_app(tmp_path, real_rig)
    held = ours(real_rig)
    unseen, refreshed = sorted(held)[:2]
    tenant = backend(app).tenant
    for name in (unseen, refreshed):
        assert by_hand(real_rig, "PATCH", f"/Users/{held[name]['id']}",
                       edit("Edited by hand")).status_code == 204
        person = next(p for p in tenant.persons if p.mail == name)
        tenant.persons.move(person.key, person.dept, "Moved by the directory")
    tenant.version += 1
    pid, answered = str(held[refreshed]["id"]), []

    def tamper(request: httpx.Request, forward: Forward) -> httpx.Response:
        if request.method == "PATCH" and request.url.path.endswith(f"/{pid}") \
                and not answered:
            answered.append(request.method)
            return httpx.Response(412, json={
                "schemas": ["urn:ietf:params:scim:api:messages:2.0:Error"],
                "status": "412", "detail": "stale"},
                headers={"Content-Type": "application/scim+json"})
        return forward(request)

    before = ours(real_rig)
    hostile.tamper = tamper
    outcome = app.sync_service().run(full=True)
    assert answered == ["PATCH"]
    after = ours(real_rig)
    assert changed_users(before, after) == [unseen, refreshed]
    assert {u: (after[u]["displayName"], after[u]["title"]) for u in (unseen, refreshed)} == {
        unseen: ("Edited by hand", "Moved by the directory"),
        refreshed: (held[refreshed]["displayName"], "Moved by the directory")}
    run = last_run(app)
    assert (run["added"], run["updated"], run["removed"]) == (0, 2, 0)
    assert run["platform"] == {
        "status": "delivered", "created": 0, "updated": 2, "deleted": 0, "failed": 0,
        "pending": 0, "error": "", "repaired": {"missing": 0, "drifted": 1}}
    assert outcome.platform is not None and outcome.platform.drifted == 1
