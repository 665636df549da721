"""Counts read right on the command line: "1 client", "2 clients" (msg_count), in
English and German, never "client(s)"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from idp_wizard import cli_language
from idp_wizard.cli import main
from idp_wizard.core.messages import msg_count


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> str:
    assert main(["--data-dir", str(data), "--demo", *args]) == 0
    return capsys.readouterr().out


def test_one_or_other_form_by_the_count() -> None:
    forms = [msg_count(n, "{count} user", "{count} users", count=n).template
             for n in (0, 1, 2, 1000)]
    assert forms == ["{count} users", "{count} user", "{count} users", "{count} users"]
    try:
        cli_language.use("de")
        said = [cli_language.text(msg_count(
            n, "{count} employee needs attention in the directory:",
            "{count} employees need attention in the directory:", count=n)) for n in (1, 3)]
    finally:
        cli_language.use("en")
    assert said == ["1 Person im Verzeichnis benötigt Ihre Aufmerksamkeit:",
                    "3 Mitarbeitende im Verzeichnis benötigen Ihre Aufmerksamkeit:"]


def test_one_client_and_one_round_are_singular(capsys: pytest.CaptureFixture[str],
                                               connected: Path) -> None:
    assert _run(capsys, connected, "--lang", "en", "clients", "list").splitlines()[-1] \
        == "1 client"
    assert _run(capsys, connected, "--lang", "de", "clients", "list").splitlines()[-1] \
        == "1 Kunde"
    said = _run(capsys, connected, "--lang", "en", "demo", "simulate-changes", "--steps", "1")
    assert said.startswith("The demo directory changed (1 round of joiners, leavers and "
                           "moves so far). Pick it up with: ")
    said = _run(capsys, connected, "--lang", "en", "demo", "simulate-changes", "--steps", "2")
    assert said.startswith("The demo directory changed (3 rounds of joiners, leavers and "
                           "moves so far). Pick them up with: ")


def test_a_filter_change_adding_one_employee_says_employee(
        capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path) -> None:
    users = json.loads(_run(capsys, connected, "users", "--format", "json"))
    leave_out, keep = tmp_path / "leave_out.json", tmp_path / "keep.json"
    leave_out.write_text(json.dumps({"version": 1, "include": {},
                                     "exclude": {"emails": [users[0]["email"]]}}))
    keep.write_text(json.dumps({"version": 1, "include": {}, "exclude": {}}))
    _run(capsys, connected, "filters", "set", str(leave_out))
    assert len(json.loads(_run(capsys, connected, "users", "--format", "json"))) \
        == len(users) - 1
    said = _run(capsys, connected, "--lang", "en", "filters", "set", str(keep), "--dry-run")
    assert said.splitlines()[0] == (f"+1 employee will be added, 0 will be removed, 0 updated; "
                                    f"{len(users)} of 250 employees will be shared.")
    said = _run(capsys, connected, "--lang", "de", "filters", "set", str(keep), "--dry-run")
    assert said.splitlines()[0] == (f"+1 Person wird hinzugefügt, 0 entfernt, 0 aktualisiert; "
                                    f"{len(users)} von 250 Mitarbeitenden werden freigegeben.")


def test_a_removal_and_a_disconnect_count_in_the_right_form(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """"1 sync runs" and "1 synced users were removed": now one form or the other."""
    from idp_wizard.profile import ClientRemoved

    def said(users: int, runs: int, lang: str) -> str:
        cli_language.use(lang)
        try:
            return cli_language.text(ClientRemoved("A", "Google Workspace", users, runs,
                                                   "").sentence())
        finally:
            cli_language.use("en")

    assert said(1, 1, "en") == ("Removed the client 'A': Google Workspace was disconnected and "
                                "1 synced user was removed; its history (1 sync run), settings "
                                "and audit log were deleted.")
    assert said(2, 0, "en") == ("Removed the client 'A': Google Workspace was disconnected and "
                                "2 synced users were removed; its history (0 sync runs), "
                                "settings and audit log were deleted.")
    assert said(1, 3, "de") == (
        "Der Kunde 'A' wurde entfernt: Die Verbindung zu Google Workspace wurde getrennt und 1 "
        "synchronisierter Benutzer wurde entfernt; sein Verlauf (3 Synchronisierungsläufe), "
        "seine Einstellungen und seine Admin-Aktionen wurden gelöscht.")
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "--demo", "--demo-size", "1", "connect",
                 "--provider", "google"]) == 0
    capsys.readouterr()
    assert _run(capsys, data, "disconnect", "--yes").splitlines()[0] == (
        "Disconnected Google Workspace. 1 synced user was removed.")
