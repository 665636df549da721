"""A confirmation for what cannot be undone (disconnect, remove a client): a heading, what
is lost, a box to tick, and a destructive button that stays disabled until it is ticked.

Cancel is the default button so that pressing Enter never removes anyone.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.ui.dialogs import fit_height_to_width


class TickedConfirmDialog(QDialog):
    """`name`: the object-name stem ("disconnect" → disconnect_dialog, ..._heading,
    ..._explanation, ..._confirm_checkbox, ..._cancel_button); `button_name`: the
    destructive button's object name."""

    def __init__(self, name: str, title: str, heading_text: str, body_text: str,
                 box_text: str, button_text: str, button_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}_dialog")
        self.setWindowTitle(title)

        heading = QLabel(heading_text)
        heading.setObjectName(f"{name}_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)

        body = QLabel(body_text)
        body.setObjectName(f"{name}_explanation")
        body.setWordWrap(True)

        self.checkbox = QCheckBox(box_text)
        self.checkbox.setObjectName(f"{name}_confirm_checkbox")

        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName(f"{name}_cancel_button")
        self.confirm_button = QPushButton(button_text)
        self.confirm_button.setObjectName(button_name)
        self.confirm_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.confirm_button.setEnabled(False)
        self.confirm_button.setAutoDefault(False)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button.setDefault(True)
        self.cancel_button.setAutoDefault(True)

        self.checkbox.toggled.connect(self.confirm_button.setEnabled)
        self.confirm_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(self.checkbox)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setTabOrder(self.checkbox, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.confirm_button)
        self.cancel_button.setFocus()

    def fit_width(self, least: int) -> None:
        """At least `least` pixels wide, and wide enough for the box's text (a check box
        does not wrap); the explanation wraps to whatever width that gives."""
        margins = self.contentsMargins()
        box = self.checkbox.sizeHint().width() + margins.left() + margins.right() + 24
        self.setMinimumWidth(max(least, box))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height_to_width(self)  # the wrapped explanation is never clipped

    def accept(self) -> None:
        if self.checkbox.isChecked():  # also guards a programmatic accept()
            super().accept()
