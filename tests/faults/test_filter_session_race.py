"""A filter saved from a read taken before a sync ran (the edit-filters dialog left
open while the scheduler syncs, or `filters set` racing `sync`).

The hostile trial found the save planning against its older read: it removed the
joiners and put back the leavers the sync in between had just applied (on the platform
too), and for Entra the next increment, starting from the sync's newer delta link,
never saw them again. A read older than the newest run is read again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import count_users

from .helpers import synced_app, users

STEPS = 5  # each: a joiner, a leaver and a move


@pytest.mark.parametrize("provider", [ProviderName.ENTRA, ProviderName.GOOGLE])
def test_a_filter_saved_after_a_newer_sync_undoes_nothing(tmp_path: Path,
                                                          provider: ProviderName) -> None:
    app = synced_app(tmp_path / "app", provider, size=400)
    spec = app.saved_filter()
    session = app.rules_sync()  # the dialog opens: the directory as it is now
    app.demo.simulate_changes(STEPS)
    between = app.sync_service().run(trigger="schedule").to_json()
    assert (between["added"], between["removed"]) == (STEPS, STEPS)
    synced = count_users(app.store)
    applied = users(app)

    session.preview(spec)
    saved = app.save_filter_and_sync(spec, session).to_json()
    assert saved["status"] == "succeeded"
    assert (saved["added"], saved["updated"], saved["removed"]) == (0, 0, 0)
    assert count_users(app.store) == synced and users(app) == applied

    nxt = app.sync_service().run(trigger="schedule").to_json()
    assert (nxt["added"], nxt["updated"], nxt["removed"]) == (0, 0, 0)
    full = app.sync_service().run(dry_run=True, full=True).to_json()
    assert (full["added"], full["updated"], full["removed"]) == (0, 0, 0)
    assert full["synced_users"] == synced


def test_a_filter_saved_with_no_run_in_between_reuses_its_read(tmp_path: Path) -> None:
    """The read is still used when nothing ran (the wizard's and `filters set`'s one read)."""
    app = synced_app(tmp_path, ProviderName.ENTRA, size=400)
    session = app.rules_sync()
    app.demo.simulate_changes(STEPS)  # after the read, and no sync saw it
    spec = app.saved_filter()
    session.preview(spec)
    saved = app.save_filter_and_sync(spec, session).to_json()
    assert (saved["added"], saved["removed"]) == (0, 0)  # planned against the read
    nxt = app.sync_service().run(trigger="schedule").to_json()
    assert (nxt["mode"], nxt["added"], nxt["removed"]) == ("delta", STEPS, STEPS)


def _filter_changes(app) -> int:  # type: ignore[no-untyped-def]
    return sum(1 for a in app.store.audit_log() if a["action"] == "filter.change")


def test_a_filter_change_that_lost_to_a_disconnect_is_not_audited(tmp_path: Path) -> None:
    """`filters set` racing `disconnect`: the change fails and the audit log does not
    claim the filter changed (it used to be written before the sync ran)."""
    app = synced_app(tmp_path, ProviderName.ENTRA, size=200)
    spec = app.saved_filter()
    session = app.rules_sync()
    before = _filter_changes(app)
    app.disconnect()
    with pytest.raises(IdpWizardError):
        app.save_filter_and_sync(spec, session)
    assert _filter_changes(app) == before


def test_a_held_or_applied_filter_change_is_audited_once(tmp_path: Path) -> None:
    app = synced_app(tmp_path, ProviderName.ENTRA, size=200)
    before = _filter_changes(app)
    nobody = FilterSpec.from_json({"version": 1, "include": {},
                                   "exclude": {"domains": ["contoso.example"]}})
    session = app.rules_sync()
    assert app.save_filter_and_sync(nobody, session).status == "held"
    assert _filter_changes(app) == before + 1
    session = app.rules_sync()
    assert app.save_filter_and_sync(app.saved_filter(), session).status == "succeeded"
    assert _filter_changes(app) == before + 2
