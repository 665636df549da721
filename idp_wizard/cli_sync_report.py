"""How a sync started from the command line reports: its result on stdout, throttling
waits on stderr, and the exit code scripts and the OS scheduler branch on."""

from __future__ import annotations

import sys

from idp_wizard.cli_console import (
    EXIT_FAILED,
    EXIT_HELD,
    EXIT_OK,
    error_line,
    print_json,
)
from idp_wizard.cli_language import text
from idp_wizard.cli_sync_output import platform_halt_text, sync_text
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.progress import Progress


def stderr_progress(p: Progress) -> None:
    """Only waits are worth a line: a throttled read can pause for minutes."""
    if p.phase == "throttled" and p.message:
        print(text(p.message), file=sys.stderr)


def report_sync(outcome: SyncOutcome, as_json: bool,
                extra: dict[str, object] | None = None) -> int:
    """`extra`: keys added to the `--json` document."""
    if as_json:
        print_json(outcome.to_json() | (extra or {}))
    else:
        print(sync_text(outcome))
    if outcome.status == "incomplete":  # the directory part applied, the platform's not
        print(error_line(platform_halt_text(outcome)), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_HELD if outcome.status == "held" else EXIT_OK
