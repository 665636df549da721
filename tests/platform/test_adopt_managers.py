"""Manager links (enterprise `manager.value`: the platform id of the manager's platform
user) against the real scim2-server, read in full after each step: a first push that
adopts users the platform holds already, adopted and created managers in the same push,
platform users without links, and a manager deleted by hand before the daily
comparison. Every link must be right at the end of the same push, and the counts say
what happened: adopted, updated, restored only for a change made on the platform."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from idp_wizard.app import App
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import synced_rows
from tests.flows import connect
from tests.platform.engine import ENTERPRISE, by_hand, open_platform_app, ours
from tests.platform.helpers import TOKEN, Rig
from tests.platform.test_untick import platform_counts, sync

pytestmark = pytest.mark.platform
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
MANAGER = f"{ENTERPRISE}:manager"
SERVERS = pytest.mark.parametrize("patch", [True, False], ids=["patch", "put_only"])
# Shared employees of the 30 demo ones, and of them, those with a manager: a chain
# charlotte.kaiser (11 reports; Google: 14) → paul.schmidt (1) → felix.becker (2) →
# william.walker (1).
SHARED = {ProviderName.ENTRA: 20, ProviderName.GOOGLE: 22}
LINKS = {ProviderName.ENTRA: 15, ProviderName.GOOGLE: 18}


def profile(path: Path, rig: Rig, provider: ProviderName) -> App:
    """Target set, connected (30 demo employees), not synced yet."""
    app = open_platform_app(path, rig, 30)
    app.platform.set_target(rig.url, TOKEN)
    connect(app, provider)
    return app


def put_there_by_another_profile(tmp_path: Path, rig: Rig, provider: ProviderName) -> App:
    """Another profile shares the same directory first (every link right); this one
    connects to the same platform afterwards: its first push adopts."""
    earlier = profile(tmp_path / "earlier", rig, provider)
    sync(earlier, "plain")
    assert manager_links(earlier, rig) == (LINKS[provider], 0)
    earlier.close()
    return profile(tmp_path / "now", rig, provider)


def manager_links(app: App, rig: Rig) -> tuple[int, int]:
    """(links the directory asks for, users whose platform link is not exactly that:
    missing, stale or dangling), from a full read of the server. A user without a
    manager in the directory must carry none."""
    rows = synced_rows(app.store)
    held = ours(rig)
    assert sorted(held) == sorted(r.email for r in rows.values())
    by_email = {r.email.casefold(): r for r in rows.values()}
    asked = wrong = 0
    for r in rows.values():
        manager = rows.get(r.manager_id) or by_email.get(r.manager_id.casefold())
        want = str(held[manager.email]["id"]) if manager is not None else None
        have = held[r.email].get(ENTERPRISE, {}).get("manager", {}).get("value")
        asked += want is not None
        wrong += have != want
    return asked, wrong


def reports_of(rig: Rig, platform_id: str) -> list[str]:
    return sorted(u for u, r in ours(rig).items()
                  if r.get(ENTERPRISE, {}).get("manager", {}).get("value") == platform_id)


def adopted(outcome: Any) -> tuple[int, int, int, int]:
    p = outcome.platform
    assert p is not None and p.status == "delivered"
    return p.created, p.adopted, p.missing, p.drifted


def nothing_left_to_do(app: App, rig: Rig, links: int = LINKS[ProviderName.ENTRA]
                       ) -> None:
    """A plain sync and the daily comparison find nothing to send, nothing restored."""
    for path in ("plain", "daily"):
        rig.faults.log.clear()
        outcome = sync(app, path)
        assert platform_counts(app) == (0, 0, 0, 0, 0, 0)
        assert adopted(outcome) == (0, 0, 0, 0) and rig.faults.writes() == 0
    assert manager_links(app, rig) == (links, 0)


@SERVERS
@pytest.mark.parametrize("provider", [ProviderName.ENTRA, ProviderName.GOOGLE])
def test_a_first_push_that_adopts_keeps_every_manager_link(
        tmp_path: Path, real_rig: Rig, patch: bool, provider: ProviderName) -> None:
    """The platform holds every user with the right link: the adoption writes nothing
    (before: the links of reports whose manager was adopted by an update were removed,
    4 of 15, put back only by the next day's comparison)."""
    real_rig.faults.no_patch = not patch
    app = put_there_by_another_profile(tmp_path, real_rig, provider)
    before = ours(real_rig)
    real_rig.faults.log.clear()
    first = sync(app, "plain")
    assert adopted(first) == (0, SHARED[provider], 0, 0) and first.platform is not None
    assert (first.platform.updated, first.platform.failed) == (0, 0)
    assert manager_links(app, real_rig) == (LINKS[provider], 0)  # before: 4 wrong
    assert real_rig.faults.writes() == 0
    assert ours(real_rig) == before
    nothing_left_to_do(app, real_rig, LINKS[provider])


@SERVERS
def test_managers_created_in_the_push_that_adopts_their_reports(
        tmp_path: Path, real_rig: Rig, patch: bool) -> None:
    """Two managers, one the other's report, deleted on the platform before the first
    push: they are created (one Bulk request per wave, the second with the link to the
    first's new id) while the reports still linked to the deleted ids are adopted and
    linked to the new ids in the same push (one write each)."""
    real_rig.faults.no_patch = not patch
    app = put_there_by_another_profile(tmp_path, real_rig, ProviderName.ENTRA)
    held = ours(real_rig)
    gone = [str(held[f"{name}@contoso.example"]["id"]) for name in ("paul.schmidt",
                                                                     "felix.becker")]
    relinked = [u for pid in gone for u in reports_of(real_rig, pid)
                if u != "felix.becker@contoso.example"]
    assert len(relinked) == 2
    for pid in gone:
        assert by_hand(real_rig, "DELETE", f"/Users/{pid}").status_code == 204
    real_rig.faults.log.clear()
    first = sync(app, "plain")
    assert adopted(first) == (2, 18, 0, 0)
    assert [p for m, p, _ in real_rig.faults.log if m == "POST"] == ["/v2/Bulk"] * 2
    assert real_rig.faults.writes(method="PATCH" if patch else "PUT") == 2
    assert real_rig.faults.writes() == 4
    assert manager_links(app, real_rig) == (15, 0)
    nothing_left_to_do(app, real_rig)


@SERVERS
def test_adopted_users_without_links_get_them_in_the_first_push(
        tmp_path: Path, real_rig: Rig, patch: bool) -> None:
    """The platform holds the users without any manager link: each report gets its link
    in the first push, counted as adopted (before: none did, every report was recorded
    as linked, and the next day's comparison counted 15 "restored" changes no one made
    on the platform)."""
    real_rig.faults.no_patch = not patch
    app = put_there_by_another_profile(tmp_path, real_rig, ProviderName.ENTRA)
    for user in ours(real_rig).values():
        if "manager" in user.get(ENTERPRISE, {}):
            assert by_hand(real_rig, "PATCH", f"/Users/{user['id']}", {
                "schemas": [PATCH_OP],
                "Operations": [{"op": "remove", "path": MANAGER}]}).status_code == 204
    real_rig.faults.log.clear()
    first = sync(app, "plain")
    assert adopted(first) == (0, 20, 0, 0) and first.platform is not None
    assert (first.platform.updated, first.platform.failed) == (0, 0)
    assert manager_links(app, real_rig) == (15, 0)  # before: 15 wrong
    assert real_rig.faults.writes(method="PATCH" if patch else "PUT") == 15
    assert real_rig.faults.writes() == 15
    nothing_left_to_do(app, real_rig)


@SERVERS
def test_the_daily_comparison_relinks_the_reports_of_a_manager_deleted_by_hand(
        tmp_path: Path, real_rig: Rig, patch: bool) -> None:
    """A manager deleted on the platform is created again by the daily comparison; its
    reports, still linked to the deleted id, are linked to the new one in that run and
    counted as updated (the app changes their link, nobody changed it by hand); a link
    removed by hand and one set to someone else are restored (before: the reports kept
    the deleted id, recorded as linked to the new one, until the next day's comparison
    counted them as restored)."""
    real_rig.faults.no_patch = not patch
    app = profile(tmp_path, real_rig, ProviderName.ENTRA)
    sync(app, "plain")
    held = ours(real_rig)
    boss = max({str(r[ENTERPRISE]["manager"]["value"]) for r in held.values()
                if "manager" in r.get(ENTERPRISE, {})},
               key=lambda pid: len(reports_of(real_rig, pid)))
    reports = reports_of(real_rig, boss)
    others = sorted(u for u, r in held.items() if u not in reports and "manager" in
                    r.get(ENTERPRISE, {}) and r[ENTERPRISE]["manager"]["value"] != boss)
    assert (len(reports), len(others)) == (11, 4)
    assert by_hand(real_rig, "DELETE", f"/Users/{boss}").status_code == 204
    unlinked, relinked = held[others[0]]["id"], held[others[1]]["id"]
    assert by_hand(real_rig, "PATCH", f"/Users/{unlinked}", {
        "schemas": [PATCH_OP], "Operations": [{"op": "remove", "path": MANAGER}]}
                   ).status_code == 204
    assert by_hand(real_rig, "PATCH", f"/Users/{relinked}", {
        "schemas": [PATCH_OP], "Operations": [
            {"op": "replace", "path": f"{MANAGER}.value", "value": unlinked}]}
                   ).status_code == 204
    real_rig.faults.log.clear()
    daily = sync(app, "daily")
    assert adopted(daily) == (1, 0, 1, 2)
    assert platform_counts(app) == (1, len(reports) + 2, 0, 0, 0, 2)
    assert real_rig.faults.writes(method="POST") == 1
    assert real_rig.faults.writes(method="PATCH" if patch else "PUT") == len(reports) + 2
    assert manager_links(app, real_rig) == (15, 0)
    nothing_left_to_do(app, real_rig)
