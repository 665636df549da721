"""Disconnect: a ticked confirmation, then every synced user is gone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.runs import list_runs
from idp_wizard.core.users import count_users
from idp_wizard.ui.history_chart import HistoryChart
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.panel_texts import local_datetime

from .panel_support import connected_app, open_window, wait_idle


@pytest.fixture
def app(data_dir: Path) -> Iterator[App]:
    app = connected_app(data_dir)
    yield app
    app.close()


@pytest.fixture
def window(qtbot: QtBot, app: App) -> MainWindow:
    return open_window(qtbot, app)


def _open_dialog(window: MainWindow) -> QDialog:
    window.findChild(QAction, "action_disconnect").trigger()
    dialog = window.findChild(QDialog, "disconnect_dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_dialog_says_what_is_lost_and_needs_the_box(window: MainWindow, app: App) -> None:
    dialog = _open_dialog(window)
    synced = count_users(app.store)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Microsoft Entra ID" in text
    assert f"All {synced} synced users" in text
    assert "lose access to the platform" in text and "ongoing trainings" in text
    button = dialog.findChild(QPushButton, "disconnect_button")
    box = dialog.findChild(QCheckBox, "disconnect_confirm_checkbox")
    assert not button.isEnabled()
    box.setChecked(True)
    assert button.isEnabled()
    box.setChecked(False)
    assert not button.isEnabled()
    assert dialog.cancel_button.isDefault() and not button.isDefault()


def test_cancel_keeps_everything(qtbot: QtBot, window: MainWindow, app: App) -> None:
    synced = count_users(app.store)
    dialog = _open_dialog(window)
    dialog.findChild(QCheckBox, "disconnect_confirm_checkbox").setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.wait(20)
    assert not window.controller.busy
    assert count_users(app.store) == synced and app.connection() is not None
    assert window.panel.users.model.rowCount() == synced


def test_enter_does_not_disconnect(qtbot: QtBot, window: MainWindow, app: App) -> None:
    dialog = _open_dialog(window)
    dialog.findChild(QCheckBox, "disconnect_confirm_checkbox").setChecked(True)
    dialog.cancel_button.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert app.connection() is not None


def test_confirmed_disconnect_removes_every_user(qtbot: QtBot, window: MainWindow,
                                                 app: App) -> None:
    dialog = _open_dialog(window)
    dialog.findChild(QCheckBox, "disconnect_confirm_checkbox").setChecked(True)
    dialog.findChild(QPushButton, "disconnect_button").click()
    wait_idle(qtbot, window)
    assert app.connection() is None and count_users(app.store) == 0
    assert window.panel.users.model.rowCount() == 0
    assert "Not connected" in window.findChild(QLabel, "connection_status_label").text()
    assert window.findChild(QPushButton, "connect_button").isVisible()
    assert not window.findChild(QAction, "action_sync_now").isEnabled()
    assert not window.findChild(QAction, "action_disconnect").isEnabled()


def test_after_a_disconnect_the_history_counts_no_synced_users(
        qtbot: QtBot, window: MainWindow, app: App) -> None:
    """The runs stay in the history, but its "now" is the store's count: before, the
    chart and its summary still said "now 105" after every user had been removed."""
    run = list_runs(app.store)[0]
    before = count_users(app.store)
    assert run.matched == before == 105
    dialog = _open_dialog(window)
    dialog.findChild(QCheckBox, "disconnect_confirm_checkbox").setChecked(True)
    dialog.findChild(QPushButton, "disconnect_button").click()
    wait_idle(qtbot, window)
    assert count_users(app.store) == 0
    chart = window.findChild(HistoryChart, "history_chart")
    assert chart is not None
    when = local_datetime(run.started_at)
    summary = (f"Runs shown: 1 (since {when}); synced users now: 0 (after the first run "
               "shown: 105); none held or failed; latest: Succeeded.")
    assert chart.summary() == summary
    assert window.findChild(QLabel, "history_chart_summary").text() == summary


def test_after_a_disconnect_a_run_with_skipped_employees_is_not_said_to_have_none(
        qtbot: QtBot, window: MainWindow, app: App) -> None:
    """The disconnect erases who was skipped and why (only counts stay): before, the
    run's details then read "No problems." beside its Skipped count."""
    skipped = list_runs(app.store)[0].skipped
    assert skipped == 6
    dialog = _open_dialog(window)
    dialog.findChild(QCheckBox, "disconnect_confirm_checkbox").setChecked(True)
    dialog.findChild(QPushButton, "disconnect_button").click()
    wait_idle(qtbot, window)
    window.show()
    window.panel.tabs.setCurrentWidget(window.panel.history)
    details = window.findChild(QPlainTextEdit, "history_details")
    assert details is not None
    qtbot.waitUntil(lambda: details.toPlainText() != "")
    assert details.toPlainText() == (
        "6 employees were skipped; who and why is no longer kept (only the newest run "
        "keeps it, and no run after a disconnect).")
