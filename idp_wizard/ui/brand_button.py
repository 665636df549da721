"""The providers' own sign-in buttons: "Sign in with Microsoft", "Sign in with Google".

Drawn to each provider's published branding guidelines, as far as Qt allows:

- Microsoft ("Sign in with Microsoft" branding guidelines for applications): the
  four-square Microsoft logo (21 px), Segoe UI Semibold 15 px, 41 px high, 12 px
  padding and 12 px between logo and words; light theme white with a 1 px #8C8C8C
  border and #5E5E5E words, dark theme #2F2F2F with white words; square corners.
- Google ("Sign in with Google" branding guidelines): the standard-colour "G" (20 px),
  Roboto Medium 14 px, 40 px high, 12 px padding and 10 px between logo and words,
  4 px corners; light theme white, 1 px #747775 stroke, #1F1F1F words; dark theme
  #131314, 1 px #8E918F stroke, #E3E3E3 words; hover and press as an 8 % and 12 %
  layer of the words' colour, disabled at 38 %.

Where the brand's font is missing the system's sans-serif of that weight stands in.
The theme follows the palette (dark on dark windows). The keyboard focus shows as a
ring in the palette's highlight colour outside the button, never over the artwork.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from idp_wizard.core.records import ProviderName
from idp_wizard.ui.logos import SIGN_IN_MARKS, renderer
from idp_wizard.ui.theme import is_dark

RING = 3  # px around the button for the focus ring


@dataclass(frozen=True)
class Brand:
    mark: str  # the logo file in resources/
    height: int
    padding: int
    gap: int  # between the logo and the words
    mark_size: int
    radius: float
    families: tuple[str, ...]
    pixel_size: int
    weight: QFont.Weight
    light: tuple[str, str, str]  # fill, border, words
    dark: tuple[str, str, str]


BRANDS = {
    ProviderName.ENTRA: Brand(
        SIGN_IN_MARKS[ProviderName.ENTRA], 41, 12, 12, 21, 0.0,
        ("Segoe UI Semibold", "Segoe UI"), 15, QFont.Weight.DemiBold,
        light=("#FFFFFF", "#8C8C8C", "#5E5E5E"), dark=("#2F2F2F", "#2F2F2F", "#FFFFFF")),
    ProviderName.GOOGLE: Brand(
        SIGN_IN_MARKS[ProviderName.GOOGLE], 40, 12, 10, 20, 4.0,
        ("Roboto Medium", "Roboto"), 14, QFont.Weight.Medium,
        light=("#FFFFFF", "#747775", "#1F1F1F"), dark=("#131314", "#8E918F", "#E3E3E3")),
}


class BrandButton(QPushButton):
    """A QPushButton (clicks, Enter, Space, accessibility) painted as the brand says."""

    def __init__(self, provider: ProviderName, text: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._base_family = self.font().family()
        self.set_provider(provider, text)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_provider(self, provider: ProviderName, text: str) -> None:
        self.provider, self.brand = provider, BRANDS[provider]
        font = QFont(self.font())
        font.setFamilies([*self.brand.families, self._base_family])
        font.setPixelSize(self.brand.pixel_size)
        font.setWeight(self.brand.weight)
        self.setFont(font)
        self.setText(text)
        self.updateGeometry()

    def colours(self) -> tuple[QColor, QColor, QColor]:
        fill, border, words = self.brand.dark if is_dark(self.palette()) else self.brand.light
        return QColor(fill), QColor(border), QColor(words)

    def sizeHint(self) -> QSize:
        b = self.brand
        words = QFontMetrics(self.font()).horizontalAdvance(self.text())
        return QSize(b.padding + b.mark_size + b.gap + words + b.padding + 2 * RING,
                     b.height + 2 * RING)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        b = self.brand
        fill, border, words = self.colours()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        face = QRectF(self.rect()).adjusted(RING, RING, -RING, -RING)
        if not self.isEnabled():
            p.setOpacity(0.38)
        p.setPen(QPen(border, 1))
        p.setBrush(fill)
        p.drawRoundedRect(face.adjusted(0.5, 0.5, -0.5, -0.5), b.radius, b.radius)
        if self.isEnabled() and (self.isDown() or self.underMouse()):
            layer = QColor(words)
            layer.setAlphaF(0.12 if self.isDown() else 0.08)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(layer)
            p.drawRoundedRect(face, b.radius, b.radius)
        mark = QRectF(face.left() + b.padding, face.center().y() - b.mark_size / 2,
                      b.mark_size, b.mark_size)
        renderer(b.mark).render(p, mark)
        p.setPen(words)
        p.setFont(self.font())
        text_rect = face.adjusted(b.padding + b.mark_size + b.gap, 0, -b.padding, 0)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                   self.text())
        if self.hasFocus():
            p.setOpacity(1.0)
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            ring = QRectF(self.rect()).adjusted(1, 1, -1, -1)
            p.drawRoundedRect(ring, b.radius + 2, b.radius + 2)
        p.end()
