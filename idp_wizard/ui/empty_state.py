"""Empty states: words (and a way on) where a list or a panel would only be empty.

`EmptyState` is the message block; `ConnectCallToAction` is what an unconnected panel
shows instead of an empty users table: both providers' logos and `connect_button`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.records import ProviderName
from idp_wizard.ui.logos import provider_logo


class EmptyState(QWidget):
    """A heading and a sentence, centred, with room for a button row below."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.heading = QLabel()
        self.heading.setObjectName(f"{object_name}_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel()
        self.text.setObjectName(f"{object_name}_text")
        for label in (self.heading, self.text):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.column = QVBoxLayout()
        self.column.setSpacing(10)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.text)
        # A column of readable width in the middle; wrapped words get their full height.
        inner = QWidget()
        inner.setMaximumWidth(max(480, self.fontMetrics().averageCharWidth() * 72))
        inner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner.setLayout(self.column)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(inner, 10)  # as wide as allowed: the stretches take the rest
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def say(self, heading: str, text: str = "") -> None:
        self.heading.setText(heading)
        self.text.setText(text)
        self.text.setVisible(bool(text))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)

    def add_button(self, button: QPushButton) -> None:
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        row.addStretch(1)
        self.column.addSpacing(6)
        self.column.addLayout(row)


class ConnectCallToAction(EmptyState):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("panel_connect_cta", parent)
        logos = QHBoxLayout()
        logos.addStretch(1)
        for provider in ProviderName:
            chip = QVBoxLayout()
            chip.setSpacing(6)
            chip.addWidget(provider_logo(provider, 56), 0, Qt.AlignmentFlag.AlignHCenter)
            name = QLabel(provider.title)
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            chip.addWidget(name)
            logos.addLayout(chip)
            logos.addSpacing(40)
        logos.takeAt(logos.count() - 1)  # no gap after the last one
        logos.addStretch(1)
        self.column.insertLayout(0, logos)
        self.column.insertSpacing(1, 14)
        self.say(self.tr("Connect your identity provider"), self.tr(
            "Connect Microsoft Entra ID or Google Workspace, choose which employees to "
            "share, and IdP Wizard keeps exactly them provisioned on the platform."))
        self.connect_button = QPushButton(self.tr("&Connect an identity provider…"))
        self.connect_button.setObjectName("connect_button")
        self.add_button(self.connect_button)
