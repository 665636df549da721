"""IdP Wizard: connect Microsoft Entra ID or Google Workspace and provision employees."""

__version__ = "0.1.0"
