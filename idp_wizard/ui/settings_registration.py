"""The settings dialog's "App registration" group: Entra client id/tenant/cloud and the
Google Desktop client (an imported client_secret.json). Saved only when the dialog is
accepted; a built-in registration from build_config is shown as such."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from idp_wizard import build_config
from idp_wizard.core.client_settings import client_setting, set_client_setting
from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.providers.entra_settings import EntraSettings
from idp_wizard.providers.google_client import read_client_secret_file
from idp_wizard.sign_in import ENTRA_SETTING, GOOGLE_SETTING
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.theme import mark_as_error
from idp_wizard.ui.wording import fmt


class RegistrationBox(QGroupBox):
    def __init__(self, store: Store, demo: bool, client_id: int = DEFAULT_CLIENT_ID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("App registration"))
        self.setObjectName("settings_registration")
        self.store, self.owner = store, client_id  # registrations are per client
        saved: dict[str, Any] = client_setting(store, client_id, ENTRA_SETTING) or {}
        self._google: dict[str, Any] | None = client_setting(store, client_id, GOOGLE_SETTING)
        self._google_changed = False

        self.client_id = QLineEdit(str(saved.get("client_id") or ""))
        self.client_id.setObjectName("settings_entra_client_id")
        self.client_id.setPlaceholderText(
            self.tr("Built-in registration") if build_config.ENTRA_CLIENT_ID
            else self.tr("Application (client) ID"))
        self.tenant = QLineEdit(str(saved.get("tenant") or ""))
        self.tenant.setObjectName("settings_entra_tenant")
        self.tenant.setPlaceholderText(self.tr("Any tenant of the signed-in admin"))
        self.cloud = QComboBox()
        self.cloud.setObjectName("settings_entra_cloud")
        for value, label in (("global", self.tr("Global")),
                             ("usgov", self.tr("US Government")),
                             ("china", self.tr("China (operated by 21Vianet)"))):
            self.cloud.addItem(label, value)
        self.cloud.setCurrentIndex(max(0, self.cloud.findData(saved.get("cloud") or "global")))

        self.google_status = QLabel()
        self.google_status.setObjectName("google_client_status")
        self.google_status.setWordWrap(False)  # a wrapped label in a form row clips
        self.import_button = QPushButton(self.tr("&Import client_secret.json…"))
        self.import_button.setObjectName("google_import_button")
        self.import_button.clicked.connect(self._import_dialog)
        google_row = QHBoxLayout()
        google_row.addWidget(self.google_status, 1)
        google_row.addWidget(self.import_button)

        self.error = QLabel()
        self.error.setObjectName("registration_error")
        self.error.setWordWrap(True)
        mark_as_error(self.error)
        self.error.hide()

        outer = QVBoxLayout(self)
        if demo:  # wrapped labels go outside the form: spanning rows clip them
            note = QLabel(self.tr("The demo needs no app registration; these settings "
                                  "apply to the real profile's sign-in."))
            note.setWordWrap(True)
            outer.addWidget(note)
        form = QFormLayout()
        # Long German labels: let rows wrap instead of pushing the fields off the dialog.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        form.addRow(self.tr("Entra client ID:"), self.client_id)
        form.addRow(self.tr("Entra tenant:"), self.tenant)
        form.addRow(self.tr("Entra cloud:"), self.cloud)
        form.addRow(self.tr("Google client:"), google_row)
        outer.addWidget(self.error)
        self._show_google()

    def _show_google(self) -> None:
        if self._google:
            client = (self._google.get("installed") or {}).get("client_id", "")
            text = fmt(self.tr("Imported client %1"), client)
        elif build_config.GOOGLE_CLIENT_CONFIG:
            text = self.tr("Built-in registration active")
        else:
            text = self.tr("Not configured")
        self.google_status.setText(text)

    def _import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Google OAuth client"), str(Path.home()),
            self.tr("Google client files (*.json)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Read and check a downloaded client_secret.json (saved on OK)."""
        try:
            self._google = read_client_secret_file(path)
        except IdpWizardError as exc:
            self.show_error(core_text(exc))
            return False
        self._google_changed = True
        self.show_error("")
        self._show_google()
        return True

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def entra_value(self) -> dict[str, str] | None:
        """The Entra registration to save, None for "none of our own"; raises if invalid."""
        client = self.client_id.text().strip()
        tenant = self.tenant.text().strip()
        cloud = str(self.cloud.currentData())
        if not client:
            return None
        EntraSettings(client, tenant or "organizations", cloud)  # validates, or raises
        return {"client_id": client, "tenant": tenant, "cloud": cloud}

    def save(self) -> bool:
        """Write both registrations; False (and an inline error) if the input is invalid."""
        try:
            entra = self.entra_value()
        except IdpWizardError as exc:
            self.show_error(core_text(exc))
            return False
        store, client = self.store, self.owner
        current = client_setting(store, client, ENTRA_SETTING)
        if entra is not None and entra != current:
            set_client_setting(store, client, ENTRA_SETTING, entra)
        elif entra is None and current:
            set_client_setting(store, client, ENTRA_SETTING, None)
        if self._google_changed and self._google is not None:
            set_client_setting(store, client, GOOGLE_SETTING, self._google)
        return True
