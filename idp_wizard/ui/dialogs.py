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
    clipped: keep the minimum height what the current width needs. A minimum set by
    hand (setMinimumWidth, or the height set here) also stops the layout from keeping
    the window as wide as text that does not wrap (a check box's): keep that too."""
    layout = window.layout()
    if layout is None:
        return
    least = layout.totalMinimumSize().width()
    if least > window.minimumWidth():
        window.setMinimumWidth(least)
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(max(window.width(), least))
        if needed > window.minimumHeight():
            window.setMinimumHeight(needed)
