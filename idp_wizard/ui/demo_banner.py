"""A banner no one can miss in demo mode, with the demo's two tools."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from idp_wizard.ui.theme import notice_style, themed


class DemoBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demo_banner")
        themed(self, notice_style("demo_banner", bold=True))
        self.label = QLabel(self.tr("Demo mode — nothing leaves this computer"))
        self.label.setObjectName("demo_banner_label")
        self.simulate_button = QPushButton(self.tr("Si&mulate directory changes"))
        self.simulate_button.setObjectName("simulate_changes_button")
        self.simulate_button.setToolTip(self.tr(
            "Let a joiner, a leaver and a move happen in the demo directory now; "
            "the next sync picks them up."))
        self.reset_button = QPushButton(self.tr("Reset &demo…"))
        self.reset_button.setObjectName("reset_demo_button")
        self.reset_button.setToolTip(self.tr(
            "Forget the demo connection and its users, to connect again from the start; "
            "the sync history and the admin actions are kept."))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.simulate_button)
        layout.addWidget(self.reset_button)
