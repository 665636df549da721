"""Core's messages on German screens: the filter summary, the group-access note and the
admin actions of the history are rendered with Qt's translator (context "Core") and
read exactly like the command line's catalogue renders them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTreeWidget
from pytestqt.qtbot import QtBot

from idp_wizard import cli_language
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import ATTRIBUTES, FilterSpec
from idp_wizard.core.filter_summary import audit_summary, summarize
from idp_wizard.core.messages import msg
from idp_wizard.core.records import Directory, Employee
from idp_wizard.core.runs import RunStatus, finish_run, last_finished_run, start_run
from idp_wizard.core.store import Store
from idp_wizard.providers.permissions import GROUP_ACCESS_NOT_ASKED, GROUP_ACCESS_REQUESTED
from idp_wizard.ui.filter_editor import FilterEditor
from idp_wizard.ui.history_view import HistoryView
from idp_wizard.ui.i18n import core_text, core_text_renderer, install_translators
from tests.ui.helpers import find, set_checked


def spec(include: dict[str, tuple[str, ...]] | None = None, **flags: bool) -> FilterSpec:
    return FilterSpec(include={a: (include or {}).get(a, ()) for a in ATTRIBUTES},
                      exclude={a: () for a in ATTRIBUTES}, **flags)


def session() -> FilterSession:
    people = [Employee(id=f"e{i}", email=f"p{i}@contoso.example", display_name=f"P {i}",
                       department=("Sales", "Marketing")[i % 2]) for i in range(4)]
    return FilterSession(Directory(people, [], []))


@pytest.mark.usefixtures("german")
def test_the_gui_and_the_command_line_render_the_same_german() -> None:
    for message in (summarize(spec({"departments": ("Sales", "Marketing")},
                                   only_licensed=True)),
                    audit_summary(spec({"emails": ("a@x.example", "b@x.example")})),
                    GROUP_ACCESS_NOT_ASKED):
        assert core_text(message) == cli_language.text(message) != str(message)
    assert core_text(summarize(spec())) == "Alle Mitarbeitenden, ohne Gäste und deaktivierte Konten"


@pytest.mark.usefixtures("german")
def test_the_editor_speaks_german(qtbot: QtBot) -> None:
    editor = FilterEditor()
    qtbot.addWidget(editor)
    editor.setSession(session())
    with qtbot.waitSignal(editor.specChanged):
        set_checked(editor, "include_departments_list", "Sales")
    label = find(editor, "filter_summary")
    assert isinstance(label, QLabel)
    assert label.text() == "Mitarbeitende in Sales, ohne Gäste und deaktivierte Konten"
    editor.setGroupAccess(GROUP_ACCESS_NOT_ASKED, lambda: GROUP_ACCESS_REQUESTED)
    note = find(editor, "group_access_note")
    assert isinstance(note, QLabel)
    assert note.text().startswith("Um Mitarbeitende nach Gruppen auszuwählen")
    editor.group_access_button.click()
    assert note.text().startswith("Der Gruppenzugriff ist angefordert.")


@pytest.mark.usefixtures("german")
def test_admin_actions_are_shown_in_german(qtbot: QtBot, tmp_path: Path) -> None:
    store = Store(tmp_path / "h.sqlite3")
    try:
        store.audit("filter.change", audit_summary(spec({"departments": ("Sales",)})))
        store.audit("schedule.install", msg("{scheduler}, every {minutes} minutes",
                                            scheduler="cron", minutes="40"))
        store.audit("schedule.remove", "cron")  # plain text stays as it is
        view = HistoryView()
        qtbot.addWidget(view)
        view.reload(store)
    finally:
        store.close()
    audit = find(view, "history_audit")
    assert isinstance(audit, QTreeWidget)
    shown = [audit.topLevelItem(i).text(3) for i in range(audit.topLevelItemCount())]
    assert shown == ["cron", "cron, alle 40 Minuten",
                     "Mitarbeitende in Sales, ohne Gäste und deaktivierte Konten"]


@pytest.mark.usefixtures("german")
def test_the_batch_renderer_reads_exactly_like_core_text() -> None:
    render = core_text_renderer()
    values: list[object] = [
        summarize(spec({"departments": ("Sales", "Marketing")}, only_licensed=True)),
        msg("language {value} is not a language code; using {code}", value="'xx!'",
            code="en"),
        msg("{count} users read", count=12345), msg("{count} users read", count=7),
        GROUP_ACCESS_NOT_ASKED, "a provider's own words", ValueError("plain"),
    ]
    for _ in range(2):  # the second time from its cache of translated templates
        assert [render(v) for v in values] == [core_text(v) for v in values]
    assert render(msg("{count} users read", count=12345)) == "12.345 Benutzer gelesen"


@pytest.mark.usefixtures("german")
def test_a_run_with_thousands_of_problems_is_listed_whole(qtbot: QtBot, tmp_path: Path
                                                          ) -> None:
    store = Store(tmp_path / "h.sqlite3")
    actions = ("skipped", "warning")
    problems = [{"id": f"u{i}", "who": f"p{i}@contoso.example", "action": actions[i % 2],
                 "reason": "r", "message": msg(
                     "language {value} is not a language code; using {code}",
                     value=f"'x{i}'", code="en").to_json()} for i in range(2500)]
    try:
        run = start_run(store, "gui", "full")
        finish_run(store, run, RunStatus.SUCCEEDED, problems=problems, skipped=1250)
        view = HistoryView()
        qtbot.addWidget(view)
        view.reload(store)
        assert view.details.toPlainText() == ""  # written when the view is shown
        view.show()
        last = last_finished_run(store)
        header_run = last_finished_run(store, with_problems=False)
    finally:
        store.close()
    lines = view.details.toPlainText().splitlines()
    assert len(lines) == 2501 and lines[0].startswith("2.500 ")
    assert lines[1] == ("  • p0@contoso.example: die Sprache 'x0' ist kein Sprachcode; "
                        "verwendet wird en (übersprungen)")
    assert lines[2].endswith("(synchronisiert, mit Warnung)")
    assert last is not None and header_run is not None and len(last.problems) == 2500
    assert (header_run.problems, header_run.skipped, header_run.id) == ([], 1250, last.id)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_platform_s_refusals_are_said_apart_from_the_directory_s_problems(
        qtbot: QtBot, tmp_path: Path, language: str, request: pytest.FixtureRequest) -> None:
    """Before: every problem of the run under "N employees need attention in the
    directory", the platform's refusals included."""
    if language == "de":
        request.getfixturevalue("german")
    else:  # the English plural forms are a translation too
        qapp = QCoreApplication.instance()
        assert qapp is not None
        for translator in install_translators(qapp, "en"):
            request.addfinalizer(lambda t=translator: qapp.removeTranslator(t))
    store = Store(tmp_path / "h.sqlite3")
    problems = [{"employee_id": "u1", "who": "a@contoso.example", "action": "skipped",
                 "reason": "has no e-mail address"},
                {"employee_id": "u2", "who": "b@contoso.example", "action": "not provisioned",
                 "reason": "uniqueness (409)"},
                {"employee_id": "g1", "who": "Sales", "action": "not provisioned",
                 "reason": "mutability (400)"}]
    try:
        run = start_run(store, "gui", "full")
        finish_run(store, run, RunStatus.SUCCEEDED, problems=problems, skipped=1)
        view = HistoryView()
        qtbot.addWidget(view)
        view.reload(store)
        view.show()
    finally:
        store.close()
    heads = {"en": ("1 employee needs attention in the directory:",
                    "2 not provisioned on the platform:", "skipped", "not provisioned"),
             "de": ("1 Person im Verzeichnis benötigt Ihre Aufmerksamkeit:",
                    "2 Einträge nicht auf der Plattform bereitgestellt:", "übersprungen",
                    "nicht bereitgestellt")}[language]
    assert view.details.toPlainText().splitlines() == [
        heads[0], f"  • a@contoso.example: has no e-mail address ({heads[2]})",
        heads[1], f"  • b@contoso.example: uniqueness (409) ({heads[3]})",
        f"  • Sales: mutability (400) ({heads[3]})"]
