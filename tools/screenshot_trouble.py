"""Scenes of trouble for tools/screenshots.py: what the panel and the history say when the
saved sign-in is damaged, when Entra refuses to renew it, when a directory read is refused
(a user without an id, a paging cycle) and when a read replaced a character or collapsed
a user listed twice.

Each state is reached the way the app reaches it: "Sync now" through the window's sync
controller, with the demo's token source raising the provider's own refusal, or with the
demo's users pages altered as a provider or a proxy would (tests/faults/hostile.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from screenshot_scenes import Shot, window_for

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.core.connection import ConnectionState, set_state
from idp_wizard.core.errors import ProviderError
from idp_wizard.core.reader import DirectoryReader
from idp_wizard.core.records import ProviderName
from idp_wizard.demo.directory_fake import GOOGLE_HOST
from idp_wizard.demo.environment import DemoAuthenticator
from idp_wizard.paths import ProfilePaths
from idp_wizard.providers.entra_errors import damaged_cache, silent_error
from idp_wizard.providers.graph import GraphReader, make_graph_http
from idp_wizard.providers.http import make_client
from idp_wizard.ui.main_window import MainWindow
from tests.faults.helpers import force_full_read
from tests.faults.hostile import GRAPH_HOST, alter_users_pages
from tests.flows import connect

Body = dict[str, Any]
# What Entra answers a silent renewal (MSAL's error dicts), by scene.
REFUSALS = {
    "panel_reauth_consent": {"error": "invalid_grant", "error_codes": [65001]},
    "panel_reauth_mfa": {"error": "invalid_grant", "error_codes": [50076]},
    "panel_reauth_conditional_access": {"error": "invalid_grant", "error_codes": [53003]},
}


class RefusingTokens:
    """A token source whose renewal fails as the real one does."""

    def __init__(self, error: ProviderError) -> None:
        self.error = error

    def access_token(self, force_refresh: bool = False) -> str:
        raise self.error


def sync_now(window: MainWindow, shot: Shot | None = None, name: str = "") -> None:
    """What "Sync now" does, on the inline runner; the window shows the outcome. A
    failure's message box is shot as `name` (given a `shot`), then closed."""
    window.controller.sync()
    QTest.qWait(100)
    for box in window.findChildren(QMessageBox, "message_box"):
        if shot is not None and name:
            shot(box, name)
        box.done(0)
    window.refresh()


def trouble_shots(data: Path, shot: Shot) -> None:
    # Google: its users listing is the sync's read, where a user listed twice is named.
    google = synced(data / "trouble_google", ProviderName.GOOGLE)
    window = window_for(google)
    read_warnings(google, window, shot)
    window.close()
    google.close()
    app = synced(data / "trouble", ProviderName.ENTRA)
    window = window_for(app)
    read_failures(app, window, shot)
    renewal_refused(app, window, shot)
    window.close()
    app.close()


def synced(folder: Path, provider: ProviderName) -> App:
    app = open_app(ProfilePaths(folder, demo=True), demo_size=250)
    connect(app, provider)
    app.sync_service().run(trigger="wizard")
    return app


def read_warnings(app: App, window: MainWindow, shot: Shot) -> None:
    """A read where one display name holds a terminal escape and one user is listed
    twice with different data: both synced, each with a warning in the run's problems."""
    backend = app.demo.backend()

    def alter(b: Body) -> Body:
        people = [dict(u) for u in b["users"]]
        name = "Eve\x1b[31mRed"
        people[2]["name"] = {**people[2]["name"], "fullName": name, "displayName": name}
        again = {**people[3], "organizations": [{"department": "Moved Dept",
                                                 "primary": True}]}
        return {**b, "users": [*people, again]}

    alter_users_pages(app, ProviderName.GOOGLE, alter)
    sync_now(window)
    backend.routes[GOOGLE_HOST] = backend.directory.handle  # the provider answers well again
    window.panel.tabs.setCurrentWidget(window.panel.history)
    shot(window, "history_read_warnings")
    window.panel.tabs.setCurrentIndex(0)
    window.panel.users.search.setText("Eve")
    window.panel.users.apply_search()
    shot(window, "users_replaced_character")
    window.panel.users.search.setText("")
    window.panel.users.apply_search()


def read_failures(app: App, window: MainWindow, shot: Shot) -> None:
    """Reads a provider (or a proxy) answered wrongly: the run fails with one sentence,
    shown on the panel's "Last sync" line."""
    backend = app.demo.backend()

    def without_id(b: Body) -> Body:
        first = {k: v for k, v in b["value"][0].items() if k != "id"}
        return {**b, "value": [first, *b["value"][1:]]}

    links: list[str] = []

    def round_again(b: Body) -> Body:  # the second page links back to itself
        link = b.get("@odata.nextLink")
        if not links and isinstance(link, str):
            links.append(link)
            return b
        return {**b, "@odata.nextLink": links[0]} if links else b

    for alter, first_only, name in ((without_id, True, "panel_read_failed_no_id"),
                                    (round_again, False, "panel_read_failed_endless")):
        force_full_read(app)
        alter_users_pages(app, ProviderName.ENTRA, alter, first_only=first_only)
        sync_now(window, shot, "message_read_failed" if first_only else "")
        backend.routes[GRAPH_HOST] = backend.graph.handle
        shot(window, name)


def renewal_refused(app: App, window: MainWindow, shot: Shot) -> None:
    """The saved sign-in cannot be renewed: damaged in the keychain, or refused by Entra
    (consent withdrawn, MFA asked for, Conditional Access). The panel says why, with
    Reauthorize."""
    auth = app.auth
    assert isinstance(auth, DemoAuthenticator)
    scenes: list[tuple[str, ProviderError]] = [("panel_sign_in_damaged", damaged_cache())]
    scenes += [(name, silent_error(answer)) for name, answer in REFUSALS.items()]
    original = auth.reader
    for name, error in scenes:
        def reader(conn: object, error: ProviderError = error) -> DirectoryReader:
            client = make_client(auth.tenant.backend().transport())
            return GraphReader(make_graph_http(client, RefusingTokens(error)))

        auth.reader = reader  # type: ignore[method-assign,assignment]
        sync_now(window)
        shot(window, name)
        set_state(app.store, ConnectionState.CONNECTED)  # reauthorized, for the next scene
    auth.reader = original  # type: ignore[method-assign]
