"""The platform's messages on a German screen (pytest-qt, offscreen), through a real
SCIM server: a user the platform refused (users column, history), a push halted by a
rejected token (status bar, the panel's platform line, the incomplete run in the
history), and a held run after it. Every sentence is the German one, the server's own
words kept as they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from idp_wizard.core.connection import save_filter
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.platform_target import TargetState
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import count_users
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.users_model import PLATFORM
from tests.platform.engine import platform_app
from tests.platform.helpers import Rig
from tests.ui.panel_support import open_window, wait_idle

pytestmark = pytest.mark.platform

REFUSED = ("Die Plattform hat das Anlegen dieses Benutzers abgelehnt (400 invalidValue): "
           "Attribute 'userName' has an invalid value.")
TOKEN_REJECTED = ("Die Plattform hat das SCIM-Token abgelehnt (401): Das Ziel benötigt ein "
                  "neues Token.")


def sync_now(qtbot: QtBot, window: MainWindow) -> str:
    action = window.findChild(QAction, "action_sync_now")
    assert action is not None
    action.trigger()
    wait_idle(qtbot, window)
    return window.statusBar().currentMessage()


def run_details(window: MainWindow, row: int) -> list[str]:
    window.panel.tabs.setCurrentWidget(window.panel.history)  # details are written shown
    runs = window.panel.history.runs
    runs.setCurrentItem(runs.topLevelItem(row))
    return window.panel.history.details.toPlainText().splitlines()


@pytest.mark.usefixtures("german")
def test_refused_user_rejected_token_and_held_run_in_german(
        qtbot: QtBot, tmp_path: Path, real_rig: Rig) -> None:
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=40)
    plan = app.sync_service().run(dry_run=True).plan
    assert plan is not None
    bad = plan.adds[3]
    real_rig.faults.reject_values = {bad.email}
    window = open_window(qtbot, app)

    shared = len(plan.adds)
    assert sync_now(qtbot, window) == (f"Synchronisiert: {shared} hinzugefügt, 0 aktualisiert, "
                                       "0 entfernt.")
    model = window.panel.users.model
    row = next(r for r in range(model.rowCount()) if model.user_id(r) == bad.id)
    assert model.data(model.index(row, PLATFORM)) == f"Fehlgeschlagen: {REFUSED}"
    assert f"  • {bad.email}: {REFUSED} (nicht bereitgestellt)" in run_details(window, 0)
    label = window.findChild(QLabel, "platform_status_label")
    assert label is not None
    assert label.text() == (
        f"{real_rig.url} · Bereit · {shared - 1} Benutzer auf der Plattform\n"
        "0 warten auf das Senden, 1 von der Plattform abgelehnt (bei jeder Synchronisierung "
        "erneut versucht)")

    real_rig.faults.reject_values = set()
    real_rig.faults.revoke_after_writes = 0  # the retry of the refused user meets a 401
    assert app.demo is not None
    app.demo.simulate_changes(1)
    assert sync_now(qtbot, window) == (
        "Die Änderungen aus dem Verzeichnis wurden gespeichert, aber die Plattform hat nicht "
        f"alle erhalten ({TOKEN_REJECTED}). Die nächste Synchronisierung sendet sie.")
    target = app.platform.target()
    assert target is not None and target.state is TargetState.NEEDS_TOKEN
    assert str(target.reason) == ("The platform rejected the SCIM token (401): the target "
                                  "needs a new token.")  # English kept beside the message
    assert label.text() == (
        f"{real_rig.url} · Neues Token nötig · {shared - 1} Benutzer auf der Plattform\n"
        "1 warten auf das Senden, 1 von der Plattform abgelehnt (bei jeder Synchronisierung "
        f"erneut versucht)\n{TOKEN_REJECTED}")
    assert window.panel.history.runs.topLevelItem(0).text(3) == "Unvollständig"
    assert run_details(window, 0)[0] == TOKEN_REJECTED

    save_filter(app.store, FilterSpec.from_json(
        {"version": 1, "include": {"departments": ["Legal"]}}), app.client_id)
    synced = count_users(app.store)
    assert sync_now(qtbot, window) == ("Die Synchronisierung wurde angehalten: Prüfen Sie die "
                                       "Entfernungen.")
    assert window.panel.history.runs.topLevelItem(0).text(3) == "Angehalten"
    assert run_details(window, 0) == [
        f"Diese Synchronisierung würde {synced} von {synced} synchronisierten Benutzern "
        "entfernen, mehr als die Hälfte. Es wurde nichts übernommen; prüfen und bestätigen "
        "Sie die Entfernungen oder korrigieren Sie das Verzeichnis oder den Filter.",
        f"{synced} Entfernungen warten auf Bestätigung."]
    assert window.panel.history.runs.topLevelItem(1).text(3) == "Unvollständig"
    assert label.text().endswith(f"\n{TOKEN_REJECTED}")  # the held run sent nothing
    app.close()
