"""Step 4: the read-only permissions, in plain language; Accept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from idp_wizard.core.records import ProviderName
from idp_wizard.core.wizard import Step, can_go_back
from idp_wizard.ui.wizard.context import WizardContext
from idp_wizard.ui.wizard.widgets import WizardPage, text_label
from idp_wizard.ui.wording import fmt


class PermissionsPage(WizardPage):
    step = Step.PERMISSIONS

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, "page_permissions")
        self.setTitle(self.tr("Permissions requested"))
        self.account = text_label(object_name="permissions_account")
        self.intro = text_label(object_name="permissions_intro")
        self.items = QLabel()
        self.items.setObjectName("permissions_list")
        self.items.setTextFormat(Qt.TextFormat.RichText)
        self.items.setWordWrap(True)
        self.promise = text_label(self.tr(
            "IdP Wizard never changes, adds or deletes anything in your directory."))
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setObjectName("accept_permissions_button")
        self.accept_button.clicked.connect(self._accept)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.account)
        layout.addSpacing(8)
        layout.addWidget(self.intro)
        layout.addWidget(self.items)
        layout.addWidget(self.promise)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        data = self.ctx.data
        provider = data.provider or ProviderName.ENTRA
        conn = data.connection
        self.setSubTitle(fmt(self.tr("IdP Wizard asks %1 for read-only access."),
                             provider.title))
        if conn is not None and conn.admin_account:
            self.account.setText(fmt(self.tr("Signed in as %1 to %2."), conn.admin_account,
                                     conn.tenant))
        self.intro.setText(self.tr("It will be able to:"))
        if provider is ProviderName.ENTRA:
            lines = [self.tr("Read all users' full profiles"),
                     self.tr("Read group memberships"),
                     self.tr("Read directory role assignments, to check that you are a "
                             "Global Administrator")]
        else:
            lines = [self.tr("View users, groups and org units"),
                     self.tr("See your e-mail address, to check that you are a super "
                             "administrator")]
        self.items.setText("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")

    def primary_button(self) -> QPushButton:
        return self.accept_button

    def _accept(self) -> None:
        ctx = self.ctx
        ctx.engine.accept_permissions()
        self.completeChanged.emit()
        ctx.refresh_buttons()
        ctx.advance()

    def cleanupPage(self) -> None:
        """Back to the sign-in: the flow says the sign-in is discarded."""
        ctx = self.ctx
        if can_go_back(self.step, ctx.data, ctx.mode):
            ctx.engine.back(self.step)
