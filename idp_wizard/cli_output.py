"""Human-readable output of the command line (tables, plans, histories)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from idp_wizard.cli_language import text
from idp_wizard.core.export import write_csv
from idp_wizard.core.filter_spec import ATTRIBUTES, FilterSpec
from idp_wizard.core.filter_summary import summarize
from idp_wizard.core.hints import current, suggest
from idp_wizard.core.messages import Message
from idp_wizard.core.options import Option
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.runs import RunRecord
from idp_wizard.core.users import SyncedUser

if TYPE_CHECKING:
    from idp_wizard.core.client_overview import ClientSummary
    from idp_wizard.sync_all import ClientSyncResult

_STATES = {"connected": "Connected", "needs_reauthorization": "Needs reauthorization",
           "held": "Held (removals wait for confirmation)", "disconnected": "Not connected",
           "connecting": "Connecting"}


def sync_text(o: SyncOutcome) -> str:
    """From the outcome's counts: a run that pushed has released its per-user lists."""
    if o.status == "held":
        return (f"Sync held: {text(o.message or o.error)}\n"
                f"Confirm with: {suggest('sync --allow-deletions')}")
    c = o.counts
    counts = (c["add"], c["update"], c["remove"])
    if o.status == "dry_run":
        head = "Dry run (nothing was changed): would add {:,}, update {:,}, remove {:,}"
    elif o.status == "incomplete":
        head = "Directory part saved: added {:,}, updated {:,}, removed {:,}"
    else:
        head = "Synced: added {:,}, updated {:,}, removed {:,}"
    lines = [head.format(*counts)
             + f"; {o.synced_users:,} of {c['directory_users']:,} employees shared."]
    lines += platform_lines(o)
    if o.status == "dry_run" and o.plan is not None:
        if o.would_hold:
            lines.append(f"The real sync would be held: {text(o.message or o.would_hold)}")
        lines += plan_details(o.plan)
    problems: list[dict[str, str]] = c["problems"]  # type: ignore[assignment]
    if problems:
        lines.append(f"{len(problems)} employee(s) need attention in the directory:")
        lines += [f"  - {p['who']}: {_reason(p)} ({p['action']})" for p in problems[:50]]
        if len(problems) > 50:
            lines.append(f"  ... and {len(problems) - 50} more "
                         f"({suggest('history --json')})")
    return "\n".join(lines)


def platform_lines(o: SyncOutcome) -> list[str]:
    """The platform part of a run, never mixed with its directory part."""
    p = o.platform
    if p is None:
        return []
    if p.status == "no_target":
        return ["No platform target is set: the shared employees are kept in this app "
                f"only ({suggest('target set --scim-url URL --token-file FILE')})."]
    if p.status == "not_attempted":
        return []
    lines = [f"Platform: created {p.created:,}, adopted {p.adopted:,}, updated "
             f"{p.updated:,}, removed {p.deleted + p.deactivated:,}, failed {p.failed:,}."]
    if p.missing or p.drifted:
        lines.append(f"Platform repaired: {p.missing:,} re-created, {p.drifted:,} restored.")
    if p.unmanaged:
        lines.append(f"The platform has {p.unmanaged:,} other users; they are not ours and "
                     "were not touched.")
    for problem in p.problems[:20]:
        lines.append(f"  - {problem['who']}: {problem['reason']} (retried next sync)")
    if p.incomplete:
        lines.append(platform_halt_text(o))
    return lines


def platform_halt_text(o: SyncOutcome) -> str:
    p = o.platform
    assert p is not None
    return (f"The platform part stopped: {p.error.rstrip('.')}. The directory changes were "
            f"saved; {p.pending:,} platform changes wait and are sent by the next sync.")


def plan_details(plan: SyncPlan, limit: int = 20) -> list[str]:
    lines = []
    for label, rows in (("add", plan.adds), ("remove", plan.removals)):
        for row in rows[:limit]:
            lines.append(f"  {'+' if label == 'add' else '-'} {row.label}")
        if len(rows) > limit:
            lines.append(f"  ... and {len(rows) - limit:,} more to {label}")
    for row, changed in plan.updates[:limit]:
        lines.append(f"  ~ {row.label}: {', '.join(changed)}")
    return lines


