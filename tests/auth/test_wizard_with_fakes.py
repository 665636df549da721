"""The GUI against the provider fakes: the setup wizard and the panel with a real
(non-demo) profile, so sign-in runs the real MSAL / google-auth-oauthlib flows on the
task runner's threads, tokens go to the (in-memory) keychain, and the panel drives the
connection afterwards. Only the browser is simulated."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import count_users
from idp_wizard.ui.launch import create_main_window
from idp_wizard.ui.tasks import TaskRunner
from idp_wizard.ui.wizard import SetupWizard
from idp_wizard.ui.wizard.registration_form import RegistrationForm
from tests.ui.helpers import click, find, past_platform, wait_page

from .conftest import ENTRA, Fakes

SLOW = 20_000  # ms: MSAL polls its loopback listener once a second


@pytest.mark.parametrize("provider", [ProviderName.ENTRA, ProviderName.GOOGLE])
def test_wizard_and_panel_with_real_sign_in(qtbot: QtBot, fakes: Fakes, google_file: Path,
                                            provider: ProviderName) -> None:
    app = fakes.app()
    runner = TaskRunner()
    wizard = SetupWizard(app, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    click(qtbot, wizard, f"connect_{provider.value}")
    wait_page(qtbot, wizard, "page_data_options")
    click(qtbot, wizard, "next_button")
    wait_page(qtbot, wizard, "page_sign_in")
    # No registration is saved or built in: the admin enters one on the sign-in page.
    click(qtbot, wizard, "change_registration_button")
    form = wizard.findChild(RegistrationForm, "app_registration_form")
    assert form is not None and form.isVisible()
    if provider is ProviderName.ENTRA:
        find(wizard, "entra_client_id").setText(ENTRA.client_id)  # type: ignore[attr-defined]
    else:
        form.set_client_file(google_file)
    click(qtbot, wizard, "sign_in_button")
    qtbot.waitUntil(lambda: find(wizard, "page_permissions").isVisible(), timeout=SLOW)
    assert fakes.keyring.entries, "the sign-in put its tokens in the keychain"
    click(qtbot, wizard, "accept_permissions_button")
    wait_page(qtbot, wizard, "page_filtering")
    share = find(wizard, "share_button")
    qtbot.waitUntil(share.isEnabled, timeout=SLOW)
    shown = int("".join(ch for ch in share.text().split(" out of ")[0] if ch.isdigit()))  # type: ignore[attr-defined]
    click(qtbot, wizard, "share_button")
    past_platform(qtbot, wizard)
    wait_page(qtbot, wizard, "page_finish")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled(), timeout=SLOW)
    with qtbot.waitSignal(wizard.completed):
        click(qtbot, wizard, "finish_button")
    conn = app.connection()
    assert conn is not None and conn.provider is provider and not app.demo
    assert count_users(app.store) == shown > 0

    window = create_main_window(app, runner, start=False)
    qtbot.addWidget(window)
    status = window.findChild(QLabel, "connection_status_label")
    assert status is not None and "Connected" in status.text()
    with qtbot.waitSignal(window.controller.finished, timeout=SLOW):
        window.controller.sync()  # a later run gets its token silently from the keychain
    assert count_users(app.store) == shown
    app.disconnect()
    assert fakes.keyring.entries == {} and count_users(app.store) == 0
    window.close()
    runner.wait_for_done()
