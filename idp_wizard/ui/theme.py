"""Status tones (colours and drawn icons) that read in light and dark palettes alike.

One place for the colours of every status mark (the connection badge, the platform
line, history outcomes and chart marks, errors, the demo banner), so "held" looks the
same everywhere. Meaning never rides on colour alone: each tone has a drawn icon and
is always shown beside words. Colours follow the palette (dark when the window colour
is dark), so a system switching to dark mode keeps every mark readable; the pairs are
checked for contrast by tests/ui/test_theme.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import cache

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QWidget


class Tone(Enum):
    OK = "ok"  # connected, succeeded, ready
    WARN = "warn"  # held, needs reauthorization, incomplete
    BAD = "bad"  # failed, unreachable, errors
    BUSY = "busy"  # connecting, syncing, running
    OFF = "off"  # not connected, not set, interrupted


@dataclass(frozen=True)
class ToneColours:
    background: QColor  # a badge's fill
    text: QColor  # words on that fill (and on the window: see `on_window`)
    accent: QColor  # icons, chart marks, borders


# (light, dark): text on background >= 7:1, accent on the window >= 3:1 (test_theme.py).
_TONES: dict[Tone, tuple[tuple[str, str, str], tuple[str, str, str]]] = {
    Tone.OK: (("#dcf5e3", "#14532d", "#166534"), ("#14391f", "#bbf7d0", "#4ade80")),
    Tone.WARN: (("#fdecc8", "#713f12", "#92400e"), ("#3f2a07", "#fde68a", "#fbbf24")),
    Tone.BAD: (("#fde2e1", "#7f1d1d", "#c62828"), ("#4a1515", "#fecaca", "#f87171")),
    Tone.BUSY: (("#dbeafe", "#1e3a8a", "#1d4ed8"), ("#172554", "#bfdbfe", "#60a5fa")),
    Tone.OFF: (("#e5e7eb", "#374151", "#4b5563"), ("#374151", "#e5e7eb", "#9ca3af")),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """Dark mode: the window colour is dark (whatever style or platform set it)."""
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colours(tone: Tone, dark: bool | None = None) -> ToneColours:
    """The tone in the current palette (or in a dark/light one when `dark` says)."""
    light_set, dark_set = _TONES[tone]
    bg, fg, accent = dark_set if (is_dark() if dark is None else dark) else light_set
    return ToneColours(QColor(bg), QColor(fg), QColor(accent))


def on_window(tone: Tone, dark: bool | None = None) -> QColor:
    """The tone's colour for words straight on the window (an error sentence)."""
    dark = is_dark() if dark is None else dark
    return QColor(_TONES[tone][1][1] if dark else _TONES[tone][0][2])


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


# -- drawn icons: crisp at any scale, no font glyphs that a system may lack ----------------

def draw_icon(painter: QPainter, tone: Tone, rect: QRectF, colour: QColor) -> None:
    """The tone's mark inside `rect`: a tick, a triangle with "!", a cross, two
    arrows in a circle, or a dash."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = min(rect.width(), rect.height())
    c = rect.center()
    pen = QPen(colour, max(1.4, s * 0.13), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    r = s * 0.42

    def at(x: float, y: float) -> QPointF:
        return QPointF(c.x() + x * s, c.y() + y * s)

    if tone is Tone.OK:
        painter.drawEllipse(c, r, r)
        path = QPainterPath(at(-0.2, 0.0))
        path.lineTo(at(-0.05, 0.15))
        path.lineTo(at(0.21, -0.14))
        painter.drawPath(path)
    elif tone is Tone.WARN:
        tri = QPainterPath(at(0.0, -0.42))
        tri.lineTo(at(0.45, 0.38))
        tri.lineTo(at(-0.45, 0.38))
        tri.closeSubpath()
        painter.drawPath(tri)
        painter.drawLine(at(0.0, -0.14), at(0.0, 0.1))
        painter.drawPoint(at(0.0, 0.25))
    elif tone is Tone.BAD:
        painter.drawEllipse(c, r, r)
        painter.drawLine(at(-0.15, -0.15), at(0.15, 0.15))
        painter.drawLine(at(0.15, -0.15), at(-0.15, 0.15))
    elif tone is Tone.BUSY:
        arc = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)
        painter.drawArc(arc, 30 * 16, 150 * 16)
        painter.drawArc(arc, 210 * 16, 150 * 16)
        painter.drawLine(at(-0.36, -0.21), at(-0.36, -0.02))
        painter.drawLine(at(0.36, 0.21), at(0.36, 0.02))
    else:
        painter.drawEllipse(c, r, r)
        painter.drawLine(at(-0.17, 0.0), at(0.17, 0.0))
    painter.restore()


def status_icon(tone: Tone, size: int = 16, dark: bool | None = None) -> QIcon:
    """The tone's icon in its accent colour (for item views and labels)."""
    return _status_icon(tone, size, is_dark() if dark is None else dark)


