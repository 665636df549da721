"""The History tab's runs table shows every column at the window's default size, in
German too (its headers are the widest), without scrolling sideways."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.ui.history_view import HistoryView

from .panel_support import open_window, wait_idle


def _cut_columns(qtbot: QtBot, app: App) -> tuple[list[str], int]:
    """(the headers of columns whose right edge lies beyond the viewport, the column count)."""
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    window.show()  # at its default size, 1100 x 720
    history = window.findChild(HistoryView)
    assert history is not None
    window.panel.tabs.setCurrentWidget(history)
    QTest.qWait(50)
    runs = window.findChild(QTreeWidget, "history_runs")
    assert runs is not None and runs.isVisible()
    header = runs.header()
    width = runs.viewport().width()
    cut = [runs.headerItem().text(i) for i in range(header.count())
           if header.sectionViewportPosition(i) + header.sectionSize(i) > width]
    return cut, header.count()


def test_every_run_column_fits(qtbot: QtBot, connected: App) -> None:
    assert _cut_columns(qtbot, connected) == ([], 8)


@pytest.mark.usefixtures("german")
def test_every_run_column_fits_in_german(qtbot: QtBot, connected: App) -> None:
    """Before: "Übersprungen" cut off, reachable only by scrolling sideways."""
    assert _cut_columns(qtbot, connected) == ([], 8)
