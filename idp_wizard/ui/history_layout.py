"""The History tab's runs table and its details pane: the runs never scroll sideways.

The runs table asks for the width its columns need (German headers need ~700 px, the
pseudo-locale more); its details sit beside it while they keep at least `MIN_DETAILS`,
and below it in a narrower window, where the runs take the whole width.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QStyle, QTreeWidget

# The details of the selected run keep at least this width beside the runs.
MIN_DETAILS = 260


class RunsTree(QTreeWidget):
    """A tree whose columns size to their contents, as wide as they need at least."""

    def columns_width(self) -> int:
        """Every column whole, with the frame and room for a vertical scroll bar (a
        longer history brings one)."""
        header = self.header()
        need = sum(max(header.sectionSizeHint(i), self.sizeHintForColumn(i))
                   for i in range(header.count()) if not header.isSectionHidden(i))
        return need + 2 * self.frameWidth() + self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def minimumSizeHint(self) -> QSize:
        """Every column, and a row under the headers: below the details (a narrow
        window) the chart, the runs and the details share the height."""
        row = max(self.sizeHintForRow(0), self.fontMetrics().height())
        return QSize(self.columns_width(),
                     self.header().sizeHint().height() + row + 2 * self.frameWidth())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.columns_width()), hint.height())

    def columns_changed(self) -> None:
        """New rows may need wider columns: the layouts ask again."""
        self.updateGeometry()


class DetailsText(QPlainTextEdit):
    """The selected run's details: two lines at least (Qt's own least is ~4), so the
    runs and their details fit one above the other at the window's default height."""

    def minimumSizeHint(self) -> QSize:
        margins = self.contentsMargins()
        document = 2 * int(self.document().documentMargin())
        high = 2 * self.fontMetrics().lineSpacing() + document + margins.top() + margins.bottom()
        return QSize(super().minimumSizeHint().width(), high)


class RunsSplitter(QSplitter):
    """The runs (first) and their details (second): side by side when the width allows
    the runs' columns and `MIN_DETAILS`, the runs getting what their columns need until
    the admin moves the handle; otherwise one above the other."""

    stacked = Signal(bool)  # the details went below the runs (True) or beside them

    def __init__(self, runs: RunsTree) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.runs = runs
        self.moved_by_hand = False
        self.setChildrenCollapsible(False)  # never squeezed below the columns' width
        self.splitterMoved.connect(self._moved)

    def _moved(self) -> None:
        self.moved_by_hand = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        if self.count() != 2 or self.width() <= 0:
            return
        need = self.runs.columns_width()
        beside = self.width() >= need + self.handleWidth() + MIN_DETAILS
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        self.blockSignals(True)  # not the admin's move
        if orientation != self.orientation():
            self.setOrientation(orientation)
            self.moved_by_hand = False
            if not beside:
                self.setSizes([1, 1])  # half each
            self.stacked.emit(not beside)
        if beside and not self.moved_by_hand:
            total = sum(self.sizes())
            self.setSizes([need, total - need])
        self.blockSignals(False)
