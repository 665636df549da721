"""The panel after a hostile sign-in event: a damaged saved sign-in is named as such on
the panel (not an "internal error"), with Reauthorize offered."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.records import ProviderName
from tests.flows import connect
from tests.ui.panel_support import open_window, wait_idle

from .conftest import ENTRA, Fakes
from .test_hostile_keychain import ENTRA_DAMAGED, damage


def test_the_panel_says_the_saved_sign_in_is_damaged(qtbot: QtBot, fakes: Fakes) -> None:
    """A token cache that does not parse made "Sync now" fail as "Unexpected internal
    error" and left the connection "Connected"."""
    app = fakes.app()
    connect(app, ProviderName.ENTRA, ENTRA)
    assert app.sync_service().run().status == "succeeded"
    app.close()
    damage(fakes.keyring.entries, "not_json")
    later = fakes.app()
    window = open_window(qtbot, later)
    wait_idle(qtbot, window)
    window.controller.sync()
    wait_idle(qtbot, window)
    conn = later.connection()
    assert conn is not None and conn.state is ConnectionState.NEEDS_REAUTHORIZATION
    reason = window.findChild(QLabel, "state_reason_label")
    assert reason is not None and reason.text() == (
        "The connection needs to be authorized again; scheduled syncs are paused until then. "
        f"The synced users are kept.\n{ENTRA_DAMAGED}")
    button = window.findChild(QPushButton, "reauthorize_button")
    assert button is not None and button.isVisible()
    window.close()
    later.close()
