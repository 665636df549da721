"""A connection that needs reauthorization: the panel says why once (in the reason box),
and "Paused until ..." fits on the Next sync line."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.connection import ConnectionState, load_connection
from idp_wizard.core.errors import ProviderError, SyncSkipped
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.reader import DirectoryReader
from idp_wizard.core.runs import RunStatus, list_runs
from idp_wizard.demo.environment import DemoAuthenticator
from idp_wizard.providers.entra_errors import damaged_cache
from idp_wizard.providers.graph import GraphReader, make_graph_http
from idp_wizard.providers.http import make_client
from idp_wizard.ui import panel_texts
from idp_wizard.ui.main_window import MainWindow

from .panel_support import open_window, wait_idle


class _RefusingTokens:
    """A token source whose renewal fails as the real one does."""

    def __init__(self, error: ProviderError) -> None:
        self.error = error

    def access_token(self, force_refresh: bool = False) -> str:
        raise self.error


def _damaged_sign_in(qtbot: QtBot, app: App) -> tuple[MainWindow, str]:
    """A real sync whose saved sign-in cannot be read: (the window, the run's finish time)."""
    auth = app.auth
    assert isinstance(auth, DemoAuthenticator)

    def reader(conn: object) -> DirectoryReader:
        client = make_client(auth.tenant.backend().transport())
        return GraphReader(make_graph_http(client, _RefusingTokens(damaged_cache())))

    auth.reader = reader  # type: ignore[method-assign,assignment]
    with pytest.raises(ProviderError):
        app.sync_service().run(trigger="manual")
    conn = load_connection(app.store)
    assert conn is not None and conn.state is ConnectionState.NEEDS_REAUTHORIZATION
    run = list_runs(app.store, limit=1)[0]
    assert run.status is RunStatus.FAILED
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    return window, panel_texts.local_datetime(run.finished_at)


def _text(window: MainWindow, name: str) -> str:
    label = window.findChild(QLabel, name)
    assert label is not None
    return label.text()


def test_the_reauthorization_reason_is_said_once(qtbot: QtBot, connected: App) -> None:
    """Before: the Last sync line repeated the box's sentence after "Nothing was changed:"."""
    window, when = _damaged_sign_in(qtbot, connected)
    assert _text(window, "state_reason_label") == (
        "The connection needs to be authorized again; scheduled syncs are paused until "
        "then. The synced users are kept.\nThe saved Microsoft sign-in in the keychain is "
        "damaged and cannot be read; reauthorize the connection to replace it.")
    assert _text(window, "last_sync_label") == (
        f"{when} — Failed: the connection needs to be authorized again (see above). "
        "Nothing was changed.")


@pytest.mark.usefixtures("german")
def test_the_reauthorization_reason_is_said_once_in_german(
        qtbot: QtBot, connected: App) -> None:
    window, when = _damaged_sign_in(qtbot, connected)
    assert _text(window, "last_sync_label") == (
        f"{when} \u2013 Fehlgeschlagen: Die Verbindung muss erneut autorisiert werden (siehe "
        "oben). Es wurde nichts geändert.")


def _next_sync_lines(window: MainWindow) -> tuple[str, int]:
    """(the Next sync text, how many lines it takes at the window's default size)."""
    label = window.findChild(QLabel, "next_sync_label")
    assert label is not None
    window.show()  # at its default size, 1100 x 720
    QTest.qWait(50)
    return label.text(), label.height() // label.fontMetrics().lineSpacing()


def test_paused_fits_on_one_line(qtbot: QtBot, connected: App) -> None:
    """Before: "Paused until the connection is / reauthorized" on two lines."""
    window, _ = _damaged_sign_in(qtbot, connected)
    assert _next_sync_lines(window) == ("Paused until the connection is reauthorized", 1)


@pytest.mark.usefixtures("german")
def test_paused_fits_on_one_line_in_german(qtbot: QtBot, connected: App) -> None:
    window, _ = _damaged_sign_in(qtbot, connected)
    assert _next_sync_lines(window) == (
        "Pausiert, bis die Verbindung erneut autorisiert ist", 1)


BOX = ("The connection needs to be authorized again; scheduled syncs are paused until then. "
       "The synced users are kept.\nThe saved Microsoft sign-in in the keychain is damaged "
       "and cannot be read; reauthorize the connection to replace it.")


def _skipped_schedule(qtbot: QtBot, app: App) -> tuple[MainWindow, str]:
    """The sign-in damaged, then a scheduled sync (the command line's, run by the
    system's scheduler) skipped for it: (the window, the skipped run's finish time)."""
    _damaged_sign_in(qtbot, app)[0].close()
    with pytest.raises(SyncSkipped):
        app.sync_service().run(trigger="schedule")
    run = list_runs(app.store, limit=1)[0]
    assert (run.trigger, run.status) == ("schedule", RunStatus.FAILED)
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    return window, panel_texts.local_datetime(run.finished_at)


def test_a_skipped_scheduled_sync_says_the_reason_once(qtbot: QtBot, connected: App) -> None:
    """Before: the Last sync line quoted the box's reason inside the skip's sentence
    ("... needs reauthorization (The saved Microsoft sign-in ...). Reauthorize it ...")."""
    window, when = _skipped_schedule(qtbot, connected)
    assert _text(window, "state_reason_label") == BOX
    assert _text(window, "last_sync_label") == (
        f"{when} — Failed: the scheduled sync was skipped because the connection needs to "
        "be authorized again (see above). Nothing was changed.")


@pytest.mark.usefixtures("german")
def test_a_skipped_scheduled_sync_says_the_reason_once_in_german(
        qtbot: QtBot, connected: App) -> None:
    window, when = _skipped_schedule(qtbot, connected)
    assert _text(window, "last_sync_label") == (
        f"{when} \u2013 Fehlgeschlagen: Die geplante Synchronisierung wurde übersprungen, weil "
        "die Verbindung erneut autorisiert werden muss (siehe oben). Es wurde nichts "
        "geändert.")


def test_a_held_filter_change_box_also_says_why_reauthorization_is_needed(
        qtbot: QtBot, connected: App) -> None:
    """A filter change waiting for confirmation fills the box: the Last sync line's "see
    above" must still find the reason there (before, it was said nowhere)."""
    sales = FilterSpec.from_json({"version": 1, "include": {"departments": ["Sales"]}})
    assert connected.save_filter_and_sync(sales, connected.rules_sync()).status == "held"
    window, when = _damaged_sign_in(qtbot, connected)
    box = _text(window, "state_reason_label")
    assert box.startswith("A change of the user filters waits for your confirmation: ")
    assert box.endswith("Until you confirm it, the current filters stay in force.\n" + BOX)
    assert _text(window, "last_sync_label") == (
        f"{when} — Failed: the connection needs to be authorized again (see above). "
        "Nothing was changed.")
