"""Status colours read in light and dark palettes, and never carry meaning alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.connection import ConnectionState, set_state
from idp_wizard.ui.status_badge import StatusBadge
from idp_wizard.ui.theme import Tone, colours, contrast, dark_palette, is_dark, on_window
from tests.ui.helpers import find

from .panel_support import connected_app, open_window

LIGHT_WINDOW, DARK_WINDOW = QColor("#efefef"), dark_palette().color(QPalette.ColorRole.Window)


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("tone", list(Tone))
def test_tones_are_readable(tone: Tone, dark: bool) -> None:
    c = colours(tone, dark)
    window = DARK_WINDOW if dark else LIGHT_WINDOW
    assert contrast(c.text, c.background) >= 7.0  # badge words on the badge
    assert contrast(c.accent, window) >= 3.0  # icons and marks on the window
    assert contrast(on_window(tone, dark), window) >= 4.5  # error words on the window


def test_contrast_is_the_wcag_ratio() -> None:
    assert round(contrast(QColor("#000000"), QColor("#ffffff")), 1) == 21.0
    assert contrast(QColor("#777777"), QColor("#777777")) == 1.0


def test_dark_palette_is_dark() -> None:
    assert is_dark(dark_palette())
    assert not is_dark(QPalette(QColor("#efefef")))


@pytest.fixture
def app(data_dir: Path) -> Iterator[App]:
    a = connected_app(data_dir)
    yield a
    a.close()


def test_connection_badge_has_words_and_a_tone(qtbot: QtBot, app: App) -> None:
    window = open_window(qtbot, app)
    badge = find(window, "connection_status_label")
    assert isinstance(badge, StatusBadge)
    assert (badge.text(), badge.tone) == ("Connected", Tone.OK)
    set_state(app.store, ConnectionState.NEEDS_REAUTHORIZATION, "The sign-in was revoked.")
    window.refresh()
    assert (badge.text(), badge.tone) == ("Needs reauthorization", Tone.WARN)
    assert badge.sizeHint().width() > badge.fontMetrics().horizontalAdvance(badge.text())


def test_reason_box_follows_a_switch_to_dark(qtbot: QtBot, app: App) -> None:
    set_state(app.store, ConnectionState.NEEDS_REAUTHORIZATION, "The sign-in was revoked.")
    window = open_window(qtbot, app)
    box = find(window, "state_reason_box")
    light = colours(Tone.WARN, False).background.name()
    dark = colours(Tone.WARN, True).background.name()
    assert light in box.styleSheet()
    saved = QGuiApplication.palette()
    QApplication.setPalette(dark_palette())
    try:
        qtbot.waitUntil(lambda: dark in box.styleSheet())
        assert colours(Tone.WARN, True).text.name() in box.styleSheet()
    finally:
        QApplication.setPalette(saved)
    qtbot.waitUntil(lambda: light in box.styleSheet())
