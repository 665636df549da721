"""The wizard's step map (`wizard_steps`): where the admin is in the journey.

A side list of this run's steps (core/wizard.py `flow`: only the steps of the mode,
the platform step only when it applies): finished ones ticked, the current one
highlighted, the rest numbered. As the documented flow says, the filtering step reads
"Employee filtering: Completed" once the employees are shared. On a small screen the
map is compact: only the numbered marks, their words in tooltips, so the pages keep
their room.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from idp_wizard.core.wizard import Step
from idp_wizard.ui.theme import Tone, colours, draw_icon, is_dark
from idp_wizard.ui.wording import fmt


class StepState(Enum):
    DONE = "done"
    CURRENT = "current"
    TODO = "todo"


def step_title(step: Step, state: StepState = StepState.TODO) -> str:
    if step is Step.FILTERING and state is StepState.DONE:
        return QCoreApplication.translate("StepMap", "Employee filtering: Completed")
    return {
        Step.PROVIDER: QCoreApplication.translate("StepMap", "Identity provider"),
        Step.DATA_OPTIONS: QCoreApplication.translate("StepMap", "User data"),
        Step.SIGN_IN: QCoreApplication.translate("StepMap", "Sign in"),
        Step.PERMISSIONS: QCoreApplication.translate("StepMap", "Permissions"),
        Step.FILTERING: QCoreApplication.translate("StepMap", "Employee filtering"),
        Step.PLATFORM: QCoreApplication.translate("StepMap", "Platform"),
        Step.FINISH: QCoreApplication.translate("StepMap", "Finish"),
    }[step]


def step_states(order: tuple[Step, ...], current: Step | None,
                completed: bool = False) -> list[tuple[Step, StepState]]:
    """Before the current step: done; the current one; after it: to do. `completed`:
    the last step ended well, so every step is done."""
    at = order.index(current) if current in order else -1
    states = []
    for i, step in enumerate(order):
        if completed or i < at:
            states.append((step, StepState.DONE))
        elif i == at:
            states.append((step, StepState.CURRENT))
        else:
            states.append((step, StepState.TODO))
    return states


class StepMarker(QWidget):
    """A numbered circle (a tick once done) on the line that joins the steps."""

    def __init__(self, number: int, first: bool, last: bool) -> None:
        super().__init__()
        self.number, self.first, self.last = number, first, last
        self.state = StepState.TODO
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def _diameter(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        d = self._diameter()
        return QSize(d + 2, d + 4)

    def paintEvent(self, _event: QPaintEvent) -> None:
        d = self._diameter()
        pal = self.palette()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        muted = pal.color(QPalette.ColorRole.Mid)
        done = colours(Tone.OK, is_dark(pal))
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        x = self.width() / 2
        circle = QRectF(x - d / 2, 2, d, d)
        p.setPen(QPen(muted, 2))
        if not self.first:
            p.drawLine(QPointF(x, 0), QPointF(x, circle.top()))
        if not self.last:
            p.drawLine(QPointF(x, circle.bottom()), QPointF(x, self.height()))
        if self.state is StepState.DONE:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(done.accent)
            p.drawEllipse(circle)
            draw_icon(p, Tone.OK, circle.adjusted(1, 1, -1, -1), done.background)
        else:
            current = self.state is StepState.CURRENT
            p.setPen(QPen(highlight if current else muted, 2))
            p.setBrush(highlight if current else pal.color(QPalette.ColorRole.Base))
            p.drawEllipse(circle.adjusted(1, 1, -1, -1))
            font = QFont(self.font())
            font.setBold(True)
            p.setFont(font)
            p.setPen(pal.color(QPalette.ColorRole.HighlightedText) if current
                     else pal.color(QPalette.ColorRole.WindowText))
            p.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(self.number))
        p.end()


class StepMap(QFrame):
    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard_steps")
        self.setAccessibleName(QCoreApplication.translate("StepMap", "Steps"))
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.heading = QLabel(heading)
        self.heading.setObjectName("wizard_steps_heading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 18, 14, 18)
        layout.addWidget(self.heading)
        layout.addSpacing(14)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.full_width = max(200, self.fontMetrics().averageCharWidth() * 26)
        self.setFixedWidth(self.full_width)
        self.compact = False
        self._rows: list[tuple[Step, StepMarker, QLabel]] = []
        self._states: list[tuple[Step, StepState]] = []

    def set_compact(self, compact: bool) -> None:
        """Only the marks (small screens), or marks and words."""
        self.compact = compact
        self.heading.setVisible(not compact)
        for _, marker, label in self._rows:
            label.setVisible(not compact)
            marker.setToolTip(label.accessibleName() if compact else "")
            marker.setAccessibleName(label.accessibleName() if compact else "")
        layout = self.layout()
        sides = 0
        if layout is not None:
            margins = layout.contentsMargins()
            sides = margins.left() + margins.right()
        marker_width = self._rows[0][1].sizeHint().width() if self._rows else 28
        self.setFixedWidth(marker_width + sides if compact
                           else self.full_width)

    def show_steps(self, order: tuple[Step, ...], current: Step | None,
                   completed: bool = False) -> None:
        if [s for s, _, _ in self._rows] != list(order):
            self._build(order)
        self._states = step_states(order, current, completed)
        total = len(order)
        for (step, marker, label), (_, state) in zip(self._rows, self._states, strict=True):
            marker.state = state
            marker.update()
            label.setText(step_title(step, state))
            font = label.font()
            font.setBold(state is StepState.CURRENT)
            label.setFont(font)
            words = {StepState.DONE: QCoreApplication.translate("StepMap", "completed"),
                     StepState.CURRENT: QCoreApplication.translate("StepMap", "current step"),
                     StepState.TODO: QCoreApplication.translate("StepMap", "not started")}
            label.setAccessibleName(fmt(QCoreApplication.translate(
                "StepMap", "Step %1 of %2: %3 (%4)"), marker.number, total,
                step_title(step, state), words[state]))
        if self.compact:
            self.set_compact(True)  # the marks' tooltips follow the states

    def states(self) -> list[tuple[str, StepState]]:
        """What the map shows: each row's words and state (for tests and tools)."""
        return [(label.text(), state)
                for (_, _, label), (_, state) in zip(self._rows, self._states, strict=True)]

    def _build(self, order: tuple[Step, ...]) -> None:
        for _, marker, label in self._rows:
            marker.deleteLater()
            label.deleteLater()
        self._rows = []
        for i, step in enumerate(order):
            marker = StepMarker(i + 1, i == 0, i == len(order) - 1)
            label = QLabel(step_title(step))
            label.setObjectName(f"wizard_step_{step.name.lower()}")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setContentsMargins(0, 4, 0, 18)
            self.grid.addWidget(marker, i, 0)
            self.grid.addWidget(label, i, 1)
            label.setVisible(not self.compact)
            self._rows.append((step, marker, label))
