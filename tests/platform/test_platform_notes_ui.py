"""What a run's platform part says beyond its counts (a short listing, a repair) is
shown with the run: in the panel's platform line after the run, and in the run's
details in History, in English and in German (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from tests.platform.engine import by_hand, ours
from tests.platform.helpers import Rig
from tests.platform.hostile import hostile_app
from tests.platform.test_platform_truth import EDIT, first_page_only
from tests.platform.test_platform_ui_german import run_details
from tests.ui.panel_support import open_window

pytestmark = pytest.mark.platform

TEXTS = {
    "en": ("{url} · Ready · {n} users on the platform",
           "Platform repaired: 0 re-created, 1 restored.",
           "The platform listed only 5 of the {n} users it reported (its paging is "
           "unreliable): the users it did not list were checked one by one, none was taken "
           "as gone.",
           "No problems.",
           "6 employees were skipped; who and why is no longer kept (only the newest run "
           "keeps it, and no run after a disconnect)."),
    "de": ("{url} · Bereit · {n} Benutzer auf der Plattform",
           "Plattform repariert: 0 neu angelegt, 1 wiederhergestellt.",
           "Die Plattform hat nur 5 der {n} gemeldeten Benutzer aufgelistet (ihre seitenweise "
           "Ausgabe ist unzuverlässig): Die nicht aufgelisteten Benutzer wurden einzeln "
           "geprüft, keiner wurde als nicht mehr vorhanden gewertet.",
           "Keine Probleme.",
           "6 Mitarbeitende wurden übersprungen; wer und warum, ist nicht mehr gespeichert "
           "(nur der neueste Lauf behält es, und kein Lauf nach einer Trennung)."),
}


def short_listing_run(tmp_path: Path, rig: Rig) -> tuple[App, int]:
    """A comparison whose listing stops after 5 users; one unlisted user, edited on the
    platform by hand, is read by its id and restored."""
    app, hostile, _ = hostile_app(tmp_path, rig)
    held = ours(rig)
    listed = {u["userName"] for u in by_hand(rig, "GET", "/Users?startIndex=1&count=5"
                                             ).json()["Resources"]}
    edited = sorted(set(held) - listed)[0]
    assert by_hand(rig, "PATCH", f"/Users/{held[edited]['id']}", EDIT).status_code == 204
    hostile.tamper = first_page_only
    assert app.sync_service().run(reconcile=True).status == "succeeded"
    hostile.tamper = None
    return app, len(held)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_run_s_platform_notes_in_the_panel_and_history(
        qtbot: QtBot, tmp_path: Path, real_rig: Rig, language: str,
        request: pytest.FixtureRequest) -> None:
    if language == "de":
        request.getfixturevalue("german")
    app, n = short_listing_run(tmp_path, real_rig)
    window = open_window(qtbot, app)
    head, repaired, short, none, erased = (t.format(url=real_rig.url, n=n)
                                           for t in TEXTS[language])
    label = window.findChild(QLabel, "platform_status_label")
    assert label is not None
    assert label.text().splitlines() == [head, repaired, short]
    assert run_details(window, 0) == [repaired, short, none]
    # The first sync's skipped employees: their names went with the newer run.
    assert run_details(window, 1) == [erased]
