"""Shared set-up for the panel tests: a connected, synced demo tenant and its window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.core.records import ProviderName
from idp_wizard.paths import ProfilePaths
from idp_wizard.ui.launch import create_main_window
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.tasks import InlineTaskRunner
from tests.flows import connect


def connected_app(data_dir: Path, size: int = 120) -> App:
    app = open_app(ProfilePaths(data_dir, demo=True), demo_size=size)
    connect(app, ProviderName.ENTRA)
    assert app.sync_service().run().status == "succeeded"
    return app


def open_window(qtbot: QtBot, app: App, start: bool = False) -> MainWindow:
    window = create_main_window(app, InlineTaskRunner(), start=start)
    qtbot.addWidget(window)
    return window


def wait_idle(qtbot: QtBot, window: MainWindow) -> None:
    """Inline tasks finish at once, but their results arrive through the event loop."""
    qtbot.waitUntil(lambda: not window.controller.busy and not window.panel.users.loading,
                    timeout=10_000)


def status_text(window: MainWindow) -> str:
    """What the panel's connection status says ("Connected", "Held", …)."""
    return window.findChild(QLabel, "connection_status_label").text()
