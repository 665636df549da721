"""The panel's users search field shows its whole placeholder at the window's smallest
size, in English and German (measured as text_fit measures texts: the room QLineEdit
gives the placeholder against the text's width). Before, German showed "Nach Name,
E-Mail oder Abteilung …" (226 px for 253) and English cut its text too (200 for 233)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.ui.main_window import MainWindow
from tests.ui.text_fit import placeholder_problem

from .panel_support import open_window, wait_idle


def _smallest(qtbot: QtBot, window: MainWindow) -> QLineEdit:
    """The window as narrow as it allows (as a drag of its edge makes it)."""
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):  # a narrower window may rearrange, which changes its least width
        window.resize(1, 720)
        least = window.minimumSize().expandedTo(window.minimumSizeHint()).width()
        qtbot.waitUntil(lambda least=least: window.width() == least)
        for _ in range(3):  # pending layout requests, and those their layouts post
            QCoreApplication.sendPostedEvents()
    assert window.width() == window.minimumSize().expandedTo(window.minimumSizeHint()).width()
    search = window.findChild(QLineEdit, "users_search")
    assert isinstance(search, QLineEdit) and search.isVisible()
    return search


@pytest.mark.parametrize(("lang", "placeholder"), [
    ("en", "Name, e-mail or department"), ("de", "Name, E-Mail oder Abteilung")])
def test_the_users_search_placeholder_is_whole_at_the_least_width(
        qtbot: QtBot, connected: App, request: pytest.FixtureRequest, lang: str,
        placeholder: str) -> None:
    if lang == "de":
        request.getfixturevalue("german")
    window = open_window(qtbot, connected)
    wait_idle(qtbot, window)
    search = _smallest(qtbot, window)
    assert placeholder_problem(search) is None
    assert search.placeholderText() == placeholder
    window.close()


def test_a_longer_placeholder_widens_the_least_window(qtbot: QtBot, connected: App) -> None:
    """Another language or font: the field's least width keeps its placeholder whole
    (the window's least width grows), rather than cutting it."""
    window = open_window(qtbot, connected)
    wait_idle(qtbot, window)
    narrowest = _smallest(qtbot, window).width()
    long = "Search by name, e-mail address, department, location or language"
    window.panel.users.search.setPlaceholderText(long)
    window.panel.users.search.updateGeometry()
    search = _smallest(qtbot, window)
    assert search.width() > narrowest
    assert placeholder_problem(search) is None
    search.setText("x")  # typed text hides the placeholder: nothing to measure
    assert placeholder_problem(search) is None
    window.close()
