"""Keyboard focus helpers: where the focus may go, and a visible ring on focused lists.

Item views (tables, trees, lists) look the same focused or not once a row is selected,
in most styles. A `ListFocusRing` per window follows the focus and draws a ring in the
palette's highlight colour around the list that has it, outside its frame, so nothing
inside the list is repainted or covered.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFocusFrame, QWidget


def takes_focus(widget: QWidget) -> bool:
    """Visible (in its window), enabled, and reachable with Tab."""
    return (widget.isVisibleTo(widget.window()) and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus))


def first_focusable(root: QWidget) -> QWidget | None:
    """The first control inside `root`, in Tab order, that can take the focus now."""
    widget = root.nextInFocusChain()
    for _ in range(len(root.window().findChildren(QWidget)) + 1):  # the chain is a ring
        if widget is None or widget is root:
            break
        if root.isAncestorOf(widget) and takes_focus(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


class ListFocusRing(QFocusFrame):
    """A 2 px ring in the highlight colour around the focused item view of one window
    (it lives, and dies, with that window)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("list_focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.owner = window
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.follow)

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        view = new if isinstance(new, QAbstractItemView) else None
        parent = new.parent() if view is None and new is not None else None
        if isinstance(parent, QAbstractItemView):
            view = parent  # e.g. an editor or the viewport
        if view is not None and not self.owner.isAncestorOf(view):
            if new is not None and self.owner.isAncestorOf(new):
                view = None  # the focus moved elsewhere in this window
            else:
                return  # another window's business
        if view is not self.widget():
            self.setWidget(view)  # type: ignore[arg-type]  # None detaches (stub says QWidget)
        self.setVisible(view is not None)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        p.setPen(QPen(colour, 2))
        p.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 2, 2)
        p.end()
