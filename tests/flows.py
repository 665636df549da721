"""The wizard engine's flows as one-liners for tests (the CLI and the Qt wizard run the
same engine; nothing here is a seam production lacks)."""

from __future__ import annotations

from idp_wizard.app import App
from idp_wizard.core.auth import SignInOptions
from idp_wizard.core.connection import Connection
from idp_wizard.core.progress import CancelToken
from idp_wizard.core.records import ProviderName
from idp_wizard.core.wizard import WizardMode
from idp_wizard.core.wizard_engine import WizardEngine, connect_with_defaults


def connect(app: App, provider: ProviderName, options: SignInOptions | None = None,
            cancel: CancelToken | None = None) -> Connection:
    """Sign in, accept, share with the default filter (no sync)."""
    return connect_with_defaults(app, provider, options, cancel=cancel)


def sign_in(app: App, provider: ProviderName,
            options: SignInOptions | None = None) -> Connection:
    """The NEW flow's sign-in only: an unsaved, admin-checked connection."""
    engine = WizardEngine(app, WizardMode.NEW)
    engine.choose_provider(provider)
    return engine.sign_in(options)


def reauthorize(app: App, options: SignInOptions | None = None,
                cancel: CancelToken | None = None) -> Connection:
    return WizardEngine(app, WizardMode.REAUTHORIZE).sign_in(options, cancel=cancel)
