"""Tables by keyboard: Tab leaves the clients overview's table (arrows move inside it)
and reaches every action in the order they are seen. Before, Tab moved from cell to cell
and never left the table: Add, Open, Rename, Remove and Back were out of the Tab key's
reach."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.wizard import Step, WizardMode
from idp_wizard.profile import Profile
from idp_wizard.ui.client_session import ClientSession
from idp_wizard.ui.launch import create_main_window
from idp_wizard.ui.tasks import InlineTaskRunner
from tests.clients.helpers import connected_clients, demo_profile
from tests.ui.helpers import find
from tests.ui.panel_support import wait_idle
from tests.ui.wizard_support import make_wizard


@pytest.fixture
def profile(data_dir: Path) -> Iterator[Profile]:
    """Two demo clients, not synced."""
    profile = demo_profile(data_dir, demo_size=20)
    connected_clients(profile, 2, sync=False)
    yield profile
    profile.close()


def _tabbing(qtbot: QtBot, window: QWidget, start: str, presses: int) -> list[str]:
    """The focused controls' names, from `start` on, one Tab press after another."""
    find(window, start).setFocus()
    seen = []
    for _ in range(presses):
        focused = window.focusWidget()
        assert focused is not None
        seen.append(focused.objectName())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def test_tab_leaves_the_clients_table_and_reaches_every_action(
        qtbot: QtBot, profile: Profile) -> None:
    app = profile.open(profile.clients()[0].id)
    window = create_main_window(app, InlineTaskRunner(), start=False,
                                session=ClientSession(profile, app))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, window)
    window.clients.show_overview()
    assert _tabbing(qtbot, window, "overview_back_button", 6) == [
        "overview_back_button", "clients_table", "add_client_button", "open_client_button",
        "rename_client_button", "remove_client_button"]


def test_tab_leaves_the_matching_employees_table(qtbot: QtBot, connected: App) -> None:
    """The filter step's "Matching employees" tab had the same trap: Tab went from cell
    to cell and Share was out of its reach."""
    wizard = make_wizard(qtbot, connected, WizardMode.EDIT_FILTERS)
    qtbot.waitUntil(lambda: find(wizard, "share_button").isEnabled())
    wizard.pages[Step.FILTERING].editor.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    assert _tabbing(qtbot, wizard, "matching_search", 4) == [
        "matching_search", "matching_table", "share_button", "cancel_button"]
