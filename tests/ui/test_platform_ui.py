"""The platform in the GUI, on the demo's embedded SCIM platform: the wizard's platform
page (prefilled, tested, saved through the engine), the panel's platform line, the
users' platform column with the failed-only filter, the disconnect dialog's count, and
the settings' platform box."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.core.users import count_users
from idp_wizard.demo.platform_source import embedded_folder
from idp_wizard.demo.scim_constants import DEMO_SCIM_URL
from idp_wizard.demo.scim_platform import DemoPlatform
from idp_wizard.paths import ProfilePaths
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.settings_dialog import SettingsDialog
from idp_wizard.ui.tasks import InlineTaskRunner
from idp_wizard.ui.users_model import PLATFORM
from idp_wizard.ui.wizard import SetupWizard
from tests.ui.helpers import click, find, wait_page
from tests.ui.test_wizard import finish
from tests.ui.wizard_support import to_filtering

from .panel_support import connected_app, open_window, wait_idle

pytestmark = pytest.mark.platform


def on_platform(app: App) -> int:
    with DemoPlatform(embedded_folder(app.paths.data_dir, app.client_id)) as platform:
        return platform.count()


def test_wizard_platform_page_tests_and_saves_the_embedded_platform(
        qtbot: QtBot, tmp_path: Path) -> None:
    app = open_app(ProfilePaths(tmp_path, demo=True), demo_size=40)
    wizard = SetupWizard(app, InlineTaskRunner())
    wizard.confirm = lambda _question: True  # a failure must not leave a question open
    qtbot.addWidget(wizard)
    wizard.show()
    to_filtering(qtbot, wizard, "google")
    click(qtbot, wizard, "share_button")
    wait_page(qtbot, wizard, "page_platform")
    url, token = find(wizard, "platform_url"), find(wizard, "platform_token")
    assert isinstance(url, QLineEdit) and isinstance(token, QLineEdit)
    assert url.text() == DEMO_SCIM_URL and not token.isEnabled()  # no token needed
    assert token.echoMode() == QLineEdit.EchoMode.Password
    click(qtbot, wizard, "test_platform_button")
    result = find(wizard, "platform_test_result")
    assert isinstance(result, QLabel)
    qtbot.waitUntil(lambda: "works" in result.text())
    assert result.text().startswith(f"The connection to {DEMO_SCIM_URL} works.")
    assert app.platform.saved() is None  # a test saves nothing
    click(qtbot, wizard, "save_platform_button")
    wait_page(qtbot, wizard, "page_finish")
    finish(qtbot, wizard)
    saved = app.platform.saved()
    assert saved is not None and saved.embedded
    assert on_platform(app) == count_users(app.store) > 0
    app.close()


@pytest.fixture
def app(data_dir: Path) -> Iterator[App]:
    app = connected_app(data_dir, size=60)
    yield app
    app.close()


@pytest.fixture
def window(qtbot: QtBot, app: App) -> MainWindow:
    return open_window(qtbot, app)


def test_panel_shows_the_platform_and_each_users_status(
        qtbot: QtBot, window: MainWindow, app: App) -> None:
    synced = count_users(app.store)
    label = window.findChild(QLabel, "platform_status_label")
    assert label is not None and label.isVisible()
    assert label.text() == (f"{DEMO_SCIM_URL} (the demo platform inside this app) · Ready "
                            f"· {synced} users on the platform")
    model = window.panel.users.model
    assert {model.data(model.index(r, PLATFORM)) for r in range(model.rowCount())} == {
        "Provisioned"}
    someone = model.user_id(0)
    with app.store.transaction() as db:  # as a refusal by the platform records it
        db.execute("UPDATE platform_users SET status = 'failed', pending = 'update', "
                   "detail = 'Attribute title is too long.' WHERE id = ?", [someone])
    window.refresh()
    wait_idle(qtbot, window)
    assert "1 refused by the platform" in label.text()
    only = window.findChild(QCheckBox, "users_failed_only")
    assert only is not None
    only.setChecked(True)
    assert model.rowCount() == 1 and model.user_id(0) == someone
    assert model.data(model.index(0, PLATFORM)) == "Failed: Attribute title is too long."
    only.setChecked(False)
    assert model.rowCount() == synced


def test_disconnect_dialog_counts_the_platform_users(qtbot: QtBot, window: MainWindow,
                                                     app: App) -> None:
    synced = count_users(app.store)
    window.findChild(QAction, "action_disconnect").trigger()
    dialog = window.findChild(QDialog, "disconnect_dialog")
    assert dialog is not None and dialog.isVisible()
    note = dialog.findChild(QLabel, "disconnect_platform_note")
    assert note.text() == (f"{synced} users will also be removed from the platform "
                           f"({DEMO_SCIM_URL}).")
    dialog.findChild(QCheckBox, "disconnect_confirm_checkbox").setChecked(True)
    click(qtbot, dialog, "disconnect_button")
    wait_idle(qtbot, window)
    assert app.connection() is None and on_platform(app) == 0


def test_settings_change_the_platform_settings(qtbot: QtBot, window: MainWindow,
                                               app: App) -> None:
    dialog = SettingsDialog(app, 40, window, InlineTaskRunner())
    qtbot.addWidget(dialog)
    url = dialog.findChild(QLineEdit, "platform_url")
    assert url is not None and url.text() == DEMO_SCIM_URL
    url.setText("ftp://elsewhere.example/v2")
    find(dialog, "settings_save_platform_button").click()
    error = dialog.findChild(QLabel, "platform_error")
    qtbot.waitUntil(lambda: not error.isHidden())
    assert "is not an https:// URL" in error.text()
    assert app.platform.target().url == DEMO_SCIM_URL  # type: ignore[union-attr]
    dialog.findChild(QCheckBox, "settings_platform_deactivate").setChecked(True)
    dialog.accept()  # the refused address is still typed: OK would drop it unseen
    assert dialog.result() == QDialog.DialogCode.Rejected and not error.isHidden()
    assert error.text() == ("The platform address typed is not saved yet: press Save "
                            "platform, or put back the saved address to keep the platform "
                            "as it is.")
    assert not app.platform.target().settings.deactivate  # type: ignore[union-attr]
    url.setText(DEMO_SCIM_URL)
    dialog.accept()
    target = app.platform.target()
    assert target is not None and target.settings.deactivate


def test_settings_ok_does_not_drop_a_typed_token(qtbot: QtBot, window: MainWindow,
                                                 app: App) -> None:
    """A token typed (to move to another platform, or to renew an expired one) is saved
    only by Save platform. Before, OK closed the dialog and silently dropped it: the
    admin thought the token was renewed."""
    dialog = SettingsDialog(app, 40, window, InlineTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    url = dialog.findChild(QLineEdit, "platform_url")
    token = dialog.findChild(QLineEdit, "platform_token")
    assert url is not None and token is not None
    url.setText("https://scim.example.com/v2")
    assert token.isEnabled()
    token.setText("a-new-token")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    error = dialog.findChild(QLabel, "platform_error")
    assert error is not None and not error.isHidden()
    assert error.text() == ("The token typed is not saved yet: press Save platform, or "
                            "clear the token to keep the platform as it is.")
    assert app.platform.target().url == DEMO_SCIM_URL  # type: ignore[union-attr]
    token.clear()
    dialog.accept()  # nor is the address typed without a token dropped unseen
    assert dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert error.text() == ("The platform address typed is not saved yet: press Save "
                            "platform, or put back the saved address to keep the platform "
                            "as it is.")
    url.setText(f"  {DEMO_SCIM_URL} ")  # the saved one, however it is spaced
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert app.platform.target().url == DEMO_SCIM_URL  # type: ignore[union-attr]
