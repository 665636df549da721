"""The user-management panel: header, demo banner, users and history tabs, progress row.

Only layout and display here; the main window owns the actions and the operations.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.progress import Progress
from idp_wizard.ui import panel_texts as texts
from idp_wizard.ui.connection_header import ConnectionHeader
from idp_wizard.ui.demo_banner import DemoBanner
from idp_wizard.ui.empty_state import ConnectCallToAction
from idp_wizard.ui.history_view import HistoryView
from idp_wizard.ui.users_view import UsersView


class UserManagementPanel(QWidget):
    def __init__(self, demo: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user_management_panel")
        self.demo_banner = DemoBanner()
        self.demo_banner.setVisible(demo)
        self.header = ConnectionHeader()

        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("sync_progress_label")
        self.cancel_button = QPushButton(self.tr("Ca&ncel"))
        self.cancel_button.setObjectName("cancel_sync_button")
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        self.progress_row.hide()

        self.users = UsersView()
        # Nothing connected: a call to action with both providers, not an empty table.
        self.connect_cta = ConnectCallToAction()
        self.connect_button = self.connect_cta.connect_button
        self.users_page = QStackedWidget()
        self.users_page.addWidget(self.users)
        self.users_page.addWidget(self.connect_cta)
        self.history = HistoryView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("panel_tabs")
        self.tabs.addTab(self.users_page, self.tr("&Users"))
        self.tabs.addTab(self.history, self.tr("&History"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.demo_banner)
        layout.addWidget(self.header)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.tabs, 1)

    @property
    def connected(self) -> bool:
        return self.users_page.currentWidget() is self.users

    def show_connected(self, connected: bool) -> None:
        self.users_page.setCurrentWidget(self.users if connected else self.connect_cta)

    def show_busy(self, text: str, cancellable: bool) -> None:
        self.progress.setRange(0, 0)  # busy until the first report says more
        self.progress_label.setText(text)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(cancellable)
        self.progress_row.show()

    def show_progress(self, p: Progress) -> None:
        if p.total:
            self.progress.setRange(0, p.total)
            self.progress.setValue(min(p.done, p.total))
        else:
            self.progress.setRange(0, 0)
        self.progress_label.setText(texts.progress_text(p))

    def hide_busy(self) -> None:
        self.progress_row.hide()
