"""A narrow window, and the pseudo-locale's long texts: the History tab's runs table never
scrolls sideways (its details go below it when they cannot keep 260 px beside it), and
the interval spin boxes never get less room than their widest value with the suffix.
Checked through the widgets' sizes and size hints."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRect
from PySide6.QtWidgets import QApplication, QSpinBox, QStyle, QStyleOptionSpinBox, QTreeWidget
from pytestqt.qtbot import QtBot

from idp_wizard import cli_language
from idp_wizard.app import App
from idp_wizard.ui.i18n import install_translators
from idp_wizard.ui.main_window import MainWindow

from .panel_support import open_window, wait_idle

MIN_DETAILS = 260  # what the details keep beside the runs (history_layout.py)


@pytest.fixture(params=["en", "de", "pseudo"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    lang = str(request.param)
    translators = install_translators(qapp, lang)
    cli_language.use("en" if lang == "pseudo" else lang)
    try:
        yield lang
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale("en_US"))
        cli_language.use("en")


def _settle(qtbot: QtBot, window: MainWindow, width: int) -> None:
    """The window `width` wide, or as narrow as it allows: a narrower window may
    rearrange the history, which lowers the least width it allows (a drag of the
    window's edge goes on there too)."""
    for _ in range(3):
        window.resize(width, 720)
        least = window.minimumSize().expandedTo(window.minimumSizeHint()).width()
        qtbot.waitUntil(lambda least=least: window.width() == max(width, least))
        for _ in range(3):  # pending layout requests, and those their layouts post
            QCoreApplication.sendPostedEvents()


def _columns_width(runs: QTreeWidget) -> int:
    """What the runs' columns need, as their header measures them."""
    header = runs.header()
    return sum(max(header.sectionSizeHint(i), runs.sizeHintForColumn(i))
               for i in range(header.count()))


def _arrangement(window: MainWindow) -> tuple[list[str], int, str]:
    """(the runs' columns cut off, how far the runs scroll sideways, where the details
    are: "beside" with at least MIN_DETAILS, "below", or what is wrong)."""
    history = window.panel.history
    runs, details = history.runs, history.details
    header = runs.header()
    cut = [runs.headerItem().text(i) for i in range(header.count())
           if header.sectionViewportPosition(i) + header.sectionSize(i)
           > runs.viewport().width()]
    top_left = details.mapTo(history, details.rect().topLeft())
    runs_corner = runs.mapTo(history, runs.rect().bottomRight())
    if top_left.x() > runs_corner.x():
        where = "beside" if details.width() >= MIN_DETAILS else f"beside, {details.width()} px"
    elif top_left.y() > runs_corner.y() and details.width() >= runs.width():
        where = "below"
    else:
        where = f"overlapping at {top_left.x()},{top_left.y()}"
    return cut, runs.horizontalScrollBar().maximum(), where


def test_the_runs_never_scroll_sideways(qtbot: QtBot, connected: App, language: str) -> None:
    """Before: a window narrower than the runs' columns plus 260 px gave the runs less
    than their columns and scrolled them sideways (German at 993 px cut "Übersprungen")."""
    window = open_window(qtbot, connected)
    wait_idle(qtbot, window)
    window.show()
    window.panel.tabs.setCurrentWidget(window.panel.history)
    qtbot.waitExposed(window)
    splitter = window.panel.history.runs_and_details
    need = _columns_width(window.panel.history.runs)
    chrome = window.width() - splitter.width()  # the window's margins around the splitter
    beside_from = need + MIN_DETAILS + chrome + 40  # the columns, the details, the frame
    found = {}
    for width in (1100, beside_from - 30, need + chrome + 20, 1):  # 1: its minimum
        _settle(qtbot, window, width)
        found[width] = _arrangement(window)
        if width == 1:
            assert window.width() == window.minimumSizeHint().width() < need + MIN_DETAILS
    # At the default width the pseudo-locale's columns leave the details too little.
    expected_1100 = {"en": "beside", "de": "beside", "pseudo": "below"}[language]
    assert found == {1100: ([], 0, expected_1100), beside_from - 30: ([], 0, "below"),
                     need + chrome + 20: ([], 0, "below"), 1: ([], 0, "below")}
    _settle(qtbot, window, 1100)  # wide again: beside again
    assert _arrangement(window) == ([], 0, expected_1100)
    window.close()


def _edit_room(spin: QSpinBox, width: int) -> int:
    """The width of the spin box's text field when the spin box is `width` wide."""
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    option.rect = QRect(0, 0, width, spin.sizeHint().height())
    return spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                       QStyle.SubControl.SC_SpinBoxEditField, spin).width()


def _widest_text(spin: QSpinBox) -> int:
    """The widest value with prefix and suffix, and the text field's 2 px margins and
    cursor (QLineEdit's)."""
    metrics = spin.fontMetrics()
    return max(metrics.horizontalAdvance(spin.prefix() + spin.textFromValue(v) + spin.suffix())
               for v in (spin.minimum(), spin.maximum())) + 5


def test_the_interval_suffix_always_has_room(qtbot: QtBot, connected: App,
                                             language: str) -> None:
    """Before: Qt's minimum size hint measures "1000" without the suffix (58 px for the
    pseudo-locale's "1440[!!  mîñ ~ !!]", which needs 112): given its minimum, a
    spin box cut the suffix off."""
    window = open_window(qtbot, connected)
    wait_idle(qtbot, window)
    settings = window.open_settings()
    spins = {"sync_interval_spin": window.panel.header.interval_spin,
             "settings_interval": settings.interval,
             "settings_deletion_percent": settings.percent}
    short = {name: (_edit_room(spin, spin.minimumSizeHint().width()), _widest_text(spin))
             for name, spin in spins.items()
             if _edit_room(spin, spin.minimumSizeHint().width()) < _widest_text(spin)}
    assert short == {}
    assert [spin.suffix() != "" for spin in spins.values()] == [True, True, True]
    window.show()
    qtbot.waitExposed(window)
    _settle(qtbot, window, 1)  # the window at its minimum: the header's spin box too
    spin = window.panel.header.interval_spin
    assert _edit_room(spin, spin.width()) >= _widest_text(spin)
    assert spin.isVisible() and spin.visibleRegion().boundingRect().width() == spin.width()
    settings.reject()
    window.close()


def test_the_runs_ask_for_their_columns(qtbot: QtBot, connected: App) -> None:
    """The runs table's minimum width is what its columns need: no layout gives less."""
    window = open_window(qtbot, connected)
    wait_idle(qtbot, window)
    runs = window.panel.history.runs
    assert runs.minimumSizeHint().width() == (
        _columns_width(runs) + 2 * runs.frameWidth() + runs.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, runs))
    window.close()
