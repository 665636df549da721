"""`idp-wizard filters show | options | set`: the filter an admin reads, the values the
directory offers, and a new filter checked, previewed and applied (held like any sync
when it would remove many)."""

from __future__ import annotations

import argparse
import json
import sys

from idp_wizard import cli_output as out
from idp_wizard.app import App
from idp_wizard.cli_console import EXIT_HELD, EXIT_OK, print_json
from idp_wizard.cli_language import text
from idp_wizard.cli_sync_output import held_filter_text, plan_text
from idp_wizard.cli_sync_report import report_sync, stderr_progress
from idp_wizard.core.connection import load_filter, saved_filter_text
from idp_wizard.core.errors import (
    IdpWizardError,
    SavedFilterInvalid,
    UnmatchedValue,
    UsageError,
)
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.guard import plan_hold_reason
from idp_wizard.core.hints import suggest
from idp_wizard.core.messages import msg
from idp_wizard.core.outcome import bulk_work
from idp_wizard.core.selection import named_but_left_out


def run_filters(app: App, args: argparse.Namespace) -> int:
    action = args.filters_command
    if action == "show":
        return _filters_show(app, args)
    # The whole directory is in memory from here on: no full garbage collections
    # scanning it (the command ends soon; see bulk_work).
    with bulk_work():
        if action == "options":
            options = app.filter_options(stderr_progress)
            if args.json:
                print_json({k: [o.to_json() for o in v] for k, v in options.items()})
            else:
                print(out.options_text(options))
            return EXIT_OK
        return _filters_set(app, args)


def _filters_show(app: App, args: argparse.Namespace) -> int:
    try:
        spec = load_filter(app.store, app.client_id)
    except SavedFilterInvalid as exc:
        # Saved by a version that let bad text through: still shown (escaped, so it
        # prints anywhere), so it can be fixed and replaced with `filters set`.
        print(json.dumps(json.loads(saved_filter_text(app.store, app.client_id) or "{}"),
                         indent=2))
        print(text(msg("Warning: {error}", error=exc.message or str(exc))), file=sys.stderr)
        return EXIT_OK
    if args.json:
        print_json(spec.to_json(), indent=2)
    else:
        print(out.filter_text(spec))
    return EXIT_OK


def _filters_set(app: App, args: argparse.Namespace) -> int:
    spec = FilterSpec.read_file(args.file)
    # Read for this filter only: the members of just the groups it names (if any).
    session = app.rules_sync(stderr_progress, spec=spec)
    try:
        if args.allow_unmatched:
            session.check(spec)
        else:
            session.check_matches(spec)
    except IdpWizardError as exc:
        said, source = exc.message or str(exc), str(args.file)
        if isinstance(exc, UnmatchedValue):
            raise UsageError(msg("{source}: {error}; check the spelling ({command} lists the "
                                 "values) or keep it with --allow-unmatched", source=source,
                                 error=said, command=suggest("filters options"))) from None
        raise UsageError(msg("{source}: {error}", source=source, error=said)) from None
    if spec.include["emails"] and not any(
            values for attr, values in spec.include.items() if attr != "emails"):
        # Read as "only these people", it shares everyone: said before it applies.
        print(text(msg("Warning: {error}", error=msg(
            "include.emails changes nothing here: it adds people to those the other "
            "include criteria share, and with none of them every employee is shared "
            "already"))), file=sys.stderr)
    for left_out in named_but_left_out(session.index, spec):
        print(text(msg("Warning: {error}", error=left_out)), file=sys.stderr)
    plan = session.preview(spec)
    print(plan_text(plan))
    if args.dry_run:
        unapproved = 0 if args.allow_deletions else len(plan.removals)
        reason = plan_hold_reason(app.store, plan, unapproved, app.client_id)[0]
        if reason is not None:
            print(text(msg("The real sync would be held: {reason}", reason=reason)))
        print(text(msg("Dry run: nothing was saved.")))
        return EXIT_OK
    # Removals pass the deletion guard like any sync's; a held change waits (exit 3).
    outcome = app.save_filter_and_sync(spec, session, progress=stderr_progress,
                                       allow_deletions=args.allow_deletions)
    if outcome.status == "held":
        print(held_filter_text(outcome, str(args.file),
                                   allow_unmatched=args.allow_unmatched))
        return EXIT_HELD
    return report_sync(outcome, as_json=False)

