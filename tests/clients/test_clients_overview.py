"""The clients overview: every client with its marks in words, renaming, and removing
behind a ticked confirmation (the last client too: a fresh one takes its place)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)
from pytestqt.qtbot import QtBot

from idp_wizard.core.connection import ConnectionState, set_state
from idp_wizard.core.users import count_users
from idp_wizard.profile import Profile
from idp_wizard.ui.clients_model import ATTENTION, NAME, PLATFORM, USERS
from tests.clients.helpers import connected_clients
from tests.clients.ui_support import client_window, idle
from tests.ui.helpers import click, find


def test_the_overview_lists_every_client_with_marks_in_words(qtbot: QtBot,
                                                             profile: Profile) -> None:
    clients = connected_clients(profile, 3)
    set_state(profile.store, ConnectionState.HELD, "too many removals", clients[1].id)
    set_state(profile.store, ConnectionState.NEEDS_REAUTHORIZATION, "revoked", clients[2].id)
    window = client_window(qtbot, profile, clients[0].id)
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
    window = client_window(qtbot, profile, contoso.id)
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
    idle(qtbot, window)
    assert [c.name for c in profile.clients()] == ["Fabrikam GmbH"]
    assert window.app.client_id == fabrikam.id
    assert not find(window, "client_bar").isVisible()  # one client again
    assert count_users(profile.store, contoso.id) == 0
    assert f"({synced} synced users were removed)" in window.statusBar().currentMessage()


def test_removing_the_last_client_asks_and_leaves_a_fresh_one(qtbot: QtBot,
                                                              profile: Profile) -> None:
    [only] = connected_clients(profile, 1)
    window = client_window(qtbot, profile, only.id)
    window.findChild(QAction, "action_clients").trigger()
    click(qtbot, window, "remove_client_button")
    dialog = window.findChild(QDialog, "remove_client_dialog")
    assert dialog is not None and dialog.isVisible()
    find(dialog, "remove_client_confirm_checkbox").setChecked(True)  # type: ignore[attr-defined]
    click(qtbot, dialog, "remove_client_confirm_button")
    idle(qtbot, window)
    [fresh] = profile.clients()
    assert fresh.id != only.id and fresh.name == "Default"
    assert window.app.client_id == fresh.id
    assert window.session.app is window.app and window.controller.connection is None
    window.clients.show_panel()
    assert "Not connected" in find(window, "connection_status_label").text()
    assert count_users(profile.store, only.id) == 0
