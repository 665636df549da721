"""Held in the panel: a sync held by the deletion guard shows its reason and applies
once confirmed; a held filter change waits beside the live filter until confirmed or
discarded."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.connection import save_filter
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.runs import list_runs
from idp_wizard.core.users import count_users, synced_rows
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.removals_dialog import RemovalsDialog

from .panel_support import open_window, status_text, wait_idle


@pytest.fixture
def app(connected: App) -> App:
    """Connected to Entra and synced (the `connected` of conftest.py)."""
    return connected


@pytest.fixture
def window(qtbot: QtBot, app: App) -> MainWindow:
    return open_window(qtbot, app)


def test_held_sync_shows_reason_and_confirm_applies(qtbot: QtBot, app: App) -> None:
    spec = FilterSpec.from_json({"version": 1, "include": {"departments": ["Sales"]}})
    save_filter(app.store, spec)
    assert app.sync_service().run().status == "held"
    window = open_window(qtbot, app)
    assert "Held" in status_text(window)
    reason = window.findChild(QLabel, "state_reason_label")
    assert reason.isVisible() and "would remove" in reason.text()
    review = window.findChild(QPushButton, "review_removals_button")
    assert review.isVisible()
    review.click()
    dialog = window.findChild(RemovalsDialog, "review_removals_dialog")
    pending = list_runs(app.store)[0].pending_removals
    assert dialog.model.rowCount() == len(pending) > 0
    dialog.findChild(QPushButton, "confirm_removals_button").click()
    wait_idle(qtbot, window)
    assert "Connected" in status_text(window)
    assert not reason.isVisible()
    departments = {row.department for row in synced_rows(app.store).values()}
    assert departments == {"Sales"}
    assert window.panel.users.model.rowCount() == count_users(app.store)


@pytest.mark.parametrize("choice", ["confirm", "keep"])
def test_held_filter_change_waits_beside_the_live_filter(qtbot: QtBot, app: App,
                                                         choice: str) -> None:
    sales = FilterSpec.from_json({"version": 1, "include": {"departments": ["Sales"]}})
    before = set(synced_rows(app.store))
    held = app.save_filter_and_sync(sales, app.rules_sync())  # unconfirmed: guarded
    assert held.status == "held" and set(synced_rows(app.store)) == before
    assert app.sync_service().run().status == "succeeded"  # a scheduled run meanwhile
    window = open_window(qtbot, app)
    reason = window.findChild(QLabel, "state_reason_label")
    assert reason.isVisible() and "waits for your confirmation" in reason.text()
    assert "Sales" in reason.text() and "current filters stay in force" in reason.text()
    if choice == "keep":
        window.findChild(QPushButton, "discard_filter_change_button").click()
        wait_idle(qtbot, window)
        assert not reason.isVisible() and app.pending_filter_change() is None
        assert set(synced_rows(app.store)) == before
        return
    window.findChild(QPushButton, "review_removals_button").click()
    dialog = window.findChild(RemovalsDialog, "review_removals_dialog")
    assert dialog.model.rowCount() == held.to_json()["pending"]["removed"] > 0
    dialog.findChild(QPushButton, "confirm_removals_button").click()
    wait_idle(qtbot, window)
    assert {row.department for row in synced_rows(app.store).values()} == {"Sales"}
    assert app.pending_filter_change() is None and not reason.isVisible()
