"""The users list's warning marks: who the newest run noted a problem for, and what.

The run's problems are read once per load (core/runs.py `user_remarks`, a few of them out
of 100,000 users); a row asks by its id (a dict look-up per paint), and a mark's words
are made once, when first shown (a tooltip, a screen reader), in the interface language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon

from idp_wizard.ui import panel_texts as texts
from idp_wizard.ui.theme import Tone, status_icon
from idp_wizard.ui.wording import fmt

Problems = Mapping[str, Sequence[Mapping[str, Any]]]


class Remarks:
    def __init__(self, problems: Problems | None = None) -> None:
        self.ids: Problems = problems or {}  # `uid in ids`: marked (a plain dict look-up)
        self._texts: dict[str, str] = {}

    def data(self, role: int, user_id: str, name: str | None) -> QIcon | str | None:
        """A marked user's name cell: a warning icon, the warning as its tooltip, and
        for screen readers the name, then the warning."""
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(Tone.WARN)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self.text(user_id)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{name or ''}. {self.text(user_id)}"
        return None

    def text(self, user_id: str) -> str:
        """"Warning from the last sync: <reason> (<what was done>)", "" for none."""
        found = self._texts.get(user_id)
        if found is None:
            problems = self.ids.get(user_id, ())
            said = "; ".join(f"{texts.problem_reason(p)} ({texts.action_text(p)})"
                             for p in problems)
            found = fmt(QCoreApplication.translate(
                "UsersTableModel", "Warning from the last sync: %1"), said) if said else ""
            self._texts[user_id] = found
        return found

