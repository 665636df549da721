"""Disconnect with "Keep them on the platform instead": the dialog then says what
happens (the users keep their access) instead of what does not. Before, ticking the box
changed no text: the explanation still said they lose access to the platform, the note
that they will be removed from it, and the button "Disconnect and remove users"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.users import count_users
from idp_wizard.demo.scim_constants import DEMO_SCIM_URL
from idp_wizard.ui.main_window import MainWindow
from tests.ui.helpers import click
from tests.ui.text_fit import cut_off

from .panel_support import connected_app, open_window, wait_idle
from .test_platform_ui import on_platform

pytestmark = pytest.mark.platform


@pytest.fixture
def app(data_dir: Path) -> Iterator[App]:
    app = connected_app(data_dir, size=60)
    yield app
    app.close()


def _texts(dialog: QDialog) -> tuple[str, str, str]:
    explanation = dialog.findChild(QLabel, "disconnect_explanation")
    note = dialog.findChild(QLabel, "disconnect_platform_note")
    button = dialog.findChild(QPushButton, "disconnect_button")
    assert explanation is not None and note is not None and button is not None
    return explanation.text(), note.text(), button.text()


def test_keeping_the_users_on_the_platform_is_what_the_dialog_says(
        qtbot: QtBot, app: App) -> None:
    window: MainWindow = open_window(qtbot, app)
    synced = count_users(app.store)
    assert on_platform(app) == synced == 48
    window.findChild(QAction, "action_disconnect").trigger()
    dialog = window.findChild(QDialog, "disconnect_dialog")
    assert dialog is not None and dialog.isVisible()
    removing = _texts(dialog)
    assert removing == (
        "All 48 synced users will be permanently removed. They lose access to the "
        "platform and are removed from all ongoing trainings. This cannot be undone; "
        "connecting again later adds them as new users.",
        f"48 users will also be removed from the platform ({DEMO_SCIM_URL}).",
        "&Disconnect and remove users")
    keep = dialog.findChild(QCheckBox, "disconnect_keep_platform_checkbox")
    assert keep is not None
    keep.setChecked(True)
    assert _texts(dialog) == (
        "All 48 synced users will be forgotten by this app. They keep their access to "
        "the platform, no longer managed by this app. This cannot be undone.",
        f"48 users stay on the platform ({DEMO_SCIM_URL}).",
        "&Disconnect, keep users on the platform")
    keep.setChecked(False)
    assert _texts(dialog) == removing
    keep.setChecked(True)
    dialog.findChild(QCheckBox, "disconnect_confirm_checkbox").setChecked(True)
    click(qtbot, dialog, "disconnect_button")
    wait_idle(qtbot, window)
    assert app.connection() is None and count_users(app.store) == 0
    assert on_platform(app) == 48  # what the dialog said: they stay


@pytest.mark.usefixtures("german")
def test_keeping_the_users_in_german(qtbot: QtBot, app: App) -> None:
    window: MainWindow = open_window(qtbot, app)
    window.show()
    window.findChild(QAction, "action_disconnect").trigger()
    dialog = window.findChild(QDialog, "disconnect_dialog")
    assert dialog is not None
    qtbot.waitExposed(dialog)
    keep = dialog.findChild(QCheckBox, "disconnect_keep_platform_checkbox")
    assert keep is not None
    keep.setChecked(True)
    assert _texts(dialog) == (
        "Alle 48 synchronisierten Benutzer werden von dieser App vergessen. Sie behalten "
        "ihren Zugang zur Plattform, werden aber nicht mehr von dieser App verwaltet. Dies "
        "kann nicht rückgängig gemacht werden.",
        f"48 Benutzer bleiben auf der Plattform ({DEMO_SCIM_URL}).",
        "Verbindung &trennen, Benutzer behalten")
    for _ in range(3):  # pending layout requests, and those their layouts post
        QCoreApplication.sendPostedEvents()
    assert cut_off(dialog, "disconnect, keeping the users") == []
    dialog.reject()
