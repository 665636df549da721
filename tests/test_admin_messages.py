"""Every sentence core and its neighbours hand the admin is a msg() message (issue 14,
item 6), so it can be shown in the admin's language: checked on the source, so a new
error built from an f-string or a plain literal fails here instead of reaching a German
screen in English.

What is checked, in the files below: errors of ours (`IdpWizardError` and every subclass)
built from text; any other exception raised with text (except the built-in ones that
only ever mean a bug, which the admin sees as "internal error"); progress lines,
scheduler notes, run errors and audit details given as text; prose handed to any other
call (a `print`, a line appended to the output, a refusal recorded for a user), except
the log's and argparse's; prose stored in an error, message, note or reason attribute;
and functions returning prose.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from idp_wizard.core.errors import IdpWizardError

PACKAGE = Path(__file__).resolve().parent.parent / "idp_wizard"
SCOPE = ("core/*.py", "providers/*.py", "platform/*.py", "scheduling/*.py", "cli_schedule.py",
         "diagnostics.py", "sign_in.py", "real_environment.py", "demo/environment.py",
         "desktop_check.py", "paths.py", "cli_console.py",
         # SCIM provisioning, clients, and the command line that shows them
         "app.py", "app_filters.py", "app_platform.py", "profile.py", "sync_all.py",
         "demo/platform_source.py",
         "cli.py", "cli_commands.py", "cli_output.py", "cli_sync_output.py", "cli_target.py",
         "cli_clients.py",
         # the parser's help and refusals, argparse's own texts (cli_argparse)
         "cli_parser.py", "cli_arguments.py", "cli_argparse.py", "cli_filters.py",
         "cli_sync_report.py")
# Exceptions that only ever mean a bug in our code: never shown as they are.
BUGS = {"ValueError", "TypeError", "KeyError", "AssertionError", "RuntimeError",
        "NotImplementedError"}
# Functions and module constants whose text is for machines, the OS or the browser.
NOT_FOR_THE_ADMIN = {
    ("platform/attributes.py", "element_path"),  # SCIM filter syntax
    ("platform/attributes.py", "WORK_EMAIL"),
    ("platform/attributes.py", "WORK_LOCALITY"),
    ("platform/attributes.py", "WORK_COUNTRY"),
    ("platform/listing.py", "eq_filter"),
    ("scheduling/systemd.py", "service_unit"),  # a systemd unit file
    ("scheduling/windows.py", "task_xml"),  # a Task Scheduler definition
    ("core/delta.py", "choose_mode"),  # a run's mode_reason: `history --json` only
    ("core/validation.py", "PLATFORM_REFUSED"),  # a stored action key, shown translated
    # The browser's page after a Google sign-in: google-auth-oauthlib serves it from the
    # sign-in worker, which has no language (providers cannot ask Qt or the CLI).
    ("providers/google_sign_in.py", "SUCCESS_PAGE"),
    # What the system's resolver says of a failed name lookup: matched, never shown.
    ("providers/net_words.py", "_LOOKUP_WORDS"),
}
PROSE = re.compile(r"\b[a-z]{2,}[,;:]? [a-z]{2,}\b|^[A-Z][a-z]+ [a-z]{2,}")  # "is not"
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|WITH|PRAGMA)\b")  # not prose
WORD = re.compile(r"[A-Za-z]{2,}")
SINKS = {"message", "note", "error"}  # Progress(message=), ScheduleStatus(note=), ...(error=)
# Attributes that hold what the admin is told (report.error = ..., target.state_reason).
HOLDERS = {"error", "message", "note", "reason", "state_reason", "detail"}
# Calls whose text never reaches the admin as it is: the log, a lock's name for the log,
# commands. (The parser's help texts and its type checks' refusals are shown: they are
# messages too, rendered in the language read before parsing.)
LOGGERS = {"log", "logger", "logging"}
NOT_SHOWN = {"msg", "msg_count", "hold", "add_subparsers", "suggest", "command", "compile",
             "labelled", "_labelled"}  # cli_console.labelled, cli_schedule._labelled: the
# label is a key of STATUS_LABELS / cli_schedule.LABELS (messages; another text fails)
# Text handed on as data, (file, callee): shown, if ever, as a value or not at all.
DATA_CALLS = {
    ("platform/discovery.py", "ConnectionReport"),  # no_match_answer: "empty list" or "404"
    ("scheduling/base.py", "RunResult"),  # a tool's stderr, quoted as the tool's own words
    ("scheduling/windows.py", "_sub"),  # task_xml: the Task Scheduler definition
}


def scope_files() -> list[Path]:
    return sorted({p for pattern in SCOPE for p in PACKAGE.glob(pattern)})


def our_errors() -> set[str]:
    for path in scope_files():  # every subclass defined in the scope is imported
        module = path.relative_to(PACKAGE).with_suffix("").parts
        importlib.import_module(".".join(("idp_wizard", *module)))
    found, todo = {IdpWizardError.__name__}, [IdpWizardError]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.add(sub.__name__)
            todo.append(sub)
    return found


def is_text(node: ast.AST, words: re.Pattern[str] = WORD) -> bool:
    """Text built in place (a literal, an f-string, a concatenation or .format()) with
    `words` in it: any word where only a message belongs, prose (PROSE) elsewhere."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(words.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(is_text(part, words) for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return is_text(node.left, words) or is_text(node.right, words)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("format", "join") and is_text(node.func.value, words)
    if isinstance(node, ast.IfExp):
        return is_text(node.body, words) or is_text(node.orelse, words)
    if isinstance(node, ast.BoolOp):  # `reason or "the default sentence"`
        return any(is_text(value, words) for value in node.values)
    return False


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _shown(call: ast.Call, where: str) -> bool:
    """Whether text given to this call may reach the admin as it is."""
    called = _name(call.func)
    if isinstance(call.func, ast.Attribute) and _name(call.func.value) in LOGGERS:
        return False
    return called not in NOT_SHOWN | BUGS and (where, called) not in DATA_CALLS


