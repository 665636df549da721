"""The platform's SCIM base URL and token with "Test connection": shared by the wizard's
platform page and the settings. Thin: the test runs through the TaskRunner, the
decisions are the engine's and `PlatformOps`'."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.platform import ConnectionReport
from idp_wizard.ui.tasks import TaskHandle, TaskRunner
from idp_wizard.ui.theme import mark_as_error
from idp_wizard.ui.wording import fmt, number, one_line

Tester = Callable[[str, str | None], ConnectionReport]


def report_text(report: ConnectionReport) -> str:
    """What the test found, in the admin's language."""
    caps = report.capabilities
    lines = [fmt(QCoreApplication.translate("Platform", "The connection to %1 works."),
                 report.base_url)]
    features = ["PATCH"] if caps.patch else []
    if caps.bulk.usable:
        features.append(fmt(QCoreApplication.translate("Platform", "Bulk (up to %1 "
                                                       "operations)"),
                            number(caps.bulk.max_operations)))
    if caps.filter:
        features.append(QCoreApplication.translate("Platform", "filters"))
    if caps.etag:
        features.append("ETags")
    if features:
        lines.append(fmt(QCoreApplication.translate("Platform", "The platform supports: %1."),
                         ", ".join(features)))
    if not caps.patch:
        lines.append(QCoreApplication.translate(
            "Platform", "The platform has no PATCH: changes are sent as a PUT of the whole "
            "user."))
    if not caps.bulk.usable:
        lines.append(QCoreApplication.translate(
            "Platform", "The platform has no Bulk: new users are created one request at a "
            "time."))
    if caps.groups:
        lines.append(QCoreApplication.translate("Platform", "Groups are pushed too."))
    else:
        lines.append(QCoreApplication.translate(
            "Platform", "The platform has no groups: groups are not pushed."))
    if report.withheld_attributes:
        lines.append(fmt(QCoreApplication.translate(
            "Platform", "Not sent, because the platform does not declare them: %1."),
                         ", ".join(report.withheld_attributes)))
    return "\n".join(lines)


class PlatformForm(QWidget):
    """URL, token, Test connection and the result. `tested` carries the report."""

    tested = Signal(object)

    def __init__(self, runner: TaskRunner, tester: Tester,
                 token_needed: Callable[[str], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner, self.tester, self.token_needed = runner, tester, token_needed
        self.task: TaskHandle | None = None
        self.saved_url = ""  # a target whose token the keychain holds (settings)
        self.url = QLineEdit()
        self.url.setObjectName("platform_url")
        self.url.setPlaceholderText("https://example.com/scim/v2")
        self.url.setAccessibleName(self.tr("SCIM base URL"))
        self.token = QLineEdit()
        self.token.setObjectName("platform_token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName(self.tr("SCIM token"))
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("test_platform_button")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.run_test)
        self.result = QLabel()
        self.result.setObjectName("platform_test_result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.hide()
        self.error = QLabel()  # one sentence in an alert colour; hidden while empty
        self.error.setObjectName("platform_error")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        mark_as_error(self.error)
        self.error.hide()
        self.url.textChanged.connect(self._changed)
        self.token.textChanged.connect(self._changed)

        form = QFormLayout()
        form.addRow(self.tr("SCIM base &URL:"), self.url)
        form.addRow(self.tr("&Token:"), self.token)
        self.button_row = QHBoxLayout()  # users of the form may add their buttons here
        self.button_row.addWidget(self.test_button)
        self.button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(self.button_row)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        self._changed()

    # -- values ---------------------------------------------------------------------

    def values(self) -> tuple[str, str | None]:
        """The URL, and the token typed (None: none typed and none needed)."""
        url, token = self.url.text().strip(), self.token.text()
        return url, (token if token.strip() or self.token_needed(url) else None)

    def set_url(self, url: str) -> None:
        self.url.setText(url)

    def ready(self) -> bool:
        url, token = self.values()
        return bool(url) and (token is None or bool(token.strip()))

    def _changed(self) -> None:
        url = self.url.text().strip()
        needed = self.token_needed(url) if url else True
        if needed:
            hint = ""
        elif url == self.saved_url:
            hint = self.tr("Kept in the keychain; type a new token to replace it")
        else:
            hint = self.tr("Not needed: the demo platform runs inside this app")
        self.token.setPlaceholderText(hint)
        self.token.setEnabled(needed or url == self.saved_url)
        self.test_button.setEnabled(self.ready() and not self.busy)
        self.result.hide()

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    # -- test -------------------------------------------------------------------------

    def run_test(self) -> None:
        url, token = self.values()
        self.show_error("")
        self.result.setText(self.tr("Testing the connection…"))
        self.result.show()
        self.test_button.setEnabled(False)
        tester = self.tester
        self.task = self.runner.submit("platform-test", lambda _p, _c: tester(url, token))
        self.task.succeeded.connect(self._tested)
        self.task.failed.connect(self.show_failure)
        self.task.finished.connect(lambda: self.test_button.setEnabled(self.ready()))

    def _tested(self, report: ConnectionReport) -> None:
        self.result.setText(report_text(report))
        self.result.show()
        self.tested.emit(report)

    def show_failure(self, exc: BaseException) -> None:
        self.result.hide()
        self.show_error(one_line(exc))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
