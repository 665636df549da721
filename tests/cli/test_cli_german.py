"""`--lang de` leaves nothing of the command line in English: the labels of the status
blocks (aligned on the longest German label), table headers and run words, argparse's
own frame and refusals ("usage:", "error:", "the following arguments are required"),
every --help text. English output is unchanged; --json is the same in both languages."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest

from idp_wizard import cli_language, cli_schedule
from idp_wizard.cli import build_parser, main
from idp_wizard.demo.scim_constants import DEMO_SCIM_URL
from idp_wizard.scheduling import RunResult, ScheduleEnv

# What used to stay English under --lang de (labels, argparse's frame, run words).
ENGLISH = re.compile(
    r"\b(Platform|Target state|On platform|Last sync|Last scheduled|Note|Provider|State|"
    r"Synced users|Why|Client|Removals|Paused):|usage:|error:|\brequired\b|unrecognized|"
    r"invalid choice|expected one argument|show this help|positional arguments|options:|"
    r"\b(succeeded|skipped|delivered|active|provisioned|pending)\b(?!=)|"
    r"\b(CLIENT|PROVIDER|STATE|USERS|LAST SYNC|DEPARTMENT|LANG|PLATFORM)\b|"
    r": .*\b(department|job_title)\b")  # the fields a planned update changes


@pytest.fixture(autouse=True)
def english_afterwards() -> object:
    yield
    cli_language.use("en")


@pytest.fixture
def no_scheduler(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No scheduler at all (never the machine's crontab)."""
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: ScheduleEnv(
        platform="linux", home=tmp_path / "home", lock_dir=tmp_path / "locks",
        run=lambda argv, stdin=None: RunResult(127, "", "command not found"),
        executable=("/usr/bin/python3", "-m", "idp_wizard")))


def run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data), "--demo", *argv])
    except SystemExit as exc:  # argparse's refusals and --help
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def last_sync(capsys: pytest.CaptureFixture[str], data: Path) -> str:
    return str(json.loads(run(capsys, data, "status", "--json")[1])["last_sync"]["finished_at"])


@pytest.mark.platform  # the demo's embedded platform is the target
def test_status_labels_in_german_aligned_and_english_unchanged(
        capsys: pytest.CaptureFixture[str], connected: Path) -> None:
    when = last_sync(capsys, connected)
    code, out, err = run(capsys, connected, "--lang", "de", "status")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Anbieter:                 Microsoft Entra ID - contoso.example (demo)",
        "Zustand:                  Verbunden",
        "Synchronisierte Benutzer: 229 von 250 im Verzeichnis",
        f"Letzte Synchronisierung:  {when} erfolgreich (+229 ~0 -0)",
        f"Plattform:                {DEMO_SCIM_URL} (eingebettete Demoplattform)",
        "Plattformzustand:         Bereit",
        "Auf der Plattform:        229 bereitgestellt, 0 ausstehend, 0 fehlgeschlagen"]
    code, out, err = run(capsys, connected, "--lang", "en", "status")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Provider:      Microsoft Entra ID - contoso.example (demo)",
        "State:         Connected",
        "Synced users:  229 of 250 in the directory",
        f"Last sync:     {when} succeeded (+229 ~0 -0)",
        f"Platform:      {DEMO_SCIM_URL} (embedded demo platform)",
        "Target state:  Ready",
        "On platform:   229 provisioned, 0 pending, 0 failed"]


def test_json_is_the_same_in_both_languages(capsys: pytest.CaptureFixture[str],
                                            connected: Path, no_scheduler: None) -> None:
    for argv in (["status", "--json"], ["history", "--json"], ["filters", "show", "--json"],
                 ["clients", "list", "--json"], ["schedule", "status", "--json"],
                 ["users", "--format", "json"], ["users", "--format", "csv"]):
        english = run(capsys, connected, "--lang", "en", *argv)
        assert run(capsys, connected, "--lang", "de", *argv) == english, argv


def test_schedule_status_labels_in_german(capsys: pytest.CaptureFixture[str],
                                          connected: Path, no_scheduler: None) -> None:
    when = last_sync(capsys, connected)
    code, out, err = run(capsys, connected, "--lang", "de", "schedule", "status")
    assert (code, err) == (0, "")
    assert out.splitlines()[1:] == [
        f"Letzte Synchronisierung:          {when} erfolgreich (+229 ~0 -0)",
        "Letzte geplante Synchronisierung: noch keine"]
    code, out, err = run(capsys, connected, "--lang", "en", "schedule", "status")
    assert out.splitlines()[1:] == [f"Last sync:      {when} succeeded (+229 ~0 -0)",
                                    "Last scheduled: none yet"]


