"""Edit user filters' change preview, as the admin reads it: said while it is prepared,
each count with its own plural, a button that says what it does, and Enter never
removes anyone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.user_record import UserRecord
from idp_wizard.core.wizard import WizardMode
from idp_wizard.ui.i18n import install_translators
from idp_wizard.ui.wizard.preview_dialog import ChangePreviewDialog
from tests.ui.helpers import find, set_checked
from tests.ui.wizard_support import make_wizard


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English as the app starts it: with the singulars of its counts."""
    translators = install_translators(qapp, "en")
    yield
    for t in translators:
        qapp.removeTranslator(t)


def _people(n: int, start: int = 0) -> list[UserRecord]:
    return [UserRecord(f"u{i}", f"p{i}@x.example", f"Person {i}", *[""] * 11, True, False)
            for i in range(start, start + n)]


def _dialog(qtbot: QtBot, adds: int, removals: int, updates: int = 0) -> ChangePreviewDialog:
    updated = [(r, ("department",)) for r in _people(updates, 5_000)]
    plan = SyncPlan(directory_users=9_000, adds=_people(adds), updates=updated,
                    removals=_people(removals, 1_000))
    dialog = ChangePreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _button(dialog: QWidget, name: str) -> QPushButton:
    button = find(dialog, name)
    assert isinstance(button, QPushButton)
    return button


@pytest.mark.usefixtures("english")
def test_removals_are_counted_in_words_and_enter_cancels(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, adds=1, removals=1_289, updates=1)
    assert find(dialog, "change_preview_headline").text() == (  # type: ignore[attr-defined]
        "1 employee will be added.\n1,289 employees will be removed.")
    confirm = _button(dialog, "confirm_changes_button")
    cancel = _button(dialog, "cancel_changes_button")
    assert confirm.text() == "A&pply and remove 1,289 employees"
    assert not confirm.isDefault() and not confirm.autoDefault() and cancel.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # pressed by habit: nobody is removed
    assert dialog.result() == ChangePreviewDialog.DialogCode.Rejected
    assert not dialog.isVisible()


@pytest.mark.usefixtures("english")
def test_only_additions_can_be_applied_with_enter(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, adds=2, removals=0)
    assert find(dialog, "change_preview_headline").text() == (  # type: ignore[attr-defined]
        "2 employees will be added.")
    confirm = _button(dialog, "confirm_changes_button")
    assert confirm.text() == "A&pply the filter" and confirm.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.result() == ChangePreviewDialog.DialogCode.Accepted


@pytest.mark.usefixtures("english")
def test_only_updates_say_that_nobody_is_added_or_removed(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, adds=0, removals=0, updates=1)
    labels = [w.text() for w in dialog.findChildren(type(find(dialog, "change_preview_headline")))]
    assert labels[:2] == ["No employee is added or removed.",
                          "The details of 1 employee will be updated."]


@pytest.mark.usefixtures("german")
def test_the_preview_in_german(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, adds=1, removals=701, updates=3)
    assert find(dialog, "change_preview_headline").text() == (  # type: ignore[attr-defined]
        "1 Person wird hinzugefügt.\n701 Mitarbeitende werden entfernt.")
    assert dialog.windowTitle() == "Filteränderung bestätigen"
    assert _button(dialog, "confirm_changes_button").text() == (
        "Übernehmen und 701 Mitarbeitende &entfernen")
    assert find(dialog, "show_removed_button").text() == (  # type: ignore[attr-defined]
        "&Zu entfernende Mitarbeitende anzeigen")
    assert "(&" not in find(dialog, "show_added_button").text()  # type: ignore[attr-defined]
    assert _button(dialog, "cancel_changes_button").text() == "Abbrechen"


def test_the_button_says_the_preview_is_being_prepared(qtbot: QtBot, connected: App) -> None:
    wizard = make_wizard(qtbot, connected, WizardMode.EDIT_FILTERS)
    share = _button(wizard, "share_button")
    qtbot.waitUntil(share.isEnabled)
    ready = share.text()
    assert ready.startswith("Share ") and ready.endswith(" employees")
    set_checked(wizard, "include_departments_list", "Sales")
    ready = share.text()
    share.click()  # planned on the task runner: its result comes through the event loop
    assert share.text() == "Preparing the preview…" and not share.isEnabled()
    qtbot.waitUntil(lambda: wizard.findChild(ChangePreviewDialog) is not None)
    assert share.text() == ready and share.isEnabled()
