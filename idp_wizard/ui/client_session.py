"""Which client the main window shows: the profile, and the `App` of the current client.

The window's parts (sync controller, wizard host, demo actions, tray) each hold the
current `App`. Switching opens an `App` for the other client (the same database
file), tells everyone through `switched`, and only then closes the old one. Switching
waits until no operation of the current client runs (the window disables it).
Adding, renaming and removing clients go through here too, so the switcher and the
overview hear of them (`clients_changed`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from idp_wizard.app import App
from idp_wizard.core.client_overview import ClientSummary
from idp_wizard.core.clients import ClientInfo
from idp_wizard.profile import ClientRemoved, Profile

LAST_CLIENT_KEY = "ui_last_client"  # the client shown when the app starts (profile-wide)


class ClientSession(QObject):
    switched = Signal(object)  # the new current App
    clients_changed = Signal()  # a client was added, renamed or removed, or synced

    def __init__(self, profile: Profile, app: App, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile, self.app = profile, app

    @classmethod
    def for_app(cls, app: App) -> ClientSession:
        """A session over an App opened on its own (tests, the self-test)."""
        return cls(Profile(app.paths, app.env), app)

    @staticmethod
    def start_client(profile: Profile) -> int:
        """The client shown at start-up: the one shown last, else the first."""
        clients = profile.clients()
        last = profile.store.setting(LAST_CLIENT_KEY)
        ids = [c.id for c in clients]
        return last if last in ids else ids[0]

    def summaries(self) -> list[ClientSummary]:
        return self.profile.summaries()

    def clients(self) -> list[ClientInfo]:
        return self.profile.clients()

    def switch(self, client_id: int) -> App:
        """Show another client (IdpWizardError if it cannot be opened: removed...)."""
        if client_id == self.app.client_id:
            return self.app
        new = self.profile.open(client_id)
        old, self.app = self.app, new
        self.profile.store.set_setting(LAST_CLIENT_KEY, client_id)
        self.switched.emit(new)
        old.close()
        return new

    def add(self, name: str) -> ClientInfo:
        client = self.profile.add(name)
        self.clients_changed.emit()
        return client

    def rename(self, client: ClientInfo, new_name: str) -> ClientInfo:
        renamed = self.profile.rename(client.name, new_name)
        self.clients_changed.emit()
        return renamed

    def remove(self, client: ClientInfo) -> ClientRemoved:
        """On a worker: disconnect the client and delete it. The current client may be
        removed while the window is idle; afterwards `after_removal` switches away."""
        return self.profile.remove(client)

    def after_removal(self) -> None:
        """On the GUI thread, once a removal finished: the current client is gone, so
        show another one (the profile made a new one if it was the last)."""
        if all(c.id != self.app.client_id for c in self.clients()):
            self.switch(self.start_client(self.profile))
        self.clients_changed.emit()

    def close(self) -> None:
        self.app.close()
        self.profile.close()
