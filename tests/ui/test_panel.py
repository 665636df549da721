"""The user-management panel, driven through its stable object names."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolButton,
    QTreeWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.core.client_settings import client_setting
from idp_wizard.core.connection import ConnectionState, save_filter, set_state
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.runs import list_runs
from idp_wizard.core.users import count_users, synced_rows
from idp_wizard.paths import ProfilePaths
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.removals_dialog import RemovalsDialog
from idp_wizard.ui.sync_controller import INTERVAL_KEY, MIN_INTERVAL

from .panel_support import connected_app, open_window, wait_idle


def _has_wizard() -> bool:
    try:
        from idp_wizard.ui.wizard import SetupWizard  # noqa: F401
    except ImportError:
        return False
    return True


HAS_WIZARD = _has_wizard()


@pytest.fixture
def app(data_dir: Path) -> Iterator[App]:
    app = connected_app(data_dir)
    yield app
    app.close()


@pytest.fixture
def window(qtbot: QtBot, app: App) -> MainWindow:
    return open_window(qtbot, app)


def _status(window: MainWindow) -> str:
    return window.findChild(QLabel, "connection_status_label").text()


def _table_ids(window: MainWindow) -> set[str]:
    model = window.panel.users.model
    return {model.user_id(r) for r in range(model.rowCount())}


def test_connected_panel_shows_status_counts_and_users(window: MainWindow, app: App) -> None:
    # One client: the panel fills the window; the client switcher stays out of the way.
    assert window.findChild(QWidget, "user_management_panel").isVisible()
    assert not window.findChild(QWidget, "client_bar").isVisible()
    assert "Connected" in _status(window)
    synced = count_users(app.store)
    table = window.findChild(QTableView, "users_table")
    assert table.model().rowCount() == synced > 0
    assert str(synced) in window.findChild(QLabel, "synced_count_label").text()
    assert "Succeeded" in window.findChild(QLabel, "last_sync_label").text()
    assert window.findChild(QLabel, "next_sync_label").text()
    assert not window.findChild(QPushButton, "connect_button").isVisible()
    assert not window.findChild(QProgressBar, "sync_progress").isVisible()
    assert window.findChild(QLabel, "demo_banner_label").text().startswith("Demo mode")
    # No platform target (tests run the demo without its embedded platform): the shared
    # employees are counted from the synced users, as nothing is queued without a target.
    assert window.panel.header.platform_label.text() == (
        f"No platform set: the {synced} shared employees stay in this app. Set the "
        "platform in the settings.")


def test_menu_offers_the_four_actions(window: MainWindow) -> None:
    menu = window.findChild(QToolButton, "connection_menu_button").menu()
    names = {a.objectName() for a in menu.actions()}
    assert {"action_reauthorize", "action_edit_filters", "action_sync_now",
            "action_disconnect"} <= names
    assert all(window.findChild(QAction, n).isEnabled() for n in names if n)


def test_search_filters_the_table(qtbot: QtBot, window: MainWindow) -> None:
    search = window.findChild(QLineEdit, "users_search")
    model = window.panel.users.model
    total = model.rowCount()
    qtbot.keyClicks(search, "SALES")
    qtbot.waitUntil(lambda: 0 < model.rowCount() < total)  # after the debounce
    for row in range(model.rowCount()):
        values = model.row_values(row)
        assert "sales" in f"{values[0]} {values[1]} {values[2]}".lower()
    search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == total)


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
    assert "Connected" in _status(window)
    assert window.findChild(QTreeWidget, "history_runs").topLevelItemCount() == runs + 1


def test_one_operation_at_a_time(qtbot: QtBot, window: MainWindow) -> None:
    assert window.controller.sync() is not None
    assert window.controller.sync() is None  # still running (its result is queued)
    assert not window.findChild(QAction, "action_sync_now").isEnabled()
    wait_idle(qtbot, window)
    assert window.findChild(QAction, "action_sync_now").isEnabled()


def test_held_sync_shows_reason_and_confirm_applies(qtbot: QtBot, app: App) -> None:
    spec = FilterSpec.from_json({"version": 1, "include": {"departments": ["Sales"]}})
    save_filter(app.store, spec)
    assert app.sync_service().run().status == "held"
    window = open_window(qtbot, app)
    assert "Held" in _status(window)
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
    assert "Connected" in _status(window)
    assert not reason.isVisible()
    departments = {row.department for row in synced_rows(app.store).values()}
    assert departments == {"Sales"}
    assert window.panel.users.model.rowCount() == count_users(app.store)


def _export(qtbot: QtBot, window: MainWindow, target: Path,
            monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """The panel's Export CSV… to `target`; the rows of the file."""
    monkeypatch.setattr("idp_wizard.ui.panel_actions.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    window.findChild(QAction, "action_export_csv").trigger()
    wait_idle(qtbot, window)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_csv_export_writes_the_rows_without_formulas(
        qtbot: QtBot, window: MainWindow, app: App, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with app.store.transaction() as db:  # a directory value that a spreadsheet would run
        db.execute("UPDATE synced_users SET department = '=HYPERLINK(1)' WHERE rowid = "
                   "(SELECT min(rowid) FROM synced_users)")
    rows = _export(qtbot, window, tmp_path / "out.csv", monkeypatch)
    assert len(rows) == count_users(app.store)
    assert {r["id"] for r in rows} == set(synced_rows(app.store))
    assert "'=HYPERLINK(1)" in {r["department"] for r in rows}
    assert "=HYPERLINK(1)" not in {r["department"] for r in rows}


def test_csv_export_holds_exactly_the_rows_the_table_shows_in_its_order(
        qtbot: QtBot, window: MainWindow, app: App, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    users = window.panel.users
    model = users.model
    # A search and a sort by department, descending (not the name order an export used).
    users.search.setText("müller")
    users.apply_search()
    model.sort(2, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, window)
    rows = synced_rows(app.store)
    shown = [model.user_id(r) for r in range(model.rowCount())]
    assert len(shown) >= 3
    assert all("müller" in rows[uid].display_name.casefold() for uid in shown)
    departments = [rows[uid].department.casefold() for uid in shown]
    assert departments == sorted(departments, reverse=True)
    assert shown != sorted(shown, key=lambda uid: rows[uid].display_name.casefold())
    assert [r["id"] for r in _export(qtbot, window, tmp_path / "shown.csv",
                                     monkeypatch)] == shown
    assert window.statusBar().currentMessage().startswith(f"Exported {len(shown)} users")


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
    assert "Needs reauthorization" in _status(window)
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


def test_reset_demo_asks_first(qtbot: QtBot, window: MainWindow, app: App) -> None:
    window.findChild(QPushButton, "reset_demo_button").click()
    box = window.findChild(QMessageBox, "reset_demo_confirm")
    assert box.defaultButton().text() != box.findChild(
        QPushButton, "reset_demo_confirm_button").text()
    box.findChild(QPushButton, "reset_demo_confirm_button").click()
    wait_idle(qtbot, window)
    assert app.connection() is None and count_users(app.store) == 0
    assert window.findChild(QPushButton, "connect_button").isVisible()


def test_simulate_changes_from_the_banner(qtbot: QtBot, window: MainWindow, app: App) -> None:
    before = app.demo.churn_steps()
    window.findChild(QPushButton, "simulate_changes_button").click()
    wait_idle(qtbot, window)
    assert app.demo.churn_steps() == before + 1


def test_language_column_is_read_only_with_explanation(window: MainWindow) -> None:
    model = window.panel.users.model
    index = model.index(0, 4)
    assert "cannot be changed" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable


@pytest.mark.skipif(not HAS_WIZARD, reason="the setup wizard is not built yet")
def test_start_up_without_provider_opens_the_wizard(qtbot: QtBot, data_dir: Path) -> None:
    app = open_app(ProfilePaths(data_dir, demo=True), demo_size=50)
    try:
        window = open_window(qtbot, app, start=True)
        assert window.wizard is not None
        qtbot.waitUntil(window.wizard.isVisible)
        assert window.wizard.currentPage().objectName() == "page_provider"
        assert window.findChild(QPushButton, "connect_button").isVisible()
        window.wizard.reject()
        qtbot.waitUntil(lambda: window.wizard is None)
    finally:
        app.close()


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
