"""A sync's outcome in the command's language: its counts, its platform part, a held
run or filter change, a dry run's plan, and `sync --all-clients` client by client.

The language rules of cli_output.py hold here too: sentences and words in the command's
language, the compact counts ("+3 ~1 -0") and the directory's own values as they are.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from idp_wizard.cli_language import text, word
from idp_wizard.core.hints import current, suggest
from idp_wizard.core.messages import Message, msg, msg_count
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.platform_notes import platform_notes

if TYPE_CHECKING:
    from idp_wizard.sync_all import ClientSyncResult

_ACTIONS = {"skipped": msg("skipped"), "kept": msg("kept"), "warning": msg("warning"),
            "not provisioned": msg("not provisioned")}


def counts_line(status: str, added: int, updated: int, removed: int, shared: int,
                directory: int) -> str:
    """A run's directory part in one sentence."""
    values = {"added": added, "updated": updated, "removed": removed, "shared": shared,
              "directory": directory}
    if status == "dry_run":
        return text(msg("Dry run (nothing was changed): would add {added}, update {updated}, "
                        "remove {removed}; {shared} of {directory} employees shared.",
                        **values))
    if status == "incomplete":
        return text(msg("Directory part saved: added {added}, updated {updated}, removed "
                        "{removed}; {shared} of {directory} employees shared.", **values))
    return text(msg("Synced: added {added}, updated {updated}, removed {removed}; {shared} "
                    "of {directory} employees shared.", **values))


def held_lines(reason: str | Message, command: str) -> list[str]:
    return [text(msg("Sync held: {reason}", reason=reason)),
            text(msg("Confirm with: {command}", command=command))]


def sync_text(o: SyncOutcome) -> str:
    """From the outcome's counts: a run that pushed has released its per-user lists."""
    if o.status == "held":
        return "\n".join(held_lines(o.message or o.error, suggest("sync --allow-deletions")))
    c = o.counts
    lines = [counts_line(o.status, c["add"], c["update"], c["remove"],  # type: ignore[arg-type]
                         o.synced_users, c["directory_users"])]  # type: ignore[arg-type]
    lines += platform_lines(o)
    if o.status == "dry_run" and o.plan is not None:
        if o.would_hold:
            lines.append(text(msg("The real sync would be held: {reason}",
                                  reason=o.message or o.would_hold)))
        lines += plan_details(o.plan)
    problems: list[dict[str, str]] = c["problems"]  # type: ignore[assignment]
    if problems:
        lines.append(text(msg_count(len(problems),
                                    "{count} employee needs attention in the directory:",
                                    "{count} employees need attention in the directory:",
                                    count=len(problems))))
        lines += [f"  - {p['who']}: {_reason(p)} ({_action(p)})" for p in problems[:50]]
        if len(problems) > 50:
            lines.append("  " + text(msg("... and {count} more ({command})",
                                         count=len(problems) - 50,
                                         command=suggest("history --json"))))
    return "\n".join(lines)


def platform_lines(o: SyncOutcome) -> list[str]:
    """The platform part of a run, never mixed with its directory part."""
    p = o.platform
    if p is None:
        return []
    if p.status == "no_target":
        return [text(msg("No platform target is set: the shared employees are kept in this "
                         "app only ({command}).",
                         command=suggest("target set --scim-url URL --token-file FILE")))]
    if p.status == "not_attempted":
        return []
    lines = [text(msg("Platform: created {created}, adopted {adopted}, updated {updated}, "
                      "removed {removed}, failed {failed}.", created=p.created,
                      adopted=p.adopted, updated=p.updated, removed=p.deleted + p.deactivated,
                      failed=p.failed))]
    lines += [text(note) for note in platform_notes(p.details())]
    if p.unmanaged:
        lines.append(text(msg("The platform has {count} other users; they are not ours and "
                              "were not touched.", count=p.unmanaged)))
    for problem in p.problems[:20]:
        lines.append(f"  - {problem['who']}: " + text(msg(
            "{reason} (retried next sync)", reason=_reason(problem))))
    if p.incomplete:
        lines.append(platform_halt_text(o))
    return lines


def platform_halt_text(o: SyncOutcome) -> str:
    p = o.platform
    assert p is not None
    if o.stopped_for_removal:  # nothing waits: the client's data goes
        return text(p.error)
    return text(msg("The platform part stopped: {error} The directory changes were saved; "
                    "{pending} platform changes wait and are sent by the next sync.",
                    error=p.error, pending=p.pending))


