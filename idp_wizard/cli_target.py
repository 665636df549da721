"""`idp-wizard target set|test|show|remove|configure`: the client's platform (SCIM 2.0).

The token is read from a file or standard input (never an argument: it would stay in
the shell's history and the process list), goes to the OS keychain, and is never
printed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from idp_wizard.cli_arguments import GivenOnce, file_path, whole_number
from idp_wizard.cli_console import labelled, print_json
from idp_wizard.cli_language import help_text as h
from idp_wizard.cli_language import json_help, text
from idp_wizard.core.errors import UsageError
from idp_wizard.core.hints import suggest
from idp_wizard.core.messages import Message, msg, msg_count
from idp_wizard.core.os_errors import os_reason
from idp_wizard.core.platform_target import MAX_CONCURRENCY, TargetSettings

if TYPE_CHECKING:  # cli.py imports this module to build its parser: keep it light
    from idp_wizard.app import App
    from idp_wizard.app_platform import TargetStatus
    from idp_wizard.platform import ConnectionReport

EXIT_OK = 0
STATE_WORDS = {"ready": msg("Ready"), "needs_token": msg("Needs a new token"),
               "unreachable": msg("Unreachable (the last push could not reach it)"),
               "none": msg("No platform set")}


def _concurrency(text: str) -> int:
    return whole_number(text, 1, MAX_CONCURRENCY)


def _token_options(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--token-file", type=file_path, action=GivenOnce, metavar="FILE",
                       help=h(msg("a file holding the platform's SCIM bearer token")))
    group.add_argument("--token-stdin", action="store_true",
                       help=h(msg("read the token from standard input")))


def add_parser(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    t = sub.add_parser("target", help=h(msg("the platform the shared employees are "
                                            "provisioned to (SCIM 2.0)")))
    tsub = t.add_subparsers(dest="target_command", metavar="ACTION", required=True,
                            parser_class=parser_class)
    ts = tsub.add_parser("set", help=h(msg("test a SCIM base URL and token, then use them")))
    ts.add_argument("--scim-url", required=True, metavar="URL", action=GivenOnce,
                    help=h(msg("the platform's SCIM base URL (usually ends with /scim/v2 or "
                               "/v2)")))
    _token_options(ts)
    tt = tsub.add_parser("test", help=h(msg("test the connection (the saved target, or the "
                                            "given URL and token)")))
    tt.add_argument("--scim-url", metavar="URL", action=GivenOnce,
                    help=h(msg("test this SCIM base URL (with its token) instead of the "
                               "saved target; nothing is saved")))
    _token_options(tt)
    tt.add_argument("--json", action="store_true", help=json_help())
    tshow = tsub.add_parser("show", help=h(msg("the target, its state and counts (never the "
                                               "token)")))
    tshow.add_argument("--json", action="store_true", help=json_help())
    tr = tsub.add_parser("remove", help=h(msg("forget the target and its token")))
    tr.add_argument("--keep-platform-users", action="store_true",
                    help=h(msg("even though users the app provisioned are still there (they "
                               "are left there, no longer managed)")))
    tc = tsub.add_parser("configure", help=h(msg("how removals and requests are sent")))
    tc.add_argument("--removal", choices=["delete", "deactivate"], action=GivenOnce,
                    help=h(msg("removed employees are deleted on the platform (default) or "
                               "deactivated (active=false)")))
    tc.add_argument("--concurrency", type=_concurrency, metavar="N", action=GivenOnce,
                    help=h(msg("requests at once (1-{most}, default 4)",
                               most=str(MAX_CONCURRENCY))))


def read_token(args: argparse.Namespace) -> str | None:
    if getattr(args, "token_stdin", False):
        text = sys.stdin.read()
        if not text.strip():
            raise UsageError(msg("Standard input held no token; pipe the token in, e.g. "
                                 "from a password manager."))
        return text
    path: Path | None = getattr(args, "token_file", None)
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(msg("The token file {path} does not exist.", path=str(path))) from None
    except IsADirectoryError:
        raise UsageError(msg("{path} is a folder; name the file holding the token.",
                             path=str(path))) from None
    except UnicodeDecodeError:
        raise UsageError(msg("The token file {path} is not a text file.",
                             path=str(path))) from None
    except OSError as exc:
        raise UsageError(msg("The token file {path} cannot be read ({reason}).",
                             path=str(path), reason=os_reason(exc))) from None
    if not text.strip():
        raise UsageError(msg("The token file {path} is empty.", path=str(path)))
    return text


def report_lines(report: ConnectionReport) -> list[str]:
    """What the test found, in the command's language (the SCIM names stay as they are)."""
    caps = report.capabilities
    features: list[str | Message] = []
    if caps.patch:
        features.append("PATCH")
    if caps.bulk.usable:
        features.append(msg("Bulk (up to {operations} operations, {size} bytes)",
                            operations=caps.bulk.max_operations,
                            size=caps.bulk.max_payload_size))
    if caps.filter:
        features.append(msg("filter"))
    if caps.etag:
        features.append("ETag")
    lines = [msg("Connection to {url} works.", url=report.base_url),
             msg("Supported: {features}; {types}.",
                 features=features or msg("no optional features"),
                 types=msg("Users and Groups") if caps.groups else msg("Users"))]
    if not caps.patch:
        lines.append(msg("The platform has no PATCH: changes are sent as a PUT of the whole "
                         "user."))
    if not caps.bulk.usable:
        lines.append(msg("The platform has no Bulk: new users are created one request at a "
                         "time."))
    if not caps.groups:
        lines.append(msg("The platform has no Groups: groups are not pushed."))
    lines.append(msg("Attributes sent: {attributes}.",
                     attributes=list(report.sent_attributes)))
    if report.withheld_attributes:
        lines.append(msg("Not declared by the platform, so not sent: {attributes}.",
                         attributes=list(report.withheld_attributes)))
    return [text(line) for line in lines]


