"""The other clients' scheduled syncs while the app is open: each on its own interval,
paused while it needs reauthorization; a held or failed one reaches the tray, one stopped
by the client's removal is no news."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from idp_wizard.core.connection import ConnectionState, save_filter, set_state
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.runs import list_runs
from idp_wizard.profile import Profile
from tests.clients.helpers import NOW, connected_clients
from tests.clients.ui_support import Clock, client_window, idle


def test_every_client_syncs_on_its_own_interval_while_the_app_is_open(
        qtbot: QtBot, profile: Profile, clock: Clock) -> None:
    contoso, fabrikam, third = connected_clients(profile, 3)
    app = profile.open(third.id)
    app.save_settings({"sync_interval_minutes": 120})
    app.close()
    window = client_window(qtbot, profile, contoso.id)
    scheduler = window.clients.scheduler
    assert scheduler.check() is None  # nothing is due yet
    clock.now = NOW + timedelta(minutes=41)
    assert scheduler.check() is not None  # Fabrikam (40 min) is due; the shown one is not
    idle(qtbot, window)
    assert [r.trigger for r in list_runs(profile.store, client_id=fabrikam.id)] == [
        "schedule", "connect"]
    assert scheduler.check() is None  # nothing else is due (the third waits 120 min)
    assert len(list_runs(profile.store, client_id=contoso.id)) == 1  # the panel's own
    clock.now = NOW + timedelta(minutes=121)  # both due: the most overdue goes first
    for _ in range(2):
        assert scheduler.check() is not None
        idle(qtbot, window)
    assert [r.trigger for r in list_runs(profile.store, client_id=fabrikam.id)] == [
        "schedule", "schedule", "connect"]
    assert list_runs(profile.store, client_id=third.id)[0].trigger == "schedule"
    # A client needing reauthorization is paused, as the shown client's schedule is.
    set_state(profile.store, ConnectionState.NEEDS_REAUTHORIZATION, "revoked", fabrikam.id)
    clock.now = NOW + timedelta(minutes=500)
    assert scheduler.check() is not None  # the third one
    idle(qtbot, window)
    assert scheduler.check() is None
    assert len(list_runs(profile.store, client_id=fabrikam.id)) == 3  # not synced again
    assert len(list_runs(profile.store, client_id=third.id)) == 3


def test_a_background_clients_held_or_failed_scheduled_sync_reaches_the_tray(
        qtbot: QtBot, profile: Profile, clock: Clock) -> None:
    """The window may be closed to the tray: another client's scheduled sync that was
    held or failed is notified there, naming the client, once."""
    contoso, second, third = connected_clients(profile, 3)
    save_filter(profile.store, FilterSpec.from_json(  # most users left out: held
        {"version": 1, "include": {"departments": ["Sales"]}}), second.id)
    save_filter(profile.store, FilterSpec.from_json(  # a group nobody has: fails
        {"version": 1, "include": {"groups": ["No such group"]}}), third.id)
    window = client_window(qtbot, profile, contoso.id)
    notes: list[tuple[str, str]] = []
    window.tray.notified.connect(lambda title, message: notes.append((title, message)))
    clock.now = NOW + timedelta(minutes=41)
    for _ in range(2):
        assert window.clients.scheduler.check() is not None
        idle(qtbot, window)
    assert window.clients.scheduler.check() is None
    assert sorted(notes) == [
        ("Scheduled sync of Client 03 failed",
         "Nothing was changed: include.groups: there is no group 'No such group' in the "
         "directory. The synced users are kept."),
        ("Sync of Client 02 held", "A sync would remove many users; nothing was applied. "
                                   "Open IdP Wizard to review the removals.")]
    assert "Client 0" in window.statusBar().currentMessage()


def test_a_background_sync_stopped_by_its_removal_is_no_news(qtbot: QtBot,
                                                            profile: Profile) -> None:
    """Another client's scheduled sync whose push the admin's removal (or disconnect) of
    that client stopped: no "the rest is sent by its next sync" in the status bar and no
    tray note (nothing is left to send: the removal drops it); a push stopped by the
    platform still says so."""
    from idp_wizard.core.clients import ClientInfo
    from idp_wizard.core.locks import stopped_while_sending
    from idp_wizard.core.outcome import SyncOutcome
    from idp_wizard.core.push_results import PlatformReport
    from idp_wizard.sync_all import ClientSyncResult

    contoso, other = connected_clients(profile, 2)
    window = client_window(qtbot, profile, contoso.id)
    notes: list[tuple[str, str]] = []
    window.tray.notified.connect(lambda title, message: notes.append((title, message)))
    window.statusBar().clearMessage()

    def halted(why: object) -> ClientSyncResult:
        outcome = SyncOutcome("incomplete", None, "delta")
        outcome.platform = PlatformReport(status="halted", error=why)  # type: ignore[arg-type]
        return ClientSyncResult(ClientInfo(other.id, other.name), outcome)

    stopped = halted(stopped_while_sending())
    assert stopped.outcome.stopped_for_removal
    window.clients.scheduler.synced.emit(stopped)
    assert (notes, window.statusBar().currentMessage()) == ([], "")
    window.clients.scheduler.synced.emit(halted("The platform did not answer."))
    assert window.statusBar().currentMessage() == (
        f"The scheduled sync of {other.name} was saved, but the platform did not get all "
        "of it; the rest is sent by its next sync.")
    assert [title for title, _ in notes] == [f"Platform of {other.name} not up to date"]
