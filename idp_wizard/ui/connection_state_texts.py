"""The connection header's sentences about the state: the reauthorization notice of its
reason box and the Last sync line (in the header's translation context, where these
texts have always lived)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from idp_wizard.core.connection import Connection
from idp_wizard.core.runs import RunRecord, failure_reason
from idp_wizard.ui import panel_texts as texts
from idp_wizard.ui.i18n import core_text
from idp_wizard.ui.panel_texts import fmt, number

translate = QCoreApplication.translate


def reauthorization_text(conn: Connection) -> str:
    """Why the connection is paused, and what is kept (the reason box says it)."""
    text = translate("ConnectionHeader",
                     "The connection needs to be authorized again; scheduled syncs "
                     "are paused until then. The synced users are kept.")
    if conn.state_reason:
        text += "\n" + core_text(conn.reason)  # the provider's own words
    return text


def last_sync_text(last: RunRecord | None, boxed: str = "") -> str:
    """The Last sync line: when, how it ended, and what it changed or why not.
    `boxed`: the reason the box above already gives (not repeated here)."""
    if last is None or not last.finished_at:
        return translate("ConnectionHeader", "Never")
    outcome = texts.outcome_text(str(last.status))
    when = texts.local_datetime(last.finished_at)
    if str(last.status) == "succeeded":
        return fmt(translate("ConnectionHeader", "%1 — %2: %3 added, %4 updated, %5 removed"),
                   when, outcome, number(last.added), number(last.updated),
                   number(last.removed))
    if str(last.status) == "incomplete":  # never mistaken for a success or a failure
        waiting = (last.platform or {}).get("pending", 0)
        return fmt(translate("ConnectionHeader",
                             "%1 — %2: the directory changes were saved; the platform did "
                             "not get all of them (%3 wait for the next sync)"),
                   when, outcome, number(waiting))
    failed = str(last.status) == "failed"
    why = core_text(failure_reason(last.error_message or last.error)) if failed else ""
    # The reason box says it already, a line above: the run's error is that reason,
    # or quotes it (a scheduled sync skipped because of it).
    if why and boxed and boxed in why:
        if why != boxed and last.trigger == "schedule":
            return fmt(translate("ConnectionHeader",
                                 "%1 — %2: the scheduled sync was skipped because the "
                                 "connection needs to be authorized again (see above). "
                                 "Nothing was changed."), when, outcome)
        return fmt(translate("ConnectionHeader",
                             "%1 — %2: the connection needs to be authorized again "
                             "(see above). Nothing was changed."), when, outcome)
    if why:  # why, right here: not only in the History tab
        return fmt(translate("ConnectionHeader", "%1 — %2. Nothing was changed: %3"),
                   when, outcome, why)
    return fmt(translate("ConnectionHeader", "%1 — %2"), when, outcome)
