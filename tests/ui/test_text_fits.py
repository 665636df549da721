"""Nothing is cut off: in the pseudo-locale (the longest texts) and in German, every wizard
page, the panel's states, the settings, the disconnect dialog and the clients overview,
at the windows' own default sizes. Every visible label, button, check box, radio button,
tool button and group box title must have the room its text needs (tests/ui/text_fit.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from idp_wizard import cli_language
from idp_wizard.app import App
from idp_wizard.core.auth import DeviceCode, SignInOptions
from idp_wizard.core.connection import save_filter
from idp_wizard.core.errors import MissingAppRegistration
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.progress import CancelToken
from idp_wizard.core.records import ProviderName
from idp_wizard.core.wizard import Step, WizardMode
from idp_wizard.profile import Profile
from idp_wizard.ui.client_session import ClientSession
from idp_wizard.ui.i18n import install_translators
from idp_wizard.ui.launch import create_main_window
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.tasks import InlineTaskRunner, TaskRunner
from tests.clients.helpers import connected_clients, demo_profile
from tests.ui.helpers import click, find, page_name, set_checked, wait_page
from tests.ui.text_fit import cut_off
from tests.ui.wizard_support import make_wizard

from .panel_support import open_window, wait_idle

pytestmark = pytest.mark.platform  # with a platform target: its lines and dialogs too


@pytest.fixture(params=["pseudo", "de"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in the pseudo-locale or in German; English again afterwards."""
    lang = str(request.param)
    translators = install_translators(qapp, lang)
    assert len(translators) == (1 if lang == "pseudo" else 2)
    cli_language.use(lang)
    try:
        yield lang
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale("en_US"))
        cli_language.use("en")


# The largest window the app opens (the wizard's default size): it fits a 1280 x 800 or
# 1366 x 768 screen. No text may push a window beyond it.
LARGEST = QSize(1120, 720)


class Findings:
    """What each screen cut off, reported together at the end."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot, self.found = qtbot, []  # type: list[str]

    def check(self, root: QWidget, screen: str) -> None:
        self.qtbot.waitExposed(root)
        for _ in range(3):  # pending layout requests, and those their layouts post
            QCoreApplication.sendPostedEvents()
        self.found += cut_off(root, screen)
        size = root.size()
        if size.width() > LARGEST.width() or size.height() > LARGEST.height():
            self.found.append(f"{screen}: the window is {size.width()} x {size.height()}, "
                              f"larger than {LARGEST.width()} x {LARGEST.height()}")

    def assert_none(self) -> None:
        assert not self.found, f"{len(self.found)} cut off:\n" + "\n".join(self.found)


@pytest.fixture
def findings(qtbot: QtBot) -> Findings:
    return Findings(qtbot)


@pytest.mark.usefixtures("language")
@pytest.mark.parametrize("provider", ["entra", "google"])
def test_the_connect_flow_fits(qtbot: QtBot, app: App, findings: Findings,
                               provider: str) -> None:
    wizard = make_wizard(qtbot, app)
    findings.check(wizard, "provider page")
    click(qtbot, wizard, f"connect_{provider}")
    wait_page(qtbot, wizard, "page_data_options")
    findings.check(wizard, "data options")
    click(qtbot, wizard, "next_button")
    wait_page(qtbot, wizard, "page_sign_in")
    findings.check(wizard, "sign-in")
    click(qtbot, wizard, "sign_in_button")
    wait_page(qtbot, wizard, "page_permissions")
    findings.check(wizard, "permissions")
    click(qtbot, wizard, "accept_permissions_button")
    wait_page(qtbot, wizard, "page_filtering")
    qtbot.waitUntil(lambda: find(wizard, "share_button").isEnabled())
    findings.check(wizard, "filtering")
    editor = wizard.pages[Step.FILTERING].editor  # type: ignore[attr-defined]
    editor.attributes.setCurrentRow(editor.attributes.count() - 1)
    findings.check(wizard, "filtering: people")
    editor.tabs.setCurrentIndex(1)
    findings.check(wizard, "filtering: matching employees")
    editor.tabs.setCurrentIndex(0)
    click(qtbot, wizard, "share_button")
    wait_page(qtbot, wizard, "page_platform")
    findings.check(wizard, "platform")
    click(qtbot, wizard, "test_platform_button")
    qtbot.waitUntil(lambda: find(wizard, "save_platform_button").isEnabled(), timeout=10_000)
    findings.check(wizard, "platform tested")
    click(qtbot, wizard, "save_platform_button")
    wait_page(qtbot, wizard, "page_finish")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled(), timeout=20_000)
    findings.check(wizard, "finish summary")
    findings.assert_none()


@pytest.mark.usefixtures("language")
def test_the_sign_in_states_fit(qtbot: QtBot, app: App, findings: Findings,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Waiting for a device code on another device, then a missing app registration
    (its steps and its form)."""
    def waiting(provider: ProviderName, options: SignInOptions, cancel: CancelToken,
                reauthorizing: object = None) -> object:
        if options.show_device_code is not None:
            options.show_device_code(DeviceCode(
                "FQ3K-7WPN", "https://microsoft.com/devicelogin", expires_in=900))
        while not cancel.wait(0.01):
            pass
        cancel.raise_if_cancelled()
        return None
    monkeypatch.setattr(app.auth, "sign_in", waiting)
    runner = TaskRunner()
    wizard = make_wizard(qtbot, app, runner=runner)
    click(qtbot, wizard, "connect_entra")
    click(qtbot, wizard, "next_button")
    try:
        click(qtbot, wizard, "device_code_button")
        qtbot.waitUntil(find(wizard, "device_code_panel").isVisible)
        findings.check(wizard, "sign-in waiting for the device code")
        click(qtbot, wizard, "sign_in_cancel_button")
        qtbot.waitUntil(find(wizard, "sign_in_info").isVisible, timeout=10_000)
    finally:
        runner.wait_for_done(10_000)
    findings.check(wizard, "sign-in cancelled")

    def missing(*_: object, **__: object) -> None:
        raise MissingAppRegistration("No Entra app registration is configured yet.")
    monkeypatch.setattr(app.auth, "sign_in", missing)
    click(qtbot, wizard, "sign_in_button")
    qtbot.waitUntil(find(wizard, "app_registration_form").isVisible, timeout=10_000)
    findings.check(wizard, "sign-in without an app registration")
    findings.assert_none()


