"""Ids the platform answers as JSON objects instead of text (SCIM ids are text) are
never stored: a group's is reported and nothing is recorded for the group; users listed
so keep their links, and a later change reaches the same platform user."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from idp_wizard.core.platform_state import user_statuses
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import synced_rows
from tests.flows import connect
from tests.platform.engine import backend, open_platform_app, ours
from tests.platform.helpers import TOKEN, Rig
from tests.platform.hostile import Forward, Hostile, hostile_app, without_meta
from tests.platform.test_engine_removals import refilter

pytestmark = pytest.mark.platform


def object_ids(request: httpx.Request, forward: Forward) -> httpx.Response:
    """The platform answers group ids as JSON objects: in the create's answer and in
    its group listings (users are answered as they are)."""
    response = forward(request)
    if "/Groups" not in request.url.path or request.method not in ("POST", "GET"):
        return response
    body = response.json()
    for resource in [body, *body.get("Resources", [])]:
        if "id" in resource:
            resource["id"] = {"value": resource["id"]}
    return httpx.Response(response.status_code, content=json.dumps(body),
                          headers={"Content-Type": "application/scim+json"})


def groups_held(rig: Rig) -> list[dict[str, Any]]:
    with httpx.Client(transport=rig.transport.inner,
                      headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        body = client.get(f"{rig.url}/Groups", params={"count": "100"}).json()
    assert body["totalResults"] == len(body["Resources"])
    return list(body["Resources"])


def stored_groups(app: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in app.store.db.execute(
        "SELECT id, platform_id, status, detail FROM platform_groups")]


BAD_GROUP_ID = ("The platform answered with an id for this group that is not text (SCIM "
                "ids are text): nothing was recorded for the group.")


def test_a_group_id_answered_as_an_object_is_never_stored(tmp_path: Path,
                                                           real_rig: Rig) -> None:
    hostile = Hostile(real_rig.transport)
    app = open_platform_app(tmp_path, real_rig, 60, transport=hostile)
    app.platform.set_target(real_rig.url, TOKEN)
    connect(app, ProviderName.ENTRA)
    session = app.rules_sync()
    group = next(g for g in session.directory.groups if len(g.member_ids) > 3)
    hostile.tamper = object_ids
    outcome, _ = refilter(app, {"groups": [group.name]})
    p = outcome.platform
    assert p is not None and p.groups == {"created": 0, "updated": 0, "deleted": 0,
                                          "failed": 1}
    assert (p.status, p.failed) == ("delivered", 0)  # the users went through
    assert [(x["who"], x["reason"], x["action"]) for x in p.problems] == [
        (group.name, BAD_GROUP_ID, "not provisioned")]
    assert stored_groups(app) == [(group.id, None, "failed", BAD_GROUP_ID)]
    held = groups_held(real_rig)  # the POST was applied: one group, made once
    users = ours(real_rig)
    members = {users[r.email]["id"] for r in synced_rows(app.store).values()
               if r.id in group.member_ids}
    assert [(g["displayName"], g["externalId"], {m["value"] for m in g["members"]})
            for g in held] == [(group.name, group.id, members)]

    app.sync_service().run()  # still answered so: the same message, no second group
    assert stored_groups(app) == [(group.id, None, "failed", BAD_GROUP_ID)]
    assert [g["id"] for g in groups_held(real_rig)] == [held[0]["id"]]

    hostile.tamper = None  # the platform answers ids as text again: the group is found
    fixed = app.sync_service().run()
    assert fixed.platform is not None and fixed.platform.groups == {
        "created": 1, "updated": 0, "deleted": 0, "failed": 0}
    assert stored_groups(app) == [(group.id, held[0]["id"], "provisioned", "")]
    assert groups_held(real_rig) == held


def object_user_ids(request: httpx.Request, forward: Forward) -> httpx.Response:
    """The platform lists and finds users with their ids as JSON objects (a user read
    by its id is answered as it is)."""
    response = forward(request)
    if not (request.method == "GET" and request.url.path.endswith("/Users")):
        return response
    body = response.json()
    for resource in body.get("Resources", []):
        resource["id"] = {"value": resource["id"]}
    return httpx.Response(response.status_code, content=json.dumps(body),
                          headers={"Content-Type": "application/scim+json"})


def test_user_ids_listed_as_objects_are_never_stored(tmp_path: Path, real_rig: Rig) -> None:
    """Before: the comparison took each listed user's id as its text and linked every
    user to "{'value': ...}"; the next change to a user went to no user (404) and
    created it again: a duplicate of everyone changed."""
    app, hostile, _ = hostile_app(tmp_path, real_rig)
    held = ours(real_rig)
    linked = {uid: pid for uid, (pid, _, _) in user_statuses(app.store).items()}
    hostile.tamper = object_user_ids
    outcome = app.sync_service().run(reconcile=True)
    p = outcome.platform
    assert p is not None
    assert (p.status, p.created, p.adopted, p.updated, p.failed, p.drifted, p.unmanaged) == (
        "delivered", 0, 0, 0, 0, 0, 0)
    assert {uid: pid for uid, (pid, _, _) in user_statuses(app.store).items()} == linked
    assert without_meta(ours(real_rig)) == without_meta(held)

    tenant = backend(app).tenant  # a change afterwards reaches the same platform user
    person = next(p for p in tenant.persons if not p.removed and p.mail in held)
    tenant.persons.move(person.key, person.dept, "Moved by the directory")
    tenant.version += 1
    changed = app.sync_service().run(full=True)
    assert changed.platform is not None
    assert (changed.platform.created, changed.platform.updated) == (0, 1)
    after = ours(real_rig)
    assert sorted(after) == sorted(held)
    assert (after[str(person.mail)]["id"], after[str(person.mail)]["title"]) == (
        held[str(person.mail)]["id"], "Moved by the directory")