@cache
def _status_icon(tone: Tone, size: int, dark: bool) -> QIcon:
    icon = QIcon()
    colour = colours(tone, dark).accent
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        draw_icon(painter, tone, QRectF(0, 0, size, size), colour)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


# -- keeping style sheets in step with the palette ----------------------------------------

class _Restyler(QObject):
    """Re-applies a widget's style sheet when the application palette turns dark or
    light (QGuiApplication.paletteChanged: also when the system switches its scheme)."""

    def __init__(self, widget: QWidget, make: Callable[[bool], str]) -> None:
        super().__init__(widget)  # lives and dies with the widget
        self.widget, self.make, self.dark = widget, make, is_dark()
        widget.setStyleSheet(make(self.dark))
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self.restyle)

    def restyle(self, palette: QPalette) -> None:
        dark = is_dark(palette)
        if dark != self.dark:
            self.dark = dark
            self.widget.setStyleSheet(self.make(dark))


def themed(widget: QWidget, make: Callable[[bool], str]) -> None:
    """Give `widget` the style sheet `make(dark)` now and again when the system switches
    between light and dark (only then: restyling is not free)."""
    _Restyler(widget, make)


def notice_style(object_name: str, tone: Tone = Tone.WARN, bold: bool = False
                 ) -> Callable[[bool], str]:
    """A framed notice (the demo banner, a state's reason) in the tone's colours."""
    weight = " font-weight: 600;" if bold else ""

    def make(dark: bool) -> str:
        c = colours(tone, dark)
        return (f"QFrame#{object_name} {{ background: {c.background.name()}; border: 1px "
                f"solid {c.accent.name()}; border-radius: 6px; }} QFrame#{object_name} "
                f"QLabel {{ color: {c.text.name()};{weight} }}")
    return make


def error_style(dark: bool) -> str:
    return f"color: {on_window(Tone.BAD, dark).name()};"


def mark_as_error(widget: QWidget) -> None:
    """Words in the error colour, readable on light and dark windows."""
    themed(widget, error_style)


# -- a dark palette (screenshots, tests) --------------------------------------------------------

def dark_palette() -> QPalette:
    """A dark palette like the platforms' own dark modes (tools/screenshots.py --dark)."""
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124", QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a", QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: "#e8eaed", QPalette.ColorRole.Button: "#2d2f33",
        QPalette.ColorRole.ButtonText: "#e8eaed", QPalette.ColorRole.ToolTipBase: "#2d2f33",
        QPalette.ColorRole.ToolTipText: "#e8eaed", QPalette.ColorRole.Highlight: "#4c8bf5",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6", QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Light: "#3c4043", QPalette.ColorRole.Midlight: "#323437",
        QPalette.ColorRole.Mid: "#5f6368", QPalette.ColorRole.Dark: "#111213",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return p
