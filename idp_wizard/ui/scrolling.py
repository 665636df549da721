"""Contents that scroll when their window is too low for them (a small screen, long
German) instead of squeezing wrapped lines into each other or growing the window past
the screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget


class ScrollingBody(QScrollArea):
    """A frameless scroll area around `body`; the focused control is scrolled into view
    (the area itself never takes the focus)."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget()
        self.setWidget(self.body)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focused)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.body.isAncestorOf(new):
            self.ensureWidgetVisible(new)

    def least_width(self) -> int:
        """The body's least width beside a vertical scroll bar: never scrolls sideways."""
        return self.body.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()

    def height_at(self, width: int) -> int:
        """The height that shows all of the body at `width` without scrolling."""
        layout = self.body.layout()
        if layout is not None and layout.hasHeightForWidth():
            return layout.totalHeightForWidth(width)
        return self.body.sizeHint().height()


def scrolling_page(page: QWidget, object_name: str) -> QVBoxLayout:
    """`page`'s whole contents scroll: returns the layout to fill."""
    area = ScrollingBody(object_name, page)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return QVBoxLayout(area.body)
