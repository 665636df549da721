"""The platform step (before Finish, while the client has no target): the SCIM base URL
and token, Test connection, then "Use this platform" (tested and saved) or "Set up
later". A thin view over the wizard engine; the work runs on the task runner."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from idp_wizard.core.wizard import Step
from idp_wizard.platform import ConnectionReport
from idp_wizard.ui.platform_form import PlatformForm
from idp_wizard.ui.wizard.context import WizardContext
from idp_wizard.ui.wizard.widgets import WizardPage, text_label


class PlatformPage(WizardPage):
    step = Step.PLATFORM

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, "page_platform")
        engine = ctx.engine
        self.setTitle(self.tr("The platform"))
        self.setSubTitle(self.tr("Where the shared employees are provisioned (SCIM 2.0)."))
        self.intro = text_label(self.tr(
            "Enter the platform's SCIM base URL and an API token from its admin settings. "
            "The token is kept in this computer's keychain only."), "platform_intro")
        self.form = PlatformForm(ctx.runner, engine.test_platform,
                                 engine.platform_token_needed)
        self.use_button = QPushButton(self.tr("&Use this platform"))
        self.use_button.setObjectName("save_platform_button")
        self.use_button.clicked.connect(self.save)
        self.later_button = QPushButton(self.tr("Set up &later"))
        self.later_button.setObjectName("skip_platform_button")
        self.later_button.setAutoDefault(False)
        self.later_button.clicked.connect(self.later)
        self.later_note = text_label(self.tr(
            "Later: the shared employees stay in this app until a platform is set in the "
            "settings."), "platform_later_note")
        self.form.url.textChanged.connect(self._update)
        self.form.token.textChanged.connect(self._update)
        row = QHBoxLayout()
        row.addWidget(self.use_button)
        row.addWidget(self.later_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.form)
        layout.addLayout(row)
        layout.addWidget(self.later_note)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if not self.form.url.text():
            self.form.set_url(self.ctx.engine.platform_prefill())
        self._update()

    def primary_button(self) -> QPushButton | None:
        return self.use_button

    def _update(self) -> None:
        busy = self.ctx.busy
        self.use_button.setEnabled(self.form.ready() and not busy)
        self.later_button.setEnabled(not busy)

    def save(self) -> None:
        url, token = self.form.values()
        engine = self.ctx.engine
        self.form.show_error("")
        self.form.result.setText(self.tr("Testing and saving the platform…"))
        self.form.result.show()
        self.ctx.run("platform-save", lambda _p, _c: engine.save_platform(url, token),
                     succeeded=self._saved, failed=self._failed)
        self._update()

    def _saved(self, report: ConnectionReport) -> None:
        self.completeChanged.emit()
        self.ctx.advance()

    def _failed(self, exc: BaseException) -> None:
        self.form.show_failure(exc)
        self._update()

    def later(self) -> None:
        self.ctx.engine.skip_platform()
        self.completeChanged.emit()
        self.ctx.advance()