def status_lines(status: TargetStatus) -> list[str]:
    """The labels stay English (a fixed column, like every `status` block); what
    follows them is in the command's language."""
    data, target = status.to_json(), status.target
    if target is None:
        return [labelled("Platform:", text(msg("none set ({command} ...)",
                                               command=suggest("target set --scim-url URL"))))]
    url = text(msg("{url} (embedded demo platform)", url=target.url)) if target.embedded \
        else target.url
    state = STATE_WORDS.get(data["state"])
    lines = [labelled("Platform:", url),
             labelled("Target state:", text(state) if state else data["state"]),
             labelled("On platform:", text(msg(
                 "{provisioned} provisioned, {pending} pending, {failed} failed",
                 provisioned=data["provisioned"], pending=data["pending"],
                 failed=data["failed"])))]
    if target.state_reason:
        lines.append(labelled("Why:", text(target.reason)))
    if data["unmanaged"]:
        lines.append(labelled("Not ours:", text(msg(
            "{count} other users on the platform (never touched)", count=data["unmanaged"]))))
    return lines


def run_target(app: App, args: argparse.Namespace) -> int:
    action = args.target_command
    if action == "set":
        report, left = app.platform.set_target(args.scim_url, read_token(args))
        print(text(msg("Platform target set: {url}.", url=report.base_url)))
        print("\n".join(report_lines(report)[1:]))
        if left:
            print(text(msg_count(left, "{count} user the app provisioned on the previous "
                                 "platform stays there, no longer managed.", "{count} users "
                                 "the app provisioned on the previous platform stay there, "
                                 "no longer managed.", count=left)))
        print(text(msg("The next sync provisions the shared employees there ({command}).",
                       command=suggest("sync"))))
        return EXIT_OK
    if action == "test":
        token = read_token(args)
        if token is not None and args.scim_url is None:
            raise UsageError(msg("--token-file and --token-stdin need --scim-url."))
        report = app.platform.test(args.scim_url, token)
        if args.json:
            print_json(report.to_json())
        else:
            print("\n".join(report_lines(report)))
        return EXIT_OK
    if action == "show":
        return _show(app, args)
    if action == "remove":
        left = app.platform.remove_target(args.keep_platform_users)
        print(text(msg_count(left, "The platform target was removed; {count} user the app "
                             "provisioned stays there, no longer managed.", "The platform "
                             "target was removed; {count} users the app provisioned stay "
                             "there, no longer managed.", count=left) if left
                   else msg("The platform target was removed.")))
        return EXIT_OK
    return _configure(app, args)


def _show(app: App, args: argparse.Namespace) -> int:
    status = app.platform.status()
    target = status.target
    if args.json:
        data = status.to_json()
        if target is not None:
            data |= {"settings": target.settings.to_json(), "tested_at": target.tested_at,
                     "reconciled_at": target.reconciled_at,
                     "capabilities": (target.capabilities.to_json()
                                      if target.capabilities else None)}
        print_json(data)
        return EXIT_OK
    lines = status_lines(status)
    if target is not None:
        n = target.settings.concurrency
        lines.append(labelled("Removals:", text(
            msg("deactivated on the platform; {concurrency} requests at once", concurrency=n)
            if target.settings.deactivate else
            msg("deleted on the platform; {concurrency} requests at once", concurrency=n))))
    print("\n".join(lines))
    return EXIT_OK


def _configure(app: App, args: argparse.Namespace) -> int:
    target = app.platform.saved() or app.platform.target()
    if target is None:
        raise UsageError(msg("No platform target is set."))
    if args.removal is None and args.concurrency is None:
        raise UsageError(msg("Name what to change: --removal delete|deactivate and/or "
                             "--concurrency N."))
    old = target.settings
    new = TargetSettings(
        old.deactivate if args.removal is None else args.removal == "deactivate",
        old.concurrency if args.concurrency is None else args.concurrency)
    app.platform.save_settings(new)
    n = new.concurrency
    print(text(msg("Removed employees are deactivated on the platform; {concurrency} requests "
                   "at once.", concurrency=n) if new.deactivate else
               msg("Removed employees are deleted on the platform; {concurrency} requests at "
                   "once.", concurrency=n)))
    return EXIT_OK
