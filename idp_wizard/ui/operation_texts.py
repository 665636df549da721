"""What the main window says about an operation it started: the busy line while it
runs, and the status bar's sentence once it has finished (in the main window's
translation context, where these texts have always lived)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication

from idp_wizard.app import Disconnected
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.profile import ClientRemoved
from idp_wizard.ui.clients_host import REMOVE
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.panel_texts import fmt, number
from idp_wizard.ui.sync_controller import SYNC


def busy_text(name: str) -> str:
    texts = {SYNC: QCoreApplication.translate("MainWindow", "Syncing…"),
             "disconnect": QCoreApplication.translate("MainWindow", "Disconnecting…"),
             "reset": QCoreApplication.translate("MainWindow", "Resetting the demo…"),
             REMOVE: QCoreApplication.translate("MainWindow", "Removing the client…"),
             "export": QCoreApplication.translate("MainWindow", "Exporting…")}
    return texts.get(name, QCoreApplication.translate("MainWindow", "Working…"))


def done_text(name: str, result: object) -> str | None:
    """The sentence for a finished disconnect, client removal or export (None: other
    operations report themselves)."""
    if name == "disconnect" and isinstance(result, Disconnected):
        return " ".join([QCoreApplication.translate(
            "MainWindow", "Disconnected. %Ln synced users were removed.", "", result.removed),
            *(core_text(m) for m in result.platform.messages())])
    if name == REMOVE and isinstance(result, ClientRemoved):
        return fmt(QCoreApplication.translate(
            "MainWindow", "Removed the client %1 (%Ln synced users were removed).", "",
            result.users_removed), result.name)
    if name == "export":
        count, path = cast("tuple[int, str]", result)
        return fmt(QCoreApplication.translate("MainWindow", "Exported %Ln users to %1.", "",
                                              count), path)
    return None


def sync_text(outcome: SyncOutcome) -> str:
    if outcome.status == "held":
        return QCoreApplication.translate("MainWindow",
                                          "The sync was held: review the removals.")
    if outcome.status == "incomplete" and outcome.platform is not None:
        if outcome.stopped_for_removal:  # no next sync: the removal drops it
            return core_text(outcome.platform.error)
        return fmt(QCoreApplication.translate(
            "MainWindow", "The directory changes were saved, but the platform did not get "
            "all of them (%1). They are sent by the next sync."),
            core_text(outcome.platform.error))
    data = outcome.to_json()
    return fmt(QCoreApplication.translate("MainWindow",
                                          "Synced: %1 added, %2 updated, %3 removed."),
               number(data["added"]), number(data["updated"]),  # type: ignore[arg-type]
               number(data["removed"]))  # type: ignore[arg-type]
