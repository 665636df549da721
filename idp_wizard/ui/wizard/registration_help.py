"""Step-by-step guidance when no app registration (OAuth client) is configured yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from idp_wizard.core.records import ProviderName

translate = QCoreApplication.translate  # a name pyside6-lupdate recognises


def registration_steps(provider: ProviderName) -> str:
    """Rich text: numbered steps to register IdP Wizard with the provider."""
    if provider is ProviderName.ENTRA:
        steps = [
            translate("RegistrationHelp",
                      "Open the Microsoft Entra admin center and go to App registrations."),
            translate("RegistrationHelp",
                      "Choose New registration, name it “IdP Wizard” and select “Accounts "
                      "in this organizational directory only”."),
            translate("RegistrationHelp",
                      "Under Redirect URI choose “Public client/native” and enter "
                      "http://localhost."),
            translate("RegistrationHelp",
                      "Under Authentication, allow public client flows."),
            translate("RegistrationHelp",
                      "Under API permissions, add the delegated Microsoft Graph permissions "
                      "User.Read, User.Read.All and RoleManagement.Read.Directory (and "
                      "GroupMember.Read.All to choose employees by group), then choose "
                      "“Grant admin consent”."),
            translate("RegistrationHelp",
                      "Copy the Application (client) ID and enter it below."),
        ]
    else:
        steps = [
            translate("RegistrationHelp",
                      "Open the Google Cloud console and create or choose a project."),
            translate("RegistrationHelp", "Enable the Admin SDK API for the project."),
            translate("RegistrationHelp",
                      "Under Credentials, create an OAuth client ID of type “Desktop app”."),
            translate("RegistrationHelp",
                      "Download the client_secret.json file and choose it below."),
        ]
    title = translate("RegistrationHelp", "How to register IdP Wizard:")
    items = "".join(f"<li>{s}</li>" for s in steps)
    return f"<b>{title}</b><ol>{items}</ol>"
