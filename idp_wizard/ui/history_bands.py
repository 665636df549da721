"""Painting the history chart's bands: the marked runs' tinted columns, the synced users
line on its axis, and each run's changes on a square-root scale (history_chart.py)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen

from idp_wizard.ui.history_axes import Axis
from idp_wizard.ui.history_chart_parts import MARK_TONES, draw_y_label
from idp_wizard.ui.history_series import RunPoint
from idp_wizard.ui.theme import Tone, colours, draw_icon
from idp_wizard.ui.wording import number

MINUS = "\u2212"  # a real minus sign, as wide as the plus


def draw_marks(p: QPainter, fm: QFontMetrics, area: QRectF, slot: float,
               points: list[RunPoint], axis: Axis, dark: bool, icons: bool) -> None:
    size = min(slot * 0.8, fm.height() * 1.1)
    for i, point in enumerate(points):
        if point.mark is None:
            continue
        c = colours(MARK_TONES[point.mark], dark)
        column = QRectF(area.left() + i * slot, area.top(), slot, area.height())
        p.fillRect(column, c.background)
        if icons:
            # Where the users line is not: at the bottom when the line is high.
            high = point.users is not None and axis.fraction(point.users) > 0.5
            y = area.bottom() - 2 - size if high else area.top() + 2
            icon = QRectF(column.center().x() - size / 2, y, size, size)
            draw_icon(p, MARK_TONES[point.mark], icon, c.accent)


def draw_users(p: QPainter, fm: QFontMetrics, pal: QPalette, area: QRectF, slot: float,
               points: list[RunPoint], axis: Axis, text: QColor) -> None:
    spacing = area.height() / max(1, len(axis.ticks) - 1)
    crowded = spacing < fm.height() * 1.1
    for n, tick in enumerate(axis.ticks):  # gridlines; labels where they fit
        y = area.bottom() - area.height() * axis.fraction(tick)
        p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine))
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        if not crowded or n in (0, len(axis.ticks) - 1):
            p.setPen(text)
            draw_y_label(p, fm, area, number(tick), y)
    highlight = pal.color(QPalette.ColorRole.Highlight)
    p.setPen(QPen(highlight, 2))
    p.setBrush(highlight)
    previous: QPointF | None = None
    for i, point in enumerate(points):
        if point.users is None:
            previous = None
            continue
        at = QPointF(area.left() + (i + 0.5) * slot,
                     area.bottom() - area.height() * axis.fraction(point.users))
        if previous is not None:
            p.drawLine(previous, at)
        p.drawEllipse(at, 2.5, 2.5)
        previous = at


def draw_changes(p: QPainter, fm: QFontMetrics, pal: QPalette, area: QRectF, slot: float,
                 points: list[RunPoint], biggest: int, dark: bool, text: QColor) -> None:
    mid = area.center().y()
    half = area.height() / 2 - 2
    width = max(2.0, min(slot * 0.5, 28.0))
    added, removed = colours(Tone.OK, dark).accent, colours(Tone.BAD, dark).accent
    p.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
    p.drawLine(QPointF(area.left(), mid), QPointF(area.right(), mid))
    def height(n: int) -> float:  # square-root scale: a handful of changes still shows
        return max(1.5, half * math.sqrt(n / biggest))

    for i, point in enumerate(points):
        x = area.left() + (i + 0.5) * slot - width / 2
        if point.added:
            h = height(point.added)
            p.fillRect(QRectF(x, mid - h, width, h), added)
        if point.removed:
            h = height(point.removed)
            p.fillRect(QRectF(x, mid, width, h), removed)
        if point.pending_removed:  # held: what would have gone, not applied
            h = height(point.pending_removed)
            p.setPen(QPen(removed, 1.5, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(x, mid, width, h))
    p.setPen(text)
    big = number(biggest)
    draw_y_label(p, fm, area, f"+{big}", area.top())
    if half > fm.height() * 1.5:  # room for a third label
        draw_y_label(p, fm, area, "0", mid)
    draw_y_label(p, fm, area, f"{MINUS}{big}", area.bottom())
