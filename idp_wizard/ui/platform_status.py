"""The panel's platform line: where the shared employees go, the target's state, and
how many users are on the platform (provisioned, pending, failed, not ours)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from idp_wizard.app_platform import TargetStatus
from idp_wizard.core.platform_target import TargetState
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.wording import fmt, number


class PlatformStatusLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("platform_status_label")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Platform status"))

    def state_text(self, state: TargetState) -> str:
        return {TargetState.READY: self.tr("Ready"),
                TargetState.NEEDS_TOKEN: self.tr("Needs a new token"),
                TargetState.UNREACHABLE: self.tr("Unreachable")}.get(
                    state, self.tr("Not set"))

    def show_status(self, status: TargetStatus) -> None:
        target, c = status.target, status.counts
        if target is None:
            self.setText(fmt(self.tr(
                "No platform set: the %1 shared employees stay in this app. Set the "
                "platform in the settings."), number(c.pending + c.failed)))
            return
        where = (self.tr("%1 (the demo platform inside this app)") if target.embedded
                 else "%1")
        lines = [fmt(self.tr("%1 · %2 · %3 users on the platform"), fmt(where, target.url),
                     self.state_text(target.state), number(c.provisioned))]
        if c.pending or c.failed:
            lines.append(fmt(self.tr("%1 waiting to be sent, %2 refused by the platform "
                                     "(retried with every sync)"),
                             number(c.pending), number(c.failed)))
        if target.state is not TargetState.READY and target.state_reason:
            lines.append(core_text(target.reason))
        if target.reconciled_at and target.unmanaged:
            lines.append(self.tr("%Ln other users on the platform are not managed by this "
                                 "app and are never changed.", "", target.unmanaged))
        self.setText("\n".join(lines))
