"""Keyboard focus: after every page change and every state change the focus is on the
page's first or primary visible control (never on a control that was just hidden);
focused lists show it; the ⋮ menu has a key."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.core.auth import DeviceCode
from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.progress import CancelToken
from idp_wizard.core.records import ProviderName
from idp_wizard.core.wizard import WizardMode
from idp_wizard.paths import ProfilePaths
from idp_wizard.ui.focus import ListFocusRing
from idp_wizard.ui.tasks import TaskRunner
from tests.flows import connect
from tests.ui.helpers import click, find, page_name, wait_page
from tests.ui.wizard_support import change_filter_and_confirm, make_wizard, to_filtering

from .panel_support import open_window, wait_idle


def focused(window: QWidget) -> QWidget:
    """The window's focus widget, which must be a visible, enabled control."""
    widget = window.focusWidget()
    assert widget is not None, "nothing has the focus"
    assert widget.isVisible(), f"the focus is on the hidden {widget.objectName()!r}"
    assert widget.isEnabled(), f"the focus is on the disabled {widget.objectName()!r}"
    return widget


def focus_is(window: QWidget, name: str) -> None:
    widget = focused(window)
    assert widget.objectName() == name, f"focus on {widget.objectName()!r}, not {name!r}"


def test_connect_flow_focus_after_every_page_and_state(qtbot: QtBot, app: App) -> None:
    wizard = make_wizard(qtbot, app)
    focus_is(wizard, "connect_entra")
    click(qtbot, wizard, "connect_entra")
    # Not the previous page's (now hidden) Connect button: its first option.
    focus_is(wizard, "data_organisation")
    qtbot.keyClick(focused(wizard), Qt.Key.Key_Space)  # Space changes the option, no skip
    assert page_name(wizard) == "page_data_options"
    assert not find(wizard, "data_organisation").isChecked()  # type: ignore[attr-defined]
    click(qtbot, wizard, "next_button")
    focus_is(wizard, "sign_in_button")
    click(qtbot, wizard, "sign_in_button")
    focus_is(wizard, "sign_in_cancel_button")  # waiting: Cancel
    wait_page(qtbot, wizard, "page_permissions")
    focus_is(wizard, "accept_permissions_button")
    click(qtbot, wizard, "accept_permissions_button")
    focus_is(wizard, "rules_cancel_button")  # the rules are being read
    qtbot.waitUntil(lambda: find(wizard, "share_button").isEnabled())
    editor = find(wizard, "filter_editor")
    assert editor.isAncestorOf(focused(wizard))  # the criteria, the first thing to choose
    click(qtbot, wizard, "share_button")
    wait_page(qtbot, wizard, "page_platform")
    assert find(wizard, "page_platform").isAncestorOf(focused(wizard))
    click(qtbot, wizard, "skip_platform_button")
    wait_page(qtbot, wizard, "page_finish")
    focus_is(wizard, "finish_cancel_button")  # the first sync runs: Stop
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled())
    focus_is(wizard, "finish_button")  # not the hidden Stop button


def test_failed_first_sync_focuses_retry_and_finish_stays_current(
        qtbot: QtBot, app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> object:
        raise IdpWizardError("Microsoft Graph did not answer in time.")
    wizard = make_wizard(qtbot, app)
    to_filtering(qtbot, wizard, "entra")
    monkeypatch.setattr(app, "sync_service", broken)
    click(qtbot, wizard, "share_button")
    click(qtbot, wizard, "skip_platform_button")
    qtbot.waitUntil(find(wizard, "retry_button").isVisible)
    focus_is(wizard, "retry_button")
    states = [state.value for _, state in wizard.step_map.states()]
    assert states == ["done"] * 6 + ["current"]  # not finished: Finish stays current


def test_edit_filters_focus(qtbot: QtBot, app: App) -> None:
    connect(app, ProviderName.ENTRA)
    app.sync_service().run(trigger="test")
    wizard = make_wizard(qtbot, app, WizardMode.EDIT_FILTERS)
    focus_is(wizard, "rules_cancel_button")
    qtbot.waitUntil(lambda: find(wizard, "share_button").isEnabled())
    assert find(wizard, "filter_editor").isAncestorOf(focused(wizard))
    change_filter_and_confirm(qtbot, wizard, "Sales")
    focus_is(wizard, "finish_cancel_button")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled())
    focus_is(wizard, "finish_button")


