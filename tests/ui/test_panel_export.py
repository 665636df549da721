"""The panel's CSV export: the rows without spreadsheet formulas, exactly the rows the
table shows, in its order."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.users import count_users, synced_rows
from idp_wizard.ui.main_window import MainWindow

from .panel_support import open_window, wait_idle


@pytest.fixture
def app(connected: App) -> App:
    """Connected to Entra and synced (the `connected` of conftest.py)."""
    return connected


@pytest.fixture
def window(qtbot: QtBot, app: App) -> MainWindow:
    return open_window(qtbot, app)


def _export(qtbot: QtBot, window: MainWindow, target: Path,
            monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """The panel's Export CSV… to `target`; the rows of the file."""
    monkeypatch.setattr("idp_wizard.ui.panel_actions.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(target), ""))
    window.findChild(QAction, "action_export_csv").trigger()
    wait_idle(qtbot, window)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_csv_export_writes_the_rows_without_formulas(
        qtbot: QtBot, window: MainWindow, app: App, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with app.store.transaction() as db:  # a directory value that a spreadsheet would run
        db.execute("UPDATE synced_users SET department = '=HYPERLINK(1)' WHERE rowid = "
                   "(SELECT min(rowid) FROM synced_users)")
    rows = _export(qtbot, window, tmp_path / "out.csv", monkeypatch)
    assert len(rows) == count_users(app.store)
    assert {r["id"] for r in rows} == set(synced_rows(app.store))
    assert "'=HYPERLINK(1)" in {r["department"] for r in rows}
    assert "=HYPERLINK(1)" not in {r["department"] for r in rows}


def test_csv_export_holds_exactly_the_rows_the_table_shows_in_its_order(
        qtbot: QtBot, window: MainWindow, app: App, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    users = window.panel.users
    model = users.model
    # A search and a sort by department, descending (not the name order an export used).
    users.search.setText("müller")
    users.apply_search()
    model.sort(2, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, window)
    rows = synced_rows(app.store)
    shown = [model.user_id(r) for r in range(model.rowCount())]
    assert len(shown) >= 3
    assert all("müller" in rows[uid].display_name.casefold() for uid in shown)
    departments = [rows[uid].department.casefold() for uid in shown]
    assert departments == sorted(departments, reverse=True)
    assert shown != sorted(shown, key=lambda uid: rows[uid].display_name.casefold())
    assert [r["id"] for r in _export(qtbot, window, tmp_path / "shown.csv",
                                     monkeypatch)] == shown
    assert window.statusBar().currentMessage().startswith(f"Exported {len(shown)} users")
