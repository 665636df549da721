"""The history chart (`history_chart`): synced users over time and each run's changes.

Drawn with QPainter (PySide6-Essentials has no QtCharts). Two captioned bands with a
gap between them (their split and the users axis: history_axes.py; their painting:
history_bands.py). Top, the larger:
the synced users after each run, on a labelled round-number axis that starts at zero
only when the counts vary a lot. Below: each run's additions (up) and removals (down),
on a square-root scale so that a handful of changes still shows beside a first sync of
thousands (the tooltips give the numbers); a held run's waiting removals as a dashed
outline.
Held, failed, incomplete and interrupted runs get a tinted column and their drawn mark
(see theme.py), so a bad run stands out by shape and words as well as colour.

Accessible: every run has a tooltip; the chart's accessible description (and the
summary line the history view shows under it) says the same in words; it takes the
keyboard focus (Left/Right/Home/End choose a run, which the runs table then selects).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from idp_wizard.ui import panel_texts as texts
from idp_wizard.ui.history_axes import Axis, split_bands, users_axis
from idp_wizard.ui.history_bands import MINUS, draw_changes, draw_marks, draw_users
from idp_wizard.ui.history_chart_parts import draw_caption_row
from idp_wizard.ui.history_series import RunPoint, counts_by_mark
from idp_wizard.ui.theme import is_dark
from idp_wizard.ui.wording import fmt, number


class HistoryChart(QWidget):
    run_chosen = Signal(int)  # the run's id, when the admin picks a run in the chart

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_chart")
        self.setAccessibleName(self.tr("Sync history chart"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.points: list[RunPoint] = []
        self.current = -1
        self.synced_now: int | None = None  # the store's count, when the caller read it

    def sizeHint(self) -> QSize:
        return QSize(600, self.fontMetrics().height() * 15)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.fontMetrics().height() * 12)

    # -- data ------------------------------------------------------------------------

    def set_points(self, points: list[RunPoint], synced_now: int | None = None) -> None:
        """`synced_now`: the synced users as the store holds them now; a disconnect
        removes them without a run, so the last run's count would be stale."""
        self.points = points
        self.synced_now = synced_now
        self.current = len(points) - 1
        self.setAccessibleDescription(self.summary())
        self.update()

    def select_run(self, run_id: int) -> None:
        """Follow the runs table (no signal back)."""
        for i, p in enumerate(self.points):
            if p.run_id == run_id and i != self.current:
                self.current = i
                self.update()

    def summary(self) -> str:
        """The chart in words: its text alternative."""
        if not self.points:
            return self.tr("No syncs yet.")
        first, last = self.points[0], self.points[-1]
        parts = [fmt(self.tr("Runs shown: %1 (since %2)"), number(len(self.points)),
                     texts.local_datetime(first.started_at) if first.started_at else "—")]
        known = [p.users for p in self.points if p.users is not None]
        if known:
            parts.append(fmt(self.tr("synced users now: %1 (after the first run shown: %2)"),
                             number(self._now(known)), number(known[0])))
        marks = counts_by_mark(self.points)
        for mark in ("held", "failed", "incomplete", "interrupted"):
            if mark in marks:
                parts.append(fmt(self.tr("%1: %2"), texts.outcome_text(mark),
                                 number(marks[mark])))
        if not marks:
            parts.append(self.tr("none held or failed"))
        parts.append(fmt(self.tr("latest: %1"), texts.outcome_text(last.status)))
        return "; ".join(parts) + "."

    def _now(self, known: list[int]) -> int:
        return self.synced_now if self.synced_now is not None else known[-1]

    def point_text(self, p: RunPoint) -> str:
        """One run in words (its tooltip)."""
        when = texts.local_datetime(p.started_at) if p.started_at else ""
        lines = [fmt(self.tr("%1 — %2"), when, texts.outcome_text(p.status))]
        if p.status == "held":
            lines.append(self.tr("%Ln removals wait for your confirmation; nothing was "
                                 "applied.", "", p.pending_removed))
        elif p.status in ("failed", "interrupted"):
            lines.append(self.tr("Nothing was applied."))
        else:
            lines.append(fmt(self.tr("%1 added, %2 updated, %3 removed"), number(p.added),
                             number(p.updated), number(p.removed)))
        if p.users is not None:
            lines.append(self.tr("%Ln synced users after this run", "", p.users))
        return "\n".join(lines)

    # -- geometry --------------------------------------------------------------------

    def _areas(self) -> tuple[tuple[QRectF, QRectF], QRectF, QRectF, float]:
        """The two caption lines, the users plot, the changes plot, and the width of
        one run's column (the split: history_axes.py)."""
        fm = self.fontMetrics()
        line = fm.height()
        left = max(fm.horizontalAdvance(label) for label in self._axis_labels()) + 12
        r = QRectF(self.rect()).adjusted(4, 4, -8, -4)
        dates = 8 + line
        users, changes = split_bands(r.top(), r.height() - dates, line + 4, line * 0.75)
        users_plot = QRectF(r.left() + left, users.top, r.width() - left, users.height)
        changes_plot = QRectF(r.left() + left, changes.top, r.width() - left, changes.height)
        captions = (QRectF(users_plot.left(), users.caption_top, users_plot.width(), line + 4),
                    QRectF(changes_plot.left(), changes.caption_top, changes_plot.width(),
                           line + 4))
        slot = users_plot.width() / max(1, len(self.points))
        return captions, users_plot, changes_plot, slot

    def _users_axis(self) -> Axis:
        return users_axis([p.users for p in self.points if p.users is not None])

    def _biggest_change(self) -> int:
        return max([max(p.added, p.removed, p.pending_removed) for p in self.points] + [1])

    def _axis_labels(self) -> tuple[str, ...]:
        big = number(self._biggest_change())
        return (*(number(t) for t in self._users_axis().ticks), f"+{big}", f"{MINUS}{big}")

    def _slot_at(self, x: float) -> int:
        _, users, _, slot = self._areas()
        i = int((x - users.left()) // slot)
        return i if 0 <= i < len(self.points) else -1

    # -- painting --------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        if not self.points:
            p.setPen(text)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No syncs yet."))
            p.end()
            return
        dark = is_dark(pal)
        captions, users, changes, slot = self._areas()
        fm, axis = self.fontMetrics(), self._users_axis()
        for plot in (users, changes):  # two plates with the window showing between them
            p.fillRect(plot, pal.color(QPalette.ColorRole.Base))
            draw_marks(p, fm, plot, slot, self.points, axis, dark, icons=plot is users)
        draw_users(p, fm, pal, users, slot, self.points, axis, text)
        draw_changes(p, fm, pal, changes, slot, self.points, self._biggest_change(), dark, text)
        self._draw_captions(p, captions, dark, text)
        self._draw_dates(p, changes, text)
        if 0 <= self.current < len(self.points):  # the run the list below shows
            highlight = pal.color(QPalette.ColorRole.Highlight)
            x = users.left() + self.current * slot
            p.fillRect(QRectF(x + 1, changes.bottom() + 1, max(2.0, slot - 2), 3), highlight)
            if self.hasFocus():
                p.setPen(QPen(highlight, 1.5, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(x, users.top() - 2, slot, changes.bottom() - users.top() + 4)
                           .adjusted(1, 0, -1, 0))
        if self.hasFocus():  # the keyboard focus, visible around the whole chart
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            p.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        p.end()

    def _draw_dates(self, p: QPainter, area: QRectF, text: QColor) -> None:
        """When the first and the last run shown started, under their columns."""
        fm = self.fontMetrics()
        y = area.bottom() + 8 + fm.ascent()
        first, last = self.points[0].started_at, self.points[-1].started_at
        p.setPen(text)
        if first:
            p.drawText(QPointF(area.left(), y), texts.local_datetime(first))
        label = texts.local_datetime(last) if last else ""
        if label and len(self.points) > 1:
            p.drawText(QPointF(area.right() - fm.horizontalAdvance(label), y), label)

    def _draw_captions(self, p: QPainter, rows: tuple[QRectF, QRectF], dark: bool,
                       text: QColor) -> None:
        """Each band's caption: the users one with the count now and the marks' legend,
        the changes one with the swatches."""
        known = [point.users for point in self.points if point.users is not None]
        caption = (fmt(self.tr("Synced users after each run (now %1)"),
                       number(self._now(known)))
                   if known else self.tr("Synced users after each run"))
        marks = counts_by_mark(self.points)
        items = [("caption", caption)] + [(m, texts.outcome_text(m)) for m in
                                          ("held", "failed", "incomplete", "interrupted")
                                          if m in marks or m in ("held", "failed")]
        draw_caption_row(p, self.fontMetrics(), rows[0], items, dark, text)
        draw_caption_row(p, self.fontMetrics(), rows[1], [("caption", self.tr("Changes per run:")),
                                   ("added", self.tr("Added")),
                                   ("removed", self.tr("Removed"))], dark, text)

    # -- interaction -----------------------------------------------------------------

    def event(self, e: object) -> bool:
        if isinstance(e, QHelpEvent) and e.type() == QHelpEvent.Type.ToolTip:
            i = self._slot_at(e.pos().x())
            if i >= 0:
                QToolTip.showText(e.globalPos(), self.point_text(self.points[i]), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(e)  # type: ignore[arg-type]

    def mousePressEvent(self, e: QMouseEvent) -> None:
        self._choose(self._slot_at(e.position().x()))

    def keyPressEvent(self, e: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: self.current - 1, Qt.Key.Key_Right: self.current + 1,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: len(self.points) - 1}
        if e.key() in moves and self.points:
            self._choose(max(0, min(len(self.points) - 1, moves[Qt.Key(e.key())])))
            return
        super().keyPressEvent(e)

    def focusInEvent(self, e: QFocusEvent) -> None:
        super().focusInEvent(e)
        self.update()

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        self.update()

    def _choose(self, i: int) -> None:
        if 0 <= i < len(self.points):
            self.current = i
            self.update()
            self.run_chosen.emit(self.points[i].run_id)
            self.setAccessibleDescription(
                self.summary() + "\n" + self.point_text(self.points[i]))
