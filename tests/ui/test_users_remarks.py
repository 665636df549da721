"""The users list marks a user the newest run noted a problem for (History lists them):
a warning icon on the name, the reason as its tooltip and for screen readers, in the
interface language; the run's problems are read once a load, never per row or paint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from idp_wizard.core.messages import msg
from idp_wizard.core.runs import RunStatus, finish_run, list_runs, start_run
from idp_wizard.core.store import Store
from idp_wizard.ui import main_window, users_loading
from idp_wizard.ui.users_model import EMAIL, NAME, UsersTableModel
from tests.ui.test_users_model import PEOPLE, _insert

from .panel_support import connected_app, open_window, wait_idle

Role = Qt.ItemDataRole
DUPLICATE = msg("e-mail address {address} is also used by another employee",
                address="anna@x.example")


def _problem(uid: str, who: str, reason: Any, action: str) -> dict[str, Any]:
    out = {"employee_id": uid, "who": who, "reason": str(reason), "action": action}
    if not isinstance(reason, str):
        out["message"] = reason.to_json()
    return out


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    """PEOPLE (u0..u3) synced; the last sync that read the directory noted u1 (kept as it
    was), u3 (synced with a warning, a plain reason) and u2 (skipped: an unsynced record
    of the same id never shows) and a platform refusal of u0 (its platform column says
    so); a failed sync after it names nobody."""
    store = Store(data_dir / "r.sqlite3")
    _insert(store, PEOPLE)
    run = start_run(store, "gui", "full")
    finish_run(store, run, RunStatus.SUCCEEDED, problems=[
        _problem("u1", "anna@x.example", DUPLICATE, "kept"),
        _problem("u3", "dora@x.example", "language 'xx' is not a language code; using en",
                 "warning"),
        _problem("u2", "bernd@x.example", "has no e-mail address", "skipped"),
        _problem("u0", "chloe@x.example", "Refused.", "not provisioned")])
    finish_run(store, start_run(store, "schedule", "delta"), RunStatus.FAILED,
               error="The network is down.")
    yield store
    store.close()


def _marks(model: UsersTableModel) -> dict[str, tuple[str, str, str]]:
    """name -> (tooltip, accessible text, accessible description) of each marked row."""
    out = {}
    for row in range(model.rowCount()):
        index = model.index(row, NAME)
        if model.data(index, Role.DecorationRole) is not None:
            out[model.data(index)] = (model.data(index, Role.ToolTipRole),
                                      model.data(index, Role.AccessibleTextRole),
                                      model.data(index, Role.AccessibleDescriptionRole))
    return out


KEPT = ("Warning from the last sync: e-mail address anna@x.example is also used by "
        "another employee (kept as it was)")
WARNED = ("Warning from the last sync: language 'xx' is not a language code; using en "
          "(synced, with a warning)")


def test_the_users_with_a_warning_are_marked(qtbot: QtBot, store: Store) -> None:
    model = UsersTableModel(store)
    model.reload()
    assert _marks(model) == {
        "anna Berg": (KEPT, f"anna Berg. {KEPT}", KEPT),
        "Dora Lee": (WARNED, f"Dora Lee. {WARNED}", WARNED)}
    # Only the name carries the mark; other columns and rows say nothing of it.
    anna = next(r for r in range(model.rowCount()) if model.data(model.index(r, NAME))
                == "anna Berg")
    assert model.data(model.index(anna, EMAIL), Role.DecorationRole) is None
    assert model.data(model.index(anna, EMAIL), Role.ToolTipRole) is None


@pytest.mark.usefixtures("german")
def test_the_marks_speak_german(qtbot: QtBot, store: Store) -> None:
    model = UsersTableModel(store)
    model.reload()
    assert {name: tip for name, (tip, _, _) in _marks(model).items()} == {
        "anna Berg": "Warnung aus der letzten Synchronisierung: die E-Mail-Adresse "
                     "anna@x.example wird auch von einer anderen Person verwendet "
                     "(unverändert beibehalten)",
        "Dora Lee": "Warnung aus der letzten Synchronisierung: language 'xx' is not a "
                    "language code; using en (synchronisiert, mit Warnung)"}


def test_a_newer_sync_without_problems_clears_the_marks(qtbot: QtBot, store: Store) -> None:
    model = UsersTableModel(store)
    model.reload()
    assert len(_marks(model)) == 2
    finish_run(store, start_run(store, "gui", "delta"), RunStatus.SUCCEEDED, problems=[])
    model.reload()
    assert _marks(model) == {}


def test_the_problems_are_read_once_a_load_not_per_paint(
        qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = users_loading.user_remarks

    def counted(*args: Any) -> Any:
        calls.append(1)
        return real(*args)
    monkeypatch.setattr(users_loading, "user_remarks", counted)
    model = UsersTableModel(store)
    model.reload()
    assert calls == [1]
    for _ in range(3):  # three paints of every cell, with every role a view asks
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                for role in (Role.DisplayRole, Role.DecorationRole, Role.ToolTipRole,
                             Role.AccessibleTextRole, Role.ForegroundRole):
                    model.data(model.index(row, col), role)
    assert calls == [1]
    assert model.data(QModelIndex(), Role.DecorationRole) is None


def test_a_background_fill_brings_the_marks(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A large list fills on workers (main_window.BACKGROUND_FILL): the marks come with
    the users' order. The demo tenant's mailbox-less users are synced with a warning."""
    monkeypatch.setattr(main_window, "BACKGROUND_FILL", 1)
    app = connected_app(tmp_path, size=250)
    try:
        warned = {p["who"] for p in list_runs(app.store, limit=1)[0].problems
                  if p["action"] in ("warning", "kept")}
        window = open_window(qtbot, app)
        wait_idle(qtbot, window)
        model = window.panel.users.model
        marked = {model.data(model.index(r, EMAIL)) for r in range(model.rowCount())
                  if model.data(model.index(r, NAME), Role.DecorationRole) is not None}
        assert marked == warned and len(marked) == 8
        window.close()
    finally:
        app.close()