def _calls(tree: ast.AST, where: str, errors: set[str]) -> Iterator[str]:
    raised: set[int] = set()
    for node in ast.walk(tree):
        line = f"{where}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            called = _name(node.exc.func)  # ours are checked below, raised or not
            raised.add(id(node.exc))
            if called not in BUGS | errors | NOT_SHOWN and node.exc.args and is_text(
                    node.exc.args[0], PROSE):
                yield f"{line}: raise {called}(text)"
        if not isinstance(node, ast.Call):
            continue
        called = _name(node.func)
        if called in errors and node.args and is_text(node.args[0]):
            yield f"{line}: {called}(text)"
        elif called == "audit" and len(node.args) > 1 and is_text(node.args[1]):
            yield f"{line}: audit detail as text"
        elif id(node) not in raised and called not in errors and _shown(node, where) and any(
                is_text(arg, PROSE) and not _is_sql(arg) for arg in node.args):
            yield f"{line}: {called}(text)"
        if any(k.arg in SINKS and is_text(k.value) for k in node.keywords):
            yield f"{line}: {called}(message/note/error=text)"


def _assignments(tree: ast.AST, where: str) -> Iterator[str]:
    """`report.error = "..."`, also inside `a.status, a.error = "x", "..."`."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            pairs = (zip(target.elts, node.value.elts, strict=False)
                     if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple)
                     else [(target, node.value)])
            for name, value in pairs:
                if (isinstance(name, ast.Attribute) and name.attr in HOLDERS
                        and is_text(value, PROSE)):
                    yield f"{where}:{node.lineno}: {name.attr} = text"


def _constants(tree: ast.Module, where: str) -> Iterator[str]:
    """Module constants (REGISTER_HINT, a table of hints) must be messages too."""
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        names = {t.id for t in targets if isinstance(t, ast.Name)}
        if not names or {(where, n) for n in names} & NOT_FOR_THE_ADMIN:
            continue
        values = value.values if isinstance(value, ast.Dict) else (
            value.elts if isinstance(value, ast.Tuple | ast.List) else [value])
        if any(v is not None and is_text(v, PROSE) and not _is_sql(v) for v in values):
            yield f"{where}:{statement.lineno}: {min(names)} is text"


def _is_sql(node: ast.AST) -> bool:
    """A statement for SQLite (a literal, an f-string or concatenated literals), never
    shown."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(SQL.match(node.value))
    if isinstance(node, ast.JoinedStr) and node.values:
        return _is_sql(node.values[0])
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_sql(node.left)
    return False


def _returns(tree: ast.AST, where: str) -> Iterator[str]:
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if (where, function.name) in NOT_FOR_THE_ADMIN or function.name == "__repr__":
            continue
        for node in ast.walk(function):
            if not isinstance(node, ast.Return) or node.value is None:
                continue
            values = (node.value.elts if isinstance(node.value, ast.List | ast.Tuple)
                      else [node.value])  # lines of output, too
            if any(is_text(v, PROSE) for v in values):
                yield f"{where}:{node.lineno}: {function.name} returns text"


