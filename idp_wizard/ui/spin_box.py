"""A spin box never narrower than its widest value with its suffix."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSpinBox


class SuffixSpinBox(QSpinBox):
    """Qt's minimum size hint of a spin box measures "1000" alone, without the suffix:
    a layout that gives widgets their minimum (a narrow window or dialog) cut a long
    suffix off ("40[!! mîñ" in the pseudo-locale). Its size hint measures the widest
    value with the prefix and suffix: that is the least it takes."""

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(self.sizeHint().width(), 0))
