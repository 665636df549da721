"""The command handlers behind cli.py; output formatting lives in cli_output.py (a
sync's outcome in cli_sync_output.py)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from idp_wizard import cli_output as out
from idp_wizard.app import App
from idp_wizard.cli_clients import is_profile_command, run_profile_command
from idp_wizard.cli_console import EXIT_OK, is_unicode, print_json
from idp_wizard.cli_filter_change import change_state, sync_note, waiting_text
from idp_wizard.cli_filters import run_filters
from idp_wizard.cli_language import text
from idp_wizard.cli_sync_report import report_sync, stderr_progress
from idp_wizard.cli_target import run_target, status_lines
from idp_wizard.compose import open_profile
from idp_wizard.core.auth import DeviceCode, SignInOptions
from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.errors import IdpWizardError, SyncInProgress
from idp_wizard.core.hints import suggest
from idp_wizard.core.messages import msg, msg_count
from idp_wizard.core.os_errors import os_reason
from idp_wizard.core.platform_state import refusal_messages, user_statuses
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import last_finished_run, list_runs
from idp_wizard.core.users import count_users, iter_users
from idp_wizard.core.wizard import WizardMode
from idp_wizard.core.wizard_engine import WizardEngine, connect_with_defaults
from idp_wizard.paths import ProfilePaths
from idp_wizard.profile import Profile
from idp_wizard.sign_in import AuthEnv
from idp_wizard.sync_all import skipped_outcome

# Where sign-in talks to; tests replace this to point the CLI at the fakes.
auth_env_factory: Callable[[], AuthEnv] = AuthEnv


def run_command(args: argparse.Namespace, paths: ProfilePaths) -> int:
    profile = open_profile(paths, demo_size=args.demo_size, auth_env=auth_env_factory())
    try:
        if is_profile_command(args, profile):
            return run_profile_command(profile, args, status_data)
        app = profile.open(profile.choose(args.client).id)  # --client NAME, or the only one
        try:
            return _HANDLERS[args.command](app, args)
        finally:
            app.close()
    finally:
        profile.close()


def _show_device_code(code: DeviceCode) -> None:
    print(text(code.text()), file=sys.stderr, flush=True)


def _sign_in_options(args: argparse.Namespace) -> SignInOptions:
    return SignInOptions(
        client_id=getattr(args, "client_id", None), tenant=getattr(args, "tenant", None),
        cloud=getattr(args, "cloud", None),
        client_secret_file=getattr(args, "client_secret_file", None), port=args.port,
        show_device_code=_show_device_code if args.device_code else None)


def _say_browser(app: App, args: argparse.Namespace) -> None:
    if not args.device_code and app.demo is None:
        print(text(msg("Sign in with the browser window that opens now (Ctrl+C cancels).")),
              file=sys.stderr, flush=True)


def _connect(app: App, args: argparse.Namespace) -> int:
    """The wizard's NEW flow on the command line: sign in, default filter, first sync."""
    provider = ProviderName(args.provider)
    existing = app.connection()
    if (existing is not None and existing.provider is provider
            and existing.state is ConnectionState.NEEDS_REAUTHORIZATION):
        return _reauthorize(app, args)
    app.ensure_can_connect(provider)
    options = _sign_in_options(args)
    app.auth.check_registration(provider, options)  # before sending anyone to a browser
    _say_browser(app, args)
    conn = connect_with_defaults(app, provider, options, stderr_progress)
    print(text(msg("Connected to {provider} ({tenant}) as {account}.", provider=provider.title,
                   tenant=conn.tenant, account=conn.admin_account)))
    if args.no_sync:
        return EXIT_OK
    return report_sync(app.sync_service().run(trigger="connect", progress=stderr_progress),
                        as_json=False)


def _reauthorize(app: App, args: argparse.Namespace) -> int:
    """Sign in again (same tenant or workspace); users, filter and sync state stay."""
    engine = WizardEngine(app, WizardMode.REAUTHORIZE)
    _say_browser(app, args)
    conn = engine.sign_in(_sign_in_options(args), stderr_progress)
    print(text(msg("Reauthorized {provider} ({tenant}) as {account}.",
                   provider=conn.provider.title, tenant=conn.tenant,
                   account=conn.admin_account)))
    if args.no_sync:
        return EXIT_OK
    return report_sync(engine.run_initial_sync(stderr_progress), as_json=False)


def _sync(app: App, args: argparse.Namespace) -> int:
    waiting = app.pending_filter_change()  # --allow-deletions applies it: say so
    try:
        outcome = app.sync_service().run(
            dry_run=args.dry_run, allow_deletions=args.allow_deletions, full=args.full,
            trigger="schedule" if args.scheduled else "cli", reconcile=args.reconcile,
            progress=stderr_progress)
    except SyncInProgress as exc:
        if not args.scheduled:  # asked for now: a failure the admin must see (exit 1)
            raise
        skipped = skipped_outcome(app.client_name, count_users(app.store, app.client_id),
                                  exc.message)
        if args.json:
            print_json(skipped.to_json())
        else:
            print(text(skipped.message or skipped.error))
        return EXIT_OK
    state = change_state(waiting, outcome, args.allow_deletions)
    code = report_sync(outcome, args.json, {"filter_change": state} if state else None)
    note = None if args.json else sync_note(app, waiting, state)
    if note:
        print(note)
    return code


