"""What removes people asks first, and Enter (pressed by habit) never confirms it: the
held sync's removals and the demo reset, in English and German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.connection import ConnectionState, save_filter
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.runs import list_runs
from idp_wizard.core.users import count_users
from idp_wizard.ui.removals_dialog import RemovalsDialog
from tests.ui.helpers import click, find

from .panel_support import open_window, wait_idle


def _held(app: App) -> int:
    """A sync held by the deletion guard: how many removals wait."""
    save_filter(app.store, FilterSpec.from_json(
        {"version": 1, "include": {"departments": ["Sales"]}}))
    outcome = app.sync_service().run(trigger="schedule")
    assert outcome.status == "held" and outcome.plan is not None
    return len(outcome.plan.removals)


def _review(qtbot: QtBot, app: App) -> RemovalsDialog:
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    window.review_removals()
    dialog = window.findChild(RemovalsDialog, "review_removals_dialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_does_not_confirm_held_removals(qtbot: QtBot, connected: App) -> None:
    before = count_users(connected.store)
    waiting = _held(connected)
    dialog = _review(qtbot, connected)
    confirm = find(dialog, "confirm_removals_button")
    assert isinstance(confirm, QPushButton)
    assert confirm.text() == f"&Remove {waiting} users and sync"
    assert not confirm.isDefault() and not confirm.autoDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Rejected
    conn = connected.connection()
    assert conn is not None and conn.state is ConnectionState.HELD
    assert count_users(connected.store) == before


@pytest.mark.usefixtures("german")
def test_held_removals_in_german(qtbot: QtBot, connected: App) -> None:
    waiting = _held(connected)
    dialog = _review(qtbot, connected)
    assert dialog.windowTitle() == "Entfernungen prüfen"
    confirm = find(dialog, "confirm_removals_button")
    assert confirm.text() == (  # type: ignore[attr-defined]
        f"{waiting} Benutzer &entfernen und synchronisieren")


def test_enter_does_not_reset_the_demo(qtbot: QtBot, connected: App) -> None:
    before = count_users(connected.store)
    window = open_window(qtbot, connected)
    wait_idle(qtbot, window)
    box = window.demo_actions.confirm_reset()
    qtbot.waitExposed(box)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    assert connected.connection() is not None
    assert count_users(connected.store) == before


def test_reset_demo_says_what_it_keeps(qtbot: QtBot, connected: App) -> None:
    """Reset demo forgets the connection and its users, but the sync history and the
    admin actions stay (only their counts, for the runs). Before, the question and the
    button's tip said "as if it had never been connected", and the History tab then
    still listed every run."""
    runs = len(list_runs(connected.store))
    assert runs == 1
    window = open_window(qtbot, connected)
    wait_idle(qtbot, window)
    tip = ("Forget the demo connection and its users, to connect again from the start; "
           "the sync history and the admin actions are kept.")
    assert find(window, "reset_demo_button").toolTip() == tip
    box = window.demo_actions.confirm_reset()
    qtbot.waitExposed(box)
    assert box.text() == (
        "Reset the demo? The demo connection and all its synced users are forgotten, so "
        "that you can connect again from the start. The sync history and the admin "
        "actions are kept.")
    click(qtbot, box, "reset_demo_confirm_button")
    wait_idle(qtbot, window)
    assert connected.connection() is None and count_users(connected.store) == 0
    assert len(list_runs(connected.store)) == runs
    assert window.panel.history.runs.topLevelItemCount() == runs