def test_argparse_refusals_in_german(capsys: pytest.CaptureFixture[str],
                                     tmp_path: Path) -> None:
    data = tmp_path / "d"
    code, out, err = run(capsys, data, "--lang", "de", "connect")
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "Aufruf: idp-wizard connect [-h] --provider {entra,google} [--device-code]",
        "                           [--no-sync] [--client-id ID] [--tenant TENANT]",
        "                           [--cloud {global,usgov,china}]",
        "                           [--client-secret-file FILE] [--port PORT]",
        "idp-wizard connect: Fehler: die folgenden Argumente sind erforderlich: --provider"]
    cases = [
        (["sync", "--bogus"], "idp-wizard: Fehler: unbekannte Argumente: --bogus"),
        (["users", "--format", "xml"], "idp-wizard users: Fehler: Argument --format: "
         "ungültige Auswahl: 'xml' (möglich sind 'table', 'json', 'csv')"),
        (["connect", "--provider"], "idp-wizard connect: Fehler: Argument --provider: "
         "ein Argument erwartet"),
        (["schedule", "install", "--interval", "abc"], "idp-wizard schedule install: Fehler: "
         "Argument --interval: muss eine ganze Zahl sein, nicht 'abc'"),
        (["demo", "simulate-changes", "--steps", "0"], "idp-wizard demo simulate-changes: "
         "Fehler: Argument --steps: muss zwischen 1 und 10000 liegen (erhalten: 0)"),
        (["filters"], "idp-wizard filters: Fehler: die folgenden Argumente sind "
         "erforderlich: ACTION"),
        (["users", "--search", "x" * 600], "idp-wizard users: Fehler: Argument --search: "
         "höchstens 512 Zeichen (erhalten: 600)"),
    ]
    for argv, german in cases:
        code, out, err = run(capsys, data, "--lang", "de", *argv)
        assert (code, out, err.splitlines()[-1]) == (2, "", german)
        assert err.startswith("Aufruf: idp-wizard")
    code, _, err = run(capsys, data, "--lang", "en", "connect")
    assert err.splitlines()[0] == ("usage: idp-wizard connect [-h] --provider {entra,google} "
                                   "[--device-code]")
    assert err.splitlines()[-1] == ("idp-wizard connect: error: the following arguments are "
                                    "required: --provider")


def test_help_in_german(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")  # argparse wraps help to the terminal's width
    code, out, err = run(capsys, tmp_path, "--lang", "de", "schedule", "install", "--help")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Aufruf: idp-wizard schedule install [-h] [--interval MINUTES] [--replace]",
        "",
        "Optionen:",
        "  -h, --help          diese Hilfe anzeigen und beenden",
        "  --interval MINUTES  Minuten zwischen Synchronisierungen (5\u20131440; Standard:",
        "                      das kürzeste Intervall der Kunden, 40, sofern nicht",
        "                      geändert)",
        "  --replace           die geplante Synchronisierung eines anderen Datenordners",
        "                      ersetzen, wo der Zeitplaner des Betriebssystems nur eine",
        "                      pro Benutzer verwaltet (systemd, launchd, Windows)"]
    code, out, _ = run(capsys, tmp_path, "--lang", "de", "--help")
    assert "\nPositionsargumente:\n" in out and "\nOptionen:\n" in out


def _helps(parser: argparse.ArgumentParser, path: str = "") -> dict[str, str]:
    """Every help text and description of `parser` and its sub-commands, by place."""
    found = {f"{path} (description)": parser.description or ""}
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            found[f"{path} {action.dest}"] = action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                found[f"{path} {choice.dest}"] = choice.help or ""
            for name, sub in action.choices.items():
                found |= _helps(sub, f"{path} {name}")
    return found


def test_every_help_text_is_german() -> None:
    from idp_wizard.cli_argparse import argparse_language

    with argparse_language():
        english = _helps(build_parser())
        cli_language.use("de")
        german = _helps(build_parser())
    assert german.keys() == english.keys() and len(german) > 80
    assert [k for k in german if german[k] == english[k] and english[k]] == []


def test_the_language_is_known_before_parsing() -> None:
    from idp_wizard.cli_argparse import requested_language

    assert requested_language(["--lang", "de", "status"]) == "de"
    assert requested_language(["--data-dir", "/x", "--lang=de", "connect"]) == "de"
    assert requested_language(["--la", "de", "sync"]) is None  # no abbreviations
    assert requested_language(["status"]) is None
    assert requested_language(["--lang"]) is None


def test_pseudo_keeps_argparses_placeholders(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    """The pseudo-locale's accents would break "%(prog)s": argparse then says it in
    English rather than failing."""
    code, out, err = run(capsys, tmp_path, "--lang", "pseudo", "users", "--format", "xml")
    assert (code, out) == (2, "")
    assert err.splitlines()[-1].startswith("[!! idp-wizard users: érrör: argument --format: "
                                           "invalid choice: 'xml' (choose from 'table', "
                                           "'json', 'csv') ~")


def test_no_english_left_in_any_german_command(capsys: pytest.CaptureFixture[str],
                                               connected: Path, no_scheduler: None) -> None:
    """Every command and sub-command, its help and a refusal of each, in German: none of
    the texts that used to stay English."""
    commands = [
        ["demo", "simulate-changes", "--steps", "2"], ["sync", "--dry-run"],  # moves: ~ lines
        ["status"], ["sync"], ["users"], ["users", "--search", "Ada"],
        ["filters", "options"], ["filters", "show"], ["history"], ["clients", "list"],
        ["target", "show"], ["target", "test"], ["schedule", "status"],
        ["schedule", "remove"], ["demo", "simulate-changes"], ["clients", "add", "Fabrikam"],
        ["clients", "rename", "Fabrikam", "Fab2"], ["status"], ["clients", "list"],
        ["--client", "Fab2", "status"], ["clients", "remove", "Fab2", "--yes"],
        ["connect"], ["connect", "--provider"], ["sync", "--bogus"], ["filters"],
        ["filters", "set"], ["clients", "remove", "X"], ["target", "set"],
        ["disconnect"], ["schedule"], ["diagnostics", "export"], ["users", "--format", "x"],
        ["--demo-size", "x", "status"], ["--client", "", "status"], ["--client", "N", "status"],
    ]
    parser = build_parser()
    subs = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    commands += [["--help"]] + [[name, "--help"] for name in subs.choices]
    for name, sub in subs.choices.items():
        for action in sub._actions:
            if isinstance(action, argparse._SubParsersAction):
                commands += [[name, leaf, "--help"] for leaf in action.choices]
    seen = []
    for argv in commands:
        _, out, err = run(capsys, connected, "--lang", "de", *argv)
        seen += [(argv, line) for line in (out + err).splitlines() if ENGLISH.search(line)]
    assert seen == []
    assert len(commands) > 60
