"""Issue 10's whole chain against a real scim2-server process, for the Entra and the
Google demo tenants: first push (with a stranger already on the platform), churn and
delta push, a no-op run, a filter change with its preview, the deletion guard, and
disconnect. Every step compares a full listing of the server with the synced users."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import synced_rows
from idp_wizard.demo.memory_keyring import MemoryKeyring
from tests.faults.helpers import force_full_read, vanish
from tests.platform.engine import (
    ENTERPRISE,
    assert_platform_holds_the_shared,
    backend,
    by_hand,
    ours,
    platform_app,
)
from tests.platform.helpers import TOKEN, Rig

pytestmark = pytest.mark.platform


def add_stranger(rig: Rig) -> str:
    """Someone the app neither created nor adopted: must never be touched."""
    reply = by_hand(rig, "POST", "/Users", {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": "stranger@elsewhere.example", "displayName": "Not Ours"})
    assert reply.status_code == 201
    return str(reply.json()["id"])


@pytest.mark.parametrize("provider", [ProviderName.ENTRA, ProviderName.GOOGLE])
def test_the_platform_follows_the_directory(tmp_path: Path, real_rig: Rig,
                                            provider: ProviderName) -> None:
    rig = real_rig
    stranger = add_stranger(rig)
    keychain = MemoryKeyring()
    app = platform_app(tmp_path, rig, provider, keyring=keychain)
    assert list(keychain.entries.values()) == [TOKEN]  # the token is in the keychain only

    first = app.sync_service().run(trigger="connect")
    shared = len(synced_rows(app.store))
    assert first.status == "succeeded" and shared > 30
    report = first.platform
    assert report is not None and report.status == "delivered"
    assert (report.created, report.adopted, report.failed, report.unmanaged) == (shared, 0, 0, 1)
    held = assert_platform_holds_the_shared(app, rig)
    # Attributes, and manager links to the manager's platform id (managers go first).
    rows = synced_rows(app.store)
    pid = {r.email: str(held[r.email]["id"]) for r in rows.values()}
    by_email = {r.email.casefold(): r for r in rows.values()}  # Google names managers so
    linked = 0
    for r in rows.values():
        user = held[r.email]
        assert user["externalId"] == r.id and user["displayName"] == r.display_name
        assert user["preferredLanguage"] == r.language
        # (rooms, shared mailboxes and remote workers may have no enterprise values)
        assert user.get(ENTERPRISE, {}).get("department") == (r.department or None)
        manager = rows.get(r.manager_id) or by_email.get(r.manager_id.casefold())
        if manager is not None:
            assert user[ENTERPRISE]["manager"]["value"] == pid[manager.email]
            linked += 1
    assert linked > 10
    assert rig.faults.writes(method="PATCH") == 0  # every link was in its create

    # Joiners, leavers and moves: only the changed users are written.
    app.demo.simulate_changes(3)  # type: ignore[union-attr]
    before, logged = rig.faults.writes(), len(rig.faults.log)
    churn = app.sync_service().run()
    p = churn.platform
    assert churn.status == "succeeded" and p is not None and p.status == "delivered"
    counts = churn.to_json()
    assert (p.created, p.deleted) == (counts["added"], counts["removed"])
    assert p.updated >= counts["updated"]  # plus reports whose manager left or joined
    creates = 1 if p.created else 0  # the joiners go in one Bulk request
    assert rig.faults.writes() - before == creates + p.updated + p.deleted
    # Updates PATCH the difference from what the platform confirmed: nobody is read first.
    assert [path for m, path, _ in rig.faults.log[logged:] if m == "GET"] == []
    assert_platform_holds_the_shared(app, rig)

    before = rig.faults.writes()
    quiet = app.sync_service().run()
    assert quiet.platform is not None and quiet.platform.status == "delivered"
    assert rig.faults.writes() - before == 0  # nothing changed: nothing sent

    # A filter change with its preview: exactly what the preview said reaches the platform.
    session = app.rules_sync()
    department = next(o.value for o in session.options()["departments"] if o.count > 3)
    spec = FilterSpec.from_json({"version": 1, "include": {"departments": [department]},
                                 "exclude": {}})
    preview = session.preview(spec)
    changed = app.save_filter_and_sync(spec, session, preview=preview)
    assert changed.status == "succeeded" and changed.platform is not None
    assert changed.platform.deleted == len(preview.removals) > 0
    assert changed.platform.created == len(preview.adds)
    assert len(assert_platform_holds_the_shared(app, rig)) == preview.shared

    # The deletion guard holds platform removals too: nothing is sent.
    vanish(backend(app), 60)
    force_full_read(app)
    before, remaining = rig.faults.writes(), sorted(ours(rig))
    held_run = app.sync_service().run()
    assert held_run.status == "held" and held_run.platform is not None
    assert held_run.platform.status == "not_attempted"
    assert rig.faults.writes() == before and sorted(ours(rig)) == remaining

    # Disconnect: none of our users is left on the server; the stranger is untouched.
    done = app.disconnect()
    assert done.platform_removed == len(remaining) and done.platform_kept == 0
    assert ours(rig) == {} and [u["id"] for u in rig.users()] == [stranger]
    assert app.platform.saved() is None and keychain.entries == {}  # target, token: gone
    app.close()
