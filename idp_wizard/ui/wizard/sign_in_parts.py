"""Parts of the sign-in page: the device code to type elsewhere, the other-device
alternative, and the framed card the sign-in happens in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from idp_wizard.core.auth import DeviceCode
from idp_wizard.ui.theme import Tone, status_icon
from idp_wizard.ui.wizard.widgets import text_label
from idp_wizard.ui.wording import fmt


def card(object_name: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName(object_name)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    return frame


def bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class DeviceCodePanel(QFrame):
    """The code in large type, where to enter it, and a button to copy it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("device_code_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.where = text_label(object_name="device_code_where")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code = QLabel()
        self.code.setObjectName("device_code_label")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.Bold)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 2)
        self.code.setFont(font)
        self.copy_button = QPushButton(self.tr("&Copy code"))
        self.copy_button.setObjectName("copy_code_button")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        self.expiry = text_label(object_name="device_code_expiry")
        row = QHBoxLayout()
        row.addWidget(self.code)
        row.addSpacing(12)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(row)
        layout.addWidget(self.expiry)
        self.hide()

    def show_code(self, code: DeviceCode) -> None:
        self.where.setText(fmt(self.tr(
            "On a phone or another computer, open %1 and enter this code:"),
            code.verification_uri))
        self.code.setText(code.user_code)
        self.code.setAccessibleName(fmt(self.tr("Sign-in code %1"), code.user_code))
        minutes = max(1, code.expires_in // 60)
        self.expiry.setText(fmt(self.tr("The code expires in %1 min. Once you have signed "
                                        "in there, come back here."), minutes))
        self.show()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())


class OtherDevice(QWidget):
    """"No browser on this computer?": the device-code sign-in, when offered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("device_code_section")
        heading = bold(text_label(self.tr("Cannot use a browser on this computer?")))
        self.text = text_label(self.tr(
            "Sign in on a phone or another computer instead: IdP Wizard shows a short "
            "code to enter there."), "device_code_hint")
        self.button = QPushButton(self.tr("Sign in on &another device"))
        self.button.setObjectName("device_code_button")
        self.button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addLayout(row)


class GoodToKnow(QWidget):
    """A few facts that answer an admin's first questions, each with a tick."""

    def __init__(self, facts: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sign_in_facts")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(bold(text_label(self.tr("Good to know"))))
        size = self.fontMetrics().height()
        self.labels: list[QLabel] = []
        for fact in facts:
            mark = QLabel()
            mark.setPixmap(status_icon(Tone.OK, size).pixmap(size, size))
            mark.setFixedSize(size + 4, size)
            label = text_label(fact)
            row = QHBoxLayout()
            row.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(label, 1)
            layout.addLayout(row)
            self.labels.append(label)
