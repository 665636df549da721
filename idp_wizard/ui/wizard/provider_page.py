"""Step 1: choose Microsoft Entra ID or Google Workspace (one at a time)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout

from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.records import ProviderName
from idp_wizard.core.wizard import Step
from idp_wizard.resources import resource_path
from idp_wizard.ui.wizard.context import WizardContext
from idp_wizard.ui.wizard.widgets import WizardPage, text_label
from idp_wizard.ui.wording import fmt, one_line

LOGOS = {ProviderName.ENTRA: "entra.svg", ProviderName.GOOGLE: "google.svg"}


class ProviderPage(WizardPage):
    step = Step.PROVIDER

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, "page_provider")
        self.setTitle(self.tr("Connect your identity provider"))
        self.setSubTitle(self.tr("Choose where your employees are managed."))
        descriptions = {
            ProviderName.ENTRA: self.tr("Employees, groups and departments from your "
                                        "Microsoft 365 tenant."),
            ProviderName.GOOGLE: self.tr("Employees, groups and org units from your "
                                         "Google Workspace domain."),
        }
        self.buttons: dict[ProviderName, QPushButton] = {}
        cards = QHBoxLayout()
        cards.setSpacing(16)
        for provider in ProviderName:
            button = QPushButton(fmt(self.tr("&Connect %1"), provider.title)
                                 if provider is ProviderName.ENTRA
                                 else fmt(self.tr("C&onnect %1"), provider.title))
            button.setObjectName(f"connect_{provider.value}")
            button.setAccessibleName(fmt(self.tr("Connect %1"), provider.title))
            button.clicked.connect(lambda _=False, p=provider: self._choose(p))
            self.buttons[provider] = button
            cards.addWidget(self._card(provider, descriptions[provider], button), 1)

        self.note = text_label(self.tr("Only one identity provider can be connected at a "
                                       "time."), "provider_note")
        self.blocked = text_label(object_name="provider_blocked_reason")
        self.blocked.hide()
        layout = QVBoxLayout(self)
        layout.addSpacing(8)
        layout.addLayout(cards)
        layout.addSpacing(12)
        layout.addWidget(self.note)
        layout.addWidget(self.blocked)
        layout.addStretch(1)

    def _card(self, provider: ProviderName, description: str, button: QPushButton) -> QFrame:
        card = QFrame()
        card.setObjectName(f"card_{provider.value}")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        logo = QSvgWidget(str(resource_path(LOGOS[provider])))
        logo.setFixedSize(48, 48)
        logo.setAccessibleName(fmt(self.tr("%1 logo"), provider.title))
        name = text_label(provider.title)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        name.setFont(font)
        head = QHBoxLayout()
        head.addWidget(logo)
        head.addSpacing(8)
        head.addWidget(name, 1)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(text_label(description))
        layout.addStretch(1)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def initializePage(self) -> None:
        existing = self.ctx.app.connection()
        for button in self.buttons.values():
            button.setEnabled(existing is None)
        self.blocked.setVisible(existing is not None)
        if existing is not None:
            other = next(p for p in ProviderName if p is not existing.provider)
            self.blocked.setText(fmt(self.tr(
                "%1 is already connected. Disconnect it first to connect %2."),
                existing.provider.title, other.title))

    def _choose(self, provider: ProviderName) -> None:
        try:
            self.ctx.engine.choose_provider(provider)
        except IdpWizardError as exc:  # connected meanwhile (e.g. from the command line)
            self.blocked.setText(one_line(exc))
            self.blocked.show()
            return
        self.completeChanged.emit()
        self.ctx.advance()

    def primary_button(self) -> QPushButton:
        return self.buttons[ProviderName.ENTRA]
