"""The history chart's layout and its synced-users axis, as numbers (no Qt, no pixels
drawn): what the chart decides, so that a test can check it.

Two bands, one above the other, each under its own caption line and with a gap
between them: the synced users after each run (the larger share: it is what an admin
reads first) and each run's additions and removals.

The synced-users axis starts at zero only when the counts vary a lot (a big removal
then shows at its true size); when they stay close it spans just their range with
a margin, so a steady count reads as a labelled line in the middle of its band, not
as a flat line pressed against the top.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

USERS_SHARE = 0.62  # of the height the two plots share
FROM_ZERO_BELOW = 0.5  # the lowest count under half of the highest: start the axis at 0
HEADROOM = 1.05  # from zero: the top gridline at least 5 % above the highest count
NARROWEST = 0.1  # a range narrower than a tenth of the highest count is widened to it


@dataclass(frozen=True, slots=True)
class Band:
    """A horizontal strip: its caption line above, then its plot."""
    caption_top: float
    top: float  # the plot
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass(frozen=True, slots=True)
class Axis:
    low: int
    high: int
    ticks: tuple[int, ...]  # from low to high, evenly spaced, all labelled

    def fraction(self, value: float) -> float:
        """Where `value` sits on the axis: 0 at `low`, 1 at `high`."""
        return (value - self.low) / (self.high - self.low)


def split_bands(top: float, height: float, caption: float, gap: float) -> tuple[Band, Band]:
    """The users band and the changes band in `height` from `top`: each plot under a
    caption line of `caption`, and `gap` between the users plot and the next caption."""
    free = max(0.0, height - 2 * caption - gap)
    users_height = free * USERS_SHARE
    users = Band(top, top + caption, users_height)
    changes_caption = users.bottom + gap
    changes = Band(changes_caption, changes_caption + caption, free - users_height)
    return users, changes


def nice_step(raw: float) -> int:
    """The smallest whole 1, 2, 2.5 or 5 times a power of ten that is at least `raw`."""
    if raw <= 1:
        return 1
    power = 10.0 ** math.floor(math.log10(raw))
    steps = [f * power for f in (1, 2, 2.5, 5, 10) if (f * power).is_integer()]
    return int(next(s for s in steps if s >= raw))


def users_axis(values: list[int], ticks: int = 3) -> Axis:
    """The synced-users axis for `values`: about `ticks` gridlines at round numbers."""
    if not values or max(values) <= 0:
        return Axis(0, 1, (0, 1))
    lowest, highest = min(values), max(values)
    if lowest < highest * FROM_ZERO_BELOW:
        step = nice_step(highest / ticks)
        low = 0
        high = math.ceil(highest * HEADROOM / step) * step  # the line stays off the top
    else:
        span = max(highest - lowest, highest * NARROWEST)
        step = nice_step(span / (ticks - 1))
        low = max(0, math.floor((lowest - step / 2) / step) * step)
        high = math.ceil((highest + step / 2) / step) * step
    return Axis(low, high, tuple(range(low, high + 1, step)))
