"""Human-readable output of the command line (status, users, filters, histories,
clients); a sync's outcome and plan are put into words in cli_sync_output.py.

Everything the admin reads is in the command's language: sentences, values put into
words (states, reasons, a run's outcome, counts in a sentence), the labels of the
aligned `status` blocks ("State:", "Why:"), column headers and the words of tables and
history lines. Columns are as wide as their widest entry in that language. What stays
as it is: the compact counts ("+3 ~1 -0"), the directory's own values, and everything
of `--json` and `--format csv` (machine-readable, the same in every language).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TextIO

from idp_wizard import cli_language
from idp_wizard.cli_console import labelled, run_status_word
from idp_wizard.cli_language import text, word
from idp_wizard.core.export import write_csv
from idp_wizard.core.filter_spec import ATTRIBUTES, FilterSpec
from idp_wizard.core.filter_summary import summarize
from idp_wizard.core.messages import Message, msg, msg_count
from idp_wizard.core.options import Option
from idp_wizard.core.platform_notes import platform_notes
from idp_wizard.core.runs import RunRecord
from idp_wizard.core.users import SyncedUser

if TYPE_CHECKING:
    from idp_wizard.core.client_overview import ClientSummary

_STATES = {"connected": msg("Connected"), "needs_reauthorization": msg("Needs reauthorization"),
           "held": msg("Held (removals wait for confirmation)"),
           "disconnected": msg("Not connected"), "connecting": msg("Connecting")}


def status_text(d: dict[str, Any]) -> str:
    """One client's status block: the labels stay English (see the module's docstring)."""
    if d["provider"] is None:
        return text(msg("No identity provider is connected.")) + (
            " " + text(msg("(demo profile)")) if d["demo"] else "")
    title = "Microsoft Entra ID" if d["provider"] == "entra" else "Google Workspace"
    state = _STATES.get(d["state"])
    lines = [labelled("Provider:", f"{title} - {d['tenant']}"),
             labelled("State:", text(state) if state else d["state"]),
             labelled("Synced users:", text(msg("{synced} of {directory} in the directory",
                                                 synced=d["synced_users"],
                                                 directory=d["directory_users"])))]
    if d["state_reason"]:
        reason = Message.from_json(d.get("state_message")) or d["state_reason"]
        lines.append(labelled("Why:", text(reason)))
    last = d["last_sync"]
    if last:
        lines.append(labelled("Last sync:", f"{last['finished_at']} "
                              f"{run_status_word(last['status'])} "
                              f"(+{last['added']} ~{last['updated']} -{last['removed']})"))
    return "\n".join(lines)


# id → (platform id, status, why: English, or the message in the table)
PlatformStatuses = dict[str, tuple[str | None, str, str | Message]]


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
        item |= {"platform_id": pid, "platform_status": status, "platform_detail": str(why)}
        stream.write((", " if n else "") + json.dumps(item, ensure_ascii=ascii_json))
        n += 1
    stream.write("]\n")
    return n


_USER_STATES = {True: msg("active"), False: msg("disabled")}
_PLATFORM_STATUSES = {"provisioned": msg("provisioned"), "pending": msg("pending"),
                      "failed": msg("failed")}


def write_table(users: Iterable[SyncedUser], stream: TextIO,
                platform: PlatformStatuses | None = None) -> int:
    """Streamed: each column as wide as its English layout, or as its header or its
    words where they are longer in this language."""
    heads = [text(m) for m in (msg("NAME"), msg("E-MAIL"), msg("DEPARTMENT"), msg("LANG"),
                               msg("STATUS"), msg("PLATFORM"))]
    states = [word(_USER_STATES, v) for v in (True, False)]
    w = [max(least, len(head)) for least, head in zip((30, 36, 18, 6), heads, strict=False)]
    w.append(max(9, len(heads[4]), *(len(s) + 1 for s in states)))
    stream.write(" ".join(f"{head:{width}}" for head, width in zip(heads, w, strict=False))
                 + f" {heads[5]}\n")
    n = 0
    for u in users:
        n += 1
        on = (platform or {}).get(u.id)
        shown = "-" if on is None else word(_PLATFORM_STATUSES, on[1]) + (
            f": {_cut(text(on[2]), 60)}" if on[2] else "")
        stream.write(f"{_cut(u.display_name, w[0]):{w[0]}} {_cut(u.email, w[1]):{w[1]}} "
                     f"{_cut(u.department, w[2]):{w[2]}} {u.language:{w[3]}} "
                     f"{states[0] if u.enabled else states[1]:{w[4]}} {shown}\n")
    stream.write(text(msg_count(n, "{count} user", "{count} users", count=n)) + "\n")
    return n


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


# The filter's attributes in words (the filter file's keys stay as they are).
ATTRIBUTE_WORDS = {"groups": msg("groups"), "departments": msg("departments"),
                   "locations": msg("locations"), "countries": msg("countries"),
                   "companies": msg("companies"), "job_titles": msg("job titles"),
                   "org_units": msg("org units"), "domains": msg("domains"),
                   "emails": msg("e-mail addresses")}


def filter_text(spec: FilterSpec) -> str:
    lines = [text(summarize(spec)) + "."]
    for include, criteria in ((True, spec.include), (False, spec.exclude)):
        for attr in ATTRIBUTES:
            if criteria.get(attr):
                what = word(ATTRIBUTE_WORDS, attr)
                lines.append("  " + text(
                    msg("Include {attribute}: {values}", attribute=what,
                        values=list(criteria[attr])) if include else
                    msg("Exclude {attribute}: {values}", attribute=what,
                        values=list(criteria[attr]))))
    return "\n".join(lines)


def options_text(options: dict[str, list[Option]]) -> str:
    lines = []
    for attr, values in options.items():
        if not values:
            continue
        lines.append(text(msg("{attribute} ({count}):", attribute=word(ATTRIBUTE_WORDS, attr),
                              count=len(values))))
        for o in values[:25]:
            shown = o.label if o.label == o.value else f"{o.label} [{o.value}]"
            lines.append(f"  {cli_language.number(o.count):>7}  {shown}")
        if len(values) > 25:
            lines.append("  " + text(msg("... {count} more (use --json for all)",
                                         count=len(values) - 25)))
    return "\n".join(lines)


_TRIGGERS = {"cli": msg("command line"), "gui": msg("app"), "schedule": msg("scheduled"),
             "connect": msg("connect"), "filter": msg("filter")}
_MODES = {"full": msg("full"), "delta": msg("delta")}
_PLATFORM_RUNS = {"delivered": msg("delivered"), "some_failed": msg("some failed"),
                  "halted": msg("halted"), "paused": msg("paused")}


def history_text(runs: list[RunRecord], audit: list[dict[str, Any]]) -> str:
    lines = [text(msg("Sync runs (newest first):"))]
    words = [(word(_TRIGGERS, r.trigger), word(_MODES, r.mode), run_status_word(r.status))
             for r in runs]
    widths = [max([least, *(len(w[i]) for w in words)]) for i, least in enumerate((8, 5, 11))]
    for r, (trigger, mode, status) in zip(runs, words, strict=True):
        counts = (text(msg("pending {counts}", counts=f"+{r.pending_added} "
                           f"~{r.pending_updated} -{r.pending_removed}"))
                  if r.status == "held" else f"+{r.added} ~{r.updated} -{r.removed}")
        error = text(r.error_message or r.error)
        lines.append(f"  #{r.id} {r.started_at} {trigger:{widths[0]}} {mode:{widths[1]}} "
                     f"{status:{widths[2]}} {counts} "
                     + text(msg("skipped {count}", count=r.skipped))
                     + (f" - {error}" if error else ""))
        p = r.platform
        if p and p["status"] not in ("no_target", "not_attempted"):
            lines.append("      " + text(msg(
                "platform {status}: +{created} ~{updated} -{deleted}, {failed} failed, "
                "{pending} pending", status=word(_PLATFORM_RUNS, p["status"]),
                created=str(p["created"]),
                updated=str(p["updated"]), deleted=str(p["deleted"]), failed=str(p["failed"]),
                pending=str(p["pending"]))))
            lines += ["      " + text(note) for note in platform_notes(p)]
    lines.append(text(msg("Admin actions:")))
    lines += [f"  {a['at']} {a['actor']}: {a['action']} "
              f"{text(Message.from_json(a.get('message')) or a['detail'])}" for a in audit]
    return "\n".join(lines)


def clients_text(summaries: list[ClientSummary]) -> str:
    """`clients list`: one line per client, a mark where the admin is needed."""
    heads = [text(m) for m in (msg("CLIENT"), msg("PROVIDER"), msg("STATE"), msg("USERS"),
                               msg("LAST SYNC"))]
    w = [max(least, len(head)) for least, head in zip((28, 18, 24, 8), heads, strict=False)]
    lines = [f"{heads[0]:{w[0]}} {heads[1]:{w[1]}} {heads[2]:{w[2]}} {heads[3]:>{w[3]}}  "
             f"{heads[4]}"]
    for s in summaries:
        provider = {"entra": "Microsoft Entra ID", "google": "Google Workspace"}.get(
            s.provider or "", "-")
        found = _STATES.get(s.state)
        state = text(found) if found else s.state
        mark = "! " if s.warning else ""
        last = f"{s.last_sync_at} {run_status_word(s.last_status)}" if s.last_sync_at else "-"
        lines.append(f"{_cut(mark + s.name, w[0]):{w[0]}} {provider:{w[1]}} "
                     f"{_cut(state, w[2]):{w[2]}} "
                     f"{cli_language.number(s.synced_users):>{w[3]}}  {last}")
        if s.attention_reason:  # as the overview's tooltip: why the admin is needed
            lines.append(f"    {text(s.attention_reason)}")
    warned = sum(1 for s in summaries if s.warning)
    attention = msg_count(warned, "{warned} marked ! needs attention (held, failed or needs "
                          "reauthorization)", "{warned} marked ! need attention (held, "
                          "failed or needs reauthorization)", warned=warned)
    lines.append(text(msg_count(len(summaries), "{count} client; {attention}",
                                "{count} clients; {attention}", count=len(summaries),
                                attention=attention) if warned
                      else msg_count(len(summaries), "{count} client", "{count} clients",
                                     count=len(summaries))))
    return "\n".join(lines)
