"""Made as small as it allows, in German (the longest real language), a window still
shows every text whole: the wizard's pages, the review of held removals, the settings.

Before, wrapped labels let the wizard shrink to about 300 x 180 (its pages on top of
each other), the removals' explanation was cut to two lines and the settings could be
made one line high.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.connection import save_filter
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.ui.settings_dialog import LEAST_HEIGHT
from idp_wizard.ui.wizard.setup_wizard import MINIMUM
from tests.ui.helpers import click, find, wait_page
from tests.ui.text_fit import cut_off
from tests.ui.wizard_support import make_wizard

from .panel_support import open_window, wait_idle

pytestmark = [pytest.mark.usefixtures("german"), pytest.mark.platform]


def smallest(qtbot: QtBot, window: QWidget, screen: str) -> list[str]:
    """`window` at the smallest size it accepts: what it cuts off."""
    qtbot.waitExposed(window)
    window.resize(QSize(1, 1))  # clamped to its minimum, as a drag of its corner is
    for _ in range(3):  # pending layout requests, and those their layouts post
        QCoreApplication.sendPostedEvents()
    qtbot.wait(20)
    least = window.minimumSize().expandedTo(window.minimumSizeHint())
    assert window.size() == least, f"{screen}: {window.size()} is not its minimum {least}"
    return cut_off(window, f"{screen} at {least.width()} x {least.height()}")


def test_the_wizard_pages_fit_at_the_wizards_minimum(qtbot: QtBot, app: App) -> None:
    wizard = make_wizard(qtbot, app)
    screen = wizard.screen().availableGeometry()
    assert (wizard.minimumWidth(), wizard.minimumHeight()) == (
        min(MINIMUM[0], int(screen.width() * 0.95)),
        min(MINIMUM[1], int(screen.height() * 0.9)))
    found = smallest(qtbot, wizard, "provider")
    click(qtbot, wizard, "connect_entra")
    wait_page(qtbot, wizard, "page_data_options")
    found += smallest(qtbot, wizard, "data options")
    click(qtbot, wizard, "next_button")
    wait_page(qtbot, wizard, "page_sign_in")
    found += smallest(qtbot, wizard, "sign-in")
    click(qtbot, wizard, "sign_in_button")
    wait_page(qtbot, wizard, "page_permissions")
    found += smallest(qtbot, wizard, "permissions")
    click(qtbot, wizard, "accept_permissions_button")
    wait_page(qtbot, wizard, "page_filtering")
    qtbot.waitUntil(lambda: find(wizard, "share_button").isEnabled())
    click(qtbot, wizard, "share_button")
    wait_page(qtbot, wizard, "page_platform")
    click(qtbot, wizard, "test_platform_button")
    qtbot.waitUntil(lambda: find(wizard, "save_platform_button").isEnabled(), timeout=10_000)
    found += smallest(qtbot, wizard, "platform tested")
    click(qtbot, wizard, "save_platform_button")
    wait_page(qtbot, wizard, "page_finish")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled(), timeout=20_000)
    found += smallest(qtbot, wizard, "finish summary")
    assert found == []


def _dialog(window: QWidget, name: str) -> QDialog:
    dialog = window.findChild(QDialog, name)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_held_removals_and_settings_fit_at_their_minimum(qtbot: QtBot,
                                                         connected: App) -> None:
    window = open_window(qtbot, connected)
    wait_idle(qtbot, window)
    settings = window.open_settings()
    assert settings.minimumHeight() == LEAST_HEIGHT  # its groups are taller: they scroll
    assert smallest(qtbot, settings, "settings") == []
    settings.reject()
    save_filter(connected.store, FilterSpec.from_json(
        {"version": 1, "include": {"departments": ["Sales"]}}))
    assert connected.sync_service().run(trigger="schedule").status == "held"
    window.refresh()
    window.review_removals()
    review = _dialog(window, "review_removals_dialog")
    assert smallest(qtbot, review, "review removals") == []
    review.reject()
    window.close()