def held_filter_text(o: SyncOutcome, file: str) -> str:
    """A filter change the deletion guard held: the live filter stays; say what
    confirming it would remove."""
    plan = o.plan
    assert plan is not None
    lines = [f"Filter change held: {text(o.message or o.error)}",
             "The current filter stays in force. "
             f"{suggest('filters set', file)} --allow-deletions would remove:"]
    for row in plan.removals[:20]:
        lines.append(f"  - {row.label}")
    if len(plan.removals) > 20:
        lines.append(f"  ... and {len(plan.removals) - 20:,} more")
    return "\n".join(lines)


def plan_text(plan: SyncPlan) -> str:
    head = (f"+{len(plan.adds):,} employees will be added, {len(plan.removals):,} will be "
            f"removed, {len(plan.updates):,} updated; {plan.shared:,} of "
            f"{plan.directory_users:,} employees will be shared.")
    return "\n".join([head, *plan_details(plan)])


def status_text(d: dict[str, Any]) -> str:
    if d["provider"] is None:
        return "No identity provider is connected." + (" (demo profile)" if d["demo"] else "")
    title = "Microsoft Entra ID" if d["provider"] == "entra" else "Google Workspace"
    lines = [f"Provider:      {title} - {d['tenant']}",
             f"State:         {_STATES.get(d['state'], d['state'])}",
             f"Synced users:  {d['synced_users']:,} of {d['directory_users']:,} in the directory"]
    if d["state_reason"]:
        lines.append(f"Why:           {d['state_reason']}")
    last = d["last_sync"]
    if last:
        lines.append(f"Last sync:     {last['finished_at']} {last['status']} (+{last['added']} "
                     f"~{last['updated']} -{last['removed']})")
    return "\n".join(lines)


PlatformStatuses = dict[str, tuple[str | None, str, str]]  # id → (platform id, status, why)


def write_users(users: Iterable[SyncedUser], fmt: str, stream: TextIO,
                ascii_json: bool = False, platform: PlatformStatuses | None = None) -> int:
    """`users --format table|json|csv`, streamed; returns how many were written."""
    if fmt == "csv":
        return write_csv(users, stream)
    if fmt == "table":
        return write_table(users, stream, platform)
    n = 0
    stream.write("[")
    for u in users:
        item = u.to_json()
        pid, status, why = (platform or {}).get(u.id, (None, None, ""))
        item |= {"platform_id": pid, "platform_status": status, "platform_detail": why}
        stream.write((", " if n else "") + json.dumps(item, ensure_ascii=ascii_json))
        n += 1
    stream.write("]\n")
    return n


def write_table(users: Iterable[SyncedUser], stream: TextIO,
                platform: PlatformStatuses | None = None) -> int:
    stream.write(f"{'NAME':30} {'E-MAIL':36} {'DEPARTMENT':18} {'LANG':6} {'STATUS':9}"
                 " PLATFORM\n")
    n = 0
    for u in users:
        n += 1
        on = (platform or {}).get(u.id)
        shown = "-" if on is None else on[1] + (f": {_cut(on[2], 60)}" if on[2] else "")
        stream.write(f"{_cut(u.display_name, 30):30} {_cut(u.email, 36):36} "
                     f"{_cut(u.department, 18):18} {u.language:6} "
                     f"{'active' if u.enabled else 'disabled':9} {shown}\n")
    stream.write(f"{n:,} user(s)\n")
    return n


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def filter_text(spec: FilterSpec) -> str:
    lines = [text(summarize(spec)) + "."]
    for part, criteria in (("Include", spec.include), ("Exclude", spec.exclude)):
        for attr in ATTRIBUTES:
            if criteria.get(attr):
                lines.append(f"  {part} {attr}: {', '.join(criteria[attr])}")
    return "\n".join(lines)


