"""After "Sync now" fails, the status bar no longer reports the earlier sync's result."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.records import ProviderName
from tests.faults.helpers import force_full_read
from tests.faults.hostile import alter_users_pages

from .panel_support import open_window, wait_idle


def _without_id(b: dict[str, Any]) -> dict[str, Any]:
    first = {k: v for k, v in b["value"][0].items() if k != "id"}
    return {**b, "value": [first, *b["value"][1:]]}


def test_a_failed_sync_clears_the_last_success_from_the_status_bar(
        qtbot: QtBot, connected: App) -> None:
    """Before: under "Last sync: ... Failed" and the failure's message box, the status
    bar still said "Synced: 0 added, 0 updated, 0 removed." from the sync before."""
    window = open_window(qtbot, connected)
    wait_idle(qtbot, window)
    window.controller.sync()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == "Synced: 0 added, 0 updated, 0 removed."
    force_full_read(connected)
    alter_users_pages(connected, ProviderName.ENTRA, _without_id)
    window.controller.sync()
    wait_idle(qtbot, window)
    boxes = window.findChildren(QMessageBox, "message_box")
    assert [b.windowTitle() for b in boxes] == ["Operation failed"]
    assert window.statusBar().currentMessage() == ""
    for box in boxes:
        box.done(0)
    window.close()
