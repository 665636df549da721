"""Shared set-up for the wizard tests: a demo profile, a shown wizard, the way to the
filtering step."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.wizard import WizardMode
from idp_wizard.ui.tasks import InlineTaskRunner, TaskRunner
from idp_wizard.ui.wizard import SetupWizard
from tests.ui.helpers import click, find, page_name, set_checked, wait_page


def make_wizard(qtbot: QtBot, app: App, mode: WizardMode = WizardMode.NEW,
                runner: TaskRunner | None = None) -> SetupWizard:
    wizard = SetupWizard(app, runner or InlineTaskRunner(), mode)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def to_permissions(qtbot: QtBot, wizard: SetupWizard, provider: str) -> None:
    """From the provider page to the permissions asked for, signed in."""
    assert page_name(wizard) == "page_provider"
    click(qtbot, wizard, f"connect_{provider}")
    wait_page(qtbot, wizard, "page_data_options")
    click(qtbot, wizard, "next_button")
    wait_page(qtbot, wizard, "page_sign_in")
    click(qtbot, wizard, "sign_in_button")
    wait_page(qtbot, wizard, "page_permissions")


def to_filtering(qtbot: QtBot, wizard: SetupWizard, provider: str) -> None:
    """From the provider page to the criteria, ready to share."""
    to_permissions(qtbot, wizard, provider)
    click(qtbot, wizard, "accept_permissions_button")
    wait_page(qtbot, wizard, "page_filtering")
    qtbot.waitUntil(lambda: find(wizard, "share_button").isEnabled())


def change_filter_and_confirm(qtbot: QtBot, wizard: SetupWizard, department: str) -> None:
    """Edit user filters: include one department, share, confirm the preview."""
    set_checked(wizard, "include_departments_list", department)
    click(qtbot, wizard, "share_button")
    qtbot.waitUntil(lambda: wizard.findChild(QWidget, "change_preview_dialog") is not None)
    dialog = find(wizard, "change_preview_dialog")
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog, "confirm_changes_button")
    wait_page(qtbot, wizard, "page_finish")
