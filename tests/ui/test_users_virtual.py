"""The virtual users table against a full read: every row in the right place whatever the
sort, block or cache, searches typed before the index exists, reloads and clients."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from idp_wizard.core.collation import sort_key
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.users_listing import search_text
from idp_wizard.ui import users_rows
from idp_wizard.ui.panel_texts import number
from idp_wizard.ui.tasks import TaskHandle, TaskRunner
from idp_wizard.ui.users_model import NAME, PLATFORM, STATUS, UsersTableModel
from idp_wizard.ui.users_view import UsersView
from tests.ui.test_users_model import _insert

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
FIRST = ["Anna", "anna", "Ånne", "Álvaro", "alvaro", "Zoë", "Øystein", "Łukasz", "Émile",
         "Bob", "Chloé", "Ann-Kathrin", "Sören", "Jürgen", "Иван", "李"]
LAST = ["Berg", "Öztürk", "Lefèvre", "Groß", "Smith", "Núñez", "Lee"]
PLACES = ["Zürich", "Oslo", "Ørsta", "Łódź", "Berlin", "São Paulo", "berlin", ""]
STATES = ["failed", "pending", "provisioned", "deactivated", None]


def _people(n: int, seed: int = 5) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    return [(f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"p{i}.{rng.choice(LAST)}@x.example",
             rng.choice(["Sales", "Ops", "Öffentlichkeit", "", "sales"]), rng.choice(PLACES),
             rng.choice(["de", "en", "fr"]), int(rng.random() > 0.2)) for i in range(n)]


def _platform(store: Store, seed: int = 6) -> None:
    rng = random.Random(seed)
    ids = [r[0] for r in store.db.execute("SELECT id FROM synced_users").fetchall()]
    with store.transaction() as db:
        for uid in ids:
            if (status := rng.choice(STATES)) is not None:
                db.execute("INSERT INTO platform_users (client_id, id, status, detail) "
                           "VALUES (?, ?, ?, ?)", [DEFAULT_CLIENT_ID, uid, status,
                                                  "Refused." if status == "failed" else None])


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    store = Store(data_dir / "v.sqlite3")
    _insert(store, _people(1_300))
    _platform(store)
    yield store
    store.close()


def _full_read(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> list[dict[str, Any]]:
    rows = store.db.execute(
        "SELECT s.rowid, s.id, s.display_name, s.email, s.department, s.location, "
        "s.language, s.enabled, p.status FROM synced_users s LEFT JOIN platform_users p "
        "ON p.client_id = s.client_id AND p.id = s.id WHERE s.client_id = ?",
        [client_id]).fetchall()
    keys = ("rowid", "id", "name", "email", "department", "location", "language",
            "enabled", "platform")
    return [dict(zip(keys, r, strict=True)) for r in rows]


_RANK = {"failed": 0, "pending": 1}
_COLUMN_KEYS: list[Callable[[dict[str, Any]], Any]] = [
    lambda r: (), lambda r: sort_key(r["email"]), lambda r: sort_key(r["department"] or ""),
    lambda r: sort_key(r["location"] or ""), lambda r: sort_key(r["language"] or ""),
    lambda r: not r["enabled"], lambda r: _RANK.get(r["platform"], 2)]


def _expected(rows: list[dict[str, Any]], column: int, order: Qt.SortOrder) -> list[str]:
    """The documented order, by a full sort in Python: the column's key (base letters),
    ties by the name's, then by rowid; descending is the exact reverse."""
    key = _COLUMN_KEYS[column]
    ids = [r["id"] for r in sorted(rows, key=lambda r: (key(r), sort_key(r["name"]),
                                                         r["rowid"]))]
    return ids[::-1] if order == DESC else ids


def _ids(model: UsersTableModel, rows: range | None = None) -> list[str]:
    return [model.user_id(r) for r in (rows or range(model.rowCount()))]


