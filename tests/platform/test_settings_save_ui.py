"""Settings, "Save platform" with a real SCIM server (a scim2-server process): the
admin sees that it was saved, the field shows the address as saved, the token field
says the keychain keeps the token, and OK then closes the dialog (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from idp_wizard.ui.settings_dialog import SettingsDialog
from idp_wizard.ui.tasks import InlineTaskRunner
from tests.platform.engine import open_platform_app
from tests.platform.helpers import TOKEN, Rig
from tests.ui.helpers import find

pytestmark = pytest.mark.platform


def test_saving_a_platform_in_the_settings_shows_it_saved(
        qtbot: QtBot, tmp_path: Path, real_rig: Rig) -> None:
    rig = real_rig
    app = open_platform_app(tmp_path, rig)
    dialog = SettingsDialog(app, 40, None, InlineTaskRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    url = dialog.findChild(QLineEdit, "platform_url")
    token = dialog.findChild(QLineEdit, "platform_token")
    assert url is not None and token is not None
    url.setText(f" {rig.url}/ ")  # as pasted: spaces and a trailing slash
    token.setText(TOKEN)
    find(dialog, "settings_save_platform_button").click()
    target = app.platform.target()
    assert target is not None and target.url == rig.url
    save = find(dialog, "settings_save_platform_button")
    qtbot.waitUntil(save.isEnabled)  # the save's answer has been shown
    result = dialog.findChild(QLabel, "platform_test_result")
    assert result is not None and not result.isHidden()
    assert result.text().startswith("Saved.\n")
    assert url.text() == rig.url
    assert token.text() == "" and token.isEnabled()
    assert token.placeholderText() == "Kept in the keychain; type a new token to replace it"
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    app.close()
