"""The scenes tools/screenshots.py photographs: the panel, the wizard, the clients.

Each scene builds throw-away demo profiles under `data` and hands widgets to `shot`
(which decides what is kept for the variant being made). Where a state only lasts an
instant in the demo (the sign-in waiting for a device code, the first sync running),
the page is put into it directly: this is a tool, not the app.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Protocol

import httpx
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget

from idp_wizard.app import App
from idp_wizard.compose import open_app, open_profile
from idp_wizard.core.auth import DeviceCode, SignInOptions
from idp_wizard.core.connection import ConnectionState, save_filter, set_state
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.progress import CancelToken, Progress
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus, finish_run, start_run
from idp_wizard.core.wizard import Step, WizardMode
from idp_wizard.paths import ProfilePaths
from idp_wizard.providers.api_errors import exhausted_error
from idp_wizard.providers.net_words import network_reason
from idp_wizard.ui.client_session import ClientSession
from idp_wizard.ui.launch import create_main_window
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.tasks import InlineTaskRunner, TaskRunner
from idp_wizard.ui.wizard import SetupWizard
from tests.flows import connect


class Shot(Protocol):
    def __call__(self, widget: QWidget, name: str, wait: bool = True) -> None: ...
WIZARD_SIZE = (1120, 720)  # the offscreen screen is small; a real one fits this


def window_for(app: App) -> MainWindow:
    window = create_main_window(app, InlineTaskRunner(), start=False)
    window.resize(1100, 720)
    return window


def panel_shots(data: Path, shot: Shot) -> None:
    app = open_app(ProfilePaths(data / "connected", demo=True), demo_size=250)
    connect(app, ProviderName.ENTRA)
    app.sync_service().run(trigger="wizard")
    app.demo.simulate_changes(2)
    app.sync_service().run(trigger="schedule")
    window = window_for(app)
    shot(window, "panel")
    window.panel.tabs.setCurrentWidget(window.panel.history)
    shot(window, "history")
    window.panel.tabs.setCurrentIndex(0)
    failed_only_shot(app, window, shot)
    window.confirm_disconnect()
    dialog = window.findChild(QDialog, "disconnect_dialog")
    shot(dialog, "disconnect")
    dialog.reject()
    settings = window.open_settings()  # sized to its groups, within the screen
    shot(settings, "settings")
    settings.reject()

    save_filter(app.store, FilterSpec.from_json(
        {"version": 1, "include": {"departments": ["Sales"]}}))
    app.sync_service().run(trigger="schedule")  # held by the deletion guard
    window.refresh()
    shot(window, "panel_held")
    window.review_removals()
    review = window.findChild(QDialog, "review_removals_dialog")
    shot(review, "review_removals")
    review.reject()
    failed = start_run(app.store, "schedule", "delta")  # and a run that failed
    # The message a real run keeps when Graph stays unreachable (in the shot's language).
    gave_up = exhausted_error("Microsoft Graph", "unavailable", 4,
                              network_reason(httpx.ReadTimeout("no answer")))
    finish_run(app.store, failed, RunStatus.FAILED, error=gave_up.message or str(gave_up))
    window.refresh()
    window.panel.tabs.setCurrentWidget(window.panel.history)
    window.panel.history.chart.setFocus()
    shot(window, "history_attention")
    window.panel.tabs.setCurrentIndex(0)
    window.panel.users.search.setText("zz-nobody")
    window.panel.users.apply_search()
    shot(window, "users_no_results")
    window.close()
    app.close()

    empty = open_app(ProfilePaths(data / "empty", demo=True), demo_size=250)
    window = window_for(empty)
    shot(window, "panel_empty")
    window.panel.tabs.setCurrentWidget(window.panel.history)
    shot(window, "history_empty")
    window.close()
    empty.close()


def failed_only_shot(app: App, window: MainWindow, shot: Shot) -> None:
    """One user refused by the platform (as a 400 naming an attribute is recorded), the
    table filtered to the failed users."""
    model = window.panel.users.model
    someone = model.user_id(3)
    with app.store.transaction() as db:
        db.execute("UPDATE platform_users SET status = 'failed', pending = 'update', "
                   "detail = 'The platform refused the user (400): Attribute ''title'' is "
                   "too long.' WHERE id = ?", [someone])
    window.refresh()
    QTest.qWait(100)
    window.panel.users.failed_only.setChecked(True)
    shot(window, "panel_platform_failed")
    window.panel.users.failed_only.setChecked(False)
    with app.store.transaction() as db:
        db.execute("UPDATE platform_users SET status = 'provisioned', pending = NULL, "
                   "detail = '' WHERE id = ?", [someone])
    window.refresh()


def wizard_shots(data: Path, shot: Shot) -> None:
    """The whole NEW flow (Entra, demo), then "Edit user filters" with its preview."""
    app = open_app(ProfilePaths(data / "wizard", demo=True), demo_size=4800)
    waiting_for_device_code(app, shot)
    runner = InlineTaskRunner()
    wizard = SetupWizard(app, runner)
    wizard.resize(*WIZARD_SIZE)
    wizard.show()
    shot(wizard, "wizard_provider")
    wizard.findChild(QWidget, "connect_entra").click()
    shot(wizard, "wizard_data_options")
    wizard.findChild(QWidget, "next_button").click()
    shot(wizard, "wizard_sign_in")
    wizard.findChild(QWidget, "sign_in_button").click()
    shot(wizard, "wizard_permissions")
    wizard.findChild(QWidget, "accept_permissions_button").click()
    share = wizard.findChild(QWidget, "share_button")
    for _ in range(400):  # the rules sync's result, however slow the machine is today
        if share.isEnabled():
            break
        QTest.qWait(25)
    editor = wizard.pages[Step.FILTERING].editor  # type: ignore[attr-defined]
    editor.include["departments"].set_values(("Sales", "Marketing"))
    editor.setSpec(editor.spec())
    editor.attributes.setCurrentRow(1)
    shot(wizard, "wizard_filtering")
    editor.attributes.setCurrentRow(0)
    shot(wizard, "wizard_filtering_groups")
    editor.attributes.setCurrentRow(editor.attributes.count() - 1)
    editor.people.search.setText("an")
    shot(wizard, "wizard_filtering_people")
    editor.attributes.setCurrentRow(1)
    editor.tabs.setCurrentIndex(1)
    shot(wizard, "wizard_filtering_matching")
    editor.tabs.setCurrentIndex(0)
    editor.setSpec(FilterSpec(include={**FilterSpec().include, "departments": ("Nope",)}))
    shot(wizard, "wizard_filtering_nobody")
    editor.setSpec(FilterSpec(include={**FilterSpec().include, "departments": ("Sales",)}))
    wizard.findChild(QWidget, "share_button").click()
    QTest.qWait(100)
    shot(wizard, "wizard_platform")
    wizard.findChild(QWidget, "test_platform_button").click()
    QTest.qWait(300)
    shot(wizard, "wizard_platform_tested")
    # What "Use this platform" does, done here directly so the first sync's result stays
    # queued: the running state is grabbed before it lands.
    wizard.engine.save_platform(wizard.engine.platform_prefill(), None)
    wizard.next()
    finish = wizard.pages[Step.FINISH]
    finish._progress(Progress("users", 1250))  # type: ignore[attr-defined]
    shot(wizard, "wizard_finish_running", wait=False)  # before the sync's result lands
    QTest.qWait(300)
    shot(wizard, "wizard_finish")
    wizard.accept()

    edit = SetupWizard(app, runner, WizardMode.EDIT_FILTERS)
    edit.resize(*WIZARD_SIZE)
    edit.show()
    QTest.qWait(200)
    page = edit.pages[Step.FILTERING]
    page.editor.setSpec(FilterSpec(include={  # type: ignore[attr-defined]
        **FilterSpec().include, "departments": ("Marketing", "Engineering")}))
    edit.findChild(QWidget, "share_button").click()
    QTest.qWait(300)  # the change preview is planned on the task runner
    preview = page.preview  # type: ignore[attr-defined]
    preview.findChild(QWidget, "show_added_button").click()
    preview.resize(600, 520)
    shot(preview, "filter_change_preview")
    preview.reject()
    edit.reject()
    app.close()


def waiting_for_device_code(app: App, shot: Shot) -> None:
    """The sign-in page while the admin enters a device code on another device: a real
    sign-in task on a worker, held open until it is cancelled."""
    runner = TaskRunner()
    wizard = SetupWizard(app, runner)
    wizard.resize(*WIZARD_SIZE)
    wizard.show()
    wizard.findChild(QWidget, "connect_entra").click()
    wizard.findChild(QWidget, "next_button").click()
    original = app.auth.sign_in

    def waiting(provider: ProviderName, options: SignInOptions, cancel: CancelToken,
                reauthorizing: object = None) -> object:
        if options.show_device_code is not None:
            options.show_device_code(DeviceCode(
                "FQ3K-7WPN", "https://microsoft.com/devicelogin", expires_in=900))
        while not cancel.cancelled:
            time.sleep(0.02)
        cancel.raise_if_cancelled()
        return None

    app.auth.sign_in = waiting  # type: ignore[method-assign]
    try:
        wizard.findChild(QWidget, "device_code_button").click()
        panel = wizard.findChild(QWidget, "device_code_panel")
        for _ in range(200):  # the code arrives from the worker through the event loop
            if panel.isVisible():
                break
            QTest.qWait(25)
        shot(wizard, "wizard_sign_in_waiting")
        wizard.findChild(QWidget, "sign_in_cancel_button").click()
        runner.wait_for_done(10_000)
        QTest.qWait(50)
    finally:
        app.auth.sign_in = original  # type: ignore[method-assign]
    wizard.reject()


def clients_shots(data: Path, shot: Shot) -> None:
    """Several demo clients (each its own tenant): the switcher above the panel, the
    overview with its marks, and the removal's confirmation."""
    profile = open_profile(ProfilePaths(data / "clients", demo=True))
    first = profile.clients()[0]
    profile.rename(first.name, "Contoso")
    plan = [("Contoso", ProviderName.ENTRA), ("Fabrikam", ProviderName.GOOGLE),
            ("Northwind Traders", ProviderName.ENTRA), ("Adventure Works", ProviderName.GOOGLE),
            ("Tailspin Toys", None)]
    for name, provider in plan:
        client = profile.find(name) if name == "Contoso" else profile.add(name)
        if provider is None:
            continue
        app = profile.open(client.id)
        connect(app, provider)
        app.sync_service().run(trigger="wizard")
        if name == "Northwind Traders":  # the directory lost people: held
            save_filter(app.store, FilterSpec.from_json(
                {"version": 1, "include": {"departments": ["Legal"]}}), client.id)
            app.sync_service().run(trigger="schedule")
        if name == "Adventure Works":
            set_state(app.store, ConnectionState.NEEDS_REAUTHORIZATION,
                      "The sign-in was revoked.", client.id)
        app.close()
    app = profile.open(profile.find("Contoso").id)
    window = create_main_window(app, InlineTaskRunner(), start=False,
                                session=ClientSession(profile, app))
    window.resize(1100, 720)
    shot(window, "clients_switcher")
    window.clients.show_overview()
    window.clients.overview.table.selectRow(
        window.clients.overview.model.row_of(profile.find("Fabrikam").id))
    shot(window, "clients_overview")
    window.clients.remove_client(profile.find("Fabrikam").id)
    dialog = window.findChild(QDialog, "remove_client_dialog")
    dialog.findChild(QWidget, "remove_client_confirm_checkbox").setChecked(True)
    shot(dialog, "remove_client")
    dialog.reject()
    window.close()
    app.close()
    profile.close()


GROUPS = {"panel": panel_shots, "wizard": wizard_shots, "clients": clients_shots}
