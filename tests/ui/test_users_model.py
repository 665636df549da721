"""UsersTableModel: loading, searching and sorting over the store's synced users."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from idp_wizard.core.collation import stored_key
from idp_wizard.core.schema import USER_COLUMNS
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.ui.users_model import EMAIL, LANGUAGE, NAME, STATUS, UsersTableModel

PEOPLE = [  # display_name, email, department, location, language, enabled
    ("Chloé Lefèvre", "chloe@x.example", "Sales", "Paris", "fr", 1),
    ("anna Berg", "anna@x.example", "Finance", "Oslo", "nb", 1),
    ("Bernd Öztürk", "bernd@x.example", "Sales Ops", "Berlin", "de", 0),
    ("Dora Lee", "dora@x.example", "Engineering", "", "en", 1),
]


def _insert(store: Store, people: list[tuple[object, ...]],
            client_id: int = DEFAULT_CLIENT_ID) -> None:
    """As a sync writes them (with the name's sort key, see core/apply.py)."""
    cols = ", ".join(USER_COLUMNS)
    marks = ", ".join("?" for _ in USER_COLUMNS)
    rows = []
    for i, (name, email, dept, loc, lang, enabled) in enumerate(people):
        values = dict.fromkeys(USER_COLUMNS, "") | {
            "id": f"u{i}", "email": email, "display_name": name, "department": dept,
            "location": loc, "language": lang, "enabled": enabled, "guest": 0}
        rows.append((client_id, *(values[c] for c in USER_COLUMNS),
                     stored_key(str(name))))
    with store.transaction() as db:
        if client_id != DEFAULT_CLIENT_ID:
            db.execute("INSERT OR IGNORE INTO clients (id, name, created_at) "
                       "VALUES (?, ?, '')", [client_id, f"Client {client_id}"])
        db.conn.executemany(f"INSERT INTO synced_users (client_id, {cols}, sort_name) "
                            f"VALUES (?, {marks}, ?)", rows)


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    store = Store(data_dir / "t.sqlite3")
    _insert(store, PEOPLE)
    yield store
    store.close()


def _names(model: UsersTableModel) -> list[str]:
    return [model.data(model.index(r, NAME)) for r in range(model.rowCount())]


def test_loads_sorted_by_name_case_insensitively(qtbot: object, store: Store) -> None:
    model = UsersTableModel(store)
    model.reload()
    assert _names(model) == ["anna Berg", "Bernd Öztürk", "Chloé Lefèvre", "Dora Lee"]
    assert model.columnCount() == 7
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Name", "E-mail", "Department", "Location", "Language", "Status",
                       "Platform"]
    assert model.data(model.index(1, STATUS)) == "Disabled"
    assert model.data(model.index(0, STATUS)) == "Active"
    assert model.data(model.index(3, 3)) == ""  # no location
    tip = model.headerData(LANGUAGE, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "identity provider" in tip


def test_search_matches_name_email_department_any_case(qtbot: object, store: Store) -> None:
    model = UsersTableModel(store)
    model.reload()
    model.set_search("SALES")
    assert _names(model) == ["Bernd Öztürk", "Chloé Lefèvre"]
    model.set_search("sales ops")  # narrowing
    assert _names(model) == ["Bernd Öztürk"]
    model.set_search("LEFÈVRE")  # not ASCII-only folding
    assert _names(model) == ["Chloé Lefèvre"]
    model.set_search("dora@")
    assert _names(model) == ["Dora Lee"]
    model.set_search("  ")
    assert model.rowCount() == model.total == 4
    model.set_search("50%_")
    assert model.rowCount() == 0


def test_sort_by_columns(qtbot: object, store: Store) -> None:
    model = UsersTableModel(store)
    model.reload()
    model.sort(EMAIL, Qt.SortOrder.DescendingOrder)
    assert [model.data(model.index(r, EMAIL)) for r in range(4)] == [
        "dora@x.example", "chloe@x.example", "bernd@x.example", "anna@x.example"]
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)  # active first, then by name
    assert _names(model) == ["anna Berg", "Chloé Lefèvre", "Dora Lee", "Bernd Öztürk"]
    model.set_search("x.example")  # a search keeps the sort order
    assert _names(model)[-1] == "Bernd Öztürk"
    model.reload()  # and so does a reload
    assert _names(model)[-1] == "Bernd Öztürk"


def test_empty_without_store(qtbot: object) -> None:
    model = UsersTableModel(None)
    model.reload()
    assert model.rowCount() == 0


def test_large_table_opens_and_searches(qtbot: object, data_dir: Path) -> None:
    """How fast: benchmarks/users_table.py (100,000 users) and bench_micro.py."""
    store = Store(data_dir / "big.sqlite3")
    try:
        people = [(f"Person {i:05d}", f"p{i}@x.example", f"Dept {i % 40}", "City", "en", 1)
                  for i in range(20_000)]
        _insert(store, people)
        model = UsersTableModel(store)
        model.reload()
        assert model.rowCount() == 20_000
        model.set_search("dept 7")
        assert model.rowCount() == 500
    finally:
        store.close()


def test_names_sort_by_their_base_letters(qtbot: object, data_dir: Path) -> None:
    """Accented and special first letters sort among their base letter, not after Z."""
    people = [(name, f"u{i}@x.example", "Sales", "Ørsta" if i % 2 else "Oslo", "en", 1)
              for i, name in enumerate(["Zoe Ng", "Álvaro López", "alvin Ray", "Anna Berg",
                                        "Øystein Lie", "Oscar Wu", "Émile Roy", "Eva Kim",
                                        "Łukasz Żółć", "Luis Paz", "Alvaro Diaz"])]
    store = Store(data_dir / "c.sqlite3")
    _insert(store, people)
    model = UsersTableModel(store)
    model.reload()
    assert _names(model) == ["Alvaro Diaz", "Álvaro López", "alvin Ray", "Anna Berg",
                             "Émile Roy", "Eva Kim", "Luis Paz", "Łukasz Żółć", "Oscar Wu",
                             "Øystein Lie", "Zoe Ng"]
    model.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert _names(model)[:2] == ["Zoe Ng", "Øystein Lie"]
    model.sort(3, Qt.SortOrder.AscendingOrder)  # location: "Ørsta" (o-r) before "Oslo" (o-s)
    locations = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    assert locations == ["Ørsta"] * 5 + ["Oslo"] * 6
    model.sort(NAME, Qt.SortOrder.AscendingOrder)
    model.set_search("alvaro")  # found without typing the accent
    assert _names(model) == ["Alvaro Diaz", "Álvaro López"]
    store.close()
