"""The tray icon's texts and notifications (offscreen has no tray: the logic still runs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.clients import ClientInfo
from idp_wizard.core.connection import (
    Connection,
    ConnectionState,
    save_filter,
    set_state,
)
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.messages import msg
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunRecord, RunStatus, last_finished_run, nothing_applied
from idp_wizard.sync_all import ClientSyncResult
from idp_wizard.ui.tray import (
    SyncTray,
    client_notification,
    notification,
    outcome_text,
    run_notification,
)

from .panel_support import connected_app, open_window, wait_idle


@pytest.fixture
def app(data_dir: Path) -> Iterator[App]:
    app = connected_app(data_dir)
    yield app
    app.close()


def _conn(state: ConnectionState) -> Connection:
    return Connection(ProviderName.ENTRA, state)


def test_notification_only_on_entering_held_or_reauthorization() -> None:
    held, reauth = ConnectionState.HELD, ConnectionState.NEEDS_REAUTHORIZATION
    ok = ConnectionState.CONNECTED
    assert notification(ok, _conn(ok)) is None
    assert notification(None, None) is None
    title, message = notification(ok, _conn(held)) or ("", "")
    assert title == "Sync held" and "review the removals" in message
    title, message = notification(held, _conn(reauth)) or ("", "")
    assert title == "Reauthorization needed" and "Microsoft Entra ID" in message
    assert notification(held, _conn(held)) is None  # not again for every scheduled run
    assert notification(reauth, _conn(reauth)) is None


def _run(run_id: int, status: RunStatus, trigger: str = "schedule") -> RunRecord:
    return RunRecord(run_id, "", "2026-11-30T10:00:00+00:00", trigger, "full", status,
                     error="The directory could not be reached.")


def test_a_scheduled_run_that_failed_or_left_the_platform_behind_is_reported_once() -> None:
    failed, incomplete = RunStatus.FAILED, RunStatus.INCOMPLETE
    title, message = run_notification(4, _run(5, failed)) or ("", "")
    assert title == "Scheduled sync failed"
    assert message == ("Nothing was changed: The directory could not be reached. The synced "
                       "users are kept.")
    title, message = run_notification(4, _run(5, incomplete)) or ("", "")
    assert title == "Platform not up to date"
    assert message.endswith("does not hold all of it yet: The directory could not be reached.")
    assert run_notification(5, _run(5, failed)) is None  # already reported
    assert run_notification(None, _run(5, failed)) is None  # the baseline at start: old news
    assert run_notification(4, _run(5, failed, trigger="gui")) is None  # the admin watched it
    assert run_notification(4, _run(5, RunStatus.SUCCEEDED)) is None
    assert run_notification(4, None) is None


def test_a_failed_read_is_reported_without_saying_nothing_was_applied_twice() -> None:
    """A run that failed in the read keeps "... Nothing was applied." (as the sync service
    stores it). Before: "Nothing was changed: Microsoft Graph listed ... Nothing was
    applied. The synced users are kept." """
    said = msg("{provider} listed a user without a valid id; try again later, and if it "
               "happens again, check the network (a proxy may rewrite the answers).",
               provider="Microsoft Graph")
    run = _run(5, RunStatus.FAILED)
    run.error_message = nothing_applied(said)  # type: ignore[assignment]
    assert run_notification(4, run) == ("Scheduled sync failed", (
        "Nothing was changed: Microsoft Graph listed a user without a valid id; try again "
        "later, and if it happens again, check the network (a proxy may rewrite the "
        "answers). The synced users are kept."))


@pytest.mark.usefixtures("german")
def test_tray_texts_in_german() -> None:
    title, message = notification(ConnectionState.HELD,
                                  _conn(ConnectionState.NEEDS_REAUTHORIZATION)) or ("", "")
    assert title == "Erneute Autorisierung erforderlich"
    assert message.startswith("Die Verbindung zu Microsoft Entra ID muss erneut autorisiert")
    title, _message = run_notification(1, _run(2, RunStatus.FAILED)) or ("", "")
    assert title == "Geplante Synchronisierung fehlgeschlagen"
    held = ClientSyncResult(ClientInfo(2, "Fabrikam"), SyncOutcome("held", None, "full"))
    title, message = client_notification(held) or ("", "")
    assert title == "Synchronisierung von Fabrikam angehalten"
    assert message.startswith("Eine Synchronisierung würde viele")
    assert outcome_text(None, None) == "Es ist kein Identitätsanbieter verbunden."


