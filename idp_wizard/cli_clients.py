"""`idp-wizard clients list|add|rename|remove`, `sync --all-clients`, and `status` of every
client: the commands that work on the profile rather than on one client.

cli.py imports this module to build its parser: heavy imports stay inside functions.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from idp_wizard.cli_console import EXIT_OK, labelled, print_json
from idp_wizard.cli_language import help_text as h
from idp_wizard.cli_language import json_help, text
from idp_wizard.core.messages import Message, msg

if TYPE_CHECKING:
    from idp_wizard.app import App
    from idp_wizard.profile import Profile



def add_clients_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    c = sub.add_parser("clients", help=h(msg("the clients (customer organisations) of this "
                                             "profile")))
    csub = c.add_subparsers(dest="clients_command", metavar="ACTION", required=True,
                            parser_class=parser_class)
    ls = csub.add_parser("list", help=h(msg("every client with its provider, state and users")))
    ls.add_argument("--json", action="store_true", help=json_help())
    add = csub.add_parser("add", help=h(msg("add a client (with --demo: another demo tenant)")))
    add.add_argument("name", metavar="NAME")
    ren = csub.add_parser("rename", help=h(msg("rename a client")))
    ren.add_argument("old", metavar="OLD")
    ren.add_argument("new", metavar="NEW")
    rm = csub.add_parser("remove", help=h(msg("disconnect a client, remove its synced users "
                                              "and delete its history, settings and keychain "
                                              "entries")))
    rm.add_argument("name", metavar="NAME")
    rm.add_argument("--yes", action="store_true", required=True,
                    help=h(msg("confirm: the client is disconnected and everything it had is "
                               "deleted")))


def clients_usage_problem(args: argparse.Namespace) -> Message | None:
    """Option combinations that make no sense, as one sentence (None when fine)."""
    client = getattr(args, "client", None)
    if args.command == "clients" and client is not None:
        return msg("--client does not apply to 'clients' commands; they name the client "
                   "themselves")
    if args.command == "schedule" and client is not None:
        return msg("--client does not apply to 'schedule': one scheduled task syncs every "
                   "client")
    if args.command == "clients" and args.demo_size is not None:
        return msg("--demo-size sets a demo client's size when it connects; use it with "
                   "--client NAME connect")
    if args.command == "sync" and args.all_clients:
        if client is not None:
            return msg("--all-clients syncs every client; leave out --client NAME")
        if args.allow_deletions:
            return msg("--allow-deletions confirms one client's removals; use it with "
                       "--client NAME, not with --all-clients")
    return None


def is_profile_command(args: argparse.Namespace, profile: Profile) -> bool:
    """Commands that cover the whole profile: `clients`, `schedule`, `sync
    --all-clients`, and `status`/`diagnostics export` without --client when there is
    more than one client (diagnostics: any number)."""
    if args.command in ("clients", "schedule"):
        return True
    if args.command == "sync":
        return bool(args.all_clients)
    if args.client is not None:
        return False
    if args.command == "diagnostics":
        return True
    return args.command == "status" and len(profile.clients()) > 1


def run_profile_command(profile: Profile, args: argparse.Namespace,
                        status_data: Callable[[App], dict[str, Any]]) -> int:
    if args.command == "clients":
        return _CLIENTS[args.clients_command](profile, args)
    if args.command == "sync":
        return _sync_all(profile, args)
    if args.command == "schedule":
        from idp_wizard.cli_schedule import run_schedule

        return run_schedule(profile, args)
    if args.command == "diagnostics":
        from idp_wizard.cli_commands import export_diagnostics_file

        return export_diagnostics_file(profile, [c.id for c in profile.clients()], args)
    return _status_all(profile, args, status_data)


# -- clients ---------------------------------------------------------------------------

def _list(profile: Profile, args: argparse.Namespace) -> int:
    from idp_wizard import cli_output as out

    summaries = profile.summaries()
    if args.json:
        print_json([s.to_json() for s in summaries])
    else:
        print(out.clients_text(summaries))
    return EXIT_OK


def _add(profile: Profile, args: argparse.Namespace) -> int:
    from idp_wizard.core.hints import current

    client = profile.add(args.name)
    app = profile.open(client.id)
    try:
        tenant = app.demo.tenant_text() if app.demo else None
    finally:
        app.close()
    connect = dataclasses.replace(current(), client=client.name).command(
        "connect --provider entra|google")
    print(text(msg("Added the client {name}. Connect it with: {command}",
                   name=repr(client.name), command=connect) if tenant is None else
               msg("Added the client {name}. Its demo tenant: {tenant}. Connect it with: "
                   "{command}", name=repr(client.name), tenant=tenant, command=connect)))
    return EXIT_OK


def _rename(profile: Profile, args: argparse.Namespace) -> int:
    old = profile.find(args.old)
    client = profile.rename(args.old, args.new)
    if client.name == old.name:
        print(text(msg("The client is already named {name}; nothing changed.",
                       name=repr(client.name))))
    else:
        print(text(msg("Renamed the client {old} to {new}.", old=repr(old.name),
                       new=repr(client.name))))
    return EXIT_OK


def _remove(profile: Profile, args: argparse.Namespace) -> int:
    print(text(profile.remove(profile.find(args.name)).sentence()))
    return EXIT_OK


_CLIENTS: dict[str, Callable[[Profile, argparse.Namespace], int]] = {
    "list": _list, "add": _add, "rename": _rename, "remove": _remove}


# -- every client ------------------------------------------------------------------------

def _sync_all(profile: Profile, args: argparse.Namespace) -> int:
    from idp_wizard.cli_sync_output import sync_all_text
    from idp_wizard.cli_sync_report import stderr_progress
    from idp_wizard.sync_all import exit_code, sync_all_clients

    results = sync_all_clients(
        profile, dry_run=args.dry_run, full=args.full, reconcile=args.reconcile,
        trigger="schedule" if args.scheduled else "cli", progress=stderr_progress)
    if args.json:
        print_json({"clients": [r.to_json() for r in results]})
    elif not results:
        print(text(msg("No client is connected; nothing was synced.")))
    else:
        print(sync_all_text(results))
    return exit_code(results)


def _status_all(profile: Profile, args: argparse.Namespace,
                status_data: Callable[[App], dict[str, Any]]) -> int:
    from idp_wizard import cli_output as out
    from idp_wizard.cli_filter_change import waiting_text
    from idp_wizard.core.hints import current, use

    entries, blocks = [], []
    for client in profile.clients():
        app = profile.open(client.id)
        try:
            d = status_data(app)
            entries.append(d)
            block = f"{labelled('Client:', d['client'])}\n{out.status_text(d)}"
            waiting = app.pending_filter_change()  # its commands name the client
            if waiting is not None:
                with use(dataclasses.replace(current(), client=client.name)):
                    block += "\n" + waiting_text(waiting, d["synced_users"])
            blocks.append(block)
        finally:
            app.close()
    if args.json:
        print_json({"clients": entries})
    else:
        print("\n\n".join(blocks))
    return EXIT_OK
