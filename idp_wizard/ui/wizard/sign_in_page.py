"""Step 3: sign in as an administrator of the provider (in the TaskRunner).

The provider's own button ("Sign in with Microsoft" / "Sign in with Google"), a line
on what happens next, a waiting state with Cancel, and the device-code alternative
(a code to type on another device) where the provider offers it.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from idp_wizard.core.auth import DeviceCode, SignInOptions
from idp_wizard.core.connection import Connection
from idp_wizard.core.errors import Cancelled, IdpWizardError, MissingAppRegistration
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn
from idp_wizard.core.records import ProviderName
from idp_wizard.core.wizard import Step, WizardMode
from idp_wizard.ui.brand_button import BrandButton
from idp_wizard.ui.focus import first_focusable
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.logos import provider_logo
from idp_wizard.ui.scrolling import scrolling_page
from idp_wizard.ui.tasks import TaskFn
from idp_wizard.ui.wizard.context import WizardContext
from idp_wizard.ui.wizard.registration_form import RegistrationForm
from idp_wizard.ui.wizard.registration_help import registration_steps
from idp_wizard.ui.wizard.sign_in_parts import (
    DeviceCodePanel,
    GoodToKnow,
    OtherDevice,
    bold,
    card,
)
from idp_wizard.ui.wizard.widgets import BusyPanel, ErrorLabel, WizardPage, text_label
from idp_wizard.ui.wording import fmt, one_line

log = logging.getLogger(__name__)


class SignInPage(WizardPage):
    step = Step.SIGN_IN

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, "page_sign_in")
        self._device_codes: list[DeviceCode] = []  # filled by the worker, read on the GUI
        self.logo_slot = QHBoxLayout()
        self.logo: QWidget | None = None
        self.provider_name = bold(text_label(object_name="sign_in_provider"), 1.2)
        self.role = text_label(object_name="sign_in_role")
        self.how = text_label(object_name="sign_in_how")
        self.sign_in_button = BrandButton(ProviderName.ENTRA, "")
        self.sign_in_button.setObjectName("sign_in_button")
        self.sign_in_button.clicked.connect(self.start_sign_in)

        self.busy = BusyPanel("sign_in", self.tr("Cancel sign-&in"))
        self.busy.cancels(ctx, self.tr("Cancelling the sign-in…"))
        self.busy.hide()
        self.device_code = DeviceCodePanel()
        self.info = text_label(object_name="sign_in_info")
        self.info.hide()
        self.error = ErrorLabel("sign_in_error")
        # The "no app registration yet" guidance (MissingAppRegistration).
        self.registration = text_label(object_name="app_registration_help")
        self.registration.setTextFormat(Qt.TextFormat.RichText)
        self.registration.setOpenExternalLinks(True)
        self.registration.hide()
        self.form: RegistrationForm | None = None  # per provider, built in initializePage
        self.form_slot = QVBoxLayout()
        self.change_registration = QPushButton(self.tr("Use a different app &registration…"))
        self.change_registration.setObjectName("change_registration_button")
        self.change_registration.setFlat(True)
        self.change_registration.setAutoDefault(False)
        self.change_registration.clicked.connect(self._show_form)
        self.change_registration.hide()

        self.other = OtherDevice()
        self.device_button = self.other.button
        self.device_button.clicked.connect(self.start_device_code)
        self.other.hide()
        last = (self.tr("The synced users and the user filters stay as they are.")
                if ctx.mode is WizardMode.REAUTHORIZE else
                self.tr("Nothing is saved until you share employees: Cancel leaves nothing "
                        "behind."))
        self.facts = GoodToKnow([
            self.tr("Read-only: IdP Wizard never changes, adds or deletes anything in your "
                    "directory."),
            self.tr("Your sign-in is kept in this computer's keychain only, never in a file."),
            last])

        self.card = card("sign_in_card")
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.provider_name)
        names.addWidget(self.role)
        head = QHBoxLayout()
        head.addLayout(self.logo_slot)
        head.addSpacing(8)
        head.addLayout(names, 1)
        button_row = QHBoxLayout()
        button_row.addWidget(self.sign_in_button)
        button_row.addStretch(1)
        inside = QVBoxLayout(self.card)
        inside.setContentsMargins(20, 18, 20, 18)
        inside.setSpacing(10)
        inside.addLayout(head)
        inside.addWidget(self.how)
        inside.addLayout(button_row)
        inside.addWidget(self.busy)
        inside.addWidget(self.device_code)
        inside.addWidget(self.info)
        inside.addWidget(self.error)
        inside.addWidget(self.registration)
        inside.addLayout(self.form_slot)
        inside.addWidget(self.change_registration)

        layout = scrolling_page(self, "sign_in_scroll")
        layout.addWidget(self.card)
        layout.addSpacing(14)
        layout.addWidget(self.other)
        layout.addSpacing(14)
        layout.addWidget(self.facts)
        layout.addStretch(1)

    @property
    def provider(self) -> ProviderName:
        return self.ctx.data.provider or ProviderName.ENTRA

    def initializePage(self) -> None:
        provider, app = self.provider, self.ctx.app
        self.setTitle(fmt(self.tr("Sign in to %1"), provider.title))
        self.setSubTitle(self.tr("Sign in as an administrator so IdP Wizard can read your "
                                 "directory."))
        if self.logo is not None:
            self.logo.deleteLater()
        self.logo = provider_logo(provider, 40)
        self.logo_slot.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        self.provider_name.setText(provider.title)
        if provider is ProviderName.ENTRA:
            self.role.setText(self.tr("Use an account with the Global Administrator role in "
                                      "Microsoft Entra ID."))
            brand_text = self.tr("Sign in with Microsoft")
        else:
            self.role.setText(self.tr("Use a Google Workspace super administrator account."))
            brand_text = self.tr("Sign in with Google")
        self.sign_in_button.set_provider(provider, brand_text)
        if app.demo is not None:
            self.how.setText(self.tr("Demo mode: the sign-in is simulated. No browser opens "
                                     "and nothing leaves this computer."))
        else:
            self.how.setText(self.tr("Your web browser opens for the sign-in. Come back here "
                                     "when it says you can close it."))
        self.other.setVisible(self.ctx.engine.device_code_available())
        if self.form is None or self.form.provider is not provider:
            if self.form is not None:
                self.form.deleteLater()
            self.form = RegistrationForm(provider)
            self.form.hide()
            self.form_slot.addWidget(self.form)
        # Real tenants only: the demo needs no app registration.
        self.change_registration.setVisible(app.demo is None)
        self._idle()

    def _show_form(self) -> None:
        if self.form is not None:
            self.form.show()
            self.change_registration.hide()
            self.ctx.state_changed()

    def primary_button(self) -> QPushButton:
        return self.sign_in_button

    def state_controls(self) -> tuple[QWidget | None, ...]:
        form = self.form if self.form is not None and self.form.isVisibleTo(self) else None
        return (self.device_code.copy_button, self.busy.cancel_button,
                first_focusable(form) if form is not None else None)

    # -- running the sign-in ---------------------------------------------------------

    def start_sign_in(self) -> None:
        options = self.form.options() if self.form is not None else None
        self._run(self._sign_in_fn(options), self.tr(
            "Waiting for you to finish signing in in your browser…")
            if self.ctx.app.demo is None else self.tr("Signing in to the demo tenant…"))

    def start_device_code(self) -> None:
        self._run(self._sign_in_fn(None, device_code=True),
                  self.tr("Preparing a code to sign in on another device…"))

    def _sign_in_fn(self, options: SignInOptions | None, device_code: bool = False) -> TaskFn:
        """The engine's sign-in (connect or reauthorize) as a background task. The device
        code arrives in the worker, so it comes back as a progress report (queued to the
        GUI thread), never shown from the worker directly."""
        engine, codes = self.ctx.engine, self._device_codes

        def fn(progress: ProgressFn, cancel: CancelToken) -> Connection:
            chosen = options or SignInOptions()
            if device_code:
                def show(code: DeviceCode) -> None:
                    codes.append(code)  # before the report that the GUI reads it on
                    progress(Progress("device_code", message=code.text()))
                chosen = SignInOptions(show_device_code=show)
            return engine.sign_in(chosen, progress, cancel)
        return fn

    def _run(self, fn: TaskFn, waiting: str) -> None:
        self.error.show_error("")
        self.info.hide()
        self.registration.hide()
        self.device_code.hide()
        self._device_codes.clear()
        self.sign_in_button.setEnabled(False)
        self.device_button.setEnabled(False)
        self.busy.start(waiting)
        self.ctx.run("sign-in", fn, succeeded=self._signed_in, failed=self._failed,
                     progressed=self._progress, late=self._forget_late)

    def _progress(self, p: Progress) -> None:
        if p.phase == "device_code" and self._device_codes:
            self.device_code.show_code(self._device_codes[-1])
            self.busy.label.setText(self.tr("Waiting for you to enter the code and sign "
                                            "in on the other device…"))
            self.ctx.state_changed()  # the code's Copy button takes the focus
        elif p.message:
            self.busy.label.setText(core_text(p.message))

    def _signed_in(self, conn: Connection) -> None:
        self._idle()
        self.completeChanged.emit()
        self.ctx.advance()

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        if isinstance(exc, Cancelled):
            self.info.setText(self.tr("Sign-in cancelled. You can sign in again."))
            self.info.show()
            return
        if not isinstance(exc, IdpWizardError):
            log.error("sign-in failed unexpectedly", exc_info=exc)
        if isinstance(exc, MissingAppRegistration):
            # The core message speaks to the command line (--client-id); here the steps
            # and the form below say it better, in the admin's language.
            self.error.show_error(self.tr(
                "IdP Wizard has no app registration for this provider yet. Register one "
                "as described below, then enter it and sign in again."))
            self.registration.setText(registration_steps(self.provider))
            self.registration.show()
            self._show_form()
            return
        self.error.show_error(one_line(exc))

    def _forget_late(self, result: Any) -> None:
        """The sign-in finished after the wizard was cancelled: leave nothing behind."""
        self.ctx.engine.forget_late(result)

    def _idle(self) -> None:
        self.busy.hide()
        self.device_code.hide()
        self.sign_in_button.setEnabled(True)
        self.device_button.setEnabled(True)
        self.sign_in_button.setDefault(True)  # Enter tries again
