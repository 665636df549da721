"""The client name dialog's reason (a taken name) is shown whole: the dialog grows to
the lines it wraps to. Before, the dialog kept its one-line height and the German
sentence was cut after its first line, its second drawn over the buttons."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from idp_wizard.profile import Profile
from idp_wizard.ui.client_session import ClientSession
from idp_wizard.ui.launch import create_main_window
from idp_wizard.ui.tasks import InlineTaskRunner
from tests.clients.helpers import connected_clients, demo_profile
from tests.ui.helpers import click, find
from tests.ui.text_fit import cut_off


@pytest.fixture
def profile(data_dir: Path) -> Iterator[Profile]:
    """Two demo clients, Contoso and "Client 02", not synced."""
    profile = demo_profile(data_dir, demo_size=20)
    connected_clients(profile, 2, sync=False)
    yield profile
    profile.close()


def _taken_name_reason(qtbot: QtBot, profile: Profile, taken: str) -> tuple[str, list[str]]:
    """Rename Contoso to a taken name: (the reason shown, what the dialog cuts off)."""
    contoso = profile.find("Contoso")
    app = profile.open(contoso.id)
    window = create_main_window(app, InlineTaskRunner(), start=False,
                                session=ClientSession(profile, app))
    qtbot.addWidget(window)
    window.show()
    dialog = window.clients.rename_client(contoso.id)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.edit.setText(taken)
    click(qtbot, dialog, "client_name_ok_button")
    for _ in range(3):  # pending layout requests, and those their layouts post
        QCoreApplication.sendPostedEvents()
    assert dialog.isVisible()
    reason = find(dialog, "client_name_error")
    assert isinstance(reason, QLabel)
    return reason.text(), cut_off(dialog, "rename")


@pytest.mark.usefixtures("german")
def test_a_taken_name_is_explained_whole_in_german(qtbot: QtBot, profile: Profile) -> None:
    text, cut = _taken_name_reason(qtbot, profile, "Client 02")
    assert text == ("Es gibt bereits einen Kunden namens 'Client 02'; wählen Sie einen "
                    "anderen Namen.")
    assert cut == []


def test_a_long_taken_name_is_explained_whole(qtbot: QtBot, profile: Profile) -> None:
    long_name = "Fabrikam Holding GmbH & Co. KG Niederlassung Süd"
    profile.rename("Client 02", long_name)
    text, cut = _taken_name_reason(qtbot, profile, long_name)
    assert text == f"There is already a client named '{long_name}'; choose another name."
    assert cut == []