def plan_details(plan: SyncPlan, limit: int = 20) -> list[str]:
    lines = []
    for label, rows in (("add", plan.adds), ("remove", plan.removals)):
        for row in rows[:limit]:
            lines.append(f"  {'+' if label == 'add' else '-'} {row.label}")
        if len(rows) > limit:
            more = len(rows) - limit
            lines.append("  " + text(msg("... and {count} more to add", count=more)
                                     if label == "add" else
                                     msg("... and {count} more to remove", count=more)))
    for row, changed in plan.updates[:limit]:
        lines.append(f"  ~ {row.label}: {', '.join(word(_FIELDS, f) for f in changed)}")
    return lines


# The user fields a planned update changes, in words; English keeps the column names
# (as `users --format json` and the CSV export call them).
_FIELDS = {f.template: f for f in (
    msg("id"), msg("email"), msg("display_name"), msg("given_name"), msg("surname"),
    msg("department"), msg("job_title"), msg("location"), msg("country"), msg("company"),
    msg("org_unit"), msg("manager_id"), msg("language"), msg("language_raw"),
    msg("enabled"), msg("guest"))}


def held_filter_text(o: SyncOutcome, file: str, *, allow_unmatched: bool = False) -> str:
    """A filter change the deletion guard held: the live filter stays; say what
    confirming it would remove (with the command that confirms it: the same file and
    options, so a value kept with --allow-unmatched is not refused then)."""
    plan = o.plan
    assert plan is not None
    options = ["--allow-deletions", *(["--allow-unmatched"] if allow_unmatched else [])]
    lines = [text(msg("Filter change held: {reason}", reason=o.message or o.error)),
             text(msg("The current filter stays in force. {command} would remove:",
                      command=" ".join([suggest("filters set", file), *options])))]
    for row in plan.removals[:20]:
        lines.append(f"  - {row.label}")
    if len(plan.removals) > 20:
        lines.append("  " + text(msg("... and {count} more", count=len(plan.removals) - 20)))
    return "\n".join(lines)


def plan_text(plan: SyncPlan) -> str:
    added = len(plan.adds)
    adding = msg_count(added, "+{added} employee will be added",
                       "+{added} employees will be added", added=added)
    head = text(msg("{adding}, {removed} will be removed, {updated} updated; {shared} of "
                    "{directory} employees will be shared.", adding=adding,
                    removed=len(plan.removals), updated=len(plan.updates),
                    shared=plan.shared, directory=plan.directory_users))
    return "\n".join([head, *plan_details(plan)])

def sync_all_text(results: list[ClientSyncResult]) -> str:
    """`sync --all-clients`: each client's outcome under its name, from its counts (the
    per-user lists are freed after each client)."""
    blocks = []
    for r in results:
        d, said = r.to_json(), r.outcome.message or r.outcome.error
        hint = dataclasses.replace(current(), client=r.client.name)
        if r.status == "failed":
            lines = [text(msg("Sync failed: {error}", error=said))]
        elif r.status == "skipped":  # a scheduled run while the client's sync ran
            lines = [text(said)]
        elif r.status == "held":
            lines = held_lines(said, hint.command("sync --allow-deletions"))
        else:
            lines = [counts_line("dry_run" if r.status == "dry_run" else "succeeded",
                                 d["added"], d["updated"], d["removed"], d["synced_users"],
                                 d["directory_users"])]
            if d.get("hold_reason"):
                lines.append(text(msg("The real sync would be held: {reason}",
                                      reason=r.outcome.message or d["hold_reason"])))
        if r.filter_change == "waiting":  # else unseen until a run applies it
            lines.append(text(msg("A filter change waits for confirmation ({command} says "
                                  "what it would remove).", command=hint.command("status"))))
        if d["problems"]:
            lines.append(text(msg_count(
                len(d["problems"]), "{count} employee needs attention in the directory "
                "({command})", "{count} employees need attention in the directory ({command})",
                count=len(d["problems"]), command=hint.command("history --json"))))
        blocks.append(f"{r.client.name}:\n" + "\n".join(f"  {line}" for line in lines))
    return "\n".join(blocks)


def _reason(problem: dict[str, Any]) -> str:
    """A run problem's reason in the command's language (English where none was kept)."""
    return text(Message.from_json(problem.get("message")) or problem.get("reason", ""))


def _action(problem: dict[str, Any]) -> str:
    action = str(problem.get("action", ""))
    found = _ACTIONS.get(action)
    return text(found) if found else action
