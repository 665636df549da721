"""The panel's syncs: Sync now, one operation at a time, the history of runs, and the
schedule (its interval, a due sync, a pause while reauthorization is needed)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTreeWidget,
)
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.client_settings import client_setting
from idp_wizard.core.connection import ConnectionState, set_state
from idp_wizard.core.runs import list_runs
from idp_wizard.core.users import synced_rows
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.sync_controller import INTERVAL_KEY, MIN_INTERVAL

from .panel_support import open_window, status_text, wait_idle


@pytest.fixture
def app(connected: App) -> App:
    """Connected to Entra and synced (the `connected` of conftest.py)."""
    return connected


@pytest.fixture
def window(qtbot: QtBot, app: App) -> MainWindow:
    return open_window(qtbot, app)


def _table_ids(window: MainWindow) -> set[str]:
    model = window.panel.users.model
    return {model.user_id(r) for r in range(model.rowCount())}


def test_sync_now_applies_directory_changes(qtbot: QtBot, window: MainWindow,
                                            app: App) -> None:
    before = _table_ids(window)
    runs = len(list_runs(app.store))
    app.demo.simulate_changes(3)
    window.findChild(QAction, "action_sync_now").trigger()
    wait_idle(qtbot, window)
    after = _table_ids(window)
    assert after == set(synced_rows(app.store)) != before
    assert len(list_runs(app.store)) == runs + 1
    assert list_runs(app.store)[0].trigger == "gui"
    assert "Connected" in status_text(window)
    assert window.findChild(QTreeWidget, "history_runs").topLevelItemCount() == runs + 1


def test_one_operation_at_a_time(qtbot: QtBot, window: MainWindow) -> None:
    assert window.controller.sync() is not None
    assert window.controller.sync() is None  # still running (its result is queued)
    assert not window.findChild(QAction, "action_sync_now").isEnabled()
    wait_idle(qtbot, window)
    assert window.findChild(QAction, "action_sync_now").isEnabled()


def test_history_lists_runs_and_shows_problems(qtbot: QtBot, window: MainWindow,
                                               app: App) -> None:
    window.findChild(QAction, "action_sync_now").trigger()
    wait_idle(qtbot, window)
    runs = window.findChild(QTreeWidget, "history_runs")
    assert window.panel.history.objectName() == "history_view"
    assert runs.topLevelItemCount() == len(list_runs(app.store)) == 2
    assert runs.topLevelItem(0).text(1) == "Manual (app)"  # newest first
    runs.setCurrentItem(runs.topLevelItem(1))
    assert not window.panel.history.details.toPlainText()  # written once shown
    window.panel.tabs.setCurrentWidget(window.panel.history)
    assert window.panel.history.details.toPlainText()
    audit = window.findChild(QTreeWidget, "history_audit")
    assert audit.topLevelItem(audit.topLevelItemCount() - 1).text(2) == "Connected"


def test_schedule_interval_is_saved_and_clamped(window: MainWindow, app: App) -> None:
    spin = window.panel.header.interval_spin
    spin.setValue(15)
    assert client_setting(app.store, app.client_id, INTERVAL_KEY) == 15
    assert app.store.setting(INTERVAL_KEY) is None  # the client's, not the profile's
    window.controller.set_interval_minutes(1)
    assert window.controller.interval_minutes == MIN_INTERVAL
    assert spin.value() == MIN_INTERVAL


def test_scheduled_sync_runs_when_due(qtbot: QtBot, window: MainWindow, app: App,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    c = window.controller
    due = c.next_due()
    assert due is not None
    c.check_schedule()  # not yet due
    assert not c.busy
    monkeypatch.setattr(c, "_now", lambda: due + timedelta(seconds=1))
    c.check_schedule()
    wait_idle(qtbot, window)
    assert list_runs(app.store)[0].trigger == "schedule"


def test_scheduled_sync_is_skipped_while_reauthorization_is_needed(
        qtbot: QtBot, window: MainWindow, app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    set_state(app.store, ConnectionState.NEEDS_REAUTHORIZATION, "The token was revoked.")
    window.refresh()
    assert "Needs reauthorization" in status_text(window)
    assert window.findChild(QPushButton, "reauthorize_button").isVisible()
    assert "paused" in window.findChild(QLabel, "next_sync_label").text().lower()
    c = window.controller
    runs = len(list_runs(app.store))
    due = c.next_due()
    assert due is not None
    monkeypatch.setattr(c, "_now", lambda: due + timedelta(minutes=1))
    c.check_schedule()
    assert not c.busy and len(list_runs(app.store)) == runs
    assert "reauthorization" in c.skip_note
