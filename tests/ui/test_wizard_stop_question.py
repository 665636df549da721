"""Esc (or Cancel) while the wizard works asks before stopping, and Enter, pressed by
habit, answers No: the sign-in or the first sync goes on. Before, the question's
default button was Yes, so Esc then Enter threw away a setup in progress."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.progress import CancelToken
from idp_wizard.core.records import ProviderName
from idp_wizard.ui.tasks import TaskRunner
from tests.ui.helpers import click, page_name, wait_page
from tests.ui.wizard_support import make_wizard


def test_enter_does_not_stop_a_sign_in_in_progress(
        qtbot: QtBot, app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    def waiting(provider: ProviderName, options: object, cancel: CancelToken,
                reauthorizing: object = None) -> object:
        while not cancel.wait(0.01):
            pass
        cancel.raise_if_cancelled()
        return None
    monkeypatch.setattr(app.auth, "sign_in", waiting)
    runner = TaskRunner()
    wizard = make_wizard(qtbot, app, runner=runner)
    asked: list[tuple[str, QMessageBox.StandardButton]] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        default = box.defaultButton()
        asked.append((box.text(), box.standardButton(default) if default else
                      QMessageBox.StandardButton.NoButton))
        qtbot.keyClick(box, Qt.Key.Key_Return)
    try:
        click(qtbot, wizard, "connect_entra")
        click(qtbot, wizard, "next_button")
        wait_page(qtbot, wizard, "page_sign_in")
        click(qtbot, wizard, "sign_in_button")
        qtbot.waitUntil(lambda: wizard.ctx.busy)
        QTimer.singleShot(0, press_enter)
        wizard.reject()  # what Esc and Cancel do
        assert asked == [("Stop and cancel the setup? Nothing will be saved.",
                          QMessageBox.StandardButton.No)]
        assert wizard.isVisible() and wizard.ctx.busy
        assert page_name(wizard) == "page_sign_in"
    finally:
        wizard.confirm = lambda _question: True
        wizard.reject()
        runner.wait_for_done(10_000)
    assert not wizard.isVisible()
