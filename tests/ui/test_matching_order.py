"""The filter step's matching employees come in a readable order: by name, accents among
their base letters as in the panel's users list, and a click on a column's header sorts
by that column (again: the exact reverse). Before, they came in directory order."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from idp_wizard.compose import open_app
from idp_wizard.core.collation import sort_key
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import Employee, ProviderName
from idp_wizard.paths import ProfilePaths
from idp_wizard.ui.filter_editor import FilterEditor
from tests.flows import sign_in
from tests.ui.helpers import find


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FilterSession]:
    app = open_app(ProfilePaths(tmp_path_factory.mktemp("entra"), demo=True), demo_size=200)
    yield app.rules_sync(conn=sign_in(app, ProviderName.ENTRA))
    app.close()


def _editor(qtbot: QtBot, session: FilterSession) -> FilterEditor:
    editor = FilterEditor()
    qtbot.addWidget(editor)
    editor.setSession(session)
    editor.resize(900, 600)
    editor.show()
    editor.tabs.setCurrentWidget(editor.matching)
    return editor


def _table(editor: FilterEditor) -> QTableView:
    table = find(editor, "matching_table")
    assert isinstance(table, QTableView)
    return table


def _column(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _click_header(qtbot: QtBot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def _by(field: str, shared: list[Employee]) -> list[str]:
    """The expected e-mails: by the field's sort key, ties by the name's, then
    directory order (what the panel's users list does, ties by rowid)."""
    order = sorted(range(len(shared)), key=lambda i: (
        sort_key(getattr(shared[i], field)), sort_key(shared[i].display_name), i))
    return [shared[i].email for i in order]


def test_matching_employees_are_sorted_by_name(qtbot: QtBot, session: FilterSession) -> None:
    shared = session.matching(FilterSpec.default())
    assert len(shared) == 182
    table = _table(_editor(qtbot, session))
    names = _column(table.model(), 0)
    assert len(names) == 182
    assert _column(table.model(), 1) == _by("display_name", shared)
    assert names[:6] == ["Ada Admin", "Álvaro García", "Álvaro Sánchez", "Ana Conceição",
                         "Ana Conceição", "Ana Silva"]
    # Accented and special letters among their base letters, not after "Z".
    assert names.index("Lukas Groß") < names.index("Łukasz Żółć") < names.index("Mateo Fernández")
    assert names[-3:] == ["Yui Sato", "Zoë Müller-Lüdenscheidt", "王秀英"]
    assert table.horizontalHeader().sortIndicatorSection() == 0


def test_a_header_click_sorts_by_its_column(qtbot: QtBot, session: FilterSession) -> None:
    shared = session.matching(FilterSpec.default())
    editor = _editor(qtbot, session)
    table = _table(editor)
    model = table.model()
    table.selectRow(0)  # the selection follows its employee
    assert model.index(0, 1).data() == "admin@contoso.example"
    _click_header(qtbot, table, 2)
    [selected] = table.selectionModel().selectedRows(1)
    assert selected.data() == "admin@contoso.example" and selected.row() > 0
    assert table.horizontalHeader().sortIndicatorSection() == 2
    assert _column(model, 1) == _by("department", shared)
    departments = _column(model, 2)
    # The room and the shared mailbox have none.
    assert departments[:3] == ["", "", "Customer Success"]
    assert departments[-1] == "Support"
    _click_header(qtbot, table, 2)  # again: the exact reverse
    assert _column(model, 1) == _by("department", shared)[::-1]
    _click_header(qtbot, table, 1)
    assert _column(model, 1) == _by("email", shared)
    # A search keeps the order; so does a new filter's list.
    editor.matching.search.setText("wagner")
    assert _column(model, 1) == [e for e in _by("email", shared) if "wagner" in e]
    assert len(_column(model, 1)) == 12
    editor.matching.search.clear()
    sales = FilterSpec.from_json({"version": 1, "include": {"departments": ["Sales"]}})
    editor.setSpec(sales)
    assert _column(model, 1) == _by("email", session.matching(sales))
    assert len(_column(model, 1)) == 30
    # Wider than the first list (guests and disabled accounts too): still in order.
    wider = FilterSpec.from_json({"version": 1, "include_guests": True,
                                  "include_disabled": True})
    editor.setSpec(wider)
    assert _column(model, 1) == _by("email", session.matching(wider))
    assert len(_column(model, 1)) == len(session.matching(wider)) > 182
