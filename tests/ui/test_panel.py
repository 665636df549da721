"""The user-management panel, driven through its stable object names: status and
counts, the menu, the search, the demo banner's actions, start-up. Syncs and the
schedule: test_panel_sync.py; held syncs: test_panel_held.py; the CSV export:
test_panel_export.py."""

from __future__ import annotations

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
    QWidget,
)
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.core.users import count_users
from idp_wizard.paths import ProfilePaths
from idp_wizard.ui.main_window import MainWindow

from .panel_support import open_window, status_text, wait_idle


def _has_wizard() -> bool:
    try:
        from idp_wizard.ui.wizard import SetupWizard  # noqa: F401
    except ImportError:
        return False
    return True


HAS_WIZARD = _has_wizard()


@pytest.fixture
def app(connected: App) -> App:
    """Connected to Entra and synced (the `connected` of conftest.py)."""
    return connected


@pytest.fixture
def window(qtbot: QtBot, app: App) -> MainWindow:
    return open_window(qtbot, app)


def test_connected_panel_shows_status_counts_and_users(window: MainWindow, app: App) -> None:
    # One client: the panel fills the window; the client switcher stays out of the way.
    assert window.findChild(QWidget, "user_management_panel").isVisible()
    assert not window.findChild(QWidget, "client_bar").isVisible()
    assert "Connected" in status_text(window)
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


def test_language_column_is_read_only_with_explanation(window: MainWindow) -> None:
    model = window.panel.users.model
    index = model.index(0, 4)
    assert "cannot be changed" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable


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
