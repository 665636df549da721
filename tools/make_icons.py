"""Draw the application icon offscreen and write it in every size the platforms need.

    python tools/make_icons.py

Writes idp_wizard/resources/app_icon.png (256 px, used by the running app),
idp_wizard/resources/icons/app_icon_<N>.png (16-256), build_spec/windows/idp_wizard.ico and
build_spec/macos/idp_wizard.icns. The ICO and ICNS containers are written here from
PNGs (both formats are a small header plus PNG entries), so no image library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (ic11-ic14 are the @2x variants).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))


def _badge(p: QPainter, s: float) -> None:
    """Rounded-square badge with a diagonal blue-indigo gradient and a soft top sheen."""
    inset = s * 0.06
    rect = QRectF(inset, inset, s - 2 * inset, s - 2 * inset)
    radius = rect.width() * 0.225
    grad = QLinearGradient(rect.topLeft(), rect.bottomRight())
    grad.setColorAt(0.0, QColor("#38bdf8"))
    grad.setColorAt(0.55, QColor("#2563eb"))
    grad.setColorAt(1.0, QColor("#4338ca"))
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    p.fillPath(path, grad)
    sheen = QLinearGradient(rect.topLeft(), QPointF(rect.left(), rect.center().y()))
    sheen.setColorAt(0.0, QColor(255, 255, 255, 60))
    sheen.setColorAt(1.0, QColor(255, 255, 255, 0))
    p.fillPath(path, sheen)


def _person_path(s: float) -> QPainterPath:
    """Head and rounded shoulders, left of centre."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)  # overlapping parts union, no holes
    cx = s * 0.375
    path.addEllipse(QPointF(cx, s * 0.365), s * 0.108, s * 0.108)
    body = QRectF(cx - s * 0.19, s * 0.515, s * 0.38, s * 0.235)
    path.addRoundedRect(body, s * 0.1, s * 0.1)
    # Square off the bottom corners' lower half so it reads as shoulders, not a pill.
    path.addRect(QRectF(body.left(), body.bottom() - s * 0.1, body.width(), s * 0.1))
    return path.simplified()


def _arrow_path(s: float) -> QPainterPath:
    """A bold chevron arrow to the right: the person is provisioned onwards."""
    line = QPainterPath()
    y = s * 0.635
    line.moveTo(s * 0.64, y)
    line.lineTo(s * 0.80, y)
    line.moveTo(s * 0.725, y - s * 0.08)
    line.lineTo(s * 0.805, y)
    line.lineTo(s * 0.725, y + s * 0.08)
    return line


def _glyph(p: QPainter, s: float) -> None:
    """White person and cyan arrow, over a faint shadow for depth at large sizes."""
    width = max(1.6, s * 0.062)
    for dy, person, arrow in ((s * 0.014, QColor(15, 23, 80, 55), QColor(15, 23, 80, 55)),
                              (0.0, QColor("#ffffff"), QColor("#a5f3fc"))):
        p.save()
        p.translate(0, dy)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(person)
        p.drawPath(_person_path(s))
        pen = QPen(arrow, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(_arrow_path(s))
        p.restore()


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    _badge(p, size)
    _glyph(p, size)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + one ICONDIRENTRY per size, each image stored as PNG (Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, blobs = b"", b""
    offset = 6 + 16 * len(pngs)
    for size, blob in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """'icns' + total length, then (type, length incl. 8-byte header, PNG data) entries."""
    body = b"".join(kind.encode() + struct.pack(">I", len(pngs[px]) + 8) + pngs[px]
                    for kind, px in ICNS_TYPES)
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    pngs = {size: png_bytes(render(size)) for size in SIZES}
    res = ROOT / "idp_wizard" / "resources"
    (res / "icons").mkdir(parents=True, exist_ok=True)
    (res / "app_icon.png").write_bytes(pngs[256])
    for size in ICO_SIZES:  # the running app needs no more than 256 px (macOS: the .icns)
        (res / "icons" / f"app_icon_{size}.png").write_bytes(pngs[size])
    (ROOT / "build_spec" / "windows" / "idp_wizard.ico").write_bytes(
        ico({s: pngs[s] for s in ICO_SIZES}))
    (ROOT / "build_spec" / "macos" / "idp_wizard.icns").write_bytes(icns(pngs))
    print(f"wrote {len(SIZES)} PNGs, idp_wizard.ico, idp_wizard.icns")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
