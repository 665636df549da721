"""The settings' "Platform" group: change the target (tested, then saved at once, the
token to the keychain), "deactivate instead of delete" and how many requests run at
once (saved with the dialog)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.app import App
from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.platform_target import MAX_CONCURRENCY, TargetSettings
from idp_wizard.platform import ConnectionReport
from idp_wizard.ui.platform_form import PlatformForm, report_text
from idp_wizard.ui.tasks import TaskHandle, TaskRunner
from idp_wizard.ui.wording import one_line


class PlatformBox(QGroupBox):
    def __init__(self, app: App, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Platform (SCIM)"))
        self.setObjectName("settings_platform")
        self.app, self.runner = app, runner
        self.task: TaskHandle | None = None
        ops = app.platform
        target = ops.target()
        self.form = PlatformForm(runner, ops.test, ops.token_needed)
        saved = ops.saved()
        if saved is not None and not saved.embedded:
            self.form.saved_url = saved.url
        if target is not None:
            self.form.set_url(target.url)
        self.save_button = QPushButton(self.tr("&Save platform"))
        self.save_button.setObjectName("settings_save_platform_button")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_target)
        settings = target.settings if target else TargetSettings()
        self.deactivate = QCheckBox(self.tr(
            "&Deactivate removed employees on the platform instead of deleting them"))
        self.deactivate.setObjectName("settings_platform_deactivate")
        self.deactivate.setChecked(settings.deactivate)
        self.concurrency = QSpinBox()
        self.concurrency.setObjectName("settings_platform_concurrency")
        self.concurrency.setRange(1, MAX_CONCURRENCY)
        self.concurrency.setValue(settings.concurrency)
        for widget in (self.deactivate, self.concurrency):
            widget.setEnabled(target is not None)
        self.form.button_row.insertWidget(1, self.save_button)
        options = QFormLayout()
        options.addRow(self.tr("Requests &at once:"), self.concurrency)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.deactivate)
        layout.addLayout(options)
        note = QLabel(self.tr("Moving to another platform leaves the users on the old one "
                              "where they are."))
        note.setWordWrap(True)
        layout.addWidget(note)

    def save_target(self) -> None:
        url, token = self.form.values()
        ops = self.app.platform
        self.form.show_error("")
        self.save_button.setEnabled(False)
        self.task = self.runner.submit("platform-save",
                                       lambda _p, _c: ops.set_target(url, token))
        self.task.succeeded.connect(self._saved)
        self.task.failed.connect(self.form.show_failure)
        self.task.finished.connect(lambda: self.save_button.setEnabled(True))

    def _saved(self, result: tuple[ConnectionReport, int]) -> None:
        report, left = result
        text = report_text(report)
        if left:
            text += "\n" + self.tr("%Ln users stay on the previous platform, no longer "
                                   "managed.", "", left)
        # The form as saved first (each change hides the result): the address as
        # stored, the token kept by the keychain, the field empty for a new one.
        saved = self.app.platform.saved()
        if saved is not None and not saved.embedded:
            self.form.saved_url = saved.url
        target = self.app.platform.target()
        if target is not None:
            self.form.set_url(target.url)
        self.form.token.clear()
        self.form.result.setText(self.tr("Saved.") + "\n" + text)
        self.form.result.show()
        for widget in (self.deactivate, self.concurrency):
            widget.setEnabled(True)

    def save_settings(self) -> bool:
        """With the dialog's OK; never while a sync runs (fails at once instead)."""
        if self.form.token.text().strip():  # typed, not saved (a save clears it): OK
            # would drop it unseen, and the admin would think the token was renewed
            self.form.show_error(self.tr(
                "The token typed is not saved yet: press Save platform, or clear the "
                "token to keep the platform as it is."))
            self.form.token.setFocus()
            return False
        target = self.app.platform.target()
        typed, kept = self.form.url.text().strip(), target.url if target is not None else ""
        if typed.rstrip("/") != kept.rstrip("/"):
            # likewise an address typed and not saved (OK would drop it unseen)
            self.form.show_error(self.tr(
                "The platform address typed is not saved yet: press Save platform, or "
                "put back the saved address to keep the platform as it is."))
            self.form.url.setFocus()
            return False
        if not self.deactivate.isEnabled():
            return True
        wanted = TargetSettings(self.deactivate.isChecked(), self.concurrency.value())
        if target is None or target.settings == wanted:
            return True
        try:
            self.app.platform.save_settings(wanted, wait=0)
        except IdpWizardError as exc:
            self.form.show_error(one_line(exc))
            return False
        return True
