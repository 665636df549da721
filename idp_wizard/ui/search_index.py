"""The users table's search, at C speed: every row's folded search text in one string.

A search used to test `needle in text` row by row: 100,000 Python steps, ~17 ms on the
2-core benchmark machine for every keystroke. Here one `str.find` scans the joined
texts and jumps to the next row after each hit, so a search costs a scan in C plus a
step per matching row. Pure Python, no Qt: the model builds it on the worker that
loads the rows.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

# Between two rows' texts; a needle containing it (nobody types it) takes the slow way,
# so no match can span two rows.
_SEPARATOR = "\x01"


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
        if _SEPARATOR in needle:
            return [i for i, text in enumerate(self.texts) if needle in text]
        find, starts, hits = self._joined.find, self._starts, []
        at = find(needle)
        while at >= 0:
            row = bisect_right(starts, at) - 1
            hits.append(row)
            at = find(needle, starts[row + 1])  # one hit per row: on to the next row
        return hits


def ranks(order: list[int]) -> list[int]:
    """The inverse of a row order: where each row stands in it."""
    rank = [0] * len(order)
    for position, row in enumerate(order):
        rank[row] = position
    return rank
