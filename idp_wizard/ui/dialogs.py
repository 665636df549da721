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


def fit_new_texts(window: QWidget) -> None:
    """After a shown window's texts changed (a reason shown, a choice's wording): its
    layout takes them now and the window grows to what they need (a shown window does
    not follow its layout's new minimum by itself)."""
    layout = window.layout()
    if layout is not None:
        layout.activate()
    fit_height_to_width(window)


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
