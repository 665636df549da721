"""The main window with several clients: the switcher (out of the way with one client;
adding one opens the wizard), switching shows the other client's users, history and
settings, is no news for the tray, follows a removal made on the command line, and waits
while a wizard is open."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLineEdit,
    QSpinBox,
    QTableView,
)
from pytestqt.qtbot import QtBot

from idp_wizard.compose import open_profile
from idp_wizard.core.connection import ConnectionState, set_state
from idp_wizard.core.runs import list_runs
from idp_wizard.core.users import count_users
from idp_wizard.paths import ProfilePaths
from idp_wizard.profile import Profile
from tests.clients.helpers import connected_clients
from tests.clients.ui_support import client_window, idle, switch
from tests.ui.helpers import click, find, page_name


def test_one_client_keeps_the_switcher_out_of_the_way_and_add_opens_the_wizard(
        qtbot: QtBot, profile: Profile) -> None:
    window = client_window(qtbot, profile)
    assert not find(window, "client_bar").isVisible()
    assert find(window, "user_management_panel").isVisible()
    window.findChild(QAction, "action_clients").trigger()
    overview = find(window, "clients_overview")
    assert overview.isVisible() and not find(window, "user_management_panel").isVisible()
    click(qtbot, window, "add_client_button")
    dialog = window.findChild(QDialog, "client_name_dialog")
    assert dialog is not None and dialog.isVisible()
    edit = find(dialog, "client_name_edit")
    assert isinstance(edit, QLineEdit)
    for bad, reason in (("  ", "is empty"), ("DEFAULT", "already a client named")):
        edit.setText(bad)
        click(qtbot, dialog, "client_name_ok_button")
        assert dialog.isVisible() and reason in find(dialog, "client_name_error").text()
    assert [c.name for c in profile.clients()] == ["Default"]  # nothing was added
    edit.setText("Fabrikam")
    click(qtbot, dialog, "client_name_ok_button")
    idle(qtbot, window)
    fabrikam = profile.find("Fabrikam")
    assert window.app.client_id == fabrikam.id  # shown now, and its wizard is open
    wizard = window.wizard
    assert wizard is not None and page_name(wizard) == "page_provider"
    wizard.reject()
    idle(qtbot, window)
    assert find(window, "client_bar").isVisible()
    switcher = find(window, "client_switcher")
    assert isinstance(switcher, QComboBox)
    assert [switcher.itemText(i) for i in range(switcher.count())] == ["Default", "Fabrikam"]
    assert switcher.currentText() == "Fabrikam"
    assert find(window, "user_management_panel").isVisible()
    assert "Not connected" in find(window, "connection_status_label").text()


def test_switching_shows_the_other_clients_users_history_and_settings(
        qtbot: QtBot, profile: Profile) -> None:
    contoso, fabrikam = connected_clients(profile, 2)
    app = profile.open(fabrikam.id)
    app.save_settings({"deletion_threshold_count": 7, "sync_interval_minutes": 90})
    app.close()
    window = client_window(qtbot, profile, contoso.id)
    idle(qtbot, window)
    table = find(window, "users_table")
    assert isinstance(table, QTableView)
    assert table.model().rowCount() == count_users(profile.store, contoso.id)
    switch(qtbot, window, "Client 02")
    assert window.app.client_id == fabrikam.id
    assert window.controller.app is window.app and window.wizards.app is window.app
    assert table.model().rowCount() == count_users(profile.store, fabrikam.id)
    assert table.model().index(0, 1).data().endswith("@fabrikam.example")
    assert window.panel.history.runs.topLevelItemCount() == len(
        list_runs(profile.store, client_id=fabrikam.id))
    assert window.panel.header.interval_spin.value() == 90
    dialog = window.open_settings()
    count = find(dialog, "settings_deletion_count")
    assert isinstance(count, QSpinBox) and count.value() == 7
    dialog.reject()
    switch(qtbot, window, "Contoso")
    assert window.panel.header.interval_spin.value() == 40
    assert profile.store.setting("ui_last_client") == contoso.id  # shown first next time


def test_switching_to_a_held_client_is_no_news_for_the_tray(qtbot: QtBot,
                                                             profile: Profile) -> None:
    contoso, fabrikam = connected_clients(profile, 2)
    set_state(profile.store, ConnectionState.HELD, "too many removals", fabrikam.id)
    window = client_window(qtbot, profile, contoso.id)
    with qtbot.assertNotEmitted(window.tray.notified):
        switch(qtbot, window, "Client 02")
    assert window.tray.app is window.app
    assert window.tray.text.startswith("Google Workspace: Held")


def test_a_client_removed_from_the_command_line_is_switched_away_from(
        qtbot: QtBot, profile: Profile) -> None:
    contoso, fabrikam = connected_clients(profile, 2)
    window = client_window(qtbot, profile, fabrikam.id)
    other = open_profile(ProfilePaths(profile.paths.data_dir, demo=True))
    try:
        other.remove(other.find("Client 02"))  # as `clients remove` in another process
    finally:
        other.close()
    window.clients.scheduler.tick.timeout.emit()  # the next tick notices
    idle(qtbot, window)
    assert window.app.client_id == contoso.id
    assert not find(window, "client_bar").isVisible()
    assert find(window, "users_table").model().rowCount() == count_users(  # type: ignore[attr-defined]
        profile.store, contoso.id)


def test_no_switching_while_a_wizard_is_open(qtbot: QtBot, profile: Profile) -> None:
    contoso, _fabrikam = connected_clients(profile, 2)
    window = client_window(qtbot, profile, contoso.id)
    wizard = window.wizards.open("EDIT_FILTERS")  # window-modal, on Contoso's filter
    assert wizard is not None and wizard.isVisible()
    switcher = find(window, "client_switcher")
    assert isinstance(switcher, QComboBox)
    switcher.setCurrentIndex(switcher.findText("Client 02"))
    switcher.activated.emit(switcher.currentIndex())  # as if a click got through
    assert window.app.client_id == contoso.id
    assert switcher.currentText() == "Contoso"  # shows the client that stays
    task = wizard.ctx.task  # type: ignore[attr-defined]  # its rules sync: let it land
    qtbot.waitUntil(lambda: task is None or not task.running, timeout=10_000)
    wizard.reject()  # type: ignore[attr-defined]
    idle(qtbot, window)
    switch(qtbot, window, "Client 02")  # and now it may
    assert window.app.client_id != contoso.id
