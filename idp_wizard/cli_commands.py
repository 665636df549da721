"""The command handlers behind cli.py; output formatting lives in cli_output.py."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from idp_wizard import cli_output as out
from idp_wizard.app import App
from idp_wizard.cli_schedule import run_schedule
from idp_wizard.compose import open_app
from idp_wizard.core.auth import DeviceCode, SignInOptions
from idp_wizard.core.connection import ConnectionState, load_filter, require_connection
from idp_wizard.core.errors import IdpWizardError, UsageError
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.progress import Progress
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import last_finished_run, list_runs
from idp_wizard.core.sync import SyncOutcome
from idp_wizard.core.users import count_users, iter_users
from idp_wizard.core.wizard import WizardMode
from idp_wizard.core.wizard_engine import WizardEngine, connect_with_defaults
from idp_wizard.paths import ProfilePaths
from idp_wizard.sign_in import AuthEnv

EXIT_OK, EXIT_FAILED, EXIT_HELD = 0, 1, 3
# Where sign-in talks to; tests replace this to point the CLI at the fakes.
auth_env_factory: Callable[[], AuthEnv] = AuthEnv


def _stderr_progress(p: Progress) -> None:
    if p.phase == "throttled" and p.message:
        print(p.message, file=sys.stderr)


def run_command(args: argparse.Namespace, paths: ProfilePaths) -> int:
    app = open_app(paths, demo_size=args.demo_size, auth_env=auth_env_factory())
    try:
        handler = _HANDLERS[args.command]
        return handler(app, args)
    finally:
        app.close()


def _show_device_code(code: DeviceCode) -> None:
    print(code.text(), file=sys.stderr, flush=True)


def _sign_in_options(args: argparse.Namespace) -> SignInOptions:
    return SignInOptions(
        client_id=getattr(args, "client_id", None), tenant=getattr(args, "tenant", None),
        cloud=getattr(args, "cloud", None),
        client_secret_file=getattr(args, "client_secret_file", None), port=args.port,
        show_device_code=_show_device_code if args.device_code else None)


def _say_browser(app: App, args: argparse.Namespace) -> None:
    if not args.device_code and app.demo is None:
        print("Sign in with the browser window that opens now (Ctrl+C cancels).",
              file=sys.stderr, flush=True)


def _connect(app: App, args: argparse.Namespace) -> int:
    """The wizard's NEW flow on the command line: sign in, default filter, first sync."""
    provider = ProviderName(args.provider)
    existing = app.connection()
    if (existing is not None and existing.provider is provider
            and existing.state is ConnectionState.NEEDS_REAUTHORIZATION):
        return _reauthorize(app, args)
    app.ensure_can_connect(provider)
    _say_browser(app, args)
    conn = connect_with_defaults(app, provider, _sign_in_options(args), _stderr_progress)
    print(f"Connected to {provider.title} ({conn.tenant}) as {conn.admin_account}.")
    if args.no_sync:
        return EXIT_OK
    return _report_sync(app.sync_service().run(trigger="connect", progress=_stderr_progress),
                        as_json=False)


def _reauthorize(app: App, args: argparse.Namespace) -> int:
    """Sign in again (same tenant or workspace); users, filter and sync state stay."""
    engine = WizardEngine(app, WizardMode.REAUTHORIZE)
    _say_browser(app, args)
    conn = engine.sign_in(_sign_in_options(args), _stderr_progress)
    print(f"Reauthorized {conn.provider.title} ({conn.tenant}) as {conn.admin_account}.")
    if args.no_sync:
        return EXIT_OK
    return _report_sync(engine.run_initial_sync(_stderr_progress), as_json=False)


def _report_sync(outcome: SyncOutcome, as_json: bool) -> int:
    if as_json:
        print(json.dumps(outcome.to_json(), ensure_ascii=False))
    else:
        print(out.sync_text(outcome))
    return EXIT_HELD if outcome.status == "held" else EXIT_OK


def _sync(app: App, args: argparse.Namespace) -> int:
    outcome = app.sync_service().run(
        dry_run=args.dry_run, allow_deletions=args.allow_deletions, full=args.full,
        trigger="schedule" if args.scheduled else "cli",
        progress=_stderr_progress)
    return _report_sync(outcome, args.json)


