"""The main window's clients: the switcher bar above the panel, the overview page, adding,
renaming and removing clients, and the other clients' scheduled syncs.

With one client the bar is hidden and the app looks as it did before clients existed;
the ⋮ menu's Clients… entry (and the bar's All clients button) shows the overview,
where clients are added. Removing runs through the SyncController like any long
operation (one at a time); the window finishes it with `after_removal`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QVBoxLayout, QWidget

from idp_wizard.core.clients import ClientInfo
from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.records import ProviderName
from idp_wizard.sync_all import ClientSyncResult
from idp_wizard.ui.client_dialogs import ClientNameDialog, RemoveClientDialog
from idp_wizard.ui.client_session import ClientSession
from idp_wizard.ui.clients_overview import ClientBar, ClientsOverview
from idp_wizard.ui.clients_scheduler import ClientsScheduler
from idp_wizard.ui.dialogs import show_message
from idp_wizard.ui.sync_controller import SyncController
from idp_wizard.ui.tasks import TaskRunner
from idp_wizard.ui.wizard_host import WizardHost
from idp_wizard.ui.wording import fmt

REMOVE = "remove_client"  # the SyncController's operation name


class ClientsHost(QObject):
    def __init__(self, session: ClientSession, runner: TaskRunner,
                 controller: SyncController, wizards: WizardHost, panel: QWidget,
                 window: QWidget, status: Callable[[str], None]) -> None:
        super().__init__(window)
        self.session, self.controller, self.wizards = session, controller, wizards
        self.window, self.status = window, status
        self.bar = ClientBar()
        self.overview = ClientsOverview()
        self.stack = QStackedWidget()
        self.stack.addWidget(panel)
        self.stack.addWidget(self.overview)
        self.container = QWidget()
        layout = QVBoxLayout(self.container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self.scheduler = ClientsScheduler(session, runner, parent=self)
        self.scheduler.synced.connect(self._synced_elsewhere)
        self.scheduler.tick.timeout.connect(self.refresh)  # removed or renamed elsewhere
        self.bar.switch_requested.connect(self.open_client)
        self.bar.overview_requested.connect(self.show_overview)
        self.overview.open_requested.connect(self.open_client)
        self.overview.back_requested.connect(self.show_panel)
        self.overview.add_requested.connect(self.add_client)
        self.overview.rename_requested.connect(self.rename_client)
        self.overview.remove_requested.connect(self.remove_client)
        session.clients_changed.connect(self.refresh)

    # -- display ---------------------------------------------------------------------

    @property
    def overview_shown(self) -> bool:
        return self.stack.currentWidget() is self.overview

    def refresh(self, force: bool = False) -> None:
        summaries = self.session.summaries()
        current = self.session.app.client_id
        if all(s.id != current for s in summaries) and self._idle():
            self.session.after_removal()  # removed elsewhere (the command line): switch
            return
        self.bar.show_clients(summaries, current, force)
        if self.overview_shown:
            self.overview.show_summaries(summaries, current)

    def show_overview(self) -> None:
        self.overview.show_summaries(self.session.summaries(), self.session.app.client_id)
        self.stack.setCurrentWidget(self.overview)
        self.overview.table.setFocus()

    def show_panel(self) -> None:
        self.stack.setCurrentIndex(0)

    def _idle(self) -> bool:
        return not self.controller.busy and self.wizards.current is None

    def set_idle(self, idle: bool) -> None:
        """Switching, adding, renaming and removing wait while an operation runs."""
        self.bar.switcher.setEnabled(idle)
        self.overview.set_enabled_actions(idle)

    # -- what the buttons ask --------------------------------------------------------

    def _client(self, client_id: int) -> ClientInfo | None:
        return next((c for c in self.session.clients() if c.id == client_id), None)

    def open_client(self, client_id: int) -> None:
        if not self._idle():
            self.refresh(force=True)  # the switcher shows the client that stays
            return
        try:
            self.session.switch(client_id)
        except IdpWizardError as exc:  # removed meanwhile (by the CLI, say)
            show_message(self.window, self.tr("Client unavailable"), str(exc),
                         QMessageBox.Icon.Warning)
            self.refresh(force=True)
            return
        self.show_panel()

    def add_client(self) -> ClientNameDialog:
        added: list[ClientInfo] = []
        dialog = ClientNameDialog(
            self.tr("Add client"),
            self.tr("&Name of the new client (the customer organisation):"), "",
            lambda name: added.append(self.session.add(name)), self.window)

        def done() -> None:
            self.open_client(added[0].id)
            if self.session.app.client_id == added[0].id:
                self.wizards.open("NEW")  # connect its identity provider right away

        dialog.accepted.connect(done)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def rename_client(self, client_id: int) -> ClientNameDialog | None:
        client = self._client(client_id)
        if client is None:
            return None
        dialog = ClientNameDialog(self.tr("Rename client"), self.tr("&New name:"),
                                  client.name,
                                  lambda name: self.session.rename(client, name), self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def remove_client(self, client_id: int) -> RemoveClientDialog | None:
        summary = next((s for s in self.session.summaries() if s.id == client_id), None)
        if summary is None:
            return None
        provider = ProviderName(summary.provider).title if summary.provider else ""
        dialog = RemoveClientDialog(summary.name, provider, summary.synced_users, self.window)
        client = ClientInfo(summary.id, summary.name)
        session = self.session
        dialog.accepted.connect(lambda: self.controller.run(
            REMOVE, lambda _p, _c: session.remove(client)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def after_removal(self) -> None:
        self.session.after_removal()
        if self.overview_shown:
            self.refresh()

    def _synced_elsewhere(self, result: ClientSyncResult) -> None:
        self.refresh()
        texts = {
            "held": self.tr("The scheduled sync of %1 was held: review its removals."),
            "failed": self.tr("The scheduled sync of %1 failed."),
            "incomplete": self.tr("The scheduled sync of %1 was saved, but the platform "
                                  "did not get all of it; the rest is sent by its next sync."),
        }
        if result.status in texts and not result.outcome.stopped_for_removal:  # the tray says why
            # (SyncTray.note_other_client); a removal's stop was the admin's own doing
            self.status(fmt(texts[result.status], result.client.name))
