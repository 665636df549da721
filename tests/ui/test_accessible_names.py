"""Every control the Tab key reaches has a name a screen reader can say: a text of its
own, an accessible name, or a label it is the buddy of. Before, the settings' read-only
data folder path was announced as an unnamed edit field (its label was no buddy)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.wizard import WizardMode
from tests.ui.helpers import find
from tests.ui.wizard_support import make_wizard

from .panel_support import open_window, wait_idle


def _named_by_itself(widget: QWidget) -> bool:
    """Controls whose name comes from what they show: a button's text (not a symbol
    like ⋮), a tab bar's tab titles, a tab widget's (its tab bar is what has focus)."""
    if isinstance(widget, QAbstractButton):
        return any(ch.isalnum() for ch in widget.text())
    return isinstance(widget, (QTabBar, QTabWidget))


def unnamed(window: QWidget) -> list[str]:
    """The visible controls Tab reaches that have no name, by object name."""
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel)
               if label.buddy() is not None}
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # a spin box's own line edit: the spin box is named
        if widget.accessibleName() or id(widget) in buddies or _named_by_itself(widget):
            continue
        found.append(widget.objectName() or type(widget).__name__)
    return found


def test_the_panel_and_its_history_name_every_control(qtbot: QtBot, connected: App) -> None:
    window = open_window(qtbot, connected)
    window.show()
    wait_idle(qtbot, window)
    assert unnamed(window) == []
    window.panel.tabs.setCurrentWidget(window.panel.history)
    assert unnamed(window) == []


def test_the_settings_name_every_control(qtbot: QtBot, connected: App) -> None:
    window = open_window(qtbot, connected)
    window.show()
    settings = window.open_settings()
    qtbot.waitExposed(settings)
    assert unnamed(settings) == []
    folder = find(settings, "settings_data_folder")
    labels = [label.text() for label in settings.findChildren(QLabel)
              if label.buddy() is folder]
    assert labels == ["Data folder (database and logs):"]


def test_the_filter_step_names_every_control(qtbot: QtBot, connected: App) -> None:
    wizard = make_wizard(qtbot, connected, WizardMode.EDIT_FILTERS)
    qtbot.waitUntil(lambda: find(wizard, "share_button").isEnabled())
    assert unnamed(wizard) == []
