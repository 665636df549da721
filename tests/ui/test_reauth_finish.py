"""Reauthorize connection ends on a page that says so in every outcome. Before, only a
success was headed "Reauthorization: Completed": the page's title stayed "Employee
Filtering" ("The chosen employees are now shared with the platform."), and a sync that
failed or was held after the new sign-in was headed "Employee Filtering: Not finished" /
"...: Waiting for your confirmation" although the admin had filtered nothing."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.connection import save_filter
from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.wizard import WizardMode
from idp_wizard.ui.wizard import SetupWizard
from tests.ui.helpers import click, find, wait_page
from tests.ui.wizard_support import change_filter_and_confirm, make_wizard


def _reauthorize(qtbot: QtBot, app: App) -> tuple[SetupWizard, str]:
    """Sign in again and accept: (the wizard, the finish page's heading once the sync
    after the sign-in has ended)."""
    wizard = make_wizard(qtbot, app, WizardMode.REAUTHORIZE)
    click(qtbot, wizard, "sign_in_button")
    wait_page(qtbot, wizard, "page_permissions")
    click(qtbot, wizard, "accept_permissions_button")
    wait_page(qtbot, wizard, "page_finish")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled(), timeout=20_000)
    heading = find(wizard, "finish_heading")
    return wizard, heading.text()  # type: ignore[attr-defined]


def _titles(wizard: SetupWizard) -> tuple[str, str]:
    page = wizard.currentPage()
    return page.title(), page.subTitle()


REAUTH_TITLES = ("Reauthorization",
                 "The connection is authorized again; the synced users are brought up to "
                 "date.")


def test_a_reauthorization_is_titled_as_one(qtbot: QtBot, connected: App) -> None:
    wizard, heading = _reauthorize(qtbot, connected)
    assert heading == "Reauthorization: Completed"
    assert _titles(wizard) == REAUTH_TITLES


def test_a_failed_sync_after_reauthorizing_says_the_sign_in_is_saved(
        qtbot: QtBot, connected: App, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise IdpWizardError("Microsoft Graph did not answer in time.")
    monkeypatch.setattr(connected, "sync_service", broken)
    wizard, heading = _reauthorize(qtbot, connected)
    assert heading == "Reauthorization: Saved, the sync did not finish"
    assert _titles(wizard) == REAUTH_TITLES
    assert find(wizard, "retry_button").isVisible()


def test_a_held_sync_after_reauthorizing(qtbot: QtBot, connected: App) -> None:
    save_filter(connected.store, FilterSpec.from_json(
        {"version": 1, "include": {"departments": ["Sales"]}}))
    wizard, heading = _reauthorize(qtbot, connected)
    assert heading == "Reauthorization: Waiting for your confirmation"
    assert _titles(wizard) == REAUTH_TITLES


@pytest.mark.usefixtures("german")
def test_a_failed_sync_after_reauthorizing_in_german(
        qtbot: QtBot, connected: App, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise IdpWizardError("Microsoft Graph did not answer in time.")
    monkeypatch.setattr(connected, "sync_service", broken)
    wizard, heading = _reauthorize(qtbot, connected)
    assert heading == ("Erneute Autorisierung: Gespeichert, die Synchronisierung ist "
                       "nicht abgeschlossen")
    assert _titles(wizard) == (
        "Erneute Autorisierung",
        "Die Verbindung ist wieder autorisiert; die synchronisierten Benutzer werden "
        "aktualisiert.")


def test_edit_user_filters_keeps_its_title(qtbot: QtBot, connected: App) -> None:
    """The other flows end under "Employee Filtering", as before."""
    wizard = make_wizard(qtbot, connected, WizardMode.EDIT_FILTERS)
    qtbot.waitUntil(lambda: find(wizard, "share_button").isEnabled())
    change_filter_and_confirm(qtbot, wizard, "Engineering")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled(), timeout=20_000)
    assert find(wizard, "finish_heading").text() == (  # type: ignore[attr-defined]
        "Employee Filtering: Completed")
    assert _titles(wizard) == ("Employee Filtering",
                               "The chosen employees are now shared with the platform.")



def test_the_sync_after_reauthorizing_is_not_called_sharing(
        qtbot: QtBot, connected: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """The heading while the sync after the sign-in runs (read from inside the sync:
    the test's task runner runs it at once)."""
    seen: list[str] = []
    wizard = make_wizard(qtbot, connected, WizardMode.REAUTHORIZE)
    service = connected.sync_service

    def watched() -> object:
        seen.append(find(wizard, "finish_heading").text())  # type: ignore[attr-defined]
        return service()
    monkeypatch.setattr(connected, "sync_service", watched)
    click(qtbot, wizard, "sign_in_button")
    wait_page(qtbot, wizard, "page_permissions")
    click(qtbot, wizard, "accept_permissions_button")
    wait_page(qtbot, wizard, "page_finish")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled(), timeout=20_000)
    assert seen == ["Bringing the synced users up to date…"]


def test_the_filtering_subtitle_says_how_it_ended(
        qtbot: QtBot, connected: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """It said "The chosen employees are now shared with the platform." above "Not
    finished" and "Waiting for your confirmation" too."""
    wizard = make_wizard(qtbot, connected, WizardMode.EDIT_FILTERS)
    qtbot.waitUntil(lambda: find(wizard, "share_button").isEnabled())

    def broken() -> object:
        raise IdpWizardError("Microsoft Graph did not answer in time.")
    monkeypatch.setattr(connected, "sync_service", broken)
    change_filter_and_confirm(qtbot, wizard, "Engineering")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled(), timeout=20_000)
    assert find(wizard, "finish_heading").text() == (  # type: ignore[attr-defined]
        "Employee Filtering: Not finished")
    assert _titles(wizard) == ("Employee Filtering",
                               "The chosen employees are not shared yet.")
    # A held sync (its outcome handed to the page as the sync would): nothing new shared.
    from idp_wizard.core.messages import msg
    from idp_wizard.core.outcome import SyncOutcome

    page = wizard.currentPage()
    page._done(SyncOutcome("held", None, "full", message=msg(  # type: ignore[attr-defined]
        "This sync would remove 3 of 4 synced users.")))
    assert _titles(wizard) == ("Employee Filtering",
                               "Nothing changes until you confirm the removals.")