def status_data(app: App) -> dict[str, Any]:
    """One client's `status --json` object."""
    conn = app.connection()
    last = last_finished_run(app.store, app.client_id)
    return {
        "client": app.client_name,
        "provider": conn.provider.value if conn else None,
        "state": conn.state.value if conn else "disconnected",
        "state_reason": conn.state_reason if conn else "",
        "state_message": (conn.state_message.to_json()
                          if conn and conn.state_message else None),
        "tenant": conn.tenant if conn else None,
        "admin_account": conn.admin_account if conn else None,
        "demo": app.demo is not None,
        "synced_users": count_users(app.store, app.client_id),
        "directory_users": conn.directory_users if conn else 0,
        "last_sync": None if last is None or conn is None else {
            "finished_at": last.finished_at, "status": last.status.value, "mode": last.mode,
            "added": last.added, "updated": last.updated, "removed": last.removed,
            "skipped": last.skipped, "error": last.error,
        },
        "data_dir": str(app.paths.data_dir),
        "platform": app.platform.status().to_json(),
    }


def _status(app: App, args: argparse.Namespace) -> int:
    data = status_data(app)
    if args.json:
        print_json(data)
    else:
        waiting = app.pending_filter_change()
        print("\n".join([out.status_text(data), *status_lines(app.platform.status()),
                         *([waiting_text(waiting, data["synced_users"])] if waiting else [])]))
    return EXIT_OK


def _users(app: App, args: argparse.Namespace) -> int:
    users = iter_users(app.store, args.search, app.client_id)
    platform = _platform_statuses(app, args.format)
    if args.output is None:
        if args.format == "csv" and not is_unicode(sys.stdout):
            print(text(msg("Note: this console's encoding ({encoding}) cannot show every "
                           "character; --output FILE writes a UTF-8 file.",
                           encoding=str(sys.stdout.encoding))), file=sys.stderr)
        out.write_users(users, args.format, sys.stdout, ascii_json=not is_unicode(sys.stdout),
                        platform=platform)
        return EXIT_OK
    app.paths.guard_output(args.output)
    # utf-8-sig: a byte order mark, so Excel reads the CSV as UTF-8, not the code page.
    encoding = "utf-8-sig" if args.format == "csv" else "utf-8"
    try:
        with args.output.open("w", encoding=encoding, newline="") as stream:
            count = out.write_users(users, args.format, stream, platform=platform)
    except OSError as exc:
        raise cannot_write(args.output, exc) from None
    print(text(msg_count(count, "Wrote {count} user to {path}.", "Wrote {count} users to {path}.",
                         count=count, path=str(args.output))))
    return EXIT_OK


def _platform_statuses(app: App, fmt: str) -> out.PlatformStatuses | None:
    """The users' platform statuses (not in CSV); the table shows refusals in the
    command's language, JSON in English."""
    if fmt == "csv":
        return None
    statuses: out.PlatformStatuses = dict(user_statuses(app.store, app.client_id))
    if fmt == "table":
        for uid, message in refusal_messages(app.store, app.client_id).items():
            if uid in statuses:
                pid, status, _ = statuses[uid]
                statuses[uid] = (pid, status, message)
    return statuses


def cannot_write(path: object, exc: OSError) -> IdpWizardError:
    return IdpWizardError(msg("Cannot write {path} ({reason}).", path=str(path),
                              reason=os_reason(exc)))


def _history(app: App, args: argparse.Namespace) -> int:
    runs = list_runs(app.store, limit=200, client_id=app.client_id)
    audit = app.store.audit_log(app.client_id)
    if args.json:
        print_json({"client": app.client_name, "runs": [r.to_json() for r in runs],
                    "audit": audit})
    else:
        print(text(msg("Client: {name}", name=app.client_name)))
        print(out.history_text(runs, audit))
    return EXIT_OK


def _disconnect(app: App, args: argparse.Namespace) -> int:
    conn = app.connection()
    done = app.disconnect(keep_platform_users=args.keep_platform_users)
    if conn is not None:
        print(text(msg_count(done.removed, "Disconnected {provider}. {count} synced user was "
                             "removed.", "Disconnected {provider}. {count} synced users were "
                             "removed.", provider=conn.provider.title, count=done.removed)))
    for said in done.platform.messages():
        print(text(said))
    if done.note:
        print(text(done.note))
    return EXIT_OK


def _diagnostics(app: App, args: argparse.Namespace) -> int:
    return export_diagnostics_file(app, [app.client_id], args)


def export_diagnostics_file(where: App | Profile, client_ids: list[int],
                            args: argparse.Namespace) -> int:
    """`diagnostics export` of one client (--client) or of every client."""
    from idp_wizard.diagnostics import export_diagnostics

    try:
        path = export_diagnostics(where.paths, where.store, args.file, force=args.force,
                                  client_ids=client_ids)
    except OSError as exc:
        raise cannot_write(args.file, exc) from None
    print(text(msg("Wrote {path} (1 client: logs, run history and settings; e-mail "
                   "addresses, names and tokens removed).", path=str(path))
               if len(client_ids) == 1 else
               msg("Wrote {path} ({count} clients: logs, run history and settings; e-mail "
                   "addresses, names and tokens removed).", path=str(path),
                   count=len(client_ids))))
    return EXIT_OK


def _demo(app: App, args: argparse.Namespace) -> int:
    assert app.demo is not None  # cli.py refuses `demo` without --demo (demo_mode_problem)
    steps = app.demo.simulate_changes(args.steps)
    print(text(msg_count(
        steps, "The demo directory changed ({steps} round of joiners, leavers and moves so "
        "far). Pick it up with: {command}", "The demo directory changed ({steps} rounds of "
        "joiners, leavers and moves so far). Pick them up with: {command}", steps=steps,
        command=suggest("sync"))))
    return EXIT_OK


_HANDLERS = {
    "connect": _connect, "reauthorize": _reauthorize, "sync": _sync, "status": _status,
    "users": _users,
    "filters": run_filters, "history": _history, "disconnect": _disconnect, "demo": _demo,
    "diagnostics": _diagnostics, "target": run_target,
}
