"""The criteria editor: pickers, people, toggles, summary, live count, preview."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QTableView,
)
from pytestqt.qtbot import QtBot

from idp_wizard.compose import open_app
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import ATTRIBUTES, FilterSpec
from idp_wizard.core.options import Option, account_counts
from idp_wizard.core.records import ProviderName
from idp_wizard.paths import ProfilePaths
from idp_wizard.ui.filter_editor import FilterEditor, share_text
from idp_wizard.ui.filter_editor.options_model import OptionsModel, OptionsProxy
from idp_wizard.ui.i18n import install_translators
from tests.flows import sign_in
from tests.ui.helpers import find, set_checked


def spec(include: dict[str, tuple[str, ...]] | None = None,
         exclude: dict[str, tuple[str, ...]] | None = None, **flags: bool) -> FilterSpec:
    return FilterSpec(include={a: (include or {}).get(a, ()) for a in ATTRIBUTES},
                      exclude={a: (exclude or {}).get(a, ()) for a in ATTRIBUTES}, **flags)


@pytest.fixture(scope="module")
def sessions(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, FilterSession]]:
    out = {}
    for provider in ProviderName:
        app = open_app(ProfilePaths(tmp_path_factory.mktemp(provider.value), demo=True),
                  demo_size=400)
        out[provider.value] = app.rules_sync(conn=sign_in(app, provider))
        app.close()
    yield out


@pytest.fixture
def editor(qtbot: QtBot, sessions: dict[str, FilterSession]) -> FilterEditor:
    widget = FilterEditor()
    qtbot.addWidget(widget)
    widget.setSession(sessions["google"])
    widget.resize(900, 600)
    widget.show()
    return widget


def test_share_text_uses_locale_numbers() -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert share_text(1234, 4800) == "Share 1,234 out of 4,800 employees"
    finally:
        QLocale.setDefault(previous)


def _share_texts(qapp: QApplication, lang: str, counts: list[tuple[int, int]]) -> list[str]:
    """share_text of each (count, total) with the app's translators of `lang`."""
    translators = install_translators(qapp, lang)
    try:
        return [share_text(count, total) for count, total in counts]
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        QLocale.setDefault(QLocale("en_US"))


def test_share_text_of_one_employee_reads_right(qapp: QApplication) -> None:
    """Before: "Share 1 out of 1 employees". German: "von einem Mitarbeitenden" and "von
    zwei Mitarbeitenden" share their form."""
    counts = [(1, 1), (0, 1), (1, 2), (1234, 4800)]
    assert _share_texts(qapp, "en", counts) == [
        "Share 1 out of 1 employee", "Share 0 out of 1 employee",
        "Share 1 out of 2 employees", "Share 1,234 out of 4,800 employees"]
    assert _share_texts(qapp, "de", counts) == [
        "1 von 1 Mitarbeitenden freigeben", "0 von 1 Mitarbeitenden freigeben",
        "1 von 2 Mitarbeitenden freigeben", "1.234 von 4.800 Mitarbeitenden freigeben"]


def test_starts_with_the_default_filter(editor: FilterEditor) -> None:
    session = editor.session()
    assert session is not None
    assert editor.spec() == FilterSpec.default()
    assert editor.count() == session.count(FilterSpec.default()) > 0
    assert editor.total() == session.total


def test_spec_round_trip(editor: FilterEditor, sessions: dict[str, FilterSession]) -> None:
    options = sessions["google"].options()
    group = options["groups"][0].value
    unit = next(o.value for o in options["org_units"] if o.value != "/")
    email = sessions["google"].directory.employees[0].email
    wanted = spec({"groups": (group,), "departments": ("Sales", "Engineering"),
                   "org_units": (unit,), "emails": (email,)},
                  {"locations": ("Berlin",), "job_titles": (options["job_titles"][0].value,)},
                  include_guests=True, include_disabled=True)
    editor.setSpec(wanted)
    assert editor.spec() == wanted
    assert find(editor, "include_guests_checkbox").isChecked()  # type: ignore[attr-defined]


