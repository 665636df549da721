"""Small dialogs that never block the caller (opened with open(), no nested loop)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_message(parent: QWidget, title: str, text: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("message_box")
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def fit_height_to_width(window: QWidget) -> None:
    """Call from a dialog's resizeEvent. Top-level windows ignore height-for-width, so
    wrapped text (long in German, longer in the pseudo-locale) would be squeezed and
    clipped: keep the minimum height what the current width needs."""
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(window.width())
        if needed > window.minimumHeight():
            window.setMinimumHeight(needed)
