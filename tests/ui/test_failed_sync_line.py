"""A failed sync says why on the panel's "Last sync" line, not only in the History tab."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.errors import ProviderError
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus, finish_run, list_runs, start_run
from idp_wizard.providers.api_errors import exhausted_error
from idp_wizard.providers.net_words import network_reason
from idp_wizard.ui import panel_texts
from tests.faults.helpers import force_full_read
from tests.faults.hostile import alter_users_pages

from .panel_support import open_window, wait_idle


def _last_sync_line(qtbot: QtBot, app: App) -> tuple[str, str]:
    """(the line, the run's finish time as the panel writes it) after a failed run."""
    run = start_run(app.store, "schedule", "delta")
    gave_up = exhausted_error("Microsoft Graph", "unavailable", 4,
                              network_reason(httpx.ReadTimeout("timed out")))
    finish_run(app.store, run, RunStatus.FAILED, error=gave_up.message or str(gave_up))
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    label = window.findChild(QLabel, "last_sync_label")
    assert label is not None
    finished = app.store.db.execute("SELECT finished_at FROM sync_runs WHERE id = ?",
                                    [run]).fetchone()[0]
    return label.text(), panel_texts.local_datetime(finished)


def test_the_reason_of_a_failed_sync_is_on_the_panel(qtbot: QtBot, connected: App) -> None:
    text, when = _last_sync_line(qtbot, connected)
    assert text == (f"{when} — Failed. Nothing was changed: Microsoft Graph is still not "
                    "responding after 4 attempts (no answer came in time); check the network "
                    "connection or try again later.")


@pytest.mark.usefixtures("german")
def test_the_reason_of_a_failed_sync_in_german(qtbot: QtBot, connected: App) -> None:
    text, when = _last_sync_line(qtbot, connected)
    assert text == (f"{when} \u2013 Fehlgeschlagen. Es wurde nichts geändert: Microsoft Graph "
                    "antwortet nach 4 Versuchen immer noch nicht (keine Antwort in der erwarteten "
                    "Zeit); prüfen Sie die "
                    "Netzwerkverbindung oder versuchen Sie es später erneut.")


def _refused_read(qtbot: QtBot, app: App) -> tuple[str, str]:
    """(the line, the finish time) after a real read that failed: Graph listed a user
    without an id, so the sync service stopped the run with its own "Nothing was
    applied." after the provider's sentence."""
    def without_id(b: dict[str, Any]) -> dict[str, Any]:
        first = {k: v for k, v in b["value"][0].items() if k != "id"}
        return {**b, "value": [first, *b["value"][1:]]}

    force_full_read(app)
    alter_users_pages(app, ProviderName.ENTRA, without_id)
    with pytest.raises(ProviderError):
        app.sync_service().run(trigger="schedule")
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    label = window.findChild(QLabel, "last_sync_label")
    assert label is not None
    run = list_runs(app.store, limit=1)[0]
    assert run.status is RunStatus.FAILED
    return label.text(), panel_texts.local_datetime(run.finished_at)


def test_a_refused_read_says_nothing_was_changed_once(qtbot: QtBot, connected: App) -> None:
    """Before: "Failed. Nothing was changed: Microsoft Graph listed ... (a proxy may
    rewrite the answers). Nothing was applied." — the same thing said twice."""
    text, when = _refused_read(qtbot, connected)
    assert text == (f"{when} — Failed. Nothing was changed: Microsoft Graph listed a user "
                    "without a valid id; try again later, and if it happens again, check the "
                    "network (a proxy may rewrite the answers).")


@pytest.mark.usefixtures("german")
def test_a_refused_read_says_nothing_was_changed_once_in_german(
        qtbot: QtBot, connected: App) -> None:
    text, when = _refused_read(qtbot, connected)
    assert text == (f"{when} \u2013 Fehlgeschlagen. Es wurde nichts geändert: Microsoft Graph hat "
                    "einen Benutzer ohne gültige ID geliefert; versuchen Sie es später erneut, "
                    "und wenn es wieder geschieht, prüfen Sie das Netzwerk (ein Proxy könnte "
                    "die Antworten umschreiben).")
