"""Step-by-step guidance when no app registration (OAuth client) is configured yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from idp_wizard.core.records import ProviderName


def _t(text: str) -> str:
    return QCoreApplication.translate("RegistrationHelp", text)


def registration_steps(provider: ProviderName) -> str:
    """Rich text: numbered steps to register IdP Wizard with the provider."""
    if provider is ProviderName.ENTRA:
        steps = [
            _t("Open the Microsoft Entra admin center and go to App registrations."),
            _t("Choose New registration, name it “IdP Wizard” and select “Accounts in "
               "this organizational directory only”."),
            _t("Under Redirect URI choose “Public client/native” and enter "
               "http://localhost."),
            _t("Copy the Application (client) ID and enter it here."),
        ]
    else:
        steps = [
            _t("Open the Google Cloud console and create or choose a project."),
            _t("Enable the Admin SDK API for the project."),
            _t("Under Credentials, create an OAuth client ID of type “Desktop app”."),
            _t("Download the client_secret.json file and choose it here."),
        ]
    items = "".join(f"<li>{s}</li>" for s in steps)
    return f"<b>{_t('How to register IdP Wizard:')}</b><ol>{items}</ol>"
