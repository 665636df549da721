"""The main window with several clients: the switcher, the overview, adding (then the
wizard), renaming, removing behind a ticked confirmation, and the other clients'
scheduled syncs while the app is open."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
)
from pytestqt.qtbot import QtBot

from idp_wizard.compose import open_profile
from idp_wizard.core.connection import ConnectionState, save_filter, set_state
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.runs import list_runs
from idp_wizard.core.users import count_users
from idp_wizard.paths import ProfilePaths
from idp_wizard.profile import Profile
from idp_wizard.ui.client_session import ClientSession
from idp_wizard.ui.clients_model import ATTENTION, NAME, PLATFORM, USERS
from idp_wizard.ui.launch import create_main_window
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.tasks import InlineTaskRunner
from tests.clients.helpers import NOW, connected_clients, no_sleep
from tests.ui.helpers import click, find, page_name


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def profile(data_dir: Path, clock: Clock) -> Iterator[Profile]:
    profile = open_profile(ProfilePaths(data_dir, demo=True), demo_size=40, clock=clock,
                           http_sleep=no_sleep)
    yield profile
    profile.close()


def _window(qtbot: QtBot, profile: Profile, client_id: int | None = None) -> MainWindow:
    app = profile.open(client_id or profile.clients()[0].id)
    window = create_main_window(app, InlineTaskRunner(), start=False,
                                session=ClientSession(profile, app))
    qtbot.addWidget(window)
    return window


def _idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.controller.busy and not window.panel.users.loading
                    and not window.clients.scheduler.busy, timeout=10_000)


def _switch(qtbot: QtBot, window: MainWindow, name: str) -> None:
    switcher = find(window, "client_switcher")
    assert isinstance(switcher, QComboBox) and switcher.isVisible()
    switcher.setCurrentIndex(switcher.findText(name))
    switcher.activated.emit(switcher.currentIndex())
    _idle(qtbot, window)


def test_one_client_keeps_the_switcher_out_of_the_way_and_add_opens_the_wizard(
        qtbot: QtBot, profile: Profile) -> None:
    window = _window(qtbot, profile)
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
    _idle(qtbot, window)
    fabrikam = profile.find("Fabrikam")
    assert window.app.client_id == fabrikam.id  # shown now, and its wizard is open
    wizard = window.wizard
    assert wizard is not None and page_name(wizard) == "page_provider"
    wizard.reject()
    _idle(qtbot, window)
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
    window = _window(qtbot, profile, contoso.id)
    _idle(qtbot, window)
    table = find(window, "users_table")
    assert isinstance(table, QTableView)
    assert table.model().rowCount() == count_users(profile.store, contoso.id)
    _switch(qtbot, window, "Client 02")
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
    _switch(qtbot, window, "Contoso")
    assert window.panel.header.interval_spin.value() == 40
    assert profile.store.setting("ui_last_client") == contoso.id  # shown first next time


def test_the_overview_lists_every_client_with_marks_in_words(qtbot: QtBot,
                                                             profile: Profile) -> None:
    clients = connected_clients(profile, 3)
    set_state(profile.store, ConnectionState.HELD, "too many removals", clients[1].id)
    set_state(profile.store, ConnectionState.NEEDS_REAUTHORIZATION, "revoked", clients[2].id)
    window = _window(qtbot, profile, clients[0].id)
    click(qtbot, window, "clients_overview_button")
    table = find(window, "clients_table")
    assert isinstance(table, QTableView)
    model = table.model()
    rows = {model.index(r, NAME).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"Contoso", "Client 02", "Client 03"}
    held, reauth, fine = rows["Client 02"], rows["Client 03"], rows["Contoso"]
    assert model.index(held, ATTENTION).data() == "Review removals"
    assert model.index(reauth, ATTENTION).data() == "Reauthorize"
    assert model.index(fine, ATTENTION).data() == ""
    for row in (held, reauth):  # an icon too, never colour alone
        assert not model.index(row, ATTENTION).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(fine, USERS).data() == str(count_users(profile.store, clients[0].id))
    assert model.index(fine, PLATFORM).data() == "—"
    assert find(window, "clients_summary_label").text() == \
        "Clients: 3. Needing attention: 2 (marked ⚠)"


def test_rename_and_remove_from_the_overview(qtbot: QtBot, profile: Profile) -> None:
    contoso, fabrikam = connected_clients(profile, 2)
    window = _window(qtbot, profile, contoso.id)
    window.clients.show_overview()
    table = find(window, "clients_table")
    assert isinstance(table, QTableView)
    table.selectRow(window.clients.overview.model.row_of(fabrikam.id))
    click(qtbot, window, "rename_client_button")
    dialog = window.findChild(QDialog, "client_name_dialog")
    edit = find(dialog, "client_name_edit")
    assert isinstance(edit, QLineEdit) and edit.text() == "Client 02"
    edit.setText("contoso")
    click(qtbot, dialog, "client_name_ok_button")
    assert "already a client named" in find(dialog, "client_name_error").text()
    edit.setText("Fabrikam GmbH")
    click(qtbot, dialog, "client_name_ok_button")
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert profile.find("fabrikam gmbh").id == fabrikam.id
    switcher = find(window, "client_switcher")
    assert isinstance(switcher, QComboBox) and switcher.findText("Fabrikam GmbH") >= 0

    # Removing the shown client: a ticked confirmation with the counts, then another
    # client is shown.
    synced = count_users(profile.store, contoso.id)
    table.selectRow(window.clients.overview.model.row_of(contoso.id))
    click(qtbot, window, "remove_client_button")
    dialog = window.findChild(QDialog, "remove_client_dialog")
    assert dialog is not None and dialog.isVisible()
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert f"all {synced} synced users are permanently removed" in text
    assert "Microsoft Entra ID is disconnected first" in text
    confirm = find(dialog, "remove_client_confirm_button")
    box = find(dialog, "remove_client_confirm_checkbox")
    assert isinstance(confirm, QPushButton) and isinstance(box, QCheckBox)
    assert not confirm.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter cancels: nothing removed
    assert [c.name for c in profile.clients()] == ["Contoso", "Fabrikam GmbH"]
    table.selectRow(window.clients.overview.model.row_of(contoso.id))
    click(qtbot, window, "remove_client_button")
    [dialog] = [d for d in window.findChildren(QDialog, "remove_client_dialog")
                if d.isVisible()]  # the cancelled one may still await deletion
    find(dialog, "remove_client_confirm_checkbox").setChecked(True)  # type: ignore[attr-defined]
    click(qtbot, dialog, "remove_client_confirm_button")
    _idle(qtbot, window)
    assert [c.name for c in profile.clients()] == ["Fabrikam GmbH"]
    assert window.app.client_id == fabrikam.id
    assert not find(window, "client_bar").isVisible()  # one client again
    assert count_users(profile.store, contoso.id) == 0
    assert f"({synced} synced users were removed)" in window.statusBar().currentMessage()


def test_every_client_syncs_on_its_own_interval_while_the_app_is_open(
        qtbot: QtBot, profile: Profile, clock: Clock) -> None:
    contoso, fabrikam, third = connected_clients(profile, 3)
    app = profile.open(third.id)
    app.save_settings({"sync_interval_minutes": 120})
    app.close()
    window = _window(qtbot, profile, contoso.id)
    scheduler = window.clients.scheduler
    assert scheduler.check() is None  # nothing is due yet
    clock.now = NOW + timedelta(minutes=41)
    assert scheduler.check() is not None  # Fabrikam (40 min) is due; the shown one is not
    _idle(qtbot, window)
    assert [r.trigger for r in list_runs(profile.store, client_id=fabrikam.id)] == [
        "schedule", "connect"]
    assert scheduler.check() is None  # nothing else is due (the third waits 120 min)
    assert len(list_runs(profile.store, client_id=contoso.id)) == 1  # the panel's own
    clock.now = NOW + timedelta(minutes=121)  # both due: the most overdue goes first
    for _ in range(2):
        assert scheduler.check() is not None
        _idle(qtbot, window)
    assert [r.trigger for r in list_runs(profile.store, client_id=fabrikam.id)] == [
        "schedule", "schedule", "connect"]
    assert list_runs(profile.store, client_id=third.id)[0].trigger == "schedule"
    # A client needing reauthorization is paused, as the shown client's schedule is.
    set_state(profile.store, ConnectionState.NEEDS_REAUTHORIZATION, "revoked", fabrikam.id)
    clock.now = NOW + timedelta(minutes=500)
    assert scheduler.check() is not None  # the third one
    _idle(qtbot, window)
    assert scheduler.check() is None
    assert len(list_runs(profile.store, client_id=fabrikam.id)) == 3  # not synced again
    assert len(list_runs(profile.store, client_id=third.id)) == 3


def test_switching_to_a_held_client_is_no_news_for_the_tray(qtbot: QtBot,
                                                             profile: Profile) -> None:
    contoso, fabrikam = connected_clients(profile, 2)
    set_state(profile.store, ConnectionState.HELD, "too many removals", fabrikam.id)
    window = _window(qtbot, profile, contoso.id)
    with qtbot.assertNotEmitted(window.tray.notified):
        _switch(qtbot, window, "Client 02")
    assert window.tray.app is window.app
    assert window.tray.text.startswith("Google Workspace: Held")


def test_removing_the_last_client_asks_and_leaves_a_fresh_one(qtbot: QtBot,
                                                              profile: Profile) -> None:
    [only] = connected_clients(profile, 1)
    window = _window(qtbot, profile, only.id)
    window.findChild(QAction, "action_clients").trigger()
    click(qtbot, window, "remove_client_button")
    dialog = window.findChild(QDialog, "remove_client_dialog")
    assert dialog is not None and dialog.isVisible()
    find(dialog, "remove_client_confirm_checkbox").setChecked(True)  # type: ignore[attr-defined]
    click(qtbot, dialog, "remove_client_confirm_button")
    _idle(qtbot, window)
    [fresh] = profile.clients()
    assert fresh.id != only.id and fresh.name == "Default"
    assert window.app.client_id == fresh.id
    assert window.session.app is window.app and window.controller.connection is None
    window.clients.show_panel()
    assert "Not connected" in find(window, "connection_status_label").text()
    assert count_users(profile.store, only.id) == 0


def test_a_client_removed_from_the_command_line_is_switched_away_from(
        qtbot: QtBot, profile: Profile) -> None:
    contoso, fabrikam = connected_clients(profile, 2)
    window = _window(qtbot, profile, fabrikam.id)
    other = open_profile(ProfilePaths(profile.paths.data_dir, demo=True))
    try:
        other.remove(other.find("Client 02"))  # as `clients remove` in another process
    finally:
        other.close()
    window.clients.scheduler.tick.timeout.emit()  # the next tick notices
    _idle(qtbot, window)
    assert window.app.client_id == contoso.id
    assert not find(window, "client_bar").isVisible()
    assert find(window, "users_table").model().rowCount() == count_users(  # type: ignore[attr-defined]
        profile.store, contoso.id)


def test_no_switching_while_a_wizard_is_open(qtbot: QtBot, profile: Profile) -> None:
    contoso, _fabrikam = connected_clients(profile, 2)
    window = _window(qtbot, profile, contoso.id)
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
    _idle(qtbot, window)
    _switch(qtbot, window, "Client 02")  # and now it may
    assert window.app.client_id != contoso.id


def test_a_background_clients_held_or_failed_scheduled_sync_reaches_the_tray(
        qtbot: QtBot, profile: Profile, clock: Clock) -> None:
    """The window may be closed to the tray: another client's scheduled sync that was
    held or failed is notified there, naming the client, once."""
    contoso, second, third = connected_clients(profile, 3)
    save_filter(profile.store, FilterSpec.from_json(  # most users left out: held
        {"version": 1, "include": {"departments": ["Sales"]}}), second.id)
    save_filter(profile.store, FilterSpec.from_json(  # a group nobody has: fails
        {"version": 1, "include": {"groups": ["No such group"]}}), third.id)
    window = _window(qtbot, profile, contoso.id)
    notes: list[tuple[str, str]] = []
    window.tray.notified.connect(lambda title, message: notes.append((title, message)))
    clock.now = NOW + timedelta(minutes=41)
    for _ in range(2):
        assert window.clients.scheduler.check() is not None
        _idle(qtbot, window)
    assert window.clients.scheduler.check() is None
    assert sorted(notes) == [
        ("Scheduled sync of Client 03 failed",
         "Nothing was changed: include.groups: there is no group 'No such group' in the "
         "directory. The synced users are kept."),
        ("Sync of Client 02 held", "A sync would remove many users; nothing was applied. "
                                   "Open IdP Wizard to review the removals.")]
    assert "Client 0" in window.statusBar().currentMessage()


def test_a_background_sync_stopped_by_its_removal_is_no_news(qtbot: QtBot,
                                                            profile: Profile) -> None:
    """Another client's scheduled sync whose push the admin's removal (or disconnect) of
    that client stopped: no "the rest is sent by its next sync" in the status bar and no
    tray note (nothing is left to send: the removal drops it); a push stopped by the
    platform still says so."""
    from idp_wizard.core.clients import ClientInfo
    from idp_wizard.core.locks import stopped_while_sending
    from idp_wizard.core.outcome import SyncOutcome
    from idp_wizard.core.push_results import PlatformReport
    from idp_wizard.sync_all import ClientSyncResult

    contoso, other = connected_clients(profile, 2)
    window = _window(qtbot, profile, contoso.id)
    notes: list[tuple[str, str]] = []
    window.tray.notified.connect(lambda title, message: notes.append((title, message)))
    window.statusBar().clearMessage()

    def halted(why: object) -> ClientSyncResult:
        outcome = SyncOutcome("incomplete", None, "delta")
        outcome.platform = PlatformReport(status="halted", error=why)  # type: ignore[arg-type]
        return ClientSyncResult(ClientInfo(other.id, other.name), outcome)

    stopped = halted(stopped_while_sending())
    assert stopped.outcome.stopped_for_removal
    window.clients.scheduler.synced.emit(stopped)
    assert (notes, window.statusBar().currentMessage()) == ([], "")
    window.clients.scheduler.synced.emit(halted("The platform did not answer."))
    assert window.statusBar().currentMessage() == (
        f"The scheduled sync of {other.name} was saved, but the platform did not get all "
        "of it; the rest is sent by its next sync.")
    assert [title for title, _ in notes] == [f"Platform of {other.name} not up to date"]
