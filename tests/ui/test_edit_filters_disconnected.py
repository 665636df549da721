"""The window's filter change confirmed after the command line disconnected the client
(or removed it) while the change preview was open: the finish page says that nothing
was applied and why, with no Retry. It said "No identity provider is connected ... The
connection is saved; retry now or let the next scheduled sync finish the job", which
was false: nothing is saved and no scheduled sync comes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.helpers import click, find, page_name, set_checked
from tests.ui.panel_support import connected_app, open_window, status_text, wait_idle
from tests.ui.test_outside_changes import cli, truth
from tests.ui.test_wizard import share_button

SAID = ("Nothing was applied: the identity provider was disconnected meanwhile (from the "
        "command line, say). Connect it again from the panel to share employees.")


@pytest.mark.parametrize("command", [("disconnect", "--yes"),
                                     ("clients", "remove", "contoso.example", "--yes")])
def test_a_filter_change_after_a_cli_disconnect_says_nothing_was_applied(
        qtbot: QtBot, data_dir: Path, command: tuple[str, ...]) -> None:
    app = connected_app(data_dir)
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    window.wizards.open("EDIT_FILTERS")
    wizard = window.wizard
    assert wizard is not None
    qtbot.waitUntil(lambda: share_button(wizard).isEnabled(), timeout=10_000)  # type: ignore[arg-type]
    set_checked(wizard, "include_departments_list", "Sales")
    click(qtbot, wizard, "share_button")
    qtbot.waitUntil(lambda: wizard.findChild(QWidget, "change_preview_dialog") is not None)
    dialog = wizard.findChild(QWidget, "change_preview_dialog")
    qtbot.waitUntil(dialog.isVisible)
    assert cli(data_dir, *command)[0] == 0
    click(qtbot, dialog, "confirm_changes_button")
    qtbot.waitUntil(lambda: page_name(wizard) == "page_finish"
                    and find(wizard, "finish_button").isEnabled(), timeout=10_000)
    heading = wizard.findChild(QLabel, "finish_heading")
    error = wizard.findChild(QLabel, "finish_error")
    assert heading.text() == "Employee Filtering: Not finished"
    assert (error.isVisible(), error.text()) == (True, SAID)
    assert find(wizard, "retry_button").isVisible() is False
    after = truth(data_dir)
    assert (after["state"], after["synced"]) == (None, 0)
    assert [run[-1] for run in after["runs"]] == (  # type: ignore[attr-defined]
        ["cli"] if command[0] == "disconnect" else [])
    click(qtbot, wizard, "finish_button")
    wait_idle(qtbot, window)
    assert (status_text(window), window.panel.users.model.total) == ("Not connected", 0)
