"""Step 5: the "synchronization of rules", then the criteria and "Share X out of Y"."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from idp_wizard.core.errors import Cancelled, IdpWizardError
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn
from idp_wizard.core.wizard import Step, WizardMode
from idp_wizard.ui.filter_editor import FilterEditor, share_text
from idp_wizard.ui.focus import first_focusable
from idp_wizard.ui.wizard.context import WizardContext
from idp_wizard.ui.wizard.preview_dialog import ChangePreviewDialog
from idp_wizard.ui.wizard.widgets import BusyPanel, ErrorLabel, WizardPage
from idp_wizard.ui.wording import fmt, number, one_line


class FilteringPage(WizardPage):
    step = Step.FILTERING

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, "page_filtering")
        self.setTitle(self.tr("Employee filtering"))
        self.setSubTitle(self.tr("Choose which employees to share. Only they are "
                                 "provisioned; you can change this later."))
        self.preview: ChangePreviewDialog | None = None

        self.loading = QWidget()
        self.busy = BusyPanel("rules", self.tr("&Cancel"))
        self.busy.cancels(ctx, self.tr("Cancelling…"))
        self.rules_error = ErrorLabel("rules_error")
        self.retry_button = QPushButton(self.tr("&Try again"))
        self.retry_button.setObjectName("rules_retry_button")
        self.retry_button.clicked.connect(self.start_rules_sync)
        self.retry_button.hide()
        loading = QVBoxLayout(self.loading)
        loading.addStretch(1)
        loading.addWidget(self.busy)
        loading.addWidget(self.rules_error)
        loading.addWidget(self.retry_button)
        loading.addStretch(2)

        self.editor = FilterEditor()
        self.editor.specChanged.connect(self._update_share)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.editor)

        self.share_button = QPushButton(share_text(0, 0))
        self.share_button.setObjectName("share_button")
        self.share_button.setEnabled(False)
        self.share_button.setMinimumWidth(280)
        self.share_button.clicked.connect(self.share)
        self.share_error = ErrorLabel("share_error")
        row = QHBoxLayout()
        row.addWidget(self.share_error, 1)
        row.addStretch()  # keeps the button its natural width while no error shows
        row.addWidget(self.share_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)

    def initializePage(self) -> None:
        session = self.ctx.data.session
        if session is None:
            self.start_rules_sync()
        else:
            self._show_editor(session)

    # No default button here: Enter in a search field must never share by accident.

    def state_controls(self) -> tuple[QWidget | None, ...]:
        editing = self.stack.currentWidget() is self.editor
        return (self.busy.cancel_button, self.retry_button,
                first_focusable(self.editor) if editing else None)

    # -- the synchronization of rules ------------------------------------------------

    def start_rules_sync(self) -> None:
        engine, conn = self.ctx.engine, self.ctx.data.connection
        provider = conn.provider.title if conn else ""

        def fn(progress: ProgressFn, cancel: CancelToken) -> FilterSession:
            return engine.rules_sync(progress, cancel)

        self.stack.setCurrentWidget(self.loading)
        self.rules_error.show_error("")
        self.retry_button.hide()
        self.share_button.setEnabled(False)
        self.busy.start(fmt(self.tr("Synchronizing the rules: reading users, groups and org "
                                    "units from %1…"), provider))
        self.ctx.run("rules-sync", fn, succeeded=self._rules_ready, failed=self._rules_failed,
                     progressed=self._rules_progress)

    def _rules_progress(self, p: Progress) -> None:
        if p.phase == "users":
            self.busy.report(p.done, p.total, fmt(self.tr("%1 users read"), number(p.done)))
        elif p.phase == "groups":
            self.busy.report(p.done, p.total, fmt(self.tr("%1 of %2 groups read"),
                                                  number(p.done), number(p.total or 0)))
        elif p.phase == "throttled":
            self.busy.counts.setText(self.tr("The provider asked us to slow down; "
                                             "continuing shortly…"))

    def _rules_ready(self, session: FilterSession) -> None:
        self._show_editor(session)

    def _rules_failed(self, exc: BaseException) -> None:
        self.busy.hide()
        if isinstance(exc, Cancelled):
            self.rules_error.show_error(self.tr("Reading the directory was cancelled."))
        else:
            self.rules_error.show_error(one_line(exc))
        self.retry_button.show()

    def _show_editor(self, session: FilterSession) -> None:
        if self.editor.session() is not session:
            self.editor.setSession(session, self.ctx.data.spec)
            # Least privilege: explain (and, once connected, request) group access.
            app, saved = self.ctx.app, self.ctx.mode is WizardMode.EDIT_FILTERS
            conn = self.ctx.data.connection or app.connection()
            note = app.auth.group_access_note(conn) if conn is not None else None
            self.editor.setGroupAccess(note, app.request_group_access if saved else None)
        self.stack.setCurrentWidget(self.editor)
        self._update_share()

    # -- sharing ---------------------------------------------------------------------

    def _update_share(self) -> None:
        count, total = self.editor.count(), self.editor.total()
        self.share_button.setText(share_text(count, total))
        self.share_button.setEnabled(self.editor.session() is not None and count > 0)
        self.share_error.show_error("")

    def share(self) -> None:
        ctx, spec = self.ctx, self.editor.spec()
        if ctx.data.session is None or self.editor.count() == 0:
            return
        engine = ctx.engine
        if ctx.mode is WizardMode.EDIT_FILTERS:
            # Planning against 100,000 employees takes a moment: off the GUI thread,
            # and the button says so meanwhile.
            self.share_button.setEnabled(False)
            self.share_button.setText(self.tr("Preparing the preview…"))
            ctx.run("preview", lambda _p, _c: engine.share(spec),
                    succeeded=self._show_preview, failed=self._preview_failed)
            return
        try:
            engine.share(spec)
        except IdpWizardError as exc:
            self.share_error.show_error(one_line(exc))
            return
        self._commit()

    def _show_preview(self, plan: SyncPlan) -> None:
        self._update_share()
        self.preview = ChangePreviewDialog(plan, self)
        self.preview.accepted.connect(lambda: self._confirm(plan))
        self.preview.open()

    def _preview_failed(self, exc: BaseException) -> None:
        self._update_share()
        self.share_error.show_error(one_line(exc))

    def _confirm(self, plan: SyncPlan) -> None:
        self.ctx.engine.confirm_preview(plan)  # what the admin approved is what is applied
        self._commit()

    def _commit(self) -> None:
        """Saved (NEW) or confirmed (EDIT_FILTERS): no way back from here."""
        self.share_button.setEnabled(False)
        self.completeChanged.emit()
        self.ctx.refresh_buttons()
        self.ctx.advance()
