"""A filter change the deletion guard held, as the command line says it.

The change waits beside the live filter until it is confirmed; `sync --allow-deletions`
confirms it (core/sync.py) as `filters set FILE --allow-deletions` does. Once any other
sync has run the connection no longer shows *Held*, so without these lines the change
was invisible on the command line, and a later `sync --allow-deletions`, given to
confirm other removals, applied it (a mistyped filter kept with --allow-unmatched
removed everyone) without a word about it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from idp_wizard.cli_language import text
from idp_wizard.core.filter_summary import summarize
from idp_wizard.core.hints import suggest
from idp_wizard.core.messages import msg, msg_count
from idp_wizard.core.users import count_users

if TYPE_CHECKING:
    from idp_wizard.app import App
    from idp_wizard.core.filter_spec import FilterSpec
    from idp_wizard.core.outcome import SyncOutcome
    from idp_wizard.core.runs import RunRecord

Waiting = tuple["FilterSpec", "RunRecord"]


def waiting_text(waiting: Waiting, synced: int) -> str:
    """The change that waits, what confirming it would remove, and how it is decided."""
    spec, run = waiting
    removes = msg_count(synced, "It would remove {removed} of {synced} synced user.",
                        "It would remove {removed} of {synced} synced users.",
                        removed=run.pending_removed, synced=synced)
    return text(msg(
        "A filter change waits for confirmation: {summary}. {removes} The current filter "
        "stays in force until {confirm} applies the change; to keep the current filter, "
        "give it to filters set again ({show} prints it).",
        summary=summarize(spec), removes=removes, confirm=suggest("sync --allow-deletions"),
        show=suggest("filters show --json")))


def change_state(waiting: Waiting | None, outcome: SyncOutcome,
                 allow_deletions: bool) -> str | None:
    """What a `sync` did with the waiting change: "applied", "would_apply" (a dry run),
    "waiting"; None while none waits. `sync --json` has it as `filter_change`."""
    if waiting is None:
        return None
    if allow_deletions and outcome.status in ("succeeded", "incomplete"):
        return "applied"
    return "would_apply" if allow_deletions and outcome.status == "dry_run" else "waiting"


def sync_note(app: App, waiting: Waiting | None, state: str | None) -> str | None:
    """After a `sync`: whether it applied the waiting change (`state`, from
    `change_state`), or that one still waits."""
    if waiting is None or state is None:
        return None
    if state == "applied":
        return text(msg("This sync applied the filter change that waited for confirmation: "
                        "{summary}.", summary=summarize(waiting[0])))
    if state == "would_apply":
        return text(msg("This sync would apply the filter change that waits for "
                        "confirmation: {summary}.", summary=summarize(waiting[0])))
    return waiting_text(waiting, count_users(app.store, app.client_id))
