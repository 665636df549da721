"""Command line (a public interface, see DESIGN.md). Imports Qt only to start the GUI.

Exit codes: 0 success; 1 the operation failed (one line on stderr, no traceback);
2 usage error; 3 a sync was held by the deletion guard.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from idp_wizard import cli_language
from idp_wizard.cli_argparse import argparse_language, requested_language
from idp_wizard.cli_arguments import (
    connect_problem,
    demo_mode_problem,
    demo_size_problem,
    missing_data_dir_problem,
)
from idp_wizard.cli_clients import clients_usage_problem
from idp_wizard.cli_console import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    OutputError,
    console,
    error_line,
    silence_stdout,
    stdout_closed,
)
from idp_wizard.cli_parser import build_parser
from idp_wizard.core.errors import IdpWizardError, UsageError
from idp_wizard.core.hints import CommandHint, use
from idp_wizard.core.messages import msg
from idp_wizard.core.os_errors import os_reason
from idp_wizard.logs import setup_logging
from idp_wizard.paths import ENV_DATA_DIR, ProfilePaths, default_data_dir

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # The language first: the parser's help texts and argparse's refusals speak it.
    cli_language.use(cli_language.choose(requested_language(argv)))
    with argparse_language():  # argparse reads its texts while it parses and refuses
        args, paths = _parse(argv)
    if paths is None:  # packaging checks: before any profile work
        from idp_wizard.ui import self_test, startup_probe

        return self_test.run_self_test() if args.self_test else startup_probe.run()
    with use(CommandHint.from_args(args)):
        if args.command is None:
            return _desktop(paths, args)
        return _command(args, paths)


def _parse(argv: list[str]) -> tuple[argparse.Namespace, ProfilePaths | None]:
    """The arguments and the profile's paths (None for the packaging checks); usage
    errors exit with code 2."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo_size is not None and not args.demo:
        parser.error(cli_language.text(msg("--demo-size needs --demo (it sets the size of the "
                                           "demo tenant)")))
    problem = (clients_usage_problem(args) or connect_problem(args)
               or demo_size_problem(args))
    if problem:
        parser.error(cli_language.text(problem))
    if args.self_test or args.startup_probe:
        return args, None
    try:
        data_dir = (args.data_dir or default_data_dir()).expanduser().absolute()
    except UsageError as exc:
        parser.error(cli_language.text(exc))
    return args, ProfilePaths(data_dir, demo=args.demo)


def _desktop(paths: ProfilePaths, args: argparse.Namespace) -> int:
    from idp_wizard.desktop_check import desktop_problem, no_desktop_message

    problem = desktop_problem()
    if problem:  # instead of Qt's paragraph about plugins and an abort
        print(cli_language.text(no_desktop_message(problem)), file=sys.stderr)
        return EXIT_FAILED
    from idp_wizard.ui.launch import run_gui  # Qt only from here on

    return run_gui(paths, demo_size=args.demo_size, lang=args.lang)


def _command(args: argparse.Namespace, paths: ProfilePaths) -> int:
    say = cli_language.text
    if stdout_closed():
        print(error_line(say(msg(
            "standard output is closed; nothing was done (send the output somewhere, e.g. "
            "> FILE)."))), file=sys.stderr)
        return EXIT_FAILED
    named_by = "--data-dir" if args.data_dir is not None else (
        ENV_DATA_DIR if os.environ.get(ENV_DATA_DIR) else None)
    problem = (missing_data_dir_problem(args, paths.data_dir, named_by)
               or demo_mode_problem(args))
    if problem is not None:  # before a log or a profile is made
        print(error_line(say(problem)), file=sys.stderr)
        return EXIT_USAGE
    try:
        setup_logging(paths.log_dir)
    except OSError as exc:
        # The folder itself (a file, read-only...), or a file of ours inside it.
        culprit = Path(exc.filename) if exc.filename and _writable_folder(paths.data_dir) \
            else paths.data_dir
        print(error_line(say(msg(
            "cannot write to the data folder {path} ({reason}).", path=str(paths.data_dir),
            reason=os_reason(exc)) if culprit == paths.data_dir else msg(
            "cannot write {path} in the data folder ({reason}); move it away or choose "
            "another data folder (--data-dir).", path=str(culprit),
            reason=os_reason(exc)))), file=sys.stderr)
        return EXIT_FAILED
    from idp_wizard.cli_commands import run_command

    with console():
        try:
            paths.check()
            code = run_command(args, paths)
            sys.stdout.flush()  # a full disk shows here, not as Python's noise at exit
            return code
        except UsageError as exc:
            print(error_line(say(exc)), file=sys.stderr)
            return EXIT_USAGE
        except OutputError as exc:
            silence_stdout()
            print(error_line(say(exc)), file=sys.stderr)
            return EXIT_FAILED
        except IdpWizardError as exc:
            print(error_line(say(exc)), file=sys.stderr)
            return EXIT_FAILED
        except KeyboardInterrupt:
            print("idp-wizard: " + say(msg("interrupted; nothing more was applied.")),
                  file=sys.stderr)
            return EXIT_FAILED
        except BrokenPipeError:  # `idp-wizard users | head`: the reader stopped listening
            silence_stdout()  # no second error when Python flushes
            return EXIT_OK
        except Exception as exc:  # a bug: keep the traceback in the log, not on screen
            log.exception("internal error")
            print("idp-wizard: " + say(msg(
                "internal error ({kind}); details are in {path}", kind=type(exc).__name__,
                path=str(paths.log_dir / "idp-wizard.log"))), file=sys.stderr)
            return EXIT_FAILED


def _writable_folder(path: Path) -> bool:
    try:
        return path.is_dir() and os.access(path, os.W_OK)
    except OSError:  # a name too long: the folder itself is what is wrong
        return False


if __name__ == "__main__":
    sys.exit(main())