def test_scrolling_to_the_end_shows_every_user_in_order(
        qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(users_rows, "CACHE", 250)  # blocks are dropped and read again
    model = UsersTableModel(store)
    model.reload()
    rows = _full_read(store)
    assert model.total == model.rowCount() == len(rows) == 1_300
    by_id = {r["id"]: r for r in rows}
    expected = _expected(rows, NAME, ASC)
    backwards = range(model.rowCount() - 1, -1, -1)  # from the end: blocks out of order
    assert _ids(model, backwards) == expected[::-1]
    assert _ids(model) == expected
    for r in (0, 199, 200, 777, 1_299):
        values, full = model.row_values(r), by_id[expected[r]]
        assert values[:5] == (full["name"], full["email"], full["department"],
                              full["location"], full["language"])
        assert model.data(model.index(r, STATUS)) == ("Active" if full["enabled"]
                                                      else "Disabled")
    assert model.data(model.index(expected.index(next(
        r["id"] for r in rows if r["platform"] == "failed")), PLATFORM)) == "Failed: Refused."
    firsts = [model.row_values(r)[0].split()[0] for r in range(model.rowCount())]
    a_names = {"Anna", "anna", "Ånne", "Álvaro", "alvaro", "Ann-Kathrin"}
    # Base letters: every A (accent or not) before the first B, Ø among the O's.
    assert max(i for i, f in enumerate(firsts) if f in a_names) < firsts.index("Bob")
    assert max(i for i, f in enumerate(firsts) if f == "Øystein") < firsts.index("Sören")
    assert min(i for i, f in enumerate(firsts) if f == "Иван") > firsts.index("Zoë")


def test_every_column_sorts_as_a_full_sort(qtbot: QtBot, store: Store) -> None:
    model = UsersTableModel(store)
    model.reload()
    rows = _full_read(store)
    for column in range(model.columnCount()):
        for order in (ASC, DESC):
            model.sort(column, order)
            assert _ids(model) == _expected(rows, column, order), (column, order)


class HeldRunner(TaskRunner):
    """A worker that finishes each task only when the test says so."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[tuple[str, Any, TaskHandle]] = []

    def submit(self, name: str, fn: Any) -> TaskHandle:
        handle = TaskHandle(name, self)
        self.held.append((name, fn, handle))
        return handle

    def finish(self, name: str) -> None:
        at = next(i for i, held in enumerate(self.held) if held[0] == name)
        _, fn, handle = self.held.pop(at)
        handle.complete(fn(handle.report, handle.cancel_token), None)


def _matching(rows: list[dict[str, Any]], needle: str, column: int = NAME) -> list[str]:
    wanted = {r["id"] for r in rows
              if needle in search_text(r["name"], r["email"], r["department"])}
    return [i for i in _expected(rows, column, ASC) if i in wanted]


def test_a_search_typed_before_the_index_applies_when_it_arrives(
        qtbot: QtBot, store: Store) -> None:
    runner = HeldRunner()
    view = UsersView()  # as the panel makes it
    qtbot.addWidget(view)
    view.reload(store, runner, expected=1_300)
    assert view.loading and view.model.total == 0
    assert view.count_label.text() == "Loading…"
    runner.finish("load users")
    qtbot.waitUntil(lambda: view.model.total == 1_300)
    assert view.loading and not view.model.filling  # the index is on its way
    view.search.setText("Alvaro")
    view.apply_search()
    assert view.model.rowCount() == 1_300 and view.model.search_pending
    assert view.count_label.text() == "Searching…"
    runner.finish("index users")
    qtbot.waitUntil(lambda: not view.loading)
    rows = _full_read(store)
    expected = _matching(rows, "alvaro")
    assert len(expected) > 50
    assert _ids(view.model) == expected
    assert {view.model.row_values(r)[0].split()[0] for r in range(len(expected))} == {
        "Álvaro", "alvaro"}  # found without typing the accent
    assert view.count_label.text() == f"{number(len(expected))} of {number(1_300)} users"
    view.search.setText("Alvaro B")  # narrowing what is shown
    view.apply_search()
    assert _ids(view.model) == _matching(rows, "alvaro b")


def test_a_sort_on_a_worker_shows_it_is_busy_until_the_new_order_lands(
        qtbot: QtBot, store: Store) -> None:
    runner = HeldRunner()
    view = UsersView()
    qtbot.addWidget(view)
    view.reload(store, runner, expected=1_300)
    runner.finish("load users")
    qtbot.waitUntil(lambda: view.model.total == 1_300)  # the result comes through events
    runner.finish("index users")
    qtbot.waitUntil(lambda: not view.loading)
    viewport = view.table.viewport()
    assert view.count_label.text() == f"{number(1_300)} users"
    assert viewport.cursor().shape() == Qt.CursorShape.ArrowCursor
    before = _ids(view.model, range(5))
    view.table.sortByColumn(PLATFORM, DESC)  # as a click on the header does
    assert view.model.sorting and view.model.total == 1_300
    assert view.count_label.text() == "Sorting…"
    assert viewport.cursor().shape() == Qt.CursorShape.BusyCursor
    assert _ids(view.model, range(5)) == before  # the rows stay as they were meanwhile
    runner.finish("load users")
    qtbot.waitUntil(lambda: not view.model.sorting)
    assert view.count_label.text() == f"{number(1_300)} users"
    assert viewport.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert _ids(view.model) == _expected(_full_read(store), PLATFORM, DESC)
    assert runner.held == []


def test_a_sort_during_a_reload_wins_and_an_old_order_is_dropped(
        qtbot: QtBot, store: Store) -> None:
    runner = HeldRunner()
    model = UsersTableModel()
    model.load(store, DEFAULT_CLIENT_ID, runner)
    model.sort(PLATFORM, ASC)  # before the first order arrived
    runner.finish("load users")  # the name order: outdated
    qtbot.wait(20)
    assert model.total == 0 and model.filling
    runner.finish("load users")
    qtbot.waitUntil(lambda: not model.filling)
    assert _ids(model) == _expected(_full_read(store), PLATFORM, ASC)
    assert [h[0] for h in runner.held] == ["index users"]


def test_failed_only_with_search_and_sort_equals_a_full_filter(
        qtbot: QtBot, store: Store) -> None:
    model = UsersTableModel(store)
    model.reload()
    rows = _full_read(store)
    failed = {r["id"] for r in rows if r["platform"] == "failed"}
    model.sort(3, DESC)
    model.set_failed_only(True)
    assert _ids(model) == [i for i in _expected(rows, 3, DESC) if i in failed]
    assert model.failed == len(failed) > 100
    model.set_search("berg")
    wanted = set(_matching(rows, "berg"))
    assert _ids(model) == [i for i in _expected(rows, 3, DESC) if i in failed & wanted]
    model.set_failed_only(False)
    assert _ids(model) == [i for i in _expected(rows, 3, DESC) if i in wanted]


def test_switching_clients_never_shows_the_other_clients_users(
        qtbot: QtBot, store: Store) -> None:
    _insert(store, [("Zed Other", "zed@y.example", "Sales", "", "en", 1)] * 3, client_id=2)
    runner = HeldRunner()
    model = UsersTableModel()
    model.load(store, DEFAULT_CLIENT_ID, runner)
    runner.finish("load users")
    qtbot.waitUntil(lambda: model.total == 1_300)
    runner.finish("index users")
    qtbot.waitUntil(lambda: not model.loading)
    model.set_search("zed")
    assert model.rowCount() == 0
    model.load(store, 2, runner)
    assert model.total == model.rowCount() == 0 and model.filling  # emptied at once
    runner.finish("load users")
    qtbot.waitUntil(lambda: model.total == 3)
    assert model.rowCount() == 3 and model.search_pending  # the other index is gone
    runner.finish("index users")
    qtbot.waitUntil(lambda: not model.loading)
    assert sorted(_ids(model)) == ["u0", "u1", "u2"]
    assert {model.row_values(r)[0] for r in range(3)} == {"Zed Other"}


def test_a_user_removed_after_the_order_was_read_shows_empty(
        qtbot: QtBot, store: Store) -> None:
    model = UsersTableModel(store)
    model.reload()
    gone = model.user_id(5)
    with store.transaction() as db:
        db.execute("DELETE FROM synced_users WHERE id = ?", [gone])
    model._blocks.clear()  # as if the row had not been read yet
    assert model.user_id(5) == "" and model.data(model.index(5, NAME)) is None
    assert model.data(model.index(5, STATUS)) is None
    model.reload()
    assert model.total == 1_299 and gone not in _ids(model)


def test_a_separator_in_a_name_is_searched_like_any_text(qtbot: QtBot,
                                                         data_dir: Path) -> None:
    store = Store(data_dir / "odd.sqlite3")
    _insert(store, [("Odd\x01Name", "odd@x.example", "Ops", "", "en", 1),
                    ("Plain Name", "plain@x.example", "Ops", "", "en", 1)])
    model = UsersTableModel(store)
    model.reload()
    model.set_search("odd\x01n")
    assert _ids(model) == ["u0"]
    model.set_search("name")
    assert _ids(model) == ["u0", "u1"]
    store.close()
