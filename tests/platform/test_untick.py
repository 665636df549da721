"""A "synced data" group unticked, then ticked again, against the real scim2-server read
in full after each step: whichever way the push runs (a plain sync, `--reconcile`, the
daily comparison) and whatever the server takes (PATCH, or PUT only), the values the
app wrote for the group are removed from the platform's users, come back when the group
is ticked again, each such user counted as updated (never as restored), and what the
app never managed (set on the platform by someone else) survives."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import synced_rows
from tests.flows import connect
from tests.platform.engine import by_hand, open_platform_app, ours
from tests.platform.helpers import TOKEN, Rig
from tests.platform.hostile import hostile_app, without_meta
from tests.platform.test_restored_counts import ALL_DATA, last_run, set_synced_data

pytestmark = pytest.mark.platform
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
HOME = {"type": "home", "locality": "Hometown"}


def sync(app: Any, path: str, full: bool = True) -> SyncOutcome:
    """A sync: "plain" (no comparison), "reconcile" (`--reconcile`) or "daily" (the
    daily comparison is due); `full` False: the directory part reads what changed."""
    if path == "daily":
        app.store.db.execute("UPDATE platform_targets SET reconciled_at = ?",
                             ["2025-03-01T09:00:00+00:00"])
        app.store.db.conn.commit()
    outcome: SyncOutcome = app.sync_service().run(full=full,
                                                    reconcile=path == "reconcile")
    assert outcome.status == "succeeded", outcome.error
    return outcome


def work_address(user: dict[str, Any]) -> dict[str, Any] | None:
    return next((a for a in user.get("addresses", []) if a.get("type") == "work"), None)


def without_work_address(users: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out = copy.deepcopy(users)
    for user in out.values():
        kept = [a for a in user.get("addresses", []) if a.get("type") != "work"]
        if kept:
            user["addresses"] = kept
        else:
            user.pop("addresses", None)
    return out


def comparable(users: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Without meta, multi-valued elements in type order (a removed element that comes
    back is appended)."""
    out = without_meta(users)
    for user in out.values():
        if "addresses" in user:
            user["addresses"] = sorted(user["addresses"], key=lambda a: a.get("type", ""))
    return out


def platform_counts(app: Any) -> tuple[int, ...]:
    p = last_run(app)["platform"]
    return (p["created"], p["updated"], p["deleted"], p["failed"], p["pending"],
            p.get("repaired", {}).get("drifted", 0))


@pytest.mark.parametrize("patch", [True, False], ids=["patch", "put_only"])
@pytest.mark.parametrize("path", ["plain", "reconcile", "daily"])
def test_an_unticked_group_is_removed_and_comes_back(tmp_path: Path, real_rig: Rig,
                                                     patch: bool, path: str) -> None:
    real_rig.faults.no_patch = not patch
    app, _, _ = hostile_app(tmp_path, real_rig)
    held = ours(real_rig)
    located = sorted(u for u, r in held.items() if work_address(r))
    assert located == sorted(r.email for r in synced_rows(app.store).values()
                             if r.location or r.country)
    assert len(located) == 17  # of 30
    other = located[0]  # someone else keeps more about this user on the platform
    assert by_hand(real_rig, "PATCH", f"/Users/{held[other]['id']}", {
        "schemas": [PATCH_OP], "Operations": [
            {"op": "add", "path": "nickName", "value": "Nick"},
            {"op": "add", "path": "addresses", "value": [HOME]}]}).status_code == 204
    before = ours(real_rig)
    assert before[other]["nickName"] == "Nick"

    set_synced_data(app, [g for g in ALL_DATA if g != "location"])
    outcome = sync(app, path)
    after = ours(real_rig)
    assert comparable(after) == comparable(without_work_address(before))
    assert after[other]["addresses"] == [HOME] and after[other]["nickName"] == "Nick"
    assert platform_counts(app) == (0, len(located), 0, 0, 0, 0)
    p = outcome.platform
    assert p is not None and (p.adopted, p.missing, p.drifted) == (0, 0, 0)

    set_synced_data(app, ALL_DATA)
    outcome = sync(app, path)
    assert comparable(ours(real_rig)) == comparable(before)
    assert platform_counts(app) == (0, len(located), 0, 0, 0, 0)
    p = outcome.platform
    assert p is not None and (p.adopted, p.missing, p.drifted) == (0, 0, 0)


@pytest.mark.parametrize("patch", [True, False], ids=["patch", "put_only"])
def test_an_untick_reaches_the_platform_when_no_synced_row_changes(
        tmp_path: Path, real_rig: Rig, patch: bool) -> None:
    """The setting changed, then a sync that reads only the directory's changes (none):
    no synced row changes, and still the platform's users lose what the app wrote for
    the group, and get it back when it is ticked again (before: nothing was sent)."""
    real_rig.faults.no_patch = not patch
    app, _, _ = hostile_app(tmp_path, real_rig)
    before = ours(real_rig)
    located = sorted(u for u, r in before.items() if work_address(r))
    assert len(located) == 17  # of 20

    set_synced_data(app, [g for g in ALL_DATA if g != "location"])
    sync(app, "plain", full=False)
    run = last_run(app)
    assert (run["mode"], run["added"], run["updated"], run["removed"]) == ("delta", 0, 0, 0)
    assert comparable(ours(real_rig)) == comparable(without_work_address(before))
    assert platform_counts(app) == (0, len(located), 0, 0, 0, 0)
    real_rig.faults.log.clear()
    sync(app, "plain", full=False)  # nothing left to send
    assert platform_counts(app) == (0, 0, 0, 0, 0, 0) and real_rig.faults.writes() == 0

    set_synced_data(app, ALL_DATA)
    sync(app, "plain", full=False)
    assert comparable(ours(real_rig)) == comparable(before)
    assert platform_counts(app) == (0, len(located), 0, 0, 0, 0)


def test_a_first_push_with_the_group_unticked_adopts_and_keeps_what_is_there(
        tmp_path: Path, real_rig: Rig) -> None:
    """The platform holds the users already, with work addresses this profile never
    wrote; a first push with "location" unticked adopts them and leaves the addresses
    (the app never managed them here), in the daily comparison too. (A guard: the old
    code did the same.) Manager links included: the adoption writes nothing (before
    test_adopt_managers' fix it removed 4 of them, put back by the daily run)."""
    hostile_app(tmp_path / "earlier", real_rig)  # another profile put them there
    before = ours(real_rig)
    app = open_platform_app(tmp_path / "now", real_rig, 30)
    app.platform.set_target(real_rig.url, TOKEN)
    connect(app, ProviderName.ENTRA)
    set_synced_data(app, [g for g in ALL_DATA if g != "location"])
    real_rig.faults.log.clear()
    first = sync(app, "plain")
    assert first.platform is not None and first.platform.adopted == len(before) == 20
    assert platform_counts(app) == (20, 0, 0, 0, 0, 0)  # created: created or adopted
    assert comparable(ours(real_rig)) == comparable(before)
    sync(app, "daily")
    assert comparable(ours(real_rig)) == comparable(before)
    assert platform_counts(app) == (0, 0, 0, 0, 0, 0)
    assert real_rig.faults.writes() == 0
