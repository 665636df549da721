"""The users table's search, at C speed: every row's folded search text in one string.

A search used to test `needle in text` row by row: 100,000 Python steps, ~17 ms on the
2-core benchmark machine for every keystroke. Here one `str.find` scans the joined
texts and jumps to the next row after each hit, so a search costs a scan in C plus a
step per matching row. Pure Python, no Qt: the model builds it on a worker once the
table is open (`load_search`).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate, repeat

from idp_wizard.core.store import Store
from idp_wizard.core.users_listing import search_texts

# Between two rows' texts; a needle containing it (nobody types it) takes the slow way,
# so no match can span two rows.
_SEPARATOR = "\x01"
_DENSE = 1_000  # this many hits in the first 4,000 rows: a needle in most rows


class SearchIndex:
    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._joined = _SEPARATOR.join(texts)
        # Where each row's text starts in `_joined` (and, last, where a next one would).
        self._starts = list(accumulate((len(t) + 1 for t in texts), initial=0))

    def rows_containing(self, needle: str) -> list[int]:
        """The rows whose text contains `needle`, in row order (as `needle in text`)."""
        if not needle:
            return list(range(len(self.texts)))
        texts = self.texts
        if _SEPARATOR in needle:
            return [i for i, text in enumerate(texts) if needle in text]
        find, starts, hits = self._joined.find, self._starts, []
        at = find(needle)
        while at >= 0:
            row = bisect_right(starts, at) - 1
            hits.append(row)
            if len(hits) == _DENSE and row < 4 * _DENSE:
                # In most rows (a letter or two): the rest row by row, cheaper than a
                # step in Python per hit (94,494 hits: ~10 ms against ~45 ms).
                return hits + [i for i in range(row + 1, len(texts)) if needle in texts[i]]
            at = find(needle, starts[row + 1])  # one hit per row: on to the next row
        return hits


class UserSearch:
    """Every synced user's search text, searchable, and whose text each is."""

    def __init__(self, rowids: array[int], texts: list[str], order: Sequence[int] = ()):
        self.rowids = rowids  # the user of each text
        self.index = SearchIndex(texts)
        self.where = dict(zip(rowids, range(len(rowids)), strict=True))  # rowid -> text
        # Each text's place in the table's order (made for the latest order searched;
        # by the worker for the order of its time, so the first search finds it made).
        self._order, self._rank = order, ranks(order, rowids)

    def matching(self, needle: str, order: Sequence[int]) -> list[int]:
        """The rowids of `order` (never changed once made) whose text contains
        `needle`, in that order."""
        if order is not self._order:
            self._order, self._rank = order, ranks(order, self.rowids)
        places = sorted(map(self._rank.__getitem__, self.index.rows_containing(needle)))
        del places[bisect_left(places, len(order)):]  # not in the order (a newer read)
        return list(map(order.__getitem__, places))

    def text_of(self, rowid: int) -> str | None:
        at = self.where.get(rowid)
        return None if at is None else self.index.texts[at]


def load_search(store: Store, client_id: int, order: Sequence[int] = ()) -> UserSearch:
    """Safe on a worker (the store gives each thread its own connection)."""
    return UserSearch(*search_texts(store, client_id), order)


def ranks(order: Sequence[int], rowids: Sequence[int]) -> list[int]:
    """Where each of `rowids` stands in `order` (len(order) if it is not there): C-level
    loops, ~20 ms for 100,000."""
    place = dict(zip(order, range(len(order)), strict=True))
    return list(map(place.get, rowids, repeat(len(order))))
