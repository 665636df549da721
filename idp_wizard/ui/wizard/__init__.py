"""The setup wizard: connect a provider, reauthorize it, or edit the user filter."""

from idp_wizard.ui.wizard.setup_wizard import SetupWizard

__all__ = ["SetupWizard"]
