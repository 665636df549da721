"""Small building blocks of the wizard pages: busy panel, inline error, page base."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from idp_wizard.core.wizard import Step, next_step, step_done
from idp_wizard.ui.focus import first_focusable, takes_focus
from idp_wizard.ui.theme import mark_as_error
from idp_wizard.ui.wizard.context import WizardContext


def text_label(text: str = "", object_name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


class ErrorLabel(QLabel):
    """One clear sentence in an alert colour; hidden while empty."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mark_as_error(self)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class BusyPanel(QWidget):
    """"What is happening" + progress bar (+ counts) + a Cancel button for the task."""

    def __init__(self, prefix: str, cancel_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = text_label(object_name=f"{prefix}_status")
        self.bar = QProgressBar()
        self.bar.setObjectName(f"{prefix}_progress")
        self.bar.setTextVisible(False)
        self.counts = text_label(object_name=f"{prefix}_counts")
        self.cancel_button = QPushButton(cancel_text)
        self.cancel_button.setObjectName(f"{prefix}_cancel_button")
        self.cancel_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.counts, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addLayout(row)

    def cancels(self, ctx: WizardContext, stopping: str) -> None:
        """The Cancel button stops the wizard's running task. It stays enabled (and
        keeps the focus); a second press changes nothing, the words say it is stopping."""
        def cancel() -> None:
            if ctx.task is not None:
                ctx.task.cancel()
                self.label.setText(stopping)
        self.cancel_button.clicked.connect(cancel)

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.counts.clear()
        self.bar.setRange(0, 0)  # busy until the first report with a total
        self.cancel_button.setEnabled(True)
        self.show()

    def report(self, done: int, total: int | None, counts: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)
        self.counts.setText(counts)


class WizardPage(QWizardPage):
    """A thin page: the flow (core/wizard.py) decides completeness and what is next."""

    step: Step

    def __init__(self, ctx: WizardContext, object_name: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(object_name)

    def isComplete(self) -> bool:
        return step_done(self.step, self.ctx.data, self.ctx.mode)

    def nextId(self) -> int:
        nxt = next_step(self.step, self.ctx.data, self.ctx.mode)
        return nxt.value if nxt is not None else -1

    def primary_button(self) -> QPushButton | None:
        """The page's main action: made the default button and focused on entry."""
        return None

    def focus_target(self) -> QWidget | None:
        """Where the keyboard focus goes when this page opens or changes its state: the
        control for what is happening now (a task's Cancel, a failure's Retry), else the
        page's main action, else its first control that takes the focus."""
        for candidate in (*self.state_controls(), self.primary_button()):
            if candidate is not None and takes_focus(candidate):
                return candidate
        return first_focusable(self)

    def state_controls(self) -> tuple[QWidget | None, ...]:
        """The controls of the page's current state, most important first (a running
        task's Cancel, a failure's Retry); hidden or disabled ones are passed over."""
        return ()

