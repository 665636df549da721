"""Small drawing pieces of the history chart: its caption lines (words with the
swatches and marks they explain) and its axis labels."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetrics, QPainter

from idp_wizard.ui.theme import Tone, colours, draw_icon

# A marked run's tone: its column tint, its icon and its legend entry.
MARK_TONES = {"held": Tone.WARN, "incomplete": Tone.WARN, "failed": Tone.BAD,
              "interrupted": Tone.OFF}
SWATCHES = {"added": Tone.OK, "removed": Tone.BAD}


def draw_caption_row(p: QPainter, fm: QFontMetrics, area: QRectF,
                     items: list[tuple[str, str]], dark: bool, text: QColor) -> None:
    """`items` left to right in `area`: ("caption", words) as they are, ("added" or
    "removed", words) after a filled swatch, (a mark, words) after its icon. What does
    not fit is left out (the summary line under the chart says it all in words)."""
    box = fm.height() * 0.8
    x = area.left()
    y = area.top() + (area.height() - box) / 2
    for kind, label in items:
        swatch = 0.0 if kind == "caption" else box + 6
        width = swatch + fm.horizontalAdvance(label) + 16
        if x + width > area.right() + 16:
            break
        r = QRectF(x, y, box, box)
        if kind in SWATCHES:
            p.fillRect(r, colours(SWATCHES[kind], dark).accent)
        elif kind in MARK_TONES:
            c = colours(MARK_TONES[kind], dark)
            p.fillRect(r, c.background)
            draw_icon(p, MARK_TONES[kind], r, c.accent)
        p.setPen(text)
        p.drawText(QPointF(x + swatch, y + box / 2 + fm.ascent() / 2 - 1), label)
        x += width


def draw_y_label(p: QPainter, fm: QFontMetrics, area: QRectF, label: str, y: float) -> None:
    """`label` right-aligned left of `area`, its middle at `y`, kept within the band's
    height so that labels of the two bands never run into each other."""
    baseline = y + fm.ascent() / 2 - 1
    baseline = min(max(baseline, area.top() + fm.ascent() - 2), area.bottom() + fm.descent())
    p.drawText(QPointF(area.left() - 8 - fm.horizontalAdvance(label), baseline), label)
