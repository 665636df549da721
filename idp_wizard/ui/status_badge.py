"""A status badge: a rounded pill with the tone's drawn icon and the words.

Still a QLabel (tests and screen readers read `text()`); it paints itself so the pill
is the same in every style, at any scale, in light and dark palettes.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from idp_wizard.ui.theme import Tone, colours, draw_icon, is_dark


class StatusBadge(QLabel):
    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.tone = Tone.OFF
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def show_status(self, text: str, tone: Tone) -> None:
        self.tone = tone
        self.setText(text)
        self.setProperty("tone", tone.value)
        self.updateGeometry()
        self.update()

    def _metrics(self) -> tuple[int, int, int]:
        """Icon size, horizontal padding, gap between icon and words."""
        h = self.fontMetrics().height()
        return h, max(8, h // 2), max(4, h // 4)

    def sizeHint(self) -> QSize:
        icon, pad, gap = self._metrics()
        width = self.fontMetrics().horizontalAdvance(self.text())
        return QSize(pad + icon + gap + width + pad, self.fontMetrics().height() + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        c = colours(self.tone, is_dark(self.palette()))
        icon, pad, gap = self._metrics()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(c.accent)
        p.setBrush(c.background)
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        icon_rect = QRectF(pad, (self.height() - icon) / 2, icon, icon)
        draw_icon(p, self.tone, icon_rect.adjusted(1, 1, -1, -1), c.text)
        p.setPen(c.text)
        p.setFont(self.font())
        text_rect = self.rect().adjusted(pad + icon + gap, 0, -pad, 0)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   self.text())
        p.end()
