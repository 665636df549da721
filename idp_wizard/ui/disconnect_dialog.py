"""Disconnect confirmation: says plainly what is lost, and needs a ticked box.

Cancel is the default button so that pressing Enter never removes anyone.
"""

from __future__ import annotations

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

from idp_wizard.ui.panel_texts import fmt


class DisconnectDialog(QDialog):
    """`platform`: (URL, users the app put there, deactivated instead of deleted), when
    the client has a platform target."""

    def __init__(self, provider_title: str, synced_users: int,
                 parent: QWidget | None = None,
                 platform: tuple[str, int, bool] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("disconnect_dialog")
        self.setWindowTitle(fmt(self.tr("Disconnect %1"), provider_title))

        heading = QLabel(fmt(self.tr("Disconnect %1?"), provider_title))
        heading.setObjectName("disconnect_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)

        body = QLabel(self.tr(
            "All %Ln synced users will be permanently removed. They lose access to the "
            "platform and are removed from all ongoing trainings. This cannot be undone; "
            "connecting again later adds them as new users.", "", synced_users))
        body.setObjectName("disconnect_explanation")
        body.setWordWrap(True)

        self.platform_note = QLabel()
        self.platform_note.setObjectName("disconnect_platform_note")
        self.platform_note.setWordWrap(True)
        self.keep_checkbox = QCheckBox(self.tr(
            "&Keep them on the platform instead (forget them here only)"))
        self.keep_checkbox.setObjectName("disconnect_keep_platform_checkbox")
        self.keep_checkbox.setToolTip(self.tr(
            "The users stay on the platform, no longer managed by this app. This is "
            "recorded in the audit log."))
        if platform is not None and platform[1]:
            url, count, deactivate = platform
            text = (self.tr("%Ln users will also be deactivated on the platform (%1).", "",
                            count) if deactivate else
                    self.tr("%Ln users will also be removed from the platform (%1).", "",
                            count))
            self.platform_note.setText(fmt(text, url))
        else:
            self.platform_note.hide()
            self.keep_checkbox.hide()

        self.checkbox = QCheckBox(self.tr(
            "I &understand that all %Ln users will be permanently removed.", "", synced_users))
        self.checkbox.setObjectName("disconnect_confirm_checkbox")

        buttons = QDialogButtonBox()
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("disconnect_cancel_button")
        self.disconnect_button = QPushButton(self.tr("&Disconnect and remove users"))
        self.disconnect_button.setObjectName("disconnect_button")
        self.disconnect_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.disconnect_button.setEnabled(False)
        self.disconnect_button.setAutoDefault(False)
        buttons.addButton(self.disconnect_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button.setDefault(True)
        self.cancel_button.setAutoDefault(True)

        self.checkbox.toggled.connect(self.disconnect_button.setEnabled)
        self.disconnect_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(self.platform_note)
        layout.addWidget(self.checkbox)
        layout.addWidget(self.keep_checkbox)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.setTabOrder(self.checkbox, self.cancel_button)
        self.setTabOrder(self.cancel_button, self.disconnect_button)
        self.cancel_button.setFocus()

    def keep_platform_users(self) -> bool:
        return self.keep_checkbox.isVisible() and self.keep_checkbox.isChecked()

    def accept(self) -> None:
        if self.checkbox.isChecked():  # also guards a programmatic accept()
            super().accept()