@pytest.mark.usefixtures("language")
def test_the_other_wizard_flows_fit(qtbot: QtBot, connected: App,
                                    findings: Findings) -> None:
    """Edit user filters (with its change preview) and Reauthorize."""
    wizard = make_wizard(qtbot, connected, WizardMode.EDIT_FILTERS)
    qtbot.waitUntil(lambda: find(wizard, "share_button").isEnabled())
    findings.check(wizard, "edit user filters")
    set_checked(wizard, "include_departments_list", "Sales")
    click(qtbot, wizard, "share_button")
    qtbot.waitUntil(lambda: wizard.findChild(QWidget, "change_preview_dialog") is not None)
    preview = find(wizard, "change_preview_dialog")
    qtbot.waitUntil(preview.isVisible)
    findings.check(preview, "change preview")
    assert isinstance(preview, QDialog)
    preview.reject()
    wizard.reject()
    wizard = make_wizard(qtbot, connected, WizardMode.REAUTHORIZE)
    assert page_name(wizard) == "page_sign_in"
    findings.check(wizard, "reauthorize")
    wizard.reject()
    findings.assert_none()


def _dialog(window: MainWindow, name: str) -> QDialog:
    dialog = window.findChild(QDialog, name)
    assert dialog is not None, f"no dialog {name}"
    return dialog


def check_panel(qtbot: QtBot, findings: Findings, window: MainWindow, what: str) -> None:
    """The panel's users tab, then its history tab."""
    window.show()
    wait_idle(qtbot, window)
    findings.check(window, what)
    window.panel.tabs.setCurrentWidget(window.panel.history)
    findings.check(window, f"{what}: history")
    window.panel.tabs.setCurrentIndex(0)


@pytest.mark.usefixtures("language")
def test_the_panel_and_its_dialogs_fit(qtbot: QtBot, connected: App,
                                       findings: Findings) -> None:
    app = connected
    window = open_window(qtbot, app)
    check_panel(qtbot, findings, window, "panel")
    window.confirm_disconnect()
    dialog = _dialog(window, "disconnect_dialog")
    findings.check(dialog, "disconnect dialog")
    dialog.reject()
    settings = window.open_settings()
    findings.check(settings, "settings")
    settings.reject()
    save_filter(app.store, FilterSpec.from_json(
        {"version": 1, "include": {"departments": ["Sales"]}}))
    assert app.sync_service().run(trigger="schedule").status == "held"
    window.refresh()
    check_panel(qtbot, findings, window, "panel with held removals")
    window.review_removals()
    review = _dialog(window, "review_removals_dialog")
    findings.check(review, "review removals")
    review.reject()
    window.close()
    findings.assert_none()


@pytest.mark.usefixtures("language")
def test_the_unconnected_panel_fits(qtbot: QtBot, app: App, findings: Findings) -> None:
    window = open_window(qtbot, app)
    check_panel(qtbot, findings, window, "unconnected panel")
    window.close()
    findings.assert_none()


@pytest.fixture
def clients(data_dir: Path) -> Iterator[Profile]:
    """Two connected, synced demo clients."""
    profile = demo_profile(data_dir, demo_size=40)
    connected_clients(profile, 2)
    yield profile
    profile.close()


@pytest.mark.usefixtures("language")
def test_the_clients_overview_fits(qtbot: QtBot, clients: Profile,
                                   findings: Findings) -> None:
    app = clients.open(clients.clients()[0].id)
    window = create_main_window(app, InlineTaskRunner(), start=False,
                                session=ClientSession(clients, app))
    qtbot.addWidget(window)
    check_panel(qtbot, findings, window, "panel with the client switcher")
    window.clients.show_overview()
    findings.check(window, "clients overview")
    window.close()
    findings.assert_none()
