"""The self-test's demo run: the setup wizard opened as at a first start and walked to
Finish, a second sync, and a Google demo sync, all in a temporary folder."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractButton, QWizard

from idp_wizard.ui.self_test_base import DEMO_SIZE, wait

if TYPE_CHECKING:
    from idp_wizard.app import App
    from idp_wizard.ui.main_window import MainWindow


class WizardRun:
    """The setup wizard, opened at start-up as with no connection, walked to Finish."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._app: App | None = None
        self._window: MainWindow | None = None

    @property
    def app(self) -> App:
        if self._app is None:
            raise RuntimeError("the demo profile did not open")
        return self._app

    @property
    def window(self) -> MainWindow:
        if self._window is None:
            raise RuntimeError("the main window did not open")
        return self._window

    def open(self) -> str:
        from idp_wizard.compose import open_app
        from idp_wizard.paths import ProfilePaths
        from idp_wizard.ui.launch import create_main_window
        from idp_wizard.ui.tasks import InlineTaskRunner

        self._app = open_app(ProfilePaths(self.data_dir, demo=True), demo_size=DEMO_SIZE)
        self._window = create_main_window(self._app, InlineTaskRunner(), start=True)
        if self.window.wizard is None:
            raise RuntimeError("the setup wizard did not open (see the log)")
        wait(lambda: self._page() == "page_provider", "page_provider")
        return f"main window shown, wizard at {self._page()}"

    def _page(self) -> str:
        wizard = self.window.wizard
        page = wizard.currentPage() if isinstance(wizard, QWizard) else None
        return page.objectName() if page is not None else ""

    def _on_page(self, name: str) -> bool:
        return self._page() == name

    def _click(self, name: str) -> None:
        wizard = self.window.wizard
        button = wizard.findChild(QAbstractButton, name) if wizard is not None else None
        if button is None:
            raise RuntimeError(f"no button {name} on {self._page()}")
        wait(lambda: button.isVisible() and button.isEnabled(), f"{name} enabled")
        button.click()

    def walk(self) -> str:
        from idp_wizard.core.users import count_users

        steps = (("connect_entra", "page_data_options"), ("next_button", "page_sign_in"),
                 ("sign_in_button", "page_permissions"),
                 ("accept_permissions_button", "page_filtering"),
                 ("share_button", "page_platform"))
        for button, page in steps:
            self._click(button)
            wait(functools.partial(self._on_page, page), page)
        # The embedded demo platform (scim2-server inside the app), when the demo has it.
        embedded = self.app.platform.target() is not None
        self._click("save_platform_button" if embedded else "skip_platform_button")
        wait(lambda: self._page() == "page_finish", "page_finish")
        self._click("finish_button")
        wait(lambda: self.window.wizard is None, "the wizard to close")
        synced = count_users(self.app.store, self.app.client_id)
        if synced <= 0:
            raise RuntimeError("the wizard's initial sync synced nobody")
        provisioned = self.app.platform.status().counts.provisioned
        if embedded and provisioned != synced:
            raise RuntimeError(f"the demo platform holds {provisioned} of {synced} users")
        where = f", {provisioned} on the demo platform" if embedded else ""
        return f"Entra demo tenant: {synced} of {DEMO_SIZE} employees synced{where}"

    def sync_again(self) -> str:
        outcome = self.app.sync_service().run(trigger="self-test")
        if outcome.status != "succeeded" or outcome.synced_users <= 0:
            raise RuntimeError(f"sync {outcome.status} {outcome.error}".strip())
        return f"{outcome.mode} sync {outcome.status}, {outcome.synced_users} synced users"

    def close(self) -> str:
        if self._window is not None:
            self._window.close()
            self._window.deleteLater()
        if self._app is not None:
            self._app.close()
        return ""


def google_sync(data_dir: Path) -> Callable[[], str]:
    def check() -> str:
        from idp_wizard.compose import open_app
        from idp_wizard.core.records import ProviderName
        from idp_wizard.core.wizard_engine import connect_with_defaults
        from idp_wizard.paths import ProfilePaths

        app = open_app(ProfilePaths(data_dir, demo=True), demo_size=DEMO_SIZE)
        try:
            connect_with_defaults(app, ProviderName.GOOGLE)
            outcome = app.sync_service().run(trigger="self-test")
            if outcome.status != "succeeded" or outcome.synced_users <= 0:
                raise RuntimeError(f"sync {outcome.status} {outcome.error}".strip())
            return f"Google demo tenant: {outcome.synced_users} of {DEMO_SIZE} synced"
        finally:
            app.close()
    return check
