"""The joined-text search finds exactly what `needle in text` finds, row by row, in the
table's order, whatever the sort, the failed-only filter or the narrowing."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from idp_wizard.core.store import Store
from idp_wizard.core.users_listing import search_text
from idp_wizard.ui.search_index import SearchIndex, ranks
from idp_wizard.ui.users_model import EMAIL, NAME, UsersTableModel
from tests.ui.test_users_model import _insert

ALPHABET = "ab\nÅé\x00\x01 x"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(ALPHABET, max_size=8), max_size=12), st.text(ALPHABET, max_size=3))
def test_rows_containing_is_the_row_by_row_test(texts: list[str], needle: str) -> None:
    expected = [i for i, t in enumerate(texts) if needle in t]
    assert SearchIndex(texts).rows_containing(needle) == expected


def test_a_needle_in_most_rows_finds_the_same_rows() -> None:
    """After its first 1,000 hits in the first 4,000 rows the search tests row by row."""
    rng = random.Random(3)
    texts = [rng.choice(["anna\nx", "bob\ny", "lea\nz", "", "ann"]) for _ in range(9_000)]
    for needle in ("a", "an", "n", "\n", "b", "ann", "zz"):
        expected = [i for i, t in enumerate(texts) if needle in t]
        assert SearchIndex(texts).rows_containing(needle) == expected, needle
    sparse = ["x"] * 5_000 + ["a"] * 2_000  # dense only late: found hit by hit
    assert SearchIndex(sparse).rows_containing("a") == list(range(5_000, 7_000))


def test_ranks_place_each_rowid_in_the_order() -> None:
    order = [30, 0, 20, 10]
    assert ranks(order, [10, 30, 99, 0]) == [3, 0, 4, 1]  # 99: not in the order
    assert [order[p] for p in ranks(order, [10, 30, 0])] == [10, 30, 0]


def test_model_search_equals_a_plain_scan_in_every_order(qtbot: object, data_dir: Path) -> None:
    rng = random.Random(7)
    first = ["Anna", "Ånne", "Jo", "Bea", "Zoë", "Tom", "Ann-Kathrin"]
    people = [(f"{rng.choice(first)} {rng.choice(first)}{i}", f"u{i}@ann.example",
               rng.choice(["Sales", "Annex", "Ops"]), "Oslo", "en", i % 3 != 0)
              for i in range(600)]
    store = Store(data_dir / "s.sqlite3")
    _insert(store, people)
    model = UsersTableModel(store)
    model.reload()

    def shown() -> list[str]:
        return [model.data(model.index(r, EMAIL)) for r in range(model.rowCount())]

    def plain(needle: str) -> list[str]:
        """Every row in the current order (no search), then filtered row by row."""
        model.set_search("")
        rows = [model.row_values(r) for r in range(model.rowCount())]
        return [r[EMAIL] for r in rows
                if needle.casefold() in search_text(r[NAME], r[EMAIL], r[2])]

    for column, order in ((NAME, Qt.SortOrder.AscendingOrder),
                          (EMAIL, Qt.SortOrder.DescendingOrder), (2, Qt.SortOrder.AscendingOrder)):
        model.sort(column, order)
        for needle in ("ann", "ANN", "anne", "ånne", "1", "sales", "zz", "a"):
            expected = plain(needle)
            model.set_search(needle)
            assert shown() == expected, (column, needle)
        model.set_search("an")  # narrowing from a filtered view
        model.set_search("ann-k")
        assert shown() == plain("ann-k")
    store.close()
