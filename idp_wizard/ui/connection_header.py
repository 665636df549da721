"""The top of the panel: which provider, its state (and why), counts, last and next sync."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.connection import Connection, ConnectionState
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunRecord
from idp_wizard.ui import panel_texts as texts
from idp_wizard.ui.connection_state_texts import last_sync_text, reauthorization_text
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.logos import logo_icon, logo_name
from idp_wizard.ui.panel_texts import fmt, number
from idp_wizard.ui.platform_status import PlatformStatusLabel
from idp_wizard.ui.spin_box import SuffixSpinBox
from idp_wizard.ui.status_badge import StatusBadge
from idp_wizard.ui.sync_controller import MAX_INTERVAL, MIN_INTERVAL
from idp_wizard.ui.theme import Tone, notice_style, themed

MENU_KEY = QKeySequence(Qt.Key.Key_F10)  # opens the ⋮ menu (main_window.py)

# Tones by state; the words (and the badge's icon) carry the meaning, colour helps scanning.
_TONES = {ConnectionState.CONNECTED: Tone.OK, ConnectionState.HELD: Tone.WARN,
          ConnectionState.NEEDS_REAUTHORIZATION: Tone.WARN, ConnectionState.CONNECTING: Tone.BUSY}

# The widest Next sync text kept on one line; a longer note wraps.
_NO_WRAP_WIDTH = 480


class ConnectionHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The connected provider's logo (the app's icon while none is connected).
        self.logo_size = max(32, self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize))
        self.icon = QLabel()
        self.icon.setObjectName("provider_logo")
        self.icon.setFixedSize(self.logo_size, self.logo_size)
        self._logo: ProviderName | str | None = ""
        self.provider_label = QLabel()
        self.provider_label.setObjectName("provider_label")
        font = self.provider_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.provider_label.setFont(font)
        self.status_label = StatusBadge("connection_status_label")
        self.status_label.setAccessibleName(self.tr("Connection status"))
        self.tenant_label = QLabel()
        self.tenant_label.setObjectName("tenant_label")
        self.tenant_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.sync_button = QToolButton()  # action_sync_now is set by the main window
        self.sync_button.setObjectName("sync_now_button")
        self.sync_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.menu_button = QToolButton()
        self.menu_button.setObjectName("connection_menu_button")
        self.menu_button.setText("⋮")
        self.menu_button.setToolTip(fmt(self.tr("Connection actions (%1)"), MENU_KEY.toString(
            QKeySequence.SequenceFormat.NativeText)))
        self.menu_button.setAccessibleName(self.tr("Connection actions"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setStyleSheet("QToolButton { font-weight: bold; padding: 2px 8px; }"
                                       "QToolButton::menu-indicator { image: none; }")
        # Settings stay reachable before the first connection (e.g. to enter an app
        # registration); once connected the ⋮ menu has them.
        self.settings_button = QToolButton()  # action_settings is set by the main window
        self.settings_button.setObjectName("settings_button")

        # Why the state is what it is (held, needs reauthorization), with the way out.
        self.reason_box = QFrame()
        self.reason_box.setObjectName("state_reason_box")
        themed(self.reason_box, notice_style("state_reason_box"))
        self.reason_label = QLabel()
        self.reason_label.setObjectName("state_reason_label")
        self.reason_label.setWordWrap(True)
        self.review_button = QPushButton(self.tr("&Review removals…"))
        self.review_button.setObjectName("review_removals_button")
        self.reauthorize_button = QPushButton(self.tr("Reauthori&ze…"))
        self.reauthorize_button.setObjectName("reauthorize_button")
        self.discard_change_button = QPushButton(self.tr("&Keep the current filter"))
        self.discard_change_button.setObjectName("discard_filter_change_button")
        self.finish_disconnect_button = QPushButton(self.tr("&Remove them now"))
        self.finish_disconnect_button.setObjectName("finish_disconnect_button")
        self.finish_disconnect_button.hide()
        reason_layout = QHBoxLayout(self.reason_box)
        reason_layout.addWidget(self.reason_label, 1)
        reason_layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)
        reason_layout.addWidget(self.discard_change_button, 0, Qt.AlignmentFlag.AlignTop)
        reason_layout.addWidget(self.reauthorize_button, 0, Qt.AlignmentFlag.AlignTop)
        reason_layout.addWidget(self.finish_disconnect_button, 0, Qt.AlignmentFlag.AlignTop)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("synced_count_label")
        self.last_sync_label = QLabel()
        self.last_sync_label.setObjectName("last_sync_label")
        self.last_sync_label.setWordWrap(True)
        self.platform_label = PlatformStatusLabel()  # set by the main window
        self.next_sync_label = QLabel()
        self.next_sync_label.setObjectName("next_sync_label")
        self.next_sync_label.setWordWrap(True)
        self.interval_spin = SuffixSpinBox()
        self.interval_spin.setObjectName("sync_interval_spin")
        self.interval_spin.setRange(MIN_INTERVAL, MAX_INTERVAL)
        self.interval_spin.setSingleStep(5)
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_spin.setAccessibleName(self.tr("Minutes between automatic syncs"))
        self.interval_spin.setKeyboardTracking(False)  # one change per edit, not per digit
        interval_label = QLabel(self.tr("Sync &every:"))
        interval_label.setBuddy(self.interval_spin)

        top = QHBoxLayout()
        top.addWidget(self.icon)
        names = QVBoxLayout()
        names.setSpacing(0)
        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.provider_label)
        title_row.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        names.addLayout(title_row)
        names.addWidget(self.tenant_label)
        top.addLayout(names, 1)
        top.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.menu_button, 0, Qt.AlignmentFlag.AlignVCenter)

        self.facts = QWidget()
        facts = QGridLayout(self.facts)
        facts.setContentsMargins(0, 0, 0, 0)
        facts.setHorizontalSpacing(12)
        facts.setVerticalSpacing(4)
        schedule = QWidget()  # the next time, then how often, on one line
        schedule_row = QHBoxLayout(schedule)
        schedule_row.setContentsMargins(0, 0, 0, 0)
        schedule_row.setSpacing(8)
        schedule_row.addWidget(self.next_sync_label)
        schedule_row.addSpacing(16)
        schedule_row.addWidget(interval_label)
        schedule_row.addWidget(self.interval_spin)
        schedule_row.addStretch(1)
        for row, (caption, value) in enumerate((
                (self.tr("Synced users:"), self.counts_label),
                (self.tr("Platform:"), self.platform_label),
                (self.tr("Last sync:"), self.last_sync_label),
                (self.tr("Next sync:"), schedule))):
            label = QLabel(caption)
            facts.addWidget(label, row, 0)
            facts.addWidget(value, row, 1)
        facts.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.reason_box)
        layout.addWidget(self.facts)

    def _set_status(self, text: str, tone: Tone) -> None:
        self.status_label.show_status(text, tone)

    def _show_logo(self, provider: ProviderName | None) -> None:
        if provider == self._logo:
            return
        self._logo = provider
        icon = logo_icon(provider)
        self.icon.setPixmap(icon.pixmap(QSize(self.logo_size, self.logo_size),
                                        self.devicePixelRatioF()))
        self.icon.setAccessibleName(self.tr("IdP Wizard") if provider is None
                                    else logo_name(provider))

    def show_connection(self, conn: Connection | None, synced: int, last: RunRecord | None,
                        syncing: bool,
                        pending: tuple[FilterSpec, RunRecord] | None = None) -> None:
        connected = conn is not None
        self._show_logo(conn.provider if conn is not None else None)
        self.settings_button.setVisible(not connected)
        self.sync_button.setVisible(connected)
        self.menu_button.setVisible(connected)
        self.facts.setVisible(connected)
        if conn is None:
            self.provider_label.setText(self.tr("No identity provider connected"))
            self.tenant_label.setText(self.tr("Connect one below to choose which employees "
                                              "to share with the platform."))
            self._set_status(texts.state_text(None), Tone.OFF)
            self.reason_box.hide()
            self.finish_disconnect_button.hide()
            return
        self.finish_disconnect_button.hide()
        self.provider_label.setText(conn.provider.title)
        self.tenant_label.setText(fmt(self.tr("%1 · signed in as %2"), conn.tenant,
                                      conn.admin_account or "—"))
        if syncing:
            self._set_status(texts.syncing_text(), Tone.BUSY)
        else:
            self._set_status(texts.state_text(conn.state), _TONES.get(conn.state, Tone.OFF))
        self._show_reason(conn, last, synced, pending)
        self.counts_label.setText(fmt(self.tr("%1 of %2 employees in the directory"),
                                      number(synced), number(conn.directory_users)))
        # The reason the box above already gives is not repeated on the Last sync line.
        boxed = (core_text(conn.reason)
                 if conn.state is ConnectionState.NEEDS_REAUTHORIZATION and conn.state_reason
                 else "")
        self.last_sync_label.setText(last_sync_text(last, boxed))

    def show_leftover(self, count: int) -> None:
        """After a disconnect the platform could not finish: say how many remain."""
        self.reason_label.setText(self.tr(
            "%Ln users the app provisioned are still on the platform: it could not be "
            "reached when disconnecting. Remove them now, or they stay there.", "", count))
        for button in (self.review_button, self.discard_change_button,
                       self.reauthorize_button):
            button.hide()
        self.finish_disconnect_button.show()
        self.reason_box.show()

    def _show_reason(self, conn: Connection, last: RunRecord | None, synced: int,
                     pending: tuple[FilterSpec, RunRecord] | None) -> None:
        held = conn.state is ConnectionState.HELD
        reauth = conn.state is ConnectionState.NEEDS_REAUTHORIZATION
        self.discard_change_button.setVisible(pending is not None)
        if pending is not None:  # a held filter change: the current one stays in force
            from idp_wizard.core.filter_summary import summarize  # rarely needed

            spec, run = pending
            text = fmt(self.tr(
                "A change of the user filters waits for your confirmation: %1. It would "
                "remove %2 of %3 users. Until you confirm it, the current filters stay in "
                "force."), core_text(summarize(spec)), number(run.pending_removed), number(synced))
            if reauth:  # said here too: the Last sync line refers to this box
                text += "\n" + reauthorization_text(conn)
            self.reason_label.setText(text)
            self.reason_box.show()
            self.review_button.show()
            self.reauthorize_button.setVisible(reauth)
            return
        if held and last is not None and last.pending_removals:
            text = fmt(self.tr(
                "This sync would remove %1 of %2 users. Nothing was applied: review the "
                "removals and confirm them, or fix the directory or the user filters."),
                number(len(last.pending_removals)), number(synced))
        elif reauth:
            text = reauthorization_text(conn)
        else:
            text = core_text(conn.reason)
        self.reason_label.setText(text)
        self.reason_box.setVisible(bool(text))
        self.review_button.setVisible(held)
        self.reauthorize_button.setVisible(reauth)

    def show_schedule(self, due: datetime | None, paused: bool, note: str,
                      interval: int) -> None:
        if self.interval_spin.value() != interval:
            self.interval_spin.blockSignals(True)
            self.interval_spin.setValue(interval)
            self.interval_spin.blockSignals(False)
        if paused:
            text = self.tr("Paused until the connection is reauthorized")
        elif due is None:
            text = ""
        else:
            text = texts.local_time(due)
        if note and not paused:
            text = f"{text}\n{note}" if text else note
        self.next_sync_label.setText(text)
        # A wrapping label asks for less width than its text needs, so a short line such
        # as "Paused until ..." broke in two beside free room; long notes may still wrap.
        widest = max(self.next_sync_label.fontMetrics().horizontalAdvance(line)
                     for line in text.split("\n"))
        self.next_sync_label.setMinimumWidth(min(widest + 2, _NO_WRAP_WIDTH))
