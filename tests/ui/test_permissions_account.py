"""The permissions step names who signed in and to which tenant without brackets in
brackets: the demo's tenant is "contoso.example (demo)", and "Signed in as … (%2)."
read "(contoso.example (demo))."."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from tests.ui.helpers import find
from tests.ui.wizard_support import make_wizard, to_permissions

TEXTS = {"en": "Signed in as admin@contoso.example to contoso.example (demo).",
         "de": "Angemeldet als admin@contoso.example bei contoso.example (demo)."}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_signed_in_account_and_its_tenant(qtbot: QtBot, app: App, language: str,
                                              request: pytest.FixtureRequest) -> None:
    if language == "de":
        request.getfixturevalue("german")
    wizard = make_wizard(qtbot, app)
    to_permissions(qtbot, wizard, "entra")
    label = find(wizard, "permissions_account")
    assert isinstance(label, QLabel) and label.text() == TEXTS[language]