def options_text(options: dict[str, list[Option]]) -> str:
    lines = []
    for attr, values in options.items():
        if not values:
            continue
        lines.append(f"{attr} ({len(values)}):")
        for o in values[:25]:
            shown = o.label if o.label == o.value else f"{o.label} [{o.value}]"
            lines.append(f"  {o.count:>7,}  {shown}")
        if len(values) > 25:
            lines.append(f"  ... {len(values) - 25} more (use --json for all)")
    return "\n".join(lines)


def history_text(runs: list[RunRecord], audit: list[dict[str, Any]]) -> str:
    lines = ["Sync runs (newest first):"]
    for r in runs:
        counts = (f"pending +{r.pending_added} ~{r.pending_updated} -{r.pending_removed}"
                  if r.status == "held" else f"+{r.added} ~{r.updated} -{r.removed}")
        lines.append(f"  #{r.id} {r.started_at} {r.trigger:8} {r.mode:5} {r.status:11} "
                     f"{counts} skipped {r.skipped}" + (f" - {r.error}" if r.error else ""))
        p = r.platform
        if p and p["status"] not in ("no_target", "not_attempted"):
            lines.append(f"      platform {p['status']}: +{p['created']} ~{p['updated']} "
                         f"-{p['deleted']}, {p['failed']} failed, {p['pending']} pending")
    lines.append("Admin actions:")
    lines += [f"  {a['at']} {a['actor']}: {a['action']} "
              f"{text(Message.from_json(a.get('message')) or a['detail'])}" for a in audit]
    return "\n".join(lines)


def clients_text(summaries: list[ClientSummary]) -> str:
    """`clients list`: one line per client, a mark where the admin is needed."""
    lines = [f"{'CLIENT':28} {'PROVIDER':18} {'STATE':24} {'USERS':>8}  LAST SYNC"]
    for s in summaries:
        provider = {"entra": "Microsoft Entra ID", "google": "Google Workspace"}.get(
            s.provider or "", "-")
        state = _STATES.get(s.state, s.state)
        mark = "! " if s.warning else ""
        last = f"{s.last_sync_at} {s.last_status}" if s.last_sync_at else "-"
        lines.append(f"{_cut(mark + s.name, 28):28} {provider:18} {_cut(state, 24):24} "
                     f"{s.synced_users:>8,}  {last}")
    warned = sum(1 for s in summaries if s.warning)
    lines.append(f"{len(summaries):,} client(s)" + (
        f"; {warned:,} marked ! need attention (held, failed or needs reauthorization)"
        if warned else ""))
    return "\n".join(lines)


def sync_all_text(results: list[ClientSyncResult]) -> str:
    """`sync --all-clients`: each client's outcome under its name, from its counts (the
    per-user lists are freed after each client)."""
    blocks = []
    for r in results:
        d = r.to_json()
        hint = dataclasses.replace(current(), client=r.client.name)
        if r.status == "failed":
            lines = [f"Sync failed: {d['error']}"]
        elif r.status == "held":
            lines = [f"Sync held: {d['error']}",
                     f"Confirm with: {hint.command('sync --allow-deletions')}"]
        else:
            verb = ("Dry run (nothing was changed): would add {:,}, update {:,}, remove {:,}"
                    if r.status == "dry_run" else "Synced: added {:,}, updated {:,}, removed {:,}")
            lines = [verb.format(d["added"], d["updated"], d["removed"])
                     + f"; {d['synced_users']:,} of {d['directory_users']:,} employees shared."]
            if d.get("hold_reason"):
                lines.append(f"The real sync would be held: {d['hold_reason']}")
        if d["problems"]:
            lines.append(f"{len(d['problems']):,} employee(s) need attention in the directory "
                         f"({hint.command('history --json')})")
        blocks.append(f"{r.client.name}:\n" + "\n".join(f"  {line}" for line in lines))
    return "\n".join(blocks)


def _reason(problem: dict[str, str]) -> str:
    """A run problem's reason in the command's language (English where none was kept)."""
    return text(Message.from_json(problem.get("message")) or problem.get("reason", ""))
