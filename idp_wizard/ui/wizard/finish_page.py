"""Step 6: the first sync with progress, then "Employee Filtering: Completed"."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from idp_wizard.core.errors import Cancelled, IdpWizardError, NotConnected
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn
from idp_wizard.core.wizard import Step, WizardMode
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.tasks import TaskFn
from idp_wizard.ui.wizard.context import WizardContext
from idp_wizard.ui.wizard.finish_summary import FinishSummary, read_facts
from idp_wizard.ui.wizard.widgets import BusyPanel, ErrorLabel, WizardPage, text_label
from idp_wizard.ui.wording import fmt, number, one_line

log = logging.getLogger(__name__)


class FinishPage(WizardPage):
    step = Step.FINISH

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, "page_finish")
        # Reauthorizing filters nothing: its page and headings say what was done.
        self.reauthorizing = ctx.mode is WizardMode.REAUTHORIZE
        if self.reauthorizing:
            self.setTitle(self.tr("Reauthorization"))
            self.setSubTitle(self.tr("The connection is authorized again; the synced users "
                                     "are brought up to date."))
        else:
            self.setTitle(self.tr("Employee Filtering"))
            # Said as it is while the sync runs; _done and _failed say how it ended (a
            # held or failed sync shares nothing new: "now shared" would contradict them).
            self.setSubTitle(self.tr("The chosen employees are being shared with the "
                                     "platform."))
        self.heading = text_label(object_name="finish_heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.busy = BusyPanel("finish", self.tr("&Stop"))
        self.busy.cancels(ctx, self.tr("Stopping the sync…"))
        self.note = text_label(self.tr(
            "This may take several minutes for large directories. You can leave this window "
            "open; closing it does not undo anything."), "finish_note")
        self.result = text_label(object_name="finish_result")
        self.summary = FinishSummary()
        self.summary.hide()
        self.error = ErrorLabel("finish_error")
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setObjectName("retry_button")
        self.retry_button.clicked.connect(self.start_sync)
        self.retry_button.hide()
        self.ended_well = False  # the sync succeeded (not held, not failed)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addWidget(self.busy)
        layout.addWidget(self.note)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addStretch(1)

    def initializePage(self) -> None:
        if not self.ctx.data.sync_started:
            self.start_sync()

    def _expected_total(self) -> int | None:
        data = self.ctx.data
        if data.session is not None:
            return data.session.total
        conn = data.connection
        return conn.directory_users if conn and conn.directory_users else None

    def _job(self) -> TaskFn:
        engine = self.ctx.engine

        def sync(progress: ProgressFn, cancel: CancelToken) -> SyncOutcome:
            return engine.run_initial_sync(progress, cancel)
        return sync

    def start_sync(self) -> None:
        data = self.ctx.data
        data.sync_started, data.sync_finished, data.sync_error = True, False, ""
        self.heading.setText(self.tr("Bringing the synced users up to date…")
                             if self.reauthorizing else self.tr("Sharing employees…"))
        if not self.reauthorizing:  # a retry after a failure: running again
            self.setSubTitle(self.tr("The chosen employees are being shared with the "
                                     "platform."))
        self.ended_well = False
        self.result.hide()
        self.summary.hide()
        self.error.show_error("")
        self.retry_button.hide()
        self.note.show()
        self.busy.start(self.tr("Reading the employees from your directory…"))
        self.completeChanged.emit()
        self.ctx.run("initial-sync", self._job(), succeeded=self._done, failed=self._failed,
                     progressed=self._progress)

    def _progress(self, p: Progress) -> None:
        if p.phase == "users":
            total = p.total or self._expected_total()
            counts = (fmt(self.tr("%1 of %2 employees"), number(p.done), number(total))
                      if total else fmt(self.tr("%1 employees"), number(p.done)))
            self.busy.report(p.done, total, counts)
        elif p.phase == "groups":
            self.busy.label.setText(self.tr("Reading group memberships…"))
            self.busy.report(p.done, p.total, fmt(self.tr("%1 of %2 groups"), number(p.done),
                                                  number(p.total or 0)))
        elif p.phase == "plan":
            self.busy.label.setText(self.tr("Comparing with the employees already shared…"))
        elif p.phase == "apply":
            self.busy.label.setText(self.tr("Saving the shared employees…"))
        elif p.phase == "throttled":
            self.busy.counts.setText(self.tr("The provider asked us to slow down; "
                                             "continuing shortly…"))

    def _done(self, outcome: SyncOutcome) -> None:
        self.ended_well = outcome.status != "held"
        self._ended()
        facts = read_facts(self.ctx.app)
        if facts is not None:
            self.summary.show_facts(facts)
            self.summary.show()
        if not self.reauthorizing:
            self.setSubTitle(
                self.tr("Nothing changes until you confirm the removals.")
                if outcome.status == "held"
                else self.tr("The chosen employees are now shared with the platform."))
        if outcome.status == "held":
            self.heading.setText(
                self.tr("Reauthorization: Waiting for your confirmation") if self.reauthorizing
                else self.tr("Employee Filtering: Waiting for your confirmation"))
            self.error.show_error(core_text(outcome.message or outcome.error))
        else:
            if self.reauthorizing:
                self.heading.setText(self.tr("Reauthorization: Completed"))
            else:
                self.heading.setText(self.tr("Employee Filtering: Completed"))
            self.result.setText(self.tr(
                "%Ln employees are shared. They are kept up to date automatically.", "",
                outcome.synced_users))
            self.result.show()

    def _failed(self, exc: BaseException) -> None:
        self._ended()
        if not isinstance(exc, IdpWizardError):
            log.error("initial sync failed unexpectedly", exc_info=exc)
        self.ctx.data.sync_error = one_line(exc)
        self.heading.setText(
            self.tr("Reauthorization: Saved, the sync did not finish") if self.reauthorizing
            else self.tr("Employee Filtering: Not finished"))
        if not self.reauthorizing:
            self.setSubTitle(self.tr("The chosen employees are not shared yet."))
        if isinstance(exc, NotConnected):  # disconnected meanwhile (the command line,
            # a client removal): nothing is saved to retry, and no scheduled sync comes
            self.error.show_error(self.tr(
                "Nothing was applied: the identity provider was disconnected meanwhile "
                "(from the command line, say). Connect it again from the panel to share "
                "employees."))
            return
        message = (self.tr("The sync was stopped.") if isinstance(exc, Cancelled)
                   else one_line(exc))
        self.error.show_error(fmt(self.tr("%1 The connection is saved; retry now or let the "
                                          "next scheduled sync finish the job."), message))
        self.retry_button.show()

    def _ended(self) -> None:
        self.ctx.data.sync_finished = True
        self.busy.hide()
        self.note.hide()
        self.completeChanged.emit()

    def primary_button(self) -> QPushButton | None:
        wizard = self.wizard()
        button = wizard.button(QWizard.WizardButton.FinishButton) if wizard else None
        return button if isinstance(button, QPushButton) else None

    def state_controls(self) -> tuple[QWidget | None, ...]:
        return (self.busy.cancel_button, self.retry_button)
