"""A large users list fills on a worker: the window is on screen at once, says that the
users are loading (never "No synced users yet"), then shows every synced user."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from idp_wizard.core.users import count_users
from idp_wizard.ui import main_window
from tests.ui.panel_support import connected_app, open_window, wait_idle


def test_a_small_list_opens_filled(qtbot: QtBot, tmp_path: Path) -> None:
    app = connected_app(tmp_path)
    window = open_window(qtbot, app)
    users = window.panel.users
    assert not users.loading
    assert users.model.total == count_users(app.store, app.client_id) > 100
    assert users.body.currentWidget() is users.table


def test_a_large_list_loads_in_the_background(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = connected_app(tmp_path)
    expected = count_users(app.store, app.client_id)
    monkeypatch.setattr(main_window, "BACKGROUND_FILL", expected)  # this list is "large"
    window = open_window(qtbot, app)
    users = window.panel.users
    assert users.loading and users.model.total == 0
    assert users.body.currentWidget() is users.empty
    assert users.empty.heading.text() == f"Loading {expected} synced users…"
    assert users.count_label.text() == "Loading…"
    assert not users.clear_search_button.isVisibleTo(users)

    wait_idle(qtbot, window)
    assert users.model.total == users.model.rowCount() == expected
    assert users.body.currentWidget() is users.table
    assert users.count_label.text() == f"{expected} users"


def test_a_list_just_below_the_threshold_opens_filled(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = connected_app(tmp_path)
    expected = count_users(app.store, app.client_id)
    monkeypatch.setattr(main_window, "BACKGROUND_FILL", expected + 1)
    window = open_window(qtbot, app)
    assert not window.panel.users.loading
    assert window.panel.users.model.total == expected
