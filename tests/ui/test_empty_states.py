"""Empty states say so in words: an unconnected panel (a call to action with both
providers' logos), an empty history, a search without results; and the window title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.paths import ProfilePaths
from idp_wizard.ui.main_window import MainWindow
from tests.ui.helpers import click, find

from .panel_support import open_window, wait_idle


@pytest.fixture
def empty(data_dir: Path) -> Iterator[App]:
    a = open_app(ProfilePaths(data_dir, demo=True), demo_size=60)
    yield a
    a.close()



def text(root: QWidget, name: str) -> str:
    label = find(root, name)
    assert isinstance(label, QLabel)
    return label.text()


def test_unconnected_panel_calls_to_action_with_both_logos(qtbot: QtBot, empty: App) -> None:
    window = open_window(qtbot, empty)
    cta = find(window, "panel_connect_cta")
    assert cta.isVisible()
    assert not find(window, "users_table").isVisible()  # no empty table
    assert text(window, "panel_connect_cta_heading") == "Connect your identity provider"
    assert "Microsoft Entra ID or Google Workspace" in text(window, "panel_connect_cta_text")
    logos = {w.objectName(): w for w in cta.findChildren(QSvgWidget)}
    assert set(logos) == {"entra_logo", "google_logo"}
    assert all(w.isVisible() and w.renderer().isValid() for w in logos.values())
    assert logos["entra_logo"].accessibleName() == "Microsoft Entra ID logo"
    assert logos["google_logo"].accessibleName() == "Google Workspace logo"
    button = find(window, "connect_button")
    assert cta.isAncestorOf(button) and button.isVisible()
    click(qtbot, window, "connect_button")
    assert window.wizard is not None and window.wizard.objectName() == "wizard"
    window.wizard.reject()


def test_connected_panel_shows_the_table_and_the_provider_logo(
        qtbot: QtBot, connected: App) -> None:
    window = open_window(qtbot, connected)
    assert find(window, "users_table").isVisible()
    assert not find(window, "panel_connect_cta").isVisible()
    logo = find(window, "provider_logo")
    assert logo.accessibleName() == "Microsoft Entra ID logo"
    assert not logo.pixmap().isNull()  # type: ignore[attr-defined]


def test_empty_history_says_so(qtbot: QtBot, empty: App) -> None:
    window = open_window(qtbot, empty)
    window.panel.tabs.setCurrentWidget(window.panel.history)
    state = find(window, "history_empty_state")
    assert state.isVisible()
    assert text(window, "history_empty_state_heading") == "No syncs yet"
    assert not find(window, "history_chart").isVisible()
    assert not find(window, "history_runs").isVisible()
    window.panel.history.sections.setCurrentIndex(1)  # the admin actions
    audit = find(window, "history_audit_empty")
    assert audit.isVisible() and text(window, "history_audit_empty").startswith(
        "No admin actions yet.")


def test_history_with_runs_shows_chart_and_list(qtbot: QtBot, connected: App) -> None:
    window = open_window(qtbot, connected)
    window.panel.tabs.setCurrentWidget(window.panel.history)
    assert not find(window, "history_empty_state").isVisible()
    assert find(window, "history_chart").isVisible() and find(window, "history_runs").isVisible()
    window.panel.history.sections.setCurrentIndex(1)
    assert find(window, "history_audit").isVisible()
    assert not find(window, "history_audit_empty").isVisible()


def test_search_without_results_says_so(qtbot: QtBot, connected: App) -> None:
    window = open_window(qtbot, connected)
    users = window.panel.users
    users.search.setText("zzz-nobody")
    users.apply_search()
    assert users.model.rowCount() == 0
    assert not users.table.isVisible()
    assert find(window, "users_empty_state").isVisible()
    assert text(window, "users_empty_state_heading") == "No users match “zzz-nobody”"
    assert text(window, "users_count_label") == f"0 of {users.model.total:,} users"
    click(qtbot, window, "clear_search_button")
    assert users.search.text() == "" and users.model.rowCount() == users.model.total > 0
    assert users.table.isVisible() and not find(window, "users_empty_state").isVisible()
    assert window.focusWidget() is users.search


def test_failed_only_without_failures_says_so(qtbot: QtBot, connected: App) -> None:
    window = open_window(qtbot, connected)
    window.panel.users.failed_only.setChecked(True)
    assert text(window, "users_empty_state_heading") == "No user was refused by the platform"
    click(qtbot, window, "clear_search_button")
    assert not window.panel.users.failed_only.isChecked()
    assert window.panel.users.table.isVisible()


def test_connected_without_synced_users_says_so(qtbot: QtBot, data_dir: Path) -> None:
    from idp_wizard.core.records import ProviderName
    from tests.flows import connect

    app = open_app(ProfilePaths(data_dir, demo=True), demo_size=40)
    try:
        connect(app, ProviderName.GOOGLE)  # connected, first sync not run yet
        window = open_window(qtbot, app)
        wait_idle(qtbot, window)
        assert text(window, "users_empty_state_heading") == "No synced users yet"
        assert not find(window, "clear_search_button").isVisible()
    finally:
        app.close()


def shown_title(window: MainWindow) -> str:
    """What the title bar shows: Qt appends " — <display name>" unless the title
    already ends with it (QPlatformWindow::formatWindowTitle)."""
    title, name = window.windowTitle(), QGuiApplication.applicationDisplayName()
    return title if not name or title.endswith(name) else f"{title} \u2014 {name}"


def test_window_title_in_demo_mode(qtbot: QtBot, empty: App) -> None:
    window = open_window(qtbot, empty)
    assert window.windowTitle() == "IdP Wizard — Demo"
    assert shown_title(window) == "IdP Wizard — Demo"  # not "… — Demo — IdP Wizard"


def test_window_title_of_a_real_profile(qtbot: QtBot, data_dir: Path) -> None:
    app = open_app(ProfilePaths(data_dir, demo=False))
    try:
        window = open_window(qtbot, app)
        assert window.windowTitle() == "IdP Wizard" == shown_title(window)
    finally:
        app.close()