def test_reauthorize_focus(qtbot: QtBot, app: App) -> None:
    connect(app, ProviderName.GOOGLE)
    wizard = make_wizard(qtbot, app, WizardMode.REAUTHORIZE)
    focus_is(wizard, "sign_in_button")
    click(qtbot, wizard, "sign_in_button")
    focus_is(wizard, "sign_in_cancel_button")
    wait_page(qtbot, wizard, "page_permissions")
    focus_is(wizard, "accept_permissions_button")
    click(qtbot, wizard, "accept_permissions_button")
    wait_page(qtbot, wizard, "page_finish")
    focus_is(wizard, "finish_cancel_button")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled())
    focus_is(wizard, "finish_button")


def test_waiting_device_code_and_cancel_keep_the_focus_visible(
        qtbot: QtBot, app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sign-in that waits (on a worker thread) until it is cancelled: the waiting
    state, the device code with its Copy button, Cancel, and back to signing in."""
    started = threading.Event()

    def waiting(provider: ProviderName, options: object, cancel: CancelToken,
                reauthorizing: object = None) -> object:
        show = getattr(options, "show_device_code", None)
        if show is not None:
            show(DeviceCode("ABCD-1234", "https://microsoft.com/devicelogin",
                            expires_in=900))
        started.set()
        pause = threading.Event()
        while True:
            cancel.raise_if_cancelled()
            pause.wait(0.01)
    monkeypatch.setattr(app.auth, "sign_in", waiting)
    runner = TaskRunner()
    wizard = make_wizard(qtbot, app, runner=runner)
    try:
        click(qtbot, wizard, "connect_entra")
        click(qtbot, wizard, "next_button")
        click(qtbot, wizard, "device_code_button")
        qtbot.waitUntil(find(wizard, "device_code_panel").isVisible)
        assert find(wizard, "device_code_label").text() == "ABCD-1234"  # type: ignore[attr-defined]
        assert "https://microsoft.com/devicelogin" in find(
            wizard, "device_code_where").text()  # type: ignore[attr-defined]
        focus_is(wizard, "copy_code_button")
        click(qtbot, wizard, "copy_code_button")
        assert QGuiApplication.clipboard().text() == "ABCD-1234"
        click(qtbot, wizard, "sign_in_cancel_button")
        qtbot.waitUntil(find(wizard, "sign_in_info").isVisible, timeout=10_000)
        assert find(wizard, "sign_in_info").text() == (  # type: ignore[attr-defined]
            "Sign-in cancelled. You can sign in again.")
        assert not find(wizard, "device_code_panel").isVisible()
        focus_is(wizard, "sign_in_button")
        assert page_name(wizard) == "page_sign_in" and app.connection() is None
    finally:
        runner.wait_for_done(10_000)


# -- the panel --------------------------------------------------------------------------


def test_panel_focus_follows_connect_and_disconnect(qtbot: QtBot, data_dir: Path) -> None:
    app = open_app(ProfilePaths(data_dir, demo=True), demo_size=80)
    try:
        window = open_window(qtbot, app)
        focus_is(window, "connect_button")  # nothing connected: the call to action
        connect(app, ProviderName.ENTRA)
        app.sync_service().run(trigger="test")
        window.refresh()
        wait_idle(qtbot, window)
        focus_is(window, "users_search")  # not the hidden connect button
        window.disconnects.run()
        wait_idle(qtbot, window)
        assert app.connection() is None
        focus_is(window, "connect_button")
    finally:
        app.close()


def test_menu_key_opens_the_connection_menu(qtbot: QtBot, connected: App) -> None:
    window = open_window(qtbot, connected)
    button = find(window, "connection_menu_button")
    assert button.toolTip() == "Connection actions (F10)"
    menu = button.menu()  # type: ignore[attr-defined]
    assert isinstance(menu, QMenu) and not menu.isVisible()
    window.panel_actions.menu_shortcut.activated.emit()
    qtbot.waitUntil(menu.isVisible)
    active = menu.activeAction()
    assert active is not None and active.objectName() == "action_reauthorize"
    menu.hide()
    assert window.panel_actions.menu_shortcut.key().toString() == "F10"


def test_focused_list_shows_a_ring(qtbot: QtBot, connected: App) -> None:
    window = open_window(qtbot, connected)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    ring = window.findChild(ListFocusRing, "list_focus_ring")
    assert ring is not None
    table = find(window, "users_table")
    table.setFocus()
    qtbot.waitUntil(lambda: ring.widget() is table and ring.isVisible())
    assert ring.geometry().contains(table.geometry())  # around it, not over it
    find(window, "users_search").setFocus()
    qtbot.waitUntil(lambda: not ring.isVisible())
    assert ring.widget() is None
