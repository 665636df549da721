"""Every client as a table row (the overview): texts made once per refresh, not per paint.

The attention column carries an icon *and* words (held, needs reauthorization, last
sync failed): never colour alone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QApplication

from idp_wizard.core.client_overview import FAILED, HELD, REAUTHORIZE, ClientSummary
from idp_wizard.core.client_overview import PLATFORM as PLATFORM_WARNING
from idp_wizard.core.clock import parse_iso
from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.records import ProviderName
from idp_wizard.ui import panel_texts as texts
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.theme import Tone, status_icon
from idp_wizard.ui.wording import fmt, number

# What needs the admin comes right after the name: seen first, never scrolled away.
NAME, ATTENTION, PROVIDER, PLATFORM, USERS, LAST_SYNC, NEXT_SYNC = range(7)
NOT_YET = "—"  # shown where there is nothing (yet): no platform target, no sync
Index = QModelIndex | QPersistentModelIndex


def attention_text(warning: str) -> str:
    labels = {HELD: QCoreApplication.translate("Clients", "Review removals"),
              REAUTHORIZE: QCoreApplication.translate("Clients", "Reauthorize"),
              FAILED: QCoreApplication.translate("Clients", "Sync failed"),
              PLATFORM_WARNING: QCoreApplication.translate("Clients", "Check the platform")}
    return labels.get(warning, "")


def platform_text(s: ClientSummary) -> str:
    """The platform's state and how many users it holds ("—" without a target)."""
    if s.platform is None:
        return NOT_YET
    states = {"ready": QCoreApplication.translate("Clients", "Ready"),
              "needs_token": QCoreApplication.translate("Clients", "Needs a new token"),
              "unreachable": QCoreApplication.translate("Clients", "Unreachable")}
    return _pair(states.get(s.platform, s.platform),
                 QCoreApplication.translate("Clients", "%Ln users", "", s.provisioned))


def _pair(first: str, second: str) -> str:
    return fmt(QCoreApplication.translate("Clients", "%1 — %2"), first, second)


def provider_text(s: ClientSummary) -> str:
    if not s.provider:
        return texts.state_text(None)
    return _pair(ProviderName(s.provider).title, texts.state_text(ConnectionState(s.state)))


def _row(s: ClientSummary) -> tuple[str, ...]:
    last = NOT_YET
    if s.last_sync_at:
        last = _pair(texts.local_time(parse_iso(s.last_sync_at)),
                     texts.outcome_text(s.last_status))
    if s.state == REAUTHORIZE:
        upcoming = QCoreApplication.translate("Clients", "Paused")
    else:
        upcoming = texts.local_time(s.next_sync) if s.next_sync else NOT_YET
    return (s.name, attention_text(s.warning), provider_text(s), platform_text(s),
            number(s.synced_users), last, upcoming)


class ClientsTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._summaries: list[ClientSummary] = []
        self._rows: list[tuple[str, ...]] = []
        self.current_id: int | None = None  # the client the window shows (in bold)
        self._headers = (self.tr("Client"), self.tr("Attention"), self.tr("Identity provider"),
                         self.tr("Platform"), self.tr("Synced users"), self.tr("Last sync"),
                         self.tr("Next sync"))

    def set_summaries(self, summaries: list[ClientSummary], current_id: int | None) -> None:
        self.beginResetModel()
        self._summaries, self.current_id = summaries, current_id
        self._rows = [_row(s) for s in summaries]
        self.endResetModel()

    def summary(self, row: int) -> ClientSummary:
        return self._summaries[row]

    def row_of(self, client_id: int) -> int:
        return next((i for i, s in enumerate(self._summaries) if s.id == client_id), -1)

    @property
    def summaries(self) -> list[ClientSummary]:
        return list(self._summaries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        s = self._summaries[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[row][col]
        if role == Qt.ItemDataRole.DecorationRole and col == ATTENTION and s.warning:
            return status_icon(Tone.WARN)  # the same mark as everywhere else
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == ATTENTION and s.warning:
                return core_text(s.attention_reason) or None
            if col == PROVIDER and s.tenant:
                return s.tenant
        if role == Qt.ItemDataRole.TextAlignmentRole and col == USERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and s.id == self.current_id:
            font = QApplication.font()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        return None
