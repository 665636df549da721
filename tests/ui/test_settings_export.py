"""The settings' diagnostics export says why it did not save, in the admin's language:
a folder named as the file is not "one of IdP Wizard's own files", and the system's
reason is not the C library's English (or a Python type name)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.ui import settings_dialog
from idp_wizard.ui.settings_dialog import SettingsDialog
from idp_wizard.ui.tasks import InlineTaskRunner


def _export(qtbot: QtBot, app: App, target: Path) -> str:
    dialog = SettingsDialog(app, 40, None, InlineTaskRunner())
    qtbot.addWidget(dialog)
    assert dialog.export(target) is False
    return dialog.export_status.text()


def _full_disk(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_failed_export_says_why(qtbot: QtBot, connected: App, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "support.zip"
    folder.mkdir()  # a folder where the file should go
    assert _export(qtbot, connected, folder) == f"Not saved: {folder} is a folder; name a file."
    assert not any(folder.iterdir())
    monkeypatch.setattr(settings_dialog, "export_diagnostics", _full_disk)
    target = tmp_path / "support2.zip"
    assert _export(qtbot, connected, target) == f"Could not write {target} (the disk is full)."


@pytest.mark.usefixtures("german")
def test_a_failed_export_says_why_in_german(qtbot: QtBot, connected: App, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "support.zip"
    folder.mkdir()
    assert _export(qtbot, connected, folder) == (
        f"Nicht gespeichert: {folder} ist ein Ordner; geben Sie eine Datei an.")
    monkeypatch.setattr(settings_dialog, "export_diagnostics", _full_disk)
    target = tmp_path / "support2.zip"
    assert _export(qtbot, connected, target) == (
        f"{target} konnte nicht geschrieben werden (der Datenträger ist voll).")
