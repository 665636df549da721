"""The sign-in page (the providers' own buttons, what happens next, the other-device
alternative) and the finish page's summary."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import count_users
from idp_wizard.core.wizard import WizardMode
from idp_wizard.paths import ProfilePaths
from idp_wizard.ui.brand_button import RING, BrandButton
from idp_wizard.ui.panel_texts import local_time
from idp_wizard.ui.theme import dark_palette
from idp_wizard.ui.wizard import SetupWizard
from tests.flows import connect
from tests.ui.helpers import click, find, wait_page
from tests.ui.wizard_support import make_wizard, to_filtering

from .panel_support import open_window


def to_sign_in(qtbot: QtBot, wizard: SetupWizard, provider: str) -> BrandButton:
    click(qtbot, wizard, f"connect_{provider}")
    click(qtbot, wizard, "next_button")
    wait_page(qtbot, wizard, "page_sign_in")
    button = find(wizard, "sign_in_button")
    assert isinstance(button, BrandButton) and button.isVisible()
    return button


def text(root: SetupWizard, name: str) -> str:
    label = find(root, name)
    assert isinstance(label, QLabel)
    return label.text()


@pytest.mark.parametrize(("provider", "words", "mark", "height", "light"), [
    ("entra", "Sign in with Microsoft", "microsoft.svg", 41, ("#ffffff", "#8c8c8c", "#5e5e5e")),
    ("google", "Sign in with Google", "google.svg", 40, ("#ffffff", "#747775", "#1f1f1f")),
])
def test_each_provider_has_its_own_sign_in_button(
        qtbot: QtBot, app: App, provider: str, words: str, mark: str, height: int,
        light: tuple[str, str, str]) -> None:
    wizard = make_wizard(qtbot, app)
    button = to_sign_in(qtbot, wizard, provider)
    assert button.text() == words
    assert button.brand.mark == mark
    assert button.height() == height + 2 * RING  # the brand's height, plus the focus ring
    assert button.width() >= button.sizeHint().width()
    assert tuple(c.name() for c in button.colours()) == light
    assert button.isDefault() and wizard.focusWidget() is button
    # A dark window gets the brand's dark theme.
    button.setPalette(dark_palette())
    dark = {"entra": ("#2f2f2f", "#2f2f2f", "#ffffff"),
            "google": ("#131314", "#8e918f", "#e3e3e3")}[provider]
    assert tuple(c.name() for c in button.colours()) == dark
    assert QColor(dark[0]).lightness() < 64


def test_sign_in_page_says_what_happens_and_offers_another_device(
        qtbot: QtBot, app: App) -> None:
    wizard = make_wizard(qtbot, app)
    to_sign_in(qtbot, wizard, "entra")
    assert text(wizard, "sign_in_how").startswith("Demo mode: the sign-in is simulated.")
    assert text(wizard, "sign_in_role") == (
        "Use an account with the Global Administrator role in Microsoft Entra ID.")
    assert find(wizard, "device_code_section").isVisible()
    assert find(wizard, "device_code_button").isVisible()
    facts = find(wizard, "sign_in_facts")
    assert facts.isVisible()
    labels = facts.labels  # type: ignore[attr-defined]
    assert len(labels) == 3
    assert labels[0].text().startswith("Read-only: IdP Wizard never changes")
    assert find(wizard, "entra_logo").isVisible()
    assert not find(wizard, "sign_in_status").isVisible()  # no waiting state yet


def test_google_has_no_device_code(qtbot: QtBot, app: App) -> None:
    wizard = make_wizard(qtbot, app)
    to_sign_in(qtbot, wizard, "google")
    assert not find(wizard, "device_code_section").isVisible()
    assert text(wizard, "sign_in_role") == (
        "Use a Google Workspace super administrator account.")


def test_real_tenants_hear_about_the_browser(qtbot: QtBot, tmp_path: Path) -> None:
    real = open_app(ProfilePaths(tmp_path / "real", demo=False))
    try:
        wizard = make_wizard(qtbot, real)
        to_sign_in(qtbot, wizard, "google")
        assert text(wizard, "sign_in_how") == (
            "Your web browser opens for the sign-in. Come back here when it says you can "
            "close it.")
    finally:
        real.close()


def test_reauthorize_keeps_the_brand_button(qtbot: QtBot, app: App) -> None:
    connect(app, ProviderName.GOOGLE)
    wizard = make_wizard(qtbot, app, WizardMode.REAUTHORIZE)
    button = find(wizard, "sign_in_button")
    assert isinstance(button, BrandButton) and button.text() == "Sign in with Google"
    facts = find(wizard, "sign_in_facts").labels  # type: ignore[attr-defined]
    assert facts[-1].text() == "The synced users and the user filters stay as they are."


def test_finish_summary_says_what_is_connected_and_where_to_change_it(
        qtbot: QtBot, app: App) -> None:
    wizard = make_wizard(qtbot, app)
    to_filtering(qtbot, wizard, "entra")
    click(qtbot, wizard, "share_button")
    click(qtbot, wizard, "skip_platform_button")
    wait_page(qtbot, wizard, "page_finish")
    assert not find(wizard, "finish_summary").isVisible()  # not while the sync runs
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled())
    assert find(wizard, "finish_summary").isVisible()
    conn = app.connection()
    assert conn is not None
    shared = count_users(app.store)
    assert 0 < shared < conn.directory_users
    assert text(wizard, "summary_provider") == f"Microsoft Entra ID · {conn.tenant}"
    assert text(wizard, "summary_account") == conn.admin_account == "admin@contoso.example"
    assert text(wizard, "summary_shared") == (
        f"{shared} of {conn.directory_users} employees shared")
    assert text(wizard, "summary_platform") == (
        f"Not set up yet: the {shared} shared employees stay in this app until you set "
        "the platform.")
    due = local_time(app.clock() + timedelta(minutes=40))
    assert text(wizard, "summary_next_sync") == f"{due}, then every 40 minutes"
    assert text(wizard, "summary_shared_change") == "Change it: ⋮ menu → Edit user filters"
    assert text(wizard, "summary_account_change") == (
        "Change it: ⋮ menu → Reauthorize connection")
    assert text(wizard, "summary_platform_change") == (
        "Change it: ⋮ menu → Settings → Platform")
    assert "Sync every" in text(wizard, "summary_next_sync_change")
    assert "Disconnect" in text(wizard, "summary_provider_change")


@pytest.mark.platform
def test_finish_summary_counts_the_platform_users(qtbot: QtBot, app: App) -> None:
    wizard = make_wizard(qtbot, app)
    to_filtering(qtbot, wizard, "google")
    click(qtbot, wizard, "share_button")
    wait_page(qtbot, wizard, "page_platform")
    qtbot.waitUntil(lambda: find(wizard, "save_platform_button").isEnabled())
    click(qtbot, wizard, "save_platform_button")
    wait_page(qtbot, wizard, "page_finish")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled(), timeout=20_000)
    shared = count_users(app.store)
    provisioned = app.platform.status().counts.provisioned
    assert provisioned == shared > 0
    target = app.platform.target()
    assert target is not None
    assert text(wizard, "summary_platform") == (
        f"{target.url} (the demo platform inside this app) now holds {provisioned} users")


@pytest.mark.usefixtures("german")
def test_finish_summary_points_to_the_panel_in_german(qtbot: QtBot, connected: App) -> None:
    """The German hint named the "Übersicht" (overview), which is the clients overview
    ("Alle Kunden"), where no "Synchronisieren alle" is: it is on the main window."""
    wizard = make_wizard(qtbot, connected, WizardMode.REAUTHORIZE)
    click(qtbot, wizard, "sign_in_button")
    wait_page(qtbot, wizard, "page_permissions")
    click(qtbot, wizard, "accept_permissions_button")
    wait_page(qtbot, wizard, "page_finish")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled(), timeout=20_000)
    assert text(wizard, "summary_next_sync_change") == (
        "Ändern: „Synchronisieren alle“ im Hauptfenster oder Menü ⋮ → Einstellungen")
    window = open_window(qtbot, connected)
    interval = window.panel.header.interval_spin
    labels = [label for label in window.findChildren(QLabel) if label.buddy() is interval]
    assert [label.text().replace("&", "") for label in labels] == [
        "Synchronisieren alle:"]
