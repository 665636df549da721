"""History: a chart of the runs, the runs (newest first) with their problems, and the
admin actions. An empty history says so in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.messages import Message
from idp_wizard.core.platform_notes import platform_notes
from idp_wizard.core.runs import RunRecord, list_runs
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.validation import PLATFORM_REFUSED
from idp_wizard.ui import panel_texts as texts
from idp_wizard.ui.empty_state import EmptyState
from idp_wizard.ui.history_chart import HistoryChart
from idp_wizard.ui.history_layout import DetailsText, RunsSplitter, RunsTree
from idp_wizard.ui.history_series import history_series
from idp_wizard.ui.i18n import core_text, core_text_renderer
from idp_wizard.ui.panel_texts import number
from idp_wizard.ui.theme import Tone, status_icon

AUDIT_SHOWN = 200  # the CLI's `history --json` has all of them
# The chart's and the runs' shares of the height: the runs' details beside them, or below.
_CHART_AND_RUNS = {False: [320, 200], True: [1, 1]}
OUTCOME_TONES = {"succeeded": Tone.OK, "held": Tone.WARN, "incomplete": Tone.WARN,
                 "failed": Tone.BAD, "interrupted": Tone.OFF, "running": Tone.BUSY,
                 "dry_run": Tone.OFF}
RUN_ID = Qt.ItemDataRole.UserRole


def _tree(name: str, accessible: str, headers: list[str],
          tree: QTreeWidget | None = None) -> QTreeWidget:
    tree = tree if tree is not None else QTreeWidget()
    tree.setObjectName(name)
    tree.setAccessibleName(accessible)
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setHeaderLabels(headers)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


def _section(title: str, widget: QWidget, buddy: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setBuddy(buddy)
    label.setWordWrap(True)  # a title never sets the width (the details' sits beside the runs)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_view")
        self._runs: list[RunRecord] = []
        self._details_due = False  # the selected run's details wait for the view to show

        self.chart = HistoryChart()
        self.chart.run_chosen.connect(self._select_run)
        self.chart_summary = QLabel()
        self.chart_summary.setObjectName("history_chart_summary")
        self.chart_summary.setWordWrap(True)
        self.chart_summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        chart_box = QWidget()
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.chart_summary)

        self.runs = RunsTree()
        _tree("history_runs", self.tr("Sync runs"), [
            self.tr("Started"), self.tr("Trigger"), self.tr("Mode"), self.tr("Outcome"),
            self.tr("Added"), self.tr("Updated"), self.tr("Removed"), self.tr("Skipped")],
            self.runs)
        self.runs.header().setStretchLastSection(False)
        self.runs.currentItemChanged.connect(self._show_details)
        self.no_runs = EmptyState("history_empty_state")
        self.no_runs.say(self.tr("No syncs yet"), self.tr(
            "Each sync shows here: a chart of the synced users and of each run's changes, "
            "and a list with when it ran, what started it, and how many users it added, "
            "updated and removed."))

        self.details = DetailsText()
        self.details.setObjectName("history_details")
        self.details.setAccessibleName(self.tr("Details of the selected run"))
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select a run to see its problems."))

        self.audit = _tree("history_audit", self.tr("Admin actions"), [
            self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("Details")])
        self.no_audit = QLabel(self.tr("No admin actions yet. Connecting, changing the "
                                       "filters and disconnecting are listed here."))
        self.no_audit.setObjectName("history_audit_empty")
        self.no_audit.setWordWrap(True)
        self.no_audit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.audit_stack = QStackedWidget()
        self.audit_stack.addWidget(self.audit)
        self.audit_stack.addWidget(self.no_audit)

        runs_and_details = self.runs_and_details = RunsSplitter(self.runs)
        runs_and_details.addWidget(_section(self.tr("Sync runs (newest first)"),
                                            self.runs, self.runs))
        runs_and_details.addWidget(_section(self.tr("Problems and errors of the selected run"),
                                            self.details, self.details))
        chart_and_runs = QSplitter(Qt.Orientation.Vertical)
        chart_and_runs.addWidget(_section(self.tr("Synced users and changes per run"),
                                          chart_box, self.chart))
        chart_and_runs.addWidget(runs_and_details)
        chart_and_runs.setSizes(_CHART_AND_RUNS[False])  # the chart: two labelled bands
        runs_and_details.stacked.connect(lambda stacked: chart_and_runs.setSizes(
            _CHART_AND_RUNS[stacked]))  # the runs and their details, one above the other
        chart_and_runs.setChildrenCollapsible(False)
        # No runs yet: one message instead of an empty chart and an empty list.
        self.runs_stack = QStackedWidget()
        self.runs_stack.addWidget(chart_and_runs)
        self.runs_stack.addWidget(self.no_runs)
        # The runs come first; who did what has its own tab (the room goes to the runs).
        self.sections = QTabWidget()
        self.sections.setObjectName("history_sections")
        self.sections.setDocumentMode(True)
        self.sections.addTab(self.runs_stack, self.tr("S&ync runs"))
        self.sections.addTab(_section(self.tr("Admin actions (newest first)"),
                                      self.audit_stack, self.audit), self.tr("Admin a&ctions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections)

    def reload(self, store: Store, client_id: int = DEFAULT_CLIENT_ID,
               synced_now: int | None = None) -> None:
        """`synced_now`: the synced users the store holds (the chart's "now")."""
        self._runs = list_runs(store, client_id=client_id)
        self.runs.clear()
        for run in self._runs:
            status = str(run.status)
            values = [texts.local_datetime(run.started_at) if run.started_at else "",
                      texts.trigger_text(run.trigger), texts.mode_text(run.mode),
                      texts.outcome_text(status)]
            values += [number(v) for v in (run.added, run.updated, run.removed,
                                           run.skipped)]
            item = QTreeWidgetItem(values)
            item.setData(0, RUN_ID, run.id)
            item.setIcon(3, status_icon(OUTCOME_TONES.get(status, Tone.OFF)))
            for col in range(4, 8):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight)
            if run.error:
                item.setToolTip(3, core_text(run.error_message or run.error))
            self.runs.addTopLevelItem(item)
        self.runs_stack.setCurrentIndex(0 if self._runs else 1)
        self.runs.columns_changed()  # new rows may need wider columns
        self.runs_and_details.fit()
        self.chart.set_points(history_series(self._runs), synced_now)
        self.chart_summary.setText(self.chart.summary())
        self.audit.clear()
        for entry in reversed(store.audit_log(client_id)[-AUDIT_SHOWN:]):
            self.audit.addTopLevelItem(QTreeWidgetItem([
                texts.local_datetime(entry["at"]) if entry["at"] else "",
                entry["actor"] or "", texts.audit_text(entry["action"] or ""),
                core_text(Message.from_json(entry["message"])) if entry["message"] else
                texts.audit_detail_text(entry["action"] or "", entry["detail"] or "")]))
        self.audit_stack.setCurrentWidget(
            self.audit if self.audit.topLevelItemCount() else self.no_audit)
        self.details.clear()
        first = self.runs.topLevelItem(0)
        if first is not None:
            self.runs.setCurrentItem(first)

    def _select_run(self, run_id: int) -> None:
        """The chart chose a run: the table selects it, its details show."""
        for i in range(self.runs.topLevelItemCount()):
            item = self.runs.topLevelItem(i)
            if item is not None and item.data(0, RUN_ID) == run_id:
                self.runs.setCurrentItem(item)
                return

    def _show_details(self, item: QTreeWidgetItem | None) -> None:
        """The selected run's problems. A run may list thousands (~0.1 s to write out), so
        while the history is hidden (the window opening, a sync finishing) they wait
        until it is shown."""
        if item is None:
            self._details_due = False
            self.details.clear()
            return
        self.chart.select_run(self._runs[self.runs.indexOfTopLevelItem(item)].id)
        self._details_due = True
        if self.isVisible():
            self._write_details()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._details_due:
            self._write_details()

    def _write_details(self) -> None:
        self._details_due = False
        item = self.runs.currentItem()
        if item is None:
            return
        run = self._runs[self.runs.indexOfTopLevelItem(item)]
        lines: list[str] = []
        if run.error:
            lines.append(core_text(run.error_message or run.error))
        # What the platform part said beyond its counts (a repair, a short listing):
        # not problems, so "No problems." may still follow.
        notes = [core_text(note) for note in platform_notes(run.platform or {})]
        lines += notes
        if run.pending_removals:
            lines.append(self.tr("%Ln removals wait for confirmation.", "",
                                 len(run.pending_removals)))
        # The platform's refusals are kept with the run's problems; said apart from
        # the directory's, under their own heading.
        refused = [p for p in run.problems if p.get("action") == PLATFORM_REFUSED]
        directory = [p for p in run.problems if p.get("action") != PLATFORM_REFUSED]
        if directory:
            lines.append(self.tr("%Ln employees need attention in the directory:", "",
                                 len(directory)))
            lines += _problem_lines(directory)
        if refused:
            lines.append(self.tr("%Ln not provisioned on the platform:", "", len(refused)))
            lines += _problem_lines(refused)
        if run.skipped and not run.problems:  # erased (data minimisation): not "No problems."
            lines.append(self.tr("%Ln employees were skipped; who and why is no longer "
                                 "kept (only the newest run keeps it, and no run after a "
                                 "disconnect).", "", run.skipped))
        if len(lines) == len(notes):
            lines.append(self.tr("No problems."))
        self.details.setPlainText("\n".join(lines))


def _problem_lines(problems: list[dict[str, str]]) -> list[str]:
    render = core_text_renderer()
    actions: dict[object, str] = {}  # a few kinds for thousands of problems
    lines = []
    for p in problems:
        kind = p.get("action", "")
        action = actions.get(kind)
        if action is None:
            action = actions[kind] = texts.action_text(p)
        lines.append(f"  • {p.get('who', '')}: {texts.problem_reason(p, render)} ({action})")
    return lines

