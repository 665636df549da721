"""Core's messages on German screens: the filter summary, the group-access note and the
admin actions of the history are rendered with Qt's translator (context "Core") and
read exactly like the command line's catalogue renders them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTreeWidget
from pytestqt.qtbot import QtBot

from idp_wizard import cli_language
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import ATTRIBUTES, FilterSpec
from idp_wizard.core.filter_summary import audit_summary, summarize
from idp_wizard.core.messages import msg
from idp_wizard.core.records import Directory, Employee
from idp_wizard.core.store import Store
from idp_wizard.providers.permissions import GROUP_ACCESS_NOT_ASKED, GROUP_ACCESS_REQUESTED
from idp_wizard.ui.filter_editor import FilterEditor
from idp_wizard.ui.history_view import HistoryView
from idp_wizard.ui.i18n import core_text
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
