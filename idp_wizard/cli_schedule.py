"""`idp-wizard schedule install|remove|status`: headless syncs by the OS's scheduler.

The OS runs `<this executable> --data-dir DIR [--demo] sync --all-clients --scheduled`
(one task for every client of the profile); see idp_wizard/scheduling for the per-OS
definitions.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from idp_wizard.cli_arguments import GivenOnce, whole_number
from idp_wizard.cli_console import EXIT_OK, label_width, print_json, run_status_word
from idp_wizard.cli_language import help_text as h
from idp_wizard.cli_language import json_help, text
from idp_wizard.core.errors import UsageError
from idp_wizard.core.hints import suggest
from idp_wizard.core.messages import Message, msg
from idp_wizard.scheduling import (
    DEFAULT_INTERVAL,
    MAX_INTERVAL,
    MIN_INTERVAL,
    ScheduleEnv,
    ScheduleStatus,
    SchedulingError,
    scheduler_for,
)
from idp_wizard.scheduling import job_for as _job_for

if TYPE_CHECKING:  # cli.py imports this module to build its parser: keep it light
    from idp_wizard.core.runs import RunRecord
    from idp_wizard.profile import Profile

INTERVAL_SETTING = "sync_interval_minutes"  # the in-app schedule's interval (panel)
# What the scheduler backends see (platform, home, runner, executable); tests replace it.
env_factory: Callable[[], ScheduleEnv] = ScheduleEnv


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    sc = sub.add_parser("schedule", help=h(msg("sync automatically with the OS's scheduler, "
                                               "also while the app is closed")))
    ssub = sc.add_subparsers(dest="schedule_command", metavar="ACTION", required=True,
                             parser_class=parser_class)
    inst = ssub.add_parser("install", help=h(msg("register (or update) the scheduled sync")))
    inst.add_argument("--interval", type=whole_number, metavar="MINUTES", action=GivenOnce,
                      help=h(msg("minutes between syncs ({low}-{high}; default: the shortest "
                                 "interval of the clients, {default} unless changed)",
                                 low=str(MIN_INTERVAL), high=str(MAX_INTERVAL),
                                 default=str(DEFAULT_INTERVAL))))
    inst.add_argument("--replace", action="store_true",
                      help=h(msg("replace the scheduled sync of another data folder where the "
                                 "OS's scheduler holds one per user (systemd, launchd, "
                                 "Windows)")))
    ssub.add_parser("remove", help=h(msg("unregister this data folder's scheduled sync")))
    stat = ssub.add_parser("status", help=h(msg("whether it is installed, its interval, last "
                                                "run")))
    stat.add_argument("--json", action="store_true", help=json_help())


def _run_json(run: RunRecord | None) -> dict[str, Any] | None:
    if run is None:
        return None
    return {"finished_at": run.finished_at, "trigger": run.trigger, "status": str(run.status),
            "added": run.added, "updated": run.updated, "removed": run.removed,
            "error": run.error}


def run_schedule(profile: Profile, args: argparse.Namespace) -> int:
    from idp_wizard.core.client_settings import intervals

    env = env_factory()
    interval = getattr(args, "interval", None)
    if interval is None:  # the OS task serves every client: the shortest interval
        interval = min(intervals(profile.store).values(), default=DEFAULT_INTERVAL)
    elif not MIN_INTERVAL <= interval <= MAX_INTERVAL:
        raise UsageError(msg("--interval must be between {low} and {high} minutes (got "
                             "{interval}).", low=str(MIN_INTERVAL), high=str(MAX_INTERVAL),
                             interval=str(interval)))
    paths = profile.paths
    job = _job_for(env, paths.data_dir, paths.demo, interval, paths.log_dir)
    action = args.schedule_command
    try:
        scheduler = scheduler_for(env)
    except SchedulingError as exc:
        if action != "status":
            raise
        # Nothing to report on is an answer, not a failure: say so, and what to install.
        status = ScheduleStatus(installed=False, scheduler="", note=exc.message or str(exc))
        return _print_status(profile, args, status, job.argv, available=False)
    if action == "install":
        status = scheduler.install(job, replace=args.replace)
        _audit(profile, "schedule.install", msg("{scheduler}, every {minutes} minutes",
                                                scheduler=scheduler.name, minutes=str(interval)))
        print(text(msg("Scheduled a sync of every client every {minutes} minutes with "
                       "{scheduler} ({location}).", minutes=str(interval),
                       scheduler=scheduler.name, location=status.location)))
        if status.note:
            print(text(msg("Note: {note}.", note=status.note)))
        if not any(s.provider for s in profile.summaries()):
            print(text(msg("No identity provider is connected yet: the scheduled syncs have "
                           "nothing to do until one is.")))
        return EXIT_OK
    if action == "remove":
        if scheduler.remove(job):
            _audit(profile, "schedule.remove", scheduler.name)
            print(text(msg("Removed the scheduled sync from {scheduler}.",
                           scheduler=scheduler.name)))
        else:
            other = scheduler.status(job)
            print(text(msg("No scheduled sync was installed ({scheduler}).",
                           scheduler=scheduler.name) if other.other_data_dir is None else
                       msg("No scheduled sync of this data folder was installed "
                           "({scheduler}); {note}.", scheduler=scheduler.name,
                           note=other.note)))
        return EXIT_OK
    return _print_status(profile, args, scheduler.status(job), job.argv, available=True)


def _audit(profile: Profile, action: str, detail: str | Message) -> None:
    """The OS task serves every client: each client's audit log says so."""
    for client in profile.clients():
        profile.store.audit(action, detail, client_id=client.id)


