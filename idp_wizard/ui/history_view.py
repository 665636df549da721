"""History: sync runs (newest first) with their problems, and the admin actions."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.core.messages import Message
from idp_wizard.core.runs import RunRecord, list_runs
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.ui import panel_texts as texts
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.panel_texts import number

AUDIT_SHOWN = 200  # the CLI's `history --json` has all of them


class HistoryView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_view")
        self._runs: list[RunRecord] = []

        self.runs = QTreeWidget()
        self.runs.setObjectName("history_runs")
        self.runs.setAccessibleName(self.tr("Sync runs"))
        self.runs.setRootIsDecorated(False)
        self.runs.setUniformRowHeights(True)
        self.runs.setHeaderLabels([
            self.tr("Started"), self.tr("Trigger"), self.tr("Mode"), self.tr("Outcome"),
            self.tr("Added"), self.tr("Updated"), self.tr("Removed"), self.tr("Skipped")])
        header = self.runs.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.runs.currentItemChanged.connect(self._show_details)

        self.details = QPlainTextEdit()
        self.details.setObjectName("history_details")
        self.details.setAccessibleName(self.tr("Details of the selected run"))
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select a run to see its problems."))

        self.audit = QTreeWidget()
        self.audit.setObjectName("history_audit")
        self.audit.setAccessibleName(self.tr("Admin actions"))
        self.audit.setRootIsDecorated(False)
        self.audit.setUniformRowHeights(True)
        self.audit.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Action"),
                                    self.tr("Details")])
        self.audit.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        splitter = QSplitter(Qt.Orientation.Vertical)
        for title, widget in ((self.tr("Sync runs (newest first)"), self.runs),
                              (self.tr("Problems and errors of the selected run"),
                               self.details),
                              (self.tr("Admin actions (newest first)"), self.audit)):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel(title)
            label.setBuddy(widget)
            box_layout.addWidget(label)
            box_layout.addWidget(widget)
            splitter.addWidget(box)
        splitter.setSizes([200, 180, 180])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def reload(self, store: Store, client_id: int = DEFAULT_CLIENT_ID) -> None:
        self._runs = list_runs(store, client_id=client_id)
        self.runs.clear()
        for run in self._runs:
            values = [texts.local_datetime(run.started_at) if run.started_at else "",
                      texts.trigger_text(run.trigger), texts.mode_text(run.mode),
                      texts.outcome_text(str(run.status))]
            values += [number(v) for v in (run.added, run.updated, run.removed,
                                                 run.skipped)]
            item = QTreeWidgetItem(values)
            for col in range(4, 8):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight)
            if run.error:
                item.setToolTip(3, core_text(run.error_message or run.error))
            self.runs.addTopLevelItem(item)
        self.audit.clear()
        for entry in reversed(store.audit_log(client_id)[-AUDIT_SHOWN:]):
            self.audit.addTopLevelItem(QTreeWidgetItem([
                texts.local_datetime(entry["at"]) if entry["at"] else "",
                entry["actor"] or "", texts.audit_text(entry["action"] or ""),
                core_text(Message.from_json(entry["message"])) if entry["message"] else
                texts.audit_detail_text(entry["action"] or "", entry["detail"] or "")]))
        self.details.clear()
        first = self.runs.topLevelItem(0)
        if first is not None:
            self.runs.setCurrentItem(first)

    def _show_details(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            self.details.clear()
            return
        run = self._runs[self.runs.indexOfTopLevelItem(item)]
        lines: list[str] = []
        if run.error:
            lines.append(core_text(run.error_message or run.error))
        if run.pending_removals:
            lines.append(self.tr("%Ln removals wait for confirmation.", "",
                                 len(run.pending_removals)))
        if run.problems:
            lines.append(self.tr("%Ln employees need attention in the directory:", "",
                                 len(run.problems)))
            lines += [f"  • {p.get('who', '')}: {_reason(p)} ({texts.action_text(p)})"
                      for p in run.problems]
        if not lines:
            lines.append(self.tr("No problems."))
        self.details.setPlainText("\n".join(lines))


def _reason(problem: Mapping[str, object]) -> str:
    """The problem's reason in the interface language (English where none was kept)."""
    return core_text(Message.from_json(problem.get("message")) or str(problem.get("reason", "")))