def test_checking_a_value_changes_spec_count_and_summary(
        qtbot: QtBot, editor: FilterEditor) -> None:
    session = editor.session()
    assert session is not None
    with qtbot.waitSignal(editor.specChanged):
        set_checked(editor, "include_departments_list", "Sales")
    assert editor.spec().include["departments"] == ("Sales",)
    assert editor.count() == session.count(editor.spec())
    summary = find(editor, "filter_summary")
    assert isinstance(summary, QLabel)
    assert summary.text() == "Employees in Sales, excluding guests and disabled accounts"
    with qtbot.waitSignal(editor.specChanged):
        qtbot.mouseClick(find(editor, "include_disabled_checkbox"), Qt.MouseButton.LeftButton)
    assert editor.spec().include_disabled


def test_one_count_per_click(qtbot: QtBot, editor: FilterEditor,
                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The live count is computed once per change, however many read it (the share
    button, the tab title, the empty-state note)."""
    session = editor.session()
    assert session is not None
    calls: list[FilterSpec] = []
    real = session.count

    def counted(spec: FilterSpec) -> int:
        calls.append(spec)
        return real(spec)
    monkeypatch.setattr(session, "count", counted)
    editor.specChanged.connect(lambda: (editor.count(), editor.count()))
    with qtbot.waitSignal(editor.specChanged):
        set_checked(editor, "include_departments_list", "Sales")
    assert len(calls) == 1 and editor.count() == real(editor.spec())


def test_search_filters_the_list(qtbot: QtBot, editor: FilterEditor) -> None:
    view = find(editor, "include_groups_list")
    assert isinstance(view, QListView)
    before = view.model().rowCount()
    search = find(editor, "include_groups_search")
    assert isinstance(search, QLineEdit)
    qtbot.keyClicks(search, "office")
    after = view.model().rowCount()
    assert 0 < after < before
    for row in range(after):
        assert "office" in view.model().index(row, 0).data().casefold()


def test_groups_named_by_display_name_and_unknown_values(editor: FilterEditor) -> None:
    session = editor.session()
    assert session is not None
    group = session.options()["groups"][0]
    editor.setSpec(spec({"groups": (group.label, "Deleted group")}))
    assert editor.spec().include["groups"] == (group.value, "Deleted group")
    view = find(editor, "include_groups_list")
    assert isinstance(view, QListView)
    labels = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert "Deleted group" in labels


def test_org_units_show_paths(editor: FilterEditor) -> None:
    view = find(editor, "include_org_units_list")
    assert isinstance(view, QListView)
    labels = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert labels and all(label.startswith("/") for label in labels)


def test_entra_hides_org_units(qtbot: QtBot, sessions: dict[str, FilterSession]) -> None:
    widget = FilterEditor()
    qtbot.addWidget(widget)
    widget.setSession(sessions["entra"])
    attributes = find(widget, "filter_attributes")
    assert isinstance(attributes, QListWidget)
    hidden = [attributes.item(i).text() for i in range(attributes.count())
              if attributes.item(i).isHidden()]
    assert hidden == ["Org units"]


def test_nobody_matches_says_why(editor: FilterEditor) -> None:
    editor.setSpec(spec({"departments": ("Sales",)}, {"departments": ("Sales",)}))
    assert editor.count() == 0
    status = find(editor, "filter_status")
    assert isinstance(status, QLabel) and status.isVisible()
    assert status.text() == ("No employee matches these criteria: Employees in Sales, except "
                             "Sales, excluding guests and disabled accounts.")


def test_people_picker_adds_and_excludes(qtbot: QtBot, editor: FilterEditor) -> None:
    session = editor.session()
    assert session is not None
    guest = next(e for e in session.directory.employees if e.enabled and not e.guest)
    editor.attributes.setCurrentRow(editor.attributes.count() - 1)
    search = find(editor, "people_search")
    assert isinstance(search, QLineEdit)
    qtbot.keyClicks(search, guest.email)
    results = find(editor, "people_results")
    assert isinstance(results, QListWidget) and results.count() >= 1
    with qtbot.waitSignal(editor.specChanged):
        qtbot.mouseClick(find(editor, "people_exclude_button"), Qt.MouseButton.LeftButton)
    assert editor.spec().exclude["emails"] == (results.currentItem().data(
        Qt.ItemDataRole.UserRole + 1),)
    assert editor.count() == session.count(editor.spec())
    excluded = find(editor, "people_excluded")
    assert isinstance(excluded, QListWidget)
    excluded.setCurrentRow(0)
    qtbot.mouseClick(find(editor, "people_remove_button"), Qt.MouseButton.LeftButton)
    assert editor.spec().exclude["emails"] == ()


def test_preview_lists_the_matching_employees(qtbot: QtBot, editor: FilterEditor) -> None:
    session = editor.session()
    assert session is not None
    editor.setSpec(spec({"departments": ("Marketing",)}))
    editor.tabs.setCurrentWidget(editor.matching)
    table = find(editor, "matching_table")
    assert isinstance(table, QTableView)
    assert table.model().rowCount() == editor.count()
    first = table.model().index(0, 2).data()
    assert first == "Marketing"
    search = find(editor, "matching_search")
    qtbot.keyClicks(search, "zzzz-nobody")
    assert table.model().rowCount() == 0


def test_large_value_lists_filter_and_check(qtbot: QtBot) -> None:
    """How fast: benchmarks/bench_micro.py (`options_20k_ms`)."""
    model = OptionsModel("groups")
    options = [Option(f"id{i}", f"Group {i:05}", i) for i in range(20_000)]
    model.set_options(options)
    proxy = OptionsProxy()
    proxy.setSourceModel(model)
    view = QListView()
    qtbot.addWidget(view)
    view.setUniformItemSizes(True)
    view.setModel(proxy)
    view.show()
    proxy.setFilterFixedString("group 1999")
    assert proxy.rowCount() == 10  # Group 19990 … Group 19999
    model.set_checked(["id5", "Group 00007"])
    assert model.checked() == ("id5", "id7")


def test_account_switches_show_their_counts_and_only_licensed_filters(
        qtbot: QtBot, sessions: dict[str, FilterSession]) -> None:
    widget = FilterEditor()
    qtbot.addWidget(widget)
    entra = sessions["entra"]
    widget.setSession(entra)
    counts = account_counts(entra.index)
    assert counts["guests"] > 0 and counts["disabled"] > 0 and counts["unlicensed"] > 0
    boxes = {name: find(widget, name) for name in (
        "include_guests_checkbox", "include_disabled_checkbox", "only_licensed_checkbox")}
    assert [b.text() for b in boxes.values()] == [  # type: ignore[attr-defined]
        f"Include &guests ({counts['guests']})",
        f"Include &disabled accounts ({counts['disabled']})",
        f"Only &licensed accounts (leaves out {counts['unlicensed']})"]
    assert not boxes["only_licensed_checkbox"].isHidden()
    assert not find(widget, "accounts_hint").isHidden()
    before = widget.count()
    boxes["only_licensed_checkbox"].setChecked(True)  # type: ignore[attr-defined]
    assert widget.spec().only_licensed is True
    assert widget.count() == entra.count(FilterSpec(only_licensed=True)) < before
    assert widget.summary().endswith(", only licensed accounts")
    # Google licenses every user and lists no rooms: nothing to leave out, no switch.
    widget.setSession(sessions["google"])
    assert find(widget, "only_licensed_checkbox").isHidden()
    assert find(widget, "accounts_hint").isHidden()


def test_group_access_hook_explains_and_requests(
        qtbot: QtBot, sessions: dict[str, FilterSession]) -> None:
    widget = FilterEditor()
    qtbot.addWidget(widget)
    widget.setSession(sessions["entra"])
    groups_row = widget.attributes.item(0)
    note, button = find(widget, "group_access_note"), find(widget, "request_group_access_button")
    assert note.isHidden() and button.isHidden()
    requested: list[str] = []

    def request() -> str:
        requested.append("asked")
        return "Group access is requested."
    widget.setGroupAccess("Choosing employees by group needs permission.", request)
    assert note.text() == "Choosing employees by group needs permission."  # type: ignore[attr-defined]
    assert not note.isHidden() and not button.isHidden() and not groups_row.isHidden()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert requested == ["asked"] and button.isHidden()
    assert note.text() == "Group access is requested."  # type: ignore[attr-defined]
    widget.setGroupAccess(None)
    assert note.isHidden()