def _client_status(profile: Profile, client_id: int, name: str,
                   rendered: bool = False) -> dict[str, Any]:
    """One client's scheduling facts; `rendered`: run errors in the admin's language (for
    text output; JSON stays English)."""
    from idp_wizard.core.connection import load_connection
    from idp_wizard.core.runs import last_finished_run, list_runs

    store = profile.store
    shown = _run_text if rendered else _run_json
    runs = list_runs(store, limit=200, client_id=client_id)
    scheduled = next((r for r in runs if r.trigger == "schedule" and r.finished_at), None)
    conn = load_connection(store, client_id)
    return {"client": name,
            "connection_state": conn.state.value if conn else "disconnected",
            "state_reason": conn.state_reason if conn else "",
            "last_sync": shown(last_finished_run(store, client_id)),
            "last_scheduled_sync": shown(scheduled)}


def _print_status(profile: Profile, args: argparse.Namespace, status: ScheduleStatus,
                  argv: tuple[str, ...], available: bool) -> int:
    rendered = not args.json  # text: the sentences in the admin's language
    clients = [_client_status(profile, c.id, c.name, rendered) for c in profile.clients()]
    data: dict[str, Any] = {**status.to_json(), "available": available,
                            "command": list(argv), "clients": clients}
    if len(clients) == 1:  # as before clients existed: the one client's state at the top
        data |= {k: v for k, v in clients[0].items() if k != "client"}
    if args.json:
        print_json(data)
    else:
        print(status_text({**data, "note": text(status.note)}))
    return EXIT_OK


def _run_text(run: RunRecord | None) -> dict[str, Any] | None:
    shown = _run_json(run)
    if run is not None and shown is not None:
        shown["error"] = text(run.error_message or run.error)
    return shown


def status_text(d: dict[str, Any]) -> str:
    """The status for a person: sentences in the admin's language; `d["note"]` and the
    runs' errors as given (`_print_status` renders them)."""
    if not d.get("available", True):
        lines = [_labelled("Scheduled sync:", text(msg("not available. {note}",
                                                         note=d["note"])))]
    elif d.get("other_data_dir"):
        lines = [_labelled("Scheduled sync:", text(msg(
                     "not installed for this data folder ({scheduler}).",
                     scheduler=d["scheduler"]))), _labelled("Note:", d["note"])]
    elif not d["installed"]:
        lines = [_labelled("Scheduled sync:", text(msg(
                     "not installed ({scheduler}). Install it with: {command}",
                     scheduler=d["scheduler"], command=suggest("schedule install"))))]
    else:
        lines = [_labelled("Scheduled sync:", text(_installed_line(d)))]
        if d["note"]:
            lines.append(_labelled("Note:", d["note"]))
    several = len(d["clients"]) > 1
    for client in d["clients"]:
        if several:
            lines.append(text(msg("Client {name}:", name=client["client"])))
        lines += _client_lines(client, "  " if several else "")
    return "\n".join(lines)


def _installed_line(d: dict[str, Any]) -> Message:
    where = {"minutes": str(d["interval_minutes"]), "scheduler": d["scheduler"],
             "location": d["location"]}
    if d["interval_minutes"] is None:  # edited by hand: no single interval (see the note)
        return (msg("installed (not active), interval unknown ({scheduler}: {location})",
                    **where) if d["active"] is False else
                msg("installed, interval unknown ({scheduler}: {location})", **where))
    return (msg("installed (not active), every {minutes} minutes ({scheduler}: "
                "{location})", **where) if d["active"] is False else
            msg("installed, every {minutes} minutes ({scheduler}: {location})", **where))


def _client_lines(d: dict[str, Any], indent: str) -> list[str]:
    lines = []
    if d["connection_state"] == "needs_reauthorization":
        lines.append(_labelled("Paused:", text(msg(
            "the connection needs reauthorization; scheduled syncs are skipped until then."))))
    for label, key in (("Last sync:", "last_sync"), ("Last scheduled:", "last_scheduled_sync")):
        run = d[key]
        if run is None:
            lines.append(_labelled(label, text(msg("none yet"))))
        else:
            lines.append(_labelled(label, f"{run['finished_at']} {run_status_word(run['status'])} "
                                   f"(+{run['added']} ~{run['updated']} -{run['removed']})"
                                   + (f" - {run['error']}" if run["error"] else "")))
    return [indent + line for line in lines]


# The label column of `schedule status`, as wide as its longest label in the command's
# language (15 characters at least: the English layout). The first line is one of them
# too: as a whole sentence it did not line up with the German labels below it.
LABELS = {m.template: m for m in (msg("Scheduled sync:"), msg("Note:"), msg("Paused:"),
                                  msg("Last sync:"), msg("Last scheduled:"))}


def _labelled(label: str, value: str) -> str:
    width = label_width(LABELS.values(), 15)
    return f"{text(LABELS[label]):{width}} {value}"
