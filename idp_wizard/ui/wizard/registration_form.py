"""The app registration to sign in with, when none is built in or saved yet.

Entra: the application (client) ID, the tenant and the national cloud. Google: the
client_secret.json of a "Desktop app" OAuth client. The values only become settings
once a sign-in with them succeeds (sign_in.SignInService remembers what worked).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from idp_wizard.core.auth import SignInOptions
from idp_wizard.core.records import ProviderName


class RegistrationForm(QWidget):
    def __init__(self, provider: ProviderName, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("app_registration_form")
        self.provider = provider
        self.client_file: Path | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.client_id = QLineEdit()
        self.client_id.setObjectName("entra_client_id")
        self.client_id.setPlaceholderText("00000000-0000-0000-0000-000000000000")
        self.tenant = QLineEdit()
        self.tenant.setObjectName("entra_tenant")
        self.tenant.setPlaceholderText(self.tr("organizations (any work account)"))
        self.cloud = QComboBox()
        self.cloud.setObjectName("entra_cloud")
        for label, value in ((self.tr("Global (Microsoft Entra ID)"), "global"),
                             (self.tr("US Government"), "usgov"),
                             (self.tr("China (operated by 21Vianet)"), "china")):
            self.cloud.addItem(label, value)
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setObjectName("google_client_file_label")
        self.file_button = QPushButton(self.tr("C&hoose client_secret.json…"))
        self.file_button.setObjectName("google_client_file_button")
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self._choose_file)
        if provider is ProviderName.ENTRA:
            form.addRow(self.tr("Application (&client) ID:"), self.client_id)
            form.addRow(self.tr("&Tenant ID or domain:"), self.tenant)
            form.addRow(self.tr("Clo&ud:"), self.cloud)
        else:
            row = QHBoxLayout()
            row.addWidget(self.file_button)
            row.addWidget(self.file_label, 1)
            form.addRow(self.tr("OAuth client:"), row)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the downloaded OAuth client file"), str(Path.home()),
            self.tr("OAuth client (*.json)"))
        if path:
            self.set_client_file(Path(path))

    def set_client_file(self, path: Path) -> None:
        self.client_file = path
        self.file_label.setText(path.name)

    def options(self) -> SignInOptions | None:
        """What the admin entered; None when nothing (saved/built-in registration)."""
        if self.provider is ProviderName.ENTRA:
            client = self.client_id.text().strip()
            if not client:
                return None
            return SignInOptions(client_id=client, tenant=self.tenant.text().strip() or None,
                                 cloud=self.cloud.currentData())
        return SignInOptions(client_secret_file=self.client_file) if self.client_file else None