def plain_text_sites(source: str, where: str, errors: set[str]) -> Iterator[str]:
    """`where:line: what` for each place that gives the admin text instead of a message."""
    tree = ast.parse(source)
    yield from _calls(tree, where, errors)
    yield from _assignments(tree, where)
    yield from _constants(tree, where)
    yield from _returns(tree, where)


def test_the_scope_is_what_the_issue_names() -> None:
    names = {p.relative_to(PACKAGE).as_posix() for p in scope_files()}
    assert {"core/store.py", "core/filter_spec.py", "providers/entra_errors.py",
            "platform/replies.py", "scheduling/cron.py", "sign_in.py", "core/sync.py",
            "core/push.py", "core/push_results.py", "core/platform_target.py",
            "core/client_overview.py", "app_platform.py", "cli_target.py", "cli_output.py",
            "cli_commands.py", "cli_clients.py", "cli.py", "profile.py", "sync_all.py"} <= names
    assert len(names) >= 107  # new modules under core/ and providers/ join the scope


def test_admin_facing_text_is_built_with_msg() -> None:
    errors = our_errors()
    assert {"ProviderError", "PlatformError", "SchedulingError", "OutputError"} <= errors
    found = [site for path in scope_files()
             for site in plain_text_sites(path.read_text(encoding="utf-8"),
                                          path.relative_to(PACKAGE).as_posix(), errors)]
    assert not found, "build these with msg() (core/messages.py):\n" + "\n".join(found)


@pytest.mark.parametrize(("source", "count"), [
    ('raise UsageError(f"{path} is not a filter file")', 1),
    ('raise UsageError("The file is damaged.")', 1),
    ('raise SchedulingError("Writing " + what + " failed")', 1),
    ('return ProviderError("Google refused the sign-in ({code}).".format(code=c))', 1),
    ('raise OSError(f"cannot read {path}")', 1),  # not ours, but shown: still text
    ('http.report(Progress("users", message=f"{n} users read"))', 1),
    ('store.audit("schedule.install", f"{name}, every {n} minutes")', 1),
    ('def note() -> str:\n    return "the timer is installed but not active"', 1),
    ('raise UsageError(msg("{path} is not a filter file", path=p))', 0),
    ('raise ValueError(f"concurrency must be at least {n}")', 0),  # a bug, not a message
    ('raise ProviderError(code, status=401)', 0),
    ('log.info("the room list is not readable (%s)", status)', 0),
    ('return f"{self.name}.sqlite3"', 0),
    ('store.audit("schedule.remove", scheduler.name)', 0),
    ('HINT = "enable the Admin SDK API in the Google Cloud project"', 1),
    ('_HINTS = {"quota": "the quota is used up", "x": msg("try again")}', 1),
    ('USER_FIELDS = "nextPageToken,users(id,primaryEmail)"', 0),
    ('print(f"Wrote {count:,} users to {path}.")', 1),
    ('lines.append(f"Platform repaired: {n:,} re-created, {m:,} restored.")', 1),
    ('self.fail(uid, "The platform did not confirm the user.", None)', 1),
    ('Progress("platform", 0, total, "Sending changes to the platform")', 1),
    ('SyncOutcome("failed", None, "", error="An internal error stopped this sync")', 1),
    ('report.status, report.error = "paused", "The platform rejected the token"', 1),
    ('target.state_reason = f"the platform is {state}"', 1),
    ('def lines() -> list[str]:\n    return ["Platform: none set", f"{url} is ready"]', 1),
    ('print(text(msg("Wrote {count} user(s) to {path}.", count=n, path=p)))', 0),
    ('lines.append(f"  {label:14} {value}")', 0),
    ('log.info("platform push halted: %s", reason)', 0),
    ('with self.lock.hold(WRITE_WAIT, "change the platform target"):\n    pass', 0),
    ('p.add_argument("--json", help="print the result as JSON")', 0),
    ('raise argparse.ArgumentTypeError(f"must be a whole number, not {text}")', 1),
    ('report.status, report.error = "halted", reason', 0),
    ('report.error = target.reason or "The platform rejected the SCIM token (401)."', 1),
    ('db.execute("UPDATE platform_users SET status = \'failed\' WHERE client_id = ?", [c])', 0),
    ('db.execute(f"SELECT id FROM platform_users WHERE pending IN ({marks})", ids)', 0),
])
def test_the_check_finds_plain_text(source: str, count: int) -> None:
    errors = {"UsageError", "ProviderError", "SchedulingError"}
    assert len(list(plain_text_sites(source, "x.py", errors))) == count
