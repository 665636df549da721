"""Removals on the platform: "deactivate instead of delete", disconnect while the
platform is down (it says how many remain; retrying finishes), disconnect keeping the
platform's users (audited), and groups following the filter."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx
import pytest

from idp_wizard.app_platform import PlatformNotCleared
from idp_wizard.core.errors import NotConnected
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.platform_target import TargetSettings
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import synced_rows
from idp_wizard.demo.memory_keyring import MemoryKeyring
from tests.platform.engine import (
    assert_platform_holds_the_shared,
    open_platform_app,
    ours,
    platform_app,
)
from tests.platform.helpers import TOKEN, Rig

pytestmark = pytest.mark.platform


def refilter(app, include: dict[str, list[str]]):  # type: ignore[no-untyped-def]
    session = app.rules_sync()
    spec = FilterSpec.from_json({"version": 1, "include": include, "exclude": {}})
    outcome = app.save_filter_and_sync(spec, session, preview=session.preview(spec))
    assert outcome.status == "succeeded", outcome.error
    return outcome, session


def test_deactivate_instead_of_delete(tmp_path: Path, real_rig: Rig) -> None:
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=40)
    app.platform.save_settings(TargetSettings(deactivate=True))
    app.sync_service().run()
    everyone = {u: r["id"] for u, r in ours(real_rig).items()}
    session = app.rules_sync()
    department = next(o.value for o in session.options()["departments"] if o.count > 3)
    narrowed, _ = refilter(app, {"departments": [department]})
    p = narrowed.platform
    assert p is not None and p.deleted == 0 and p.deactivated == narrowed.to_json()["removed"]
    shared = {r.email for r in synced_rows(app.store).values()}
    server = ours(real_rig)
    assert {u: r["id"] for u, r in server.items()} == everyone  # nobody deleted
    assert {u for u, r in server.items() if r["active"]} == shared
    assert app.platform.status().to_json()["deactivated"] == p.deactivated

    back, _ = refilter(app, {})  # everyone again: reactivated, same platform users
    assert back.platform is not None and back.platform.created == 0
    assert {u: r["id"] for u, r in ours(real_rig).items()} == everyone
    assert all(r["active"] for r in ours(real_rig).values())

    done = app.disconnect()
    assert done.platform_removed == len(everyone)
    assert len(ours(real_rig)) == len(everyone)  # deactivated, not deleted
    assert not any(r["active"] for r in ours(real_rig).values())


def test_disconnect_while_the_platform_is_down(tmp_path: Path, real_rig: Rig) -> None:
    app = platform_app(tmp_path, real_rig, ProviderName.GOOGLE, size=30)
    app.sync_service().run()
    there = len(ours(real_rig))
    real_rig.faults.unavailable = 10_000
    with pytest.raises(PlatformNotCleared, match=rf"^Disconnected Google Workspace; {there} "
                       r"users the app provisioned remain on http"):
        app.disconnect()
    assert app.connection() is None and synced_rows(app.store) == {}
    status = app.platform.status().to_json()
    assert (status["provisioned"], status["pending"]) == (0, there)
    assert len(ours(real_rig)) == there  # nothing claimed that did not happen

    real_rig.faults.unavailable = 0
    done = app.disconnect()  # again, with no connection left: finishes the job
    assert (done.removed, done.platform_removed) == (0, there)
    assert ours(real_rig) == {}
    with pytest.raises(NotConnected):
        app.disconnect()


def test_disconnect_keeping_the_platform_users_is_audited(tmp_path: Path,
                                                          real_rig: Rig) -> None:
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=30)
    app.sync_service().run()
    there = sorted(ours(real_rig))
    before = len(real_rig.faults.log)
    done = app.disconnect(keep_platform_users=True)
    assert (done.platform_removed, done.platform_kept) == (0, len(there))
    assert len(real_rig.faults.log) == before and sorted(ours(real_rig)) == there
    audit = [a for a in app.store.audit_log() if a["action"] == "disconnect.keep_platform_users"]
    assert [a["detail"] for a in audit] == [f"{len(there)} provisioned users left on "
                                            f"{real_rig.url}"]
    assert app.platform.status().to_json()["pending"] == 0


def groups_on(rig: Rig) -> dict[str, set[str]]:
    with httpx.Client(transport=rig.transport.inner,
                      headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        body = client.get(f"{rig.url}/Groups", params={"count": "100"}).json()
    return {g["displayName"]: {m["value"] for m in g.get("members") or []}
            for g in body.get("Resources", [])}


def test_groups_follow_the_filter(tmp_path: Path, real_rig: Rig) -> None:
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=60)
    session = app.rules_sync()
    group = next(g for g in session.directory.groups if len(g.member_ids) > 3)
    outcome, _ = refilter(app, {"groups": [group.name]})
    assert outcome.platform is not None and outcome.platform.groups == {
        "created": 1, "updated": 0, "deleted": 0, "failed": 0}
    held = assert_platform_holds_the_shared(app, real_rig)
    shared_members = {r.email for r in synced_rows(app.store).values()
                      if r.id in group.member_ids}
    assert groups_on(real_rig) == {group.name: {held[e]["id"] for e in shared_members}}
    before = real_rig.faults.writes()
    app.sync_service().run()  # nothing changed: the group costs no request
    assert real_rig.faults.writes() == before

    department = next(o.value for o in session.options()["departments"] if o.count > 3)
    moved, _ = refilter(app, {"departments": [department]})
    assert moved.platform is not None and moved.platform.groups is not None
    assert moved.platform.groups["deleted"] == 1 and groups_on(real_rig) == {}


class Slow(httpx.BaseTransport):
    """The rig's transport, each write a little slower; says when N writes went out."""

    def __init__(self, inner: httpx.BaseTransport, after: int) -> None:
        self.inner, self.after, self.started = inner, after, threading.Event()
        self.writes = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "GET":
            self.writes += 1
            if self.writes >= self.after:
                self.started.set()
            time.sleep(0.02)
        return self.inner.handle_request(request)


def test_disconnect_during_a_push_stops_it_and_leaves_none_of_ours(
        tmp_path: Path, real_rig: Rig) -> None:
    real_rig.faults.no_bulk = True  # one request per user: the push takes a while
    slow = Slow(real_rig.transport, after=10)
    keychain = MemoryKeyring()
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=80, keyring=keychain)
    app.close()
    syncing = open_platform_app(tmp_path, real_rig, None, keychain, transport=slow)
    outcomes: list[object] = []
    worker = threading.Thread(target=lambda: outcomes.append(
        syncing.sync_service().run(trigger="schedule")))
    worker.start()
    assert slow.started.wait(30)
    app = open_platform_app(tmp_path, real_rig, None, keychain)
    done = app.disconnect()  # asks the running sync to stop, waits, then removes
    worker.join(30)
    stopped = outcomes[0]
    assert stopped.status == "incomplete"  # type: ignore[attr-defined]
    assert done.platform_removed > 0 and ours(real_rig) == {}
    assert app.connection() is None and app.platform.remaining() == 0
    syncing.close()
    app.close()
