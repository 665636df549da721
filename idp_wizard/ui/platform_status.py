"""The panel's platform line: where the shared employees go, the target's state, and
how many users are on the platform (provisioned, pending, failed, not ours)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from idp_wizard.app_platform import TargetStatus
from idp_wizard.core.platform_notes import platform_notes
from idp_wizard.core.platform_target import TargetState
from idp_wizard.core.runs import RunRecord
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.theme import Tone, colours, draw_icon, is_dark
from idp_wizard.ui.wording import fmt, number

TONES = {TargetState.READY: Tone.OK, TargetState.NEEDS_TOKEN: Tone.WARN,
         TargetState.UNREACHABLE: Tone.BAD}


class PlatformStatusLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("platform_status_label")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Platform status"))
        self.tone = Tone.OFF  # the mark before the words, as on the connection badge
        size = self.fontMetrics().height()
        self.setContentsMargins(size + 6, 0, 0, 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        size = self.fontMetrics().height()
        p = QPainter(self)
        draw_icon(p, self.tone, QRectF(0, 0, size, size),
                  colours(self.tone, is_dark(self.palette())).accent)
        p.end()

    def state_text(self, state: TargetState) -> str:
        return {TargetState.READY: self.tr("Ready"),
                TargetState.NEEDS_TOKEN: self.tr("Needs a new token"),
                TargetState.UNREACHABLE: self.tr("Unreachable")}.get(
                    state, self.tr("Not set"))

    def show_status(self, status: TargetStatus, shared: int,
                    last: RunRecord | None = None) -> None:
        """`shared`: the synced users (without a target nothing is queued for them);
        `last`: the last finished run, whose platform part may say more (a repair, a
        short listing)."""
        target, c = status.target, status.counts
        self.tone = TONES.get(target.state, Tone.OFF) if target is not None else Tone.OFF
        self.update()
        if target is None:
            self.setText(fmt(self.tr(
                "No platform set: the %1 shared employees stay in this app. Set the "
                "platform in the settings."), number(shared)))
            return
        where = (self.tr("%1 (the demo platform inside this app)") if target.embedded
                 else "%1")
        lines = [fmt(self.tr("%1 · %2 · %Ln users on the platform", "", c.provisioned),
                     fmt(where, target.url), self.state_text(target.state))]
        if c.pending or c.failed:
            lines.append(fmt(self.tr("%1 waiting to be sent, %2 refused by the platform "
                                     "(retried with every sync)"),
                             number(c.pending), number(c.failed)))
        if target.state is not TargetState.READY and target.state_reason:
            lines.append(core_text(target.reason))
        if target.reconciled_at and target.unmanaged:
            lines.append(self.tr("%Ln other users on the platform are not managed by this "
                                 "app and are never changed.", "", target.unmanaged))
        if last is not None and last.platform:
            lines += [core_text(note) for note in platform_notes(last.platform)]
        self.setText("\n".join(lines))
