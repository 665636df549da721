"""Shared set-up of the main window tests with several clients: a settable clock, the
window on one client, waiting for it to be idle, switching clients (the fixtures `clock`
and `profile` are in conftest.py)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from idp_wizard.profile import Profile
from idp_wizard.ui.client_session import ClientSession
from idp_wizard.ui.launch import create_main_window
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.tasks import InlineTaskRunner
from tests.clients.helpers import NOW
from tests.ui.helpers import find


class Clock:
    """The profile's clock: a test moves it by setting `now`."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


def client_window(qtbot: QtBot, profile: Profile, client_id: int | None = None) -> MainWindow:
    """The main window on `client_id` (else the first client), not started."""
    app = profile.open(client_id or profile.clients()[0].id)
    window = create_main_window(app, InlineTaskRunner(), start=False,
                                session=ClientSession(profile, app))
    qtbot.addWidget(window)
    return window


def idle(qtbot: QtBot, window: MainWindow) -> None:
    """No operation, users' load or other client's sync running."""
    qtbot.waitUntil(lambda: not window.controller.busy and not window.panel.users.loading
                    and not window.clients.scheduler.busy, timeout=10_000)


def switch(qtbot: QtBot, window: MainWindow, name: str) -> None:
    """Choose client `name` in the switcher, as a click does."""
    switcher = find(window, "client_switcher")
    assert isinstance(switcher, QComboBox) and switcher.isVisible()
    switcher.setCurrentIndex(switcher.findText(name))
    switcher.activated.emit(switcher.currentIndex())
    idle(qtbot, window)
