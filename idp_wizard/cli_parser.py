"""The command line's parser: its options, commands and help texts (in the command's
language: cli.py chooses it before building the parser) and the checks of option values
argparse runs while parsing."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from idp_wizard import __version__, cli_language
from idp_wizard.cli_arguments import GivenOnce, file_path, given_text, whole_number
from idp_wizard.cli_clients import add_clients_parser
from idp_wizard.cli_console import EXIT_USAGE
from idp_wizard.cli_language import help_text as h
from idp_wizard.cli_language import json_help
from idp_wizard.cli_schedule import add_parser as add_schedule_parser
from idp_wizard.cli_target import add_parser as add_target_parser
from idp_wizard.core.messages import msg
from idp_wizard.core.text import invalid_character, shown, unshowable_character

MAX_STEPS = 10_000  # demo churn rounds at once (each is a joiner, a leaver and a move)
MAX_SEARCH = 512  # longer than any name, address or department the store accepts
MAX_CHOICE_SHOWN = 60  # a refused choice ("--format jsn") is quoted up to this length
MAX_WORD_SHOWN = 200  # any other word of a refusal (an unrecognized argument)
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD_SHOWN + 1},}}")
say = cli_language.text  # argparse's checks below run after the language was chosen


def _demo_size(text: str) -> int:
    return whole_number(text, 1)


def _steps(text: str) -> int:
    return whole_number(text, 1, MAX_STEPS)


def _port(text: str) -> int:
    return whole_number(text, 1, 65535)


def _data_dir(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError(say(msg("must name a folder (it is empty)")))
    return file_path(text)  # the same limit on its length


def _client_name(text: str) -> str:
    bad = unshowable_character(text)  # no client name holds one (client_names.py)
    if bad or not text.strip():
        raise argparse.ArgumentTypeError(say(
            msg("{value} contains {character}", value=shown(text), character=bad) if bad
            else msg("must name a client (it is empty)")))
    return text


def _search_text(text: str) -> str:
    if len(text) > MAX_SEARCH:
        raise argparse.ArgumentTypeError(say(msg(
            "at most {limit} characters (got {length})", limit=str(MAX_SEARCH),
            length=len(text))))
    bad = invalid_character(text)  # e.g. bytes that are not UTF-8 in the shell's argv
    if bad:
        raise argparse.ArgumentTypeError(say(msg("{value} contains {character}",
                                                 value=shown(text), character=bad)))
    return text


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: "disconnect --y" confirmed as --yes and "sync --allow" allowed
        # deletions; an option must be typed as documented.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def _check_value(self, action: argparse.Action, value: object) -> None:
        # argparse quotes a refused choice whole: 100,000 characters on stderr
        if (isinstance(value, str) and len(value) > MAX_CHOICE_SHOWN
                and action.choices is not None and value not in action.choices):
            value = value[:MAX_CHOICE_SHOWN] + "…"
        super()._check_value(action, value)

    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse quotes what it refuses whole ("unrecognized arguments: zzz..."): any
        # word longer than a screen line is cut short
        message = _LONG_WORD.sub(lambda m: m.group()[:MAX_WORD_SHOWN] + "…", message)
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, cli_language.text(msg("{prog}: error: {message}", prog=self.prog,
                                                    message=message)) + "\n")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="idp-wizard",
        description=h(msg("Connect Microsoft Entra ID or Google Workspace and provision the "
                          "employees you choose. Without a command, opens the desktop app.")),
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                   help=h(msg("show the program's version number and exit")))
    p.add_argument("--data-dir", type=_data_dir, action=GivenOnce, metavar="DIR",
                   help=h(msg("data folder (default: per-user app data; or "
                              "IDP_WIZARD_DATA_DIR)")))
    p.add_argument("--demo", action="store_true",
                   help=h(msg("use the offline demo tenant (separate demo profile, no network)")))
    p.add_argument("--demo-size", type=_demo_size, action=GivenOnce, metavar="N",
                   help=h(msg("employees in the demo tenant (default 250)")))
    p.add_argument("--client", metavar="NAME", type=_client_name, action=GivenOnce,
                   help=h(msg("the client (customer organisation) to work on; may be left out "
                              "when the profile has only one")))
    p.add_argument("--lang", choices=["en", "de", "pseudo"],
                   help=h(msg("user interface language (pseudo: stretched test text for "
                              "layouts)")))
    p.add_argument("--self-test", action="store_true",
                   help=h(msg("check this installation (Qt, resources, translations, a demo "
                              "sync) offscreen in a temporary folder, then exit")))
    p.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    c = sub.add_parser("connect", help=h(msg("sign in to a provider and start syncing")))
    c.add_argument("--provider", required=True, choices=["entra", "google"],
                   action=GivenOnce, help=h(msg("the identity provider: Microsoft Entra ID "
                                                "(entra) or Google Workspace (google)")))
    c.add_argument("--device-code", action="store_true",
                   help=h(msg("Entra: sign in with a code on another device instead of a "
                              "browser here")))
    c.add_argument("--no-sync", action="store_true", help=h(msg("connect without the initial "
                                                                "sync")))
    c.add_argument("--client-id", metavar="ID", type=given_text, action=GivenOnce,
                   help=h(msg("Entra: the application (client) ID of your app registration "
                              "(remembered for next time)")))
    c.add_argument("--tenant", metavar="TENANT", type=given_text, action=GivenOnce,
                   help=h(msg("Entra: tenant ID or domain (default: the signed-in admin's)")))
    c.add_argument("--cloud", choices=["global", "usgov", "china"],
                   help=h(msg("Entra: national cloud (default global)")))
    c.add_argument("--client-secret-file", type=file_path, action=GivenOnce, metavar="FILE",
                   help=h(msg("Google: the client_secret.json of a 'Desktop app' OAuth client "
                              "(remembered for next time)")))
    c.add_argument("--port", type=_port, metavar="PORT",
                   help=h(msg("local port for the browser's answer (default: any free port)")))

    r = sub.add_parser("reauthorize", help=h(msg("sign in again to the connected provider "
                                                 "(same tenant or workspace); synced users "
                                                 "and the filter are kept")))
    r.add_argument("--device-code", action="store_true",
                   help=h(msg("Entra: sign in with a code on another device instead of a "
                              "browser here")))
    r.add_argument("--no-sync", action="store_true", help=h(msg("do not sync afterwards")))
    r.add_argument("--port", type=_port, metavar="PORT",
                   help=h(msg("local port for the browser's answer (default: any free port)")))

    s = sub.add_parser("sync", help=h(msg("sync the directory now")))
    s.add_argument("--dry-run", action="store_true", help=h(msg("show the plan, change nothing")))
    s.add_argument("--allow-deletions", action="store_true",
                   help=h(msg("apply removals even above the deletion limit")))
    s.add_argument("--full", action="store_true",
                   help=h(msg("read the whole directory even where an incremental read would "
                              "do")))
    s.add_argument("--reconcile", action="store_true",
                   help=h(msg("compare the platform's users with the shared ones and repair "
                              "drift (users deleted or changed there by hand)")))
    s.add_argument("--json", action="store_true", help=json_help())
    s.add_argument("--all-clients", action="store_true",
                   help=h(msg("sync every connected client in turn (one's failure or hold "
                              "does not stop the others; exit code: 1 if any failed, else 3 "
                              "if any held)")))
    # used by the OS scheduler's definitions (idp-wizard schedule install): trigger
    # "schedule", skipped while the connection needs reauthorization
    s.add_argument("--scheduled", action="store_true", help=argparse.SUPPRESS)

    st = sub.add_parser("status", help=h(msg("connection state and counts")))
    st.add_argument("--json", action="store_true", help=json_help())

    u = sub.add_parser("users", help=h(msg("list the synced users")))
    u.add_argument("--format", choices=["table", "json", "csv"], default="table", action=GivenOnce,
                   help=h(msg("table (default) for reading; json or csv for tools (the same "
                              "in every language)")))
    u.add_argument("--search", default="", metavar="TEXT", type=_search_text,
                   help=h(msg("only users whose name, e-mail or department contains TEXT")))
    u.add_argument("--output", type=file_path, action=GivenOnce, metavar="FILE",
                   help=h(msg("write to FILE (UTF-8; CSV with a byte order mark for Excel) "
                              "instead of the console")))

    f = sub.add_parser("filters", help=h(msg("which employees are shared")))
    fsub = f.add_subparsers(dest="filters_command", metavar="ACTION", required=True,
                            parser_class=_Parser)
    fo = fsub.add_parser("options", help=h(msg("what the directory offers to filter on, with "
                                               "counts")))
    fo.add_argument("--json", action="store_true", help=json_help())
    fs = fsub.add_parser("show", help=h(msg("the saved filter")))
    fs.add_argument("--json", action="store_true", help=json_help())
    fset = fsub.add_parser("set", help=h(msg("replace the filter with FILE.json and sync")))
    fset.add_argument("file", type=file_path, metavar="FILE.json")
    fset.add_argument("--dry-run", action="store_true",
                      help=h(msg("print what would change, save nothing")))
    fset.add_argument("--allow-deletions", action="store_true",
                      help=h(msg("apply the removals even above the deletion limit")))
    fset.add_argument("--allow-unmatched", action="store_true",
                      help=h(msg("accept values that match nobody in the directory today")))

    hist = sub.add_parser("history", help=h(msg("sync runs and admin actions")))
    hist.add_argument("--json", action="store_true", help=json_help())

    d = sub.add_parser("disconnect", help=h(msg("disconnect and permanently remove every "
                                                "synced user")))
    d.add_argument("--yes", action="store_true", required=True,
                   help=h(msg("confirm: all synced users lose access and are removed")))
    d.add_argument("--keep-platform-users", action="store_true",
                   help=h(msg("forget the users here only: they stay on the platform, no "
                              "longer managed (recorded in the audit log)")))

    add_clients_parser(sub, _Parser)

    demo = sub.add_parser("demo", help=h(msg("demo tenant tools (with --demo)")))
    dsub = demo.add_subparsers(dest="demo_command", metavar="ACTION", required=True,
                               parser_class=_Parser)
    sim = dsub.add_parser("simulate-changes",
                          help=h(msg("let joiners, leavers and moves happen in the demo "
                                     "directory now")))
    sim.add_argument("--steps", type=_steps, default=1, metavar="N", action=GivenOnce,
                     help=h(msg("rounds of changes (each: a joiner, a leaver, a move)")))

    add_schedule_parser(sub, _Parser)
    add_target_parser(sub, _Parser)

    diag = sub.add_parser("diagnostics", help=h(msg("support information without personal data")))
    diagsub = diag.add_subparsers(dest="diagnostics_command", metavar="ACTION", required=True,
                                  parser_class=_Parser)
    exp = diagsub.add_parser("export", help=h(msg("write logs, run history and settings to a "
                                                  "zip (e-mail addresses, names and tokens "
                                                  "redacted)")))
    exp.add_argument("file", type=file_path, metavar="FILE.zip")
    exp.add_argument("--force", action="store_true", help=h(msg("replace FILE.zip if it exists")))
    return p
