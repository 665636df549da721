"""The Qt bindings' reference leak on every emit (PySide6 6.12.0) cannot abort the app."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from idp_wizard.ui import pyside_fixes


def test_many_emits_keep_true_alive(qtbot: QtBot) -> None:
    pyside_fixes.apply()
    probe = pyside_fixes._Probe()
    # Without the fix, a leaking binding takes True's count to zero well before this.
    for _ in range(50_000):
        probe.ping.emit()
    assert sys.getrefcount(True) > 1_000
    assert pyside_fixes.apply() is False  # once per process