def test_outcome_text(app: App) -> None:
    assert outcome_text(None, None) == "No identity provider is connected."
    conn = app.connection()
    text = outcome_text(conn, last_finished_run(app.store))
    assert text.startswith("Microsoft Entra ID: Connected\nLast sync ")
    assert ": Succeeded (+" in text
    assert outcome_text(conn, None, syncing=True) == "Microsoft Entra ID: Syncing…"


def test_a_run_that_applied_nothing_shows_no_counts(app: App) -> None:
    conn = app.connection()
    for status, said in ((RunStatus.FAILED, "Failed"), (RunStatus.HELD, "Held")):
        run = RunRecord(7, "2026-11-30T10:00:00+00:00", "2026-11-30T10:01:00+00:00",
                        "schedule", "delta", status)
        head, line = outcome_text(conn, run).split("\n")
        assert head == "Microsoft Entra ID: Connected"
        assert line.startswith("Last sync ") and line.endswith(f": {said}")
        assert "+0" not in line


def test_window_tray_follows_syncs_and_notifies(qtbot: QtBot, app: App) -> None:
    window = open_window(qtbot, app)
    tray = window.tray
    assert isinstance(tray, SyncTray)
    assert tray.icon is None  # offscreen: no system tray, degraded quietly
    assert "Connected" in tray.text

    spec = FilterSpec.from_json({"version": 1, "include": {"departments": ["Sales"]}})
    save_filter(app.store, spec)
    with qtbot.waitSignal(tray.notified, timeout=10_000) as blocker:
        window.controller.sync(trigger="schedule")
    assert blocker.args[0] == "Sync held"
    wait_idle(qtbot, window)
    assert "Held" in tray.text and "Last sync" in tray.text

    set_state(app.store, ConnectionState.NEEDS_REAUTHORIZATION, "revoked")
    with qtbot.waitSignal(tray.notified, timeout=10_000) as blocker:
        window.refresh()
        tray.update()
    assert blocker.args[0] == "Reauthorization needed"


def test_window_tray_reports_a_failed_scheduled_sync_once(qtbot: QtBot, app: App) -> None:
    window = open_window(qtbot, app)
    tray = window.tray
    assert app.demo is not None
    faults = app.demo.backend().faults
    # The delta link expired, and the full read's first page is never valid: it fails.
    faults.delta_expired, faults.malformed_page = True, 1
    with qtbot.waitSignal(tray.notified, timeout=10_000) as blocker:
        window.controller.sync(trigger="schedule")
    assert blocker.args[0] == "Scheduled sync failed"
    assert blocker.args[1].startswith("Nothing was changed: ")
    wait_idle(qtbot, window)
    notes: list[str] = []
    tray.notified.connect(lambda title, _message: notes.append(title))
    tray.update()  # the same run again: no second notification
    faults.delta_expired, faults.malformed_page = False, None
    window.controller.sync(trigger="schedule")
    wait_idle(qtbot, window)
    assert notes == []
    assert last_finished_run(app.store) is not None
    assert str(last_finished_run(app.store).status) == "succeeded"  # type: ignore[union-attr]


def test_tray_menu_where_a_tray_exists(qtbot: QtBot, app: App) -> None:
    window = open_window(qtbot, app)
    opened: list[bool] = []
    tray = SyncTray(app, window.controller, lambda: opened.append(True),
                    window.panel_actions.action_sync_now, window.close, window,
                    available=True)
    assert tray.icon is not None and "Connected" in tray.icon.toolTip()
    labels = [a.text() for a in tray._menu.actions() if not a.isSeparator()]
    assert labels[1:] == ["Open IdP Wizard", "&Sync now", "Quit"]
    tray._menu.actions()[2].trigger()
    assert opened == [True]
    tray.icon.hide()
