"""The finish page's summary: what is now connected and shared, and where to change it.

Read from the client once the wizard's sync has ended, so the numbers are what the
panel will show: provider and tenant, who signed in, "N of M employees shared", the
platform and how many users it holds, and the next automatic sync.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from idp_wizard.app import App
from idp_wizard.core.client_settings import (
    DEFAULT_INTERVAL,
    INTERVAL_KEY,
    clamp_interval,
    client_setting,
)
from idp_wizard.core.users import count_users
from idp_wizard.ui.panel_texts import local_time
from idp_wizard.ui.wording import fmt, number


@dataclass(frozen=True)
class Facts:
    provider: str
    tenant: str
    admin: str
    shared: int
    directory: int
    platform_url: str | None  # None: no platform set up yet
    platform_embedded: bool
    platform_users: int
    next_sync: datetime
    interval: int  # minutes


def read_facts(app: App) -> Facts | None:
    """The client as it is now (None: nothing is connected)."""
    conn = app.connection()
    if conn is None:
        return None
    status = app.platform.status()
    target = status.target
    interval = clamp_interval(client_setting(app.store, app.client_id, INTERVAL_KEY,
                                             DEFAULT_INTERVAL))
    return Facts(
        provider=conn.provider.title, tenant=conn.tenant, admin=conn.admin_account or "",
        shared=count_users(app.store, app.client_id), directory=conn.directory_users,
        platform_url=target.url if target is not None else None,
        platform_embedded=bool(target is not None and target.embedded),
        platform_users=status.counts.provisioned,
        next_sync=app.clock() + timedelta(minutes=interval), interval=interval)


class FinishSummary(QFrame):
    """Five facts, each with a line saying where to change it."""

    FIELDS = ("provider", "account", "shared", "platform", "next_sync")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finish_summary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.values: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        captions = {
            "provider": self.tr("Identity provider:"),
            "account": self.tr("Signed in as:"),
            "shared": self.tr("Shared:"),
            "platform": self.tr("Platform:"),
            "next_sync": self.tr("Next automatic sync:"),
        }
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 14, 16, 14)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        for i, name in enumerate(self.FIELDS):
            caption = QLabel(captions[name])
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
            value = self._label(f"summary_{name}")
            hint = self._label(f"summary_{name}_change")
            small = hint.font()
            small.setPointSizeF(small.pointSizeF() * 0.92)
            hint.setFont(small)
            caption.setBuddy(value)
            grid.addWidget(caption, 2 * i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, 2 * i, 1)
            grid.addWidget(hint, 2 * i + 1, 1)
            grid.setRowMinimumHeight(2 * i + 1, hint.fontMetrics().height() + 8)
            self.values[name], self.hints[name] = value, hint
        grid.setColumnStretch(1, 1)
        self.hints["provider"].setText(self.tr(
            "To connect another provider: ⋮ menu → Disconnect, then connect again."))
        self.hints["account"].setText(self.tr("Change it: ⋮ menu → Reauthorize connection"))
        self.hints["shared"].setText(self.tr("Change it: ⋮ menu → Edit user filters"))
        self.hints["platform"].setText(self.tr("Change it: ⋮ menu → Settings → Platform"))
        self.hints["next_sync"].setText(self.tr(
            "Change it: “Sync every” in the panel, or ⋮ menu → Settings"))

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_facts(self, f: Facts) -> None:
        v = self.values
        v["provider"].setText(fmt(self.tr("%1 · %2"), f.provider, f.tenant))
        v["account"].setText(f.admin or "—")
        v["shared"].setText(fmt(self.tr("%1 of %2 employees shared"), number(f.shared),
                                number(f.directory)))
        if f.platform_url is None:
            v["platform"].setText(fmt(self.tr(
                "Not set up yet: the %1 shared employees stay in this app until you set "
                "the platform."), number(f.shared)))
        else:
            where = (fmt(self.tr("%1 (the demo platform inside this app)"), f.platform_url)
                     if f.platform_embedded else f.platform_url)
            v["platform"].setText(fmt(self.tr("%1 now holds %Ln users", "",
                                              f.platform_users), where))
        v["next_sync"].setText(fmt(self.tr("%1, then every %2 minutes"),
                                   local_time(f.next_sync), number(f.interval)))
