"""The users table after a sync: reloaded on workers, in order, with the search kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.collation import sort_key
from idp_wizard.core.errors import StoreError
from idp_wizard.core.messages import msg
from idp_wizard.core.users_listing import search_text
from idp_wizard.ui import main_window, users_loading
from idp_wizard.ui.panel_texts import number
from idp_wizard.ui.users_view import UsersView
from tests.ui.panel_support import connected_app, open_window, wait_idle


def _expected(app: object, needle: str) -> list[str]:
    """Every synced user matching `needle`, by a full read and a full sort by name."""
    rows = app.store.db.execute(  # type: ignore[attr-defined]
        "SELECT rowid, id, display_name, email, department FROM synced_users "
        "WHERE client_id = ?", [app.client_id]).fetchall()  # type: ignore[attr-defined]
    rows.sort(key=lambda r: (sort_key(r[2]), r[0]))
    return [r[1] for r in rows if needle in search_text(r[2], r[3], r[4])]


@pytest.mark.parametrize("background", [False, True])
def test_a_sync_reloads_the_table_with_the_search_kept(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        background: bool) -> None:
    if background:  # the first fill on a worker too
        monkeypatch.setattr(main_window, "BACKGROUND_FILL", 1)
    app = connected_app(tmp_path, size=300)
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    users = window.panel.users
    model = users.model
    assert [model.user_id(r) for r in range(model.rowCount())] == _expected(app, "")
    users.search.setText("Sales")
    users.apply_search()
    before = [model.user_id(r) for r in range(model.rowCount())]
    assert before == _expected(app, "sales") and 0 < len(before) < model.total
    assert app.demo is not None
    app.demo.simulate_changes(4)  # joiners, leavers and moves
    window.findChild(QAction, "action_sync_now").trigger()
    wait_idle(qtbot, window)
    after = [model.user_id(r) for r in range(model.rowCount())]
    assert after == _expected(app, "sales") != before
    assert model.total == len(_expected(app, ""))
    assert users.count_label.text() == f"{number(len(after))} of {number(model.total)} users"
    users.search.clear()
    users.apply_search()
    assert [model.user_id(r) for r in range(model.rowCount())] == _expected(app, "")


def _fail_reads(monkeypatch: pytest.MonkeyPatch, what: str) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise StoreError(msg("The database is locked by another program."))
    monkeypatch.setattr(users_loading, what, broken)


def _window_failing(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                    what: str) -> tuple[App, UsersView]:
    """A window whose users list fills on workers, with `what` failing there."""
    monkeypatch.setattr(main_window, "BACKGROUND_FILL", 1)
    _fail_reads(monkeypatch, what)
    app = connected_app(tmp_path, size=120)
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    return app, window.panel.users


def test_a_first_fill_that_cannot_be_read_says_so(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app, users = _window_failing(qtbot, tmp_path, monkeypatch, "load_order")
    assert users.model.total == 0 and users.body.currentWidget() is users.empty
    shown = users.empty.findChildren(QLabel)
    texts = [label.text() for label in shown]
    assert "The synced users could not be read" in texts
    assert ("The database is locked by another program. They are read again after the "
            "next sync.") in texts
    assert "No synced users yet" not in texts
    monkeypatch.undo()  # the next sync reads them again
    window = users.window()
    window.findChild(QAction, "action_sync_now").trigger()
    wait_idle(qtbot, window)
    assert users.model.read_error == "" and users.model.total == len(_expected(app, ""))
    assert users.count_label.text() == f"{number(users.model.total)} users"


def test_a_search_without_its_index_says_it_is_unavailable(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app, users = _window_failing(qtbot, tmp_path, monkeypatch, "load_search")
    total = len(_expected(app, ""))
    assert users.model.total == total  # the list itself was read, and is up to date
    assert users.count_label.text() == f"{number(total)} users"
    users.search.setText("Sales")
    users.apply_search()
    assert users.count_label.text() == "Search unavailable"
    assert users.count_label.toolTip() == "The database is locked by another program."


def test_a_reload_that_cannot_be_read_keeps_the_list_and_says_it_is_not_up_to_date(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = connected_app(tmp_path, size=120)
    window = open_window(qtbot, app)
    wait_idle(qtbot, window)
    users = window.panel.users
    before = [users.model.user_id(r) for r in range(users.model.rowCount())]
    assert before == _expected(app, "")
    _fail_reads(monkeypatch, "load_order")
    window.findChild(QAction, "action_sync_now").trigger()
    wait_idle(qtbot, window)
    assert [users.model.user_id(r) for r in range(users.model.rowCount())] == before
    assert users.count_label.text() == f"{number(len(before))} users (not up to date)"
    assert users.count_label.toolTip() == "The database is locked by another program."
