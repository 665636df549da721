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
from idp_wizard.core.users import synced_rows
from tests.platform.engine import by_hand, ours
from tests.platform.helpers import Rig
from tests.platform.test_hostile_platform import hostile_app
from tests.platform.test_platform_truth import without_meta
from tests.platform.test_restored_counts import ALL_DATA, last_run, set_synced_data

pytestmark = pytest.mark.platform
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
HOME = {"type": "home", "locality": "Hometown"}


def sync(app: Any, path: str) -> SyncOutcome:
    """A sync: "plain" (no comparison), "reconcile" (`--reconcile`) or "daily" (the
    daily comparison is due)."""
    if path == "daily":
        app.store.db.execute("UPDATE platform_targets SET reconciled_at = ?",
                             ["2025-03-01T09:00:00+00:00"])
        app.store.db.conn.commit()
    outcome: SyncOutcome = app.sync_service().run(full=True, reconcile=path == "reconcile")
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