def _status(app: App, args: argparse.Namespace) -> int:
    conn = app.connection()
    last = last_finished_run(app.store)
    data = {
        "provider": conn.provider.value if conn else None,
        "state": conn.state.value if conn else "disconnected",
        "state_reason": conn.state_reason if conn else "",
        "tenant": conn.tenant if conn else None,
        "admin_account": conn.admin_account if conn else None,
        "demo": app.demo is not None,
        "synced_users": count_users(app.store),
        "directory_users": conn.directory_users if conn else 0,
        "last_sync": None if last is None or conn is None else {
            "finished_at": last.finished_at, "status": last.status.value, "mode": last.mode,
            "added": last.added, "updated": last.updated, "removed": last.removed,
            "skipped": last.skipped, "error": last.error,
        },
        "data_dir": str(app.paths.data_dir),
    }
    print(json.dumps(data, ensure_ascii=False) if args.json else out.status_text(data))
    return EXIT_OK


def _users(app: App, args: argparse.Namespace) -> int:
    users = iter_users(app.store, args.search)
    if args.format == "json":
        print(json.dumps([u.to_json() for u in users], ensure_ascii=False))
    elif args.format == "csv":
        out.write_csv(users, sys.stdout)
    else:
        out.write_table(users, sys.stdout)
    return EXIT_OK


def _filters(app: App, args: argparse.Namespace) -> int:
    action = args.filters_command
    if action == "show":
        spec = load_filter(app.store)
        print(spec.dumps() if args.json else out.filter_text(spec))
        return EXIT_OK
    if action == "options":
        options = app.rules_sync(_stderr_progress).options()
        if args.json:
            print(json.dumps({k: [o.to_json() for o in v] for k, v in options.items()},
                             ensure_ascii=False))
        else:
            print(out.options_text(options))
        return EXIT_OK
    return _filters_set(app, args)


def _filters_set(app: App, args: argparse.Namespace) -> int:
    try:
        text = args.file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = getattr(exc, "strerror", None) or exc
        raise UsageError(f"cannot read {args.file}: {why}") from None
    spec = FilterSpec.loads(text, source=str(args.file))
    session = app.rules_sync(_stderr_progress)
    try:
        session.check(spec)
    except IdpWizardError as exc:
        raise UsageError(f"{args.file}: {exc}") from None
    print(out.plan_text(session.preview(spec)))
    if args.dry_run:
        print("Dry run: nothing was saved.")
        return EXIT_OK
    # Removals pass the deletion guard like any sync's; a held change waits (exit 3).
    outcome = app.save_filter_and_sync(spec, session, progress=_stderr_progress,
                                       allow_deletions=args.allow_deletions)
    if outcome.status == "held":
        print(out.held_filter_text(outcome, str(args.file)))
        return EXIT_HELD
    return _report_sync(outcome, as_json=False)


def _history(app: App, args: argparse.Namespace) -> int:
    runs = list_runs(app.store, limit=200)
    audit = app.store.audit_log()
    if args.json:
        print(json.dumps({"runs": [r.to_json() for r in runs], "audit": audit},
                         ensure_ascii=False))
    else:
        print(out.history_text(runs, audit))
    return EXIT_OK


def _disconnect(app: App, args: argparse.Namespace) -> int:
    conn = require_connection(app.store, app.client_id)
    done = app.disconnect()
    print(f"Disconnected {conn.provider.title}. {done.removed:,} synced users were removed.")
    if done.note:
        print(done.note)
    return EXIT_OK


def _diagnostics(app: App, args: argparse.Namespace) -> int:
    from idp_wizard.diagnostics import export_diagnostics

    try:
        path = export_diagnostics(app.paths, app.store, args.file)
    except OSError as exc:
        raise IdpWizardError(f"Cannot write {args.file} ({exc.strerror or exc}).") from None
    print(f"Wrote {path} (logs, run history and settings; e-mail addresses, names and "
          "tokens removed).")
    return EXIT_OK


def _demo(app: App, args: argparse.Namespace) -> int:
    if app.demo is None:
        raise UsageError("Simulating directory changes is only possible in demo mode (--demo).")
    steps = app.demo.simulate_changes(args.steps)
    print(f"The demo directory changed ({steps} round(s) of joiners, leavers and moves so far). "
          "Run 'idp-wizard --demo sync' to pick them up.")
    return EXIT_OK


_HANDLERS = {
    "connect": _connect, "reauthorize": _reauthorize, "sync": _sync, "status": _status,
    "users": _users,
    "filters": _filters, "history": _history, "disconnect": _disconnect, "demo": _demo,
    "diagnostics": _diagnostics, "schedule": run_schedule,
}
