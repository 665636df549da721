"""Review the removals a held sync is waiting for, and confirm them (or not)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.ui.dialogs import fit_height_to_width
from idp_wizard.ui.panel_texts import fmt, number


class RemovalsDialog(QDialog):
    """`pending`: the held run's pending removals ({"id", "who"} each)."""

    def __init__(self, pending: list[dict[str, str]], synced_users: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_removals_dialog")
        self.setWindowTitle(self.tr("Review removals"))
        self.pending_ids = frozenset(p["id"] for p in pending)
        n = len(pending)

        intro = QLabel(fmt(self.tr(
            "The last sync would remove %1 of the %2 synced users. Nothing has been removed "
            "yet. If these people really left or should no longer be shared, confirm; "
            "otherwise fix the directory or the user filters and sync again."),
            number(n), number(synced_users)))
        intro.setWordWrap(True)

        # A list model, not one widget per person: holds may list thousands.
        self.model = QStringListModel(sorted((p["who"] for p in pending), key=str.casefold))
        self.list = QListView()
        self.list.setObjectName("pending_removals_list")
        self.list.setAccessibleName(self.tr("Users that would be removed"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)

        buttons = QDialogButtonBox()
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.confirm_button = QPushButton(self.tr("&Remove %Ln users and sync", "", n))
        self.confirm_button.setObjectName("confirm_removals_button")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setEnabled(n > 0)
        buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.confirm_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 440)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        fit_height_to_width(self)  # made narrow, the wrapped explanation grows, never cut
