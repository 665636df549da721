"""The setup wizard, walked end to end in demo mode by object names only."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.connection import ConnectionState, load_filter
from idp_wizard.core.errors import IdpWizardError, MissingAppRegistration
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import last_finished_run
from idp_wizard.core.users import count_users
from idp_wizard.core.wizard import WizardMode
from idp_wizard.ui.filter_editor import FilterEditor, share_text
from idp_wizard.ui.tasks import InlineTaskRunner
from idp_wizard.ui.wizard import SetupWizard
from idp_wizard.ui.wizard.preview_dialog import ChangePreviewDialog
from tests.flows import connect
from tests.ui.helpers import click, find, page_name, past_platform, set_checked, wait_page
from tests.ui.wizard_support import to_filtering

SHARE = re.compile(r"^Share [\d,.\u00a0\u202f]+ out of [\d,.\u00a0\u202f]+ employees$")



@pytest.fixture
def abandoned(app: App, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    calls: list[object] = []
    original = app.auth.forget

    def record(conn: object) -> str:  # spies on the engine's roll-back of a sign-in
        calls.append(conn)
        return original(conn)  # type: ignore[arg-type]
    monkeypatch.setattr(app.auth, "forget", record)
    return calls


def make(qtbot: QtBot, app: App, mode: WizardMode = WizardMode.NEW) -> SetupWizard:
    wizard = SetupWizard(app, InlineTaskRunner(), mode)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def editor_of(wizard: SetupWizard) -> FilterEditor:
    editor = find(wizard, "filter_editor")
    assert isinstance(editor, FilterEditor)
    return editor


def share_button(wizard: SetupWizard) -> QPushButton:
    button = find(wizard, "share_button")
    assert isinstance(button, QPushButton)
    return button


def finish(qtbot: QtBot, wizard: SetupWizard) -> None:
    past_platform(qtbot, wizard)
    wait_page(qtbot, wizard, "page_finish")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled())
    with qtbot.waitSignal(wizard.completed):
        click(qtbot, wizard, "finish_button")


@pytest.mark.parametrize("provider", ["entra", "google"])
def test_whole_wizard(qtbot: QtBot, app: App, provider: str) -> None:
    wizard = make(qtbot, app)
    to_filtering(qtbot, wizard, provider)
    editor = editor_of(wizard)
    session = editor.session()
    assert session is not None

    button = share_button(wizard)
    assert SHARE.match(button.text())
    assert button.text() == share_text(session.count(FilterSpec.default()), session.total)

    set_checked(wizard, "include_departments_list", "Sales")
    set_checked(wizard, "include_departments_list", "Engineering")
    set_checked(wizard, "exclude_locations_list", "Berlin")
    qtbot.mouseClick(find(wizard, "include_guests_checkbox"), Qt.MouseButton.LeftButton)
    spec = editor.spec()
    assert spec.include["departments"] == ("Sales", "Engineering")
    assert spec.exclude["locations"] == ("Berlin",) and spec.include_guests
    expected = session.count(spec)
    assert 0 < expected < session.total
    assert button.text() == share_text(expected, session.total)
    assert SHARE.match(button.text()) and button.isEnabled()

    # A filter matching nobody disables Share and says why.
    set_checked(wizard, "exclude_departments_list", "Sales")
    set_checked(wizard, "exclude_departments_list", "Engineering")
    status = find(wizard, "filter_status")
    assert isinstance(status, QLabel)
    assert not button.isEnabled() and status.isVisible()
    assert status.text().startswith("No employee matches these criteria: ")
    assert button.text() == share_text(0, session.total)
    find(wizard, "exclude_departments_clear").click()
    assert button.isEnabled() and not status.isVisible()
    assert button.text() == share_text(expected, session.total)

    click(qtbot, wizard, "share_button")
    finish(qtbot, wizard)
    conn = app.connection()
    assert conn is not None and conn.provider is ProviderName(provider)
    assert conn.state is ConnectionState.CONNECTED
    assert count_users(app.store) == expected
    assert load_filter(app.store) == spec
    assert conn.settings["synced_data"][:2] == ["profile", "email"]


def test_enter_in_a_search_field_does_not_share(qtbot: QtBot, app: App) -> None:
    wizard = make(qtbot, app)
    to_filtering(qtbot, wizard, "entra")
    search = find(wizard, "include_groups_search")
    search.setFocus()
    qtbot.keyClicks(search, "All")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert page_name(wizard) == "page_filtering" and app.connection() is None


def test_page_buttons_are_defaults(qtbot: QtBot, app: App) -> None:
    wizard = make(qtbot, app)
    click(qtbot, wizard, "connect_entra")
    assert find(wizard, "next_button").isDefault()  # type: ignore[attr-defined]
    click(qtbot, wizard, "next_button")
    assert find(wizard, "sign_in_button").isDefault()  # type: ignore[attr-defined]
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # Enter signs in
    wait_page(qtbot, wizard, "page_permissions")
    assert find(wizard, "accept_permissions_button").isDefault()  # type: ignore[attr-defined]


def test_no_back_or_cancel_after_share(qtbot: QtBot, app: App) -> None:
    wizard = make(qtbot, app)
    to_filtering(qtbot, wizard, "entra")
    assert find(wizard, "back_button").isVisible()
    click(qtbot, wizard, "share_button")
    wait_page(qtbot, wizard, "page_platform")
    assert not find(wizard, "back_button").isVisible()
    assert not find(wizard, "cancel_button").isVisible()
    past_platform(qtbot, wizard)
    wait_page(qtbot, wizard, "page_finish")
    assert not find(wizard, "back_button").isVisible()
    assert not find(wizard, "cancel_button").isVisible()
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled())
    assert "Completed" in find(wizard, "finish_heading").text()  # type: ignore[attr-defined]


@pytest.mark.parametrize("where", ["page_sign_in", "page_permissions", "page_filtering"])
def test_cancel_before_share_leaves_no_connection(
        qtbot: QtBot, app: App, abandoned: list[object], where: str) -> None:
    wizard = make(qtbot, app)
    click(qtbot, wizard, "connect_google")
    click(qtbot, wizard, "next_button")
    if where != "page_sign_in":
        click(qtbot, wizard, "sign_in_button")
        wait_page(qtbot, wizard, "page_permissions")
    if where == "page_filtering":
        click(qtbot, wizard, "accept_permissions_button")
        wait_page(qtbot, wizard, "page_filtering")
        qtbot.waitUntil(lambda: share_button(wizard).isEnabled())
    assert page_name(wizard) == where
    with qtbot.assertNotEmitted(wizard.completed):
        click(qtbot, wizard, "cancel_button")
    assert not wizard.isVisible()
    assert app.connection() is None
    assert len(abandoned) == (0 if where == "page_sign_in" else 1)


def test_cancel_while_a_task_runs_asks_and_cancels_it(
        qtbot: QtBot, app: App, abandoned: list[object]) -> None:
    wizard = make(qtbot, app)
    questions: list[str] = []
    wizard.confirm = lambda q: questions.append(q) or False  # first: "no, keep going"
    click(qtbot, wizard, "connect_entra")
    click(qtbot, wizard, "next_button")
    click(qtbot, wizard, "sign_in_button")
    wait_page(qtbot, wizard, "page_permissions")
    click(qtbot, wizard, "accept_permissions_button")
    assert wizard.ctx.busy  # the rules sync's result has not arrived yet
    wizard.reject()
    assert questions and wizard.isVisible()
    wizard.confirm = lambda q: True
    wizard.reject()
    assert not wizard.isVisible() and app.connection() is None and len(abandoned) == 1


def test_back_from_permissions_discards_the_sign_in(
        qtbot: QtBot, app: App, abandoned: list[object]) -> None:
    wizard = make(qtbot, app)
    click(qtbot, wizard, "connect_entra")
    click(qtbot, wizard, "next_button")
    click(qtbot, wizard, "sign_in_button")
    wait_page(qtbot, wizard, "page_permissions")
    click(qtbot, wizard, "back_button")
    assert page_name(wizard) == "page_sign_in"
    assert wizard.data.connection is None and len(abandoned) == 1
    click(qtbot, wizard, "sign_in_button")  # signing in again works
    wait_page(qtbot, wizard, "page_permissions")


def test_provider_page_blocks_a_second_provider(qtbot: QtBot, app: App) -> None:
    connect(app, ProviderName.ENTRA)
    wizard = make(qtbot, app)
    assert not find(wizard, "connect_google").isEnabled()
    reason = find(wizard, "provider_blocked_reason")
    assert reason.isVisible()
    assert "Microsoft Entra ID is already connected" in reason.text()  # type: ignore[attr-defined]


def test_sign_in_errors_are_one_sentence_inline(
        qtbot: QtBot, app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object, **__: object) -> None:
        raise IdpWizardError("The account is not a Global Administrator.\nDetails: 42")
    monkeypatch.setattr(app.auth, "sign_in", fail)
    wizard = make(qtbot, app)
    click(qtbot, wizard, "connect_entra")
    click(qtbot, wizard, "next_button")
    click(qtbot, wizard, "sign_in_button")
    error = find(wizard, "sign_in_error")
    qtbot.waitUntil(error.isVisible)
    assert error.text() == "The account is not a Global Administrator."  # type: ignore[attr-defined]
    assert page_name(wizard) == "page_sign_in" and find(wizard, "sign_in_button").isEnabled()
    assert wizard.focusWidget() is find(wizard, "sign_in_button")  # to try again
    assert not find(wizard, "app_registration_help").isVisible()

    def missing(*_: object, **__: object) -> None:
        raise MissingAppRegistration("No Entra app registration is configured yet.")
    monkeypatch.setattr(app.auth, "sign_in", missing)
    click(qtbot, wizard, "sign_in_button")
    qtbot.waitUntil(find(wizard, "app_registration_help").isVisible)
    assert "App registrations" in find(wizard, "app_registration_help").text()  # type: ignore[attr-defined]
    assert find(wizard, "app_registration_form").isVisible()  # the steps come with the form
    assert wizard.focusWidget() is find(wizard, "entra_client_id")  # what to enter first


def test_entered_app_registration_is_used_for_sign_in(
        qtbot: QtBot, app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []

    def sign_in(provider: ProviderName, options: object, cancel: object,
                reauthorizing: object = None) -> object:
        seen.append(options)
        raise MissingAppRegistration("No Entra app registration is configured yet.")
    monkeypatch.setattr(app.auth, "sign_in", sign_in)
    wizard = make(qtbot, app)
    click(qtbot, wizard, "connect_entra")
    click(qtbot, wizard, "next_button")
    click(qtbot, wizard, "sign_in_button")
    qtbot.waitUntil(find(wizard, "app_registration_form").isVisible)
    find(wizard, "entra_client_id").setText(" 11111111-2222-3333-4444-555555555555 ")  # type: ignore[attr-defined]
    find(wizard, "entra_tenant").setText("contoso.example")  # type: ignore[attr-defined]
    click(qtbot, wizard, "sign_in_button")
    qtbot.waitUntil(lambda: len(seen) == 2)
    options = seen[1]
    assert options.client_id == "11111111-2222-3333-4444-555555555555"  # type: ignore[attr-defined]
    assert (options.tenant, options.cloud) == ("contoso.example", "global")  # type: ignore[attr-defined]


def test_device_code_sign_in_runs_through_the_engine(qtbot: QtBot, app: App) -> None:
    wizard = make(qtbot, app)
    click(qtbot, wizard, "connect_entra")
    click(qtbot, wizard, "next_button")
    shown: list[str] = []
    wizard.ctx.runner.submit = _recording_submit(wizard, shown)  # type: ignore[method-assign]
    click(qtbot, wizard, "device_code_button")
    wait_page(qtbot, wizard, "page_permissions")
    assert any("DEMO-CODE" in text or "device code" in text for text in shown)
    assert wizard.data.connection is not None and app.connection() is None  # not saved yet


def _recording_submit(wizard: SetupWizard, shown: list[str]) -> object:
    """Records the progress messages (the device code) the sign-in sends the page."""
    submit = type(wizard.ctx.runner).submit

    def run(name: str, fn: object) -> object:
        handle = submit(wizard.ctx.runner, name, fn)  # type: ignore[arg-type]
        handle.progressed.connect(lambda p: shown.append(str(p.message)))
        return handle
    return run


def test_failed_first_sync_offers_retry_and_keeps_the_connection(
        qtbot: QtBot, app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    wizard = make(qtbot, app)
    to_filtering(qtbot, wizard, "entra")
    real = app.sync_service

    def broken() -> object:
        raise IdpWizardError("Microsoft Graph did not answer in time.")
    monkeypatch.setattr(app, "sync_service", broken)
    click(qtbot, wizard, "share_button")
    past_platform(qtbot, wizard)
    wait_page(qtbot, wizard, "page_finish")
    qtbot.waitUntil(find(wizard, "retry_button").isVisible)
    assert find(wizard, "finish_error").text().startswith(  # type: ignore[attr-defined]
        "Microsoft Graph did not answer in time.")
    assert app.connection() is not None
    monkeypatch.setattr(app, "sync_service", real)
    click(qtbot, wizard, "retry_button")
    qtbot.waitUntil(lambda: "Completed" in find(wizard, "finish_heading").text())  # type: ignore[attr-defined]
    finish(qtbot, wizard)
    assert count_users(app.store) > 0


def test_edit_filters_preview_matches_the_sync(qtbot: QtBot, app: App) -> None:
    connect(app, ProviderName.GOOGLE)
    app.sync_service().run(trigger="test")
    before = count_users(app.store)
    wizard = make(qtbot, app, WizardMode.EDIT_FILTERS)
    assert page_name(wizard) == "page_filtering"
    assert not find(wizard, "back_button").isVisible()
    qtbot.waitUntil(lambda: share_button(wizard).isEnabled())
    editor = editor_of(wizard)
    assert editor.spec() == FilterSpec.default()  # starts from the saved filter
    set_checked(wizard, "include_departments_list", "Sales")
    set_checked(wizard, "include_departments_list", "Marketing")
    spec = editor.spec()
    session = editor.session()
    assert session is not None
    expected = session.count(spec)
    click(qtbot, wizard, "share_button")  # the preview is planned on a worker
    qtbot.waitUntil(
        lambda: wizard.findChild(ChangePreviewDialog, "change_preview_dialog") is not None)
    dialog = wizard.findChild(ChangePreviewDialog, "change_preview_dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    plan = dialog.plan
    added, removed = len(plan.adds), len(plan.removals)
    assert removed > 0
    headline = find(dialog, "change_preview_headline").text()  # type: ignore[attr-defined]
    lines = [f"{added:,} employees will be added."] if added else []
    lines.append(f"{removed:,} employees will be removed.")
    assert headline == "\n".join(lines)
    assert find(dialog, "confirm_changes_button").text() == (  # type: ignore[attr-defined]
        f"A&pply and remove {removed:,} employees")
    assert find(dialog, "removed_list").count() == removed  # type: ignore[attr-defined]
    click(qtbot, dialog, "confirm_changes_button")
    finish(qtbot, wizard)
    run = last_finished_run(app.store)
    assert run is not None and run.status == "succeeded"
    assert (run.added, run.removed) == (added, removed)
    assert count_users(app.store) == expected == before + added - removed
    assert load_filter(app.store) == spec
    conn = app.connection()
    assert conn is not None and conn.provider is ProviderName.GOOGLE


def test_edit_filters_cancel_keeps_everything(qtbot: QtBot, app: App,
                                              abandoned: list[object]) -> None:
    connect(app, ProviderName.ENTRA)
    app.sync_service().run(trigger="test")
    before = count_users(app.store)
    wizard = make(qtbot, app, WizardMode.EDIT_FILTERS)
    qtbot.waitUntil(lambda: share_button(wizard).isEnabled())
    set_checked(wizard, "include_departments_list", "Sales")
    click(qtbot, wizard, "share_button")
    qtbot.waitUntil(lambda: wizard.findChild(QWidget, "change_preview_dialog") is not None)
    dialog = wizard.findChild(QWidget, "change_preview_dialog")
    click(qtbot, dialog, "cancel_changes_button")
    assert page_name(wizard) == "page_filtering"
    click(qtbot, wizard, "cancel_button")
    assert app.connection() is not None and count_users(app.store) == before
    assert load_filter(app.store) == FilterSpec.default() and not abandoned


def test_reauthorize_in_demo_mode(qtbot: QtBot, app: App) -> None:
    connect(app, ProviderName.ENTRA)
    wizard = make(qtbot, app, WizardMode.REAUTHORIZE)
    assert page_name(wizard) == "page_sign_in"
    click(qtbot, wizard, "sign_in_button")
    wait_page(qtbot, wizard, "page_permissions")
    click(qtbot, wizard, "accept_permissions_button")
    finish(qtbot, wizard)
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.CONNECTED
    assert count_users(app.store) > 0


def test_object_names_of_the_wizard(qtbot: QtBot, app: App) -> None:
    wizard = make(qtbot, app)
    assert wizard.objectName() == "wizard"
    names = {"next_button", "back_button", "finish_button", "cancel_button",
             "page_provider", "page_data_options", "page_sign_in", "page_permissions",
             "page_filtering", "page_finish", "connect_entra", "connect_google",
             "sign_in_button", "accept_permissions_button", "share_button"}
    for name in names:
        find(wizard, name)
