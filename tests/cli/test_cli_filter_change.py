"""A filter change the deletion guard held stays visible on the command line after other
syncs ran, and a `sync --allow-deletions` that applies it says so, before (dry run) and
after. Before, a mistyped filter kept with --allow-unmatched waited unseen ("Connected",
no word in `sync` or `status`) until a `sync --allow-deletions` meant for other
removals applied it and removed everyone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.dump import database_dump
from tests.cli.test_cli_input import run

SYNCED = 229  # the 250-employee Entra demo tenant, default filter
SUMMARY = "Employees in Sals, excluding guests and disabled accounts"


def _waiting(data: Path) -> str:
    hint = f"idp-wizard --data-dir {data} --demo"
    return (f"A filter change waits for confirmation: {SUMMARY}. It would remove {SYNCED} "
            f"of {SYNCED} synced users. The current filter stays in force until {hint} "
            "sync --allow-deletions applies the change; to keep the current filter, give it "
            f"to filters set again ({hint} filters show --json prints it).\n")


def test_a_held_filter_change_is_said_until_it_is_applied(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    f = tmp_path / "typo.json"
    f.write_text('{"version": 1, "include": {"departments": ["Sals"]}}')
    code, _, err = run(capsys, connected, "filters", "set", str(f), "--allow-unmatched")
    assert code == 3 and err == ""

    code, out, err = run(capsys, connected, "sync")  # e.g. the scheduled run meanwhile
    assert code == 0 and err == ""
    assert out.startswith(f"Synced: added 0, updated 0, removed 0; {SYNCED} of 250 ")
    assert out.endswith(_waiting(connected))
    code, out, _ = run(capsys, connected, "status")
    assert code == 0 and "State:         Connected\n" in out
    assert out.endswith(_waiting(connected))
    code, out, _ = run(capsys, connected, "--lang", "de", "status")
    assert code == 0 and "Eine Filteränderung wartet auf Bestätigung" in out

    before = database_dump(connected)
    code, out, err = run(capsys, connected, "sync", "--allow-deletions", "--dry-run")
    assert code == 0 and err == ""
    assert f"would add 0, update 0, remove {SYNCED}; 0 of 250" in out
    assert out.endswith("This sync would apply the filter change that waits for "
                        f"confirmation: {SUMMARY}.\n")
    assert database_dump(connected) == before  # a dry run: every table, every row
    code, out, _ = run(capsys, connected, "sync", "--allow-deletions", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["filter_change"] == "would_apply"
    assert json.loads(out)["removed"] == SYNCED
    assert database_dump(connected) == before
    code, out, _ = run(capsys, connected, "sync", "--json")  # one JSON document only
    assert code == 0 and json.loads(out)["removed"] == 0
    assert json.loads(out)["filter_change"] == "waiting"

    code, out, err = run(capsys, connected, "sync", "--allow-deletions")
    assert code == 0 and err == ""
    assert f"removed {SYNCED}; 0 of 250 employees shared." in out
    assert out.endswith("This sync applied the filter change that waited for "
                        f"confirmation: {SUMMARY}.\n")
    assert database_dump(connected)["synced_users"] == []
    code, out, _ = run(capsys, connected, "status")
    assert code == 0 and "filter change" not in out
    code, out, _ = run(capsys, connected, "sync", "--json")
    assert code == 0 and "filter_change" not in json.loads(out)  # none waits any more



def test_the_status_of_every_client_names_the_client_whose_change_waits(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    assert run(capsys, connected, "clients", "add", "Fabrikam")[0] == 0
    f = tmp_path / "typo.json"
    f.write_text('{"version": 1, "include": {"departments": ["Sals"]}}')
    code, _, err = run(capsys, connected, "--client", "contoso.example", "filters", "set",
                       str(f), "--allow-unmatched")
    assert code == 3 and err == ""
    before = database_dump(connected)
    code, out, err = run(capsys, connected, "status")
    assert code == 0 and err == ""
    contoso, fabrikam = out.split("\n\n")
    assert contoso.startswith("Client:        contoso.example\n")
    assert contoso.endswith(
        f"A filter change waits for confirmation: {SUMMARY}. It would remove {SYNCED} of "
        f"{SYNCED} synced users. The current filter stays in force until idp-wizard "
        f"--data-dir {connected} --demo --client contoso.example sync --allow-deletions "
        "applies the change; to keep the current filter, give it to filters set again "
        f"(idp-wizard --data-dir {connected} --demo --client contoso.example filters show "
        "--json prints it).")
    assert fabrikam.startswith("Client:        Fabrikam\n") and "filter change" not in fabrikam
    assert database_dump(connected) == before


def test_sync_json_says_it_applied_the_waiting_change(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    f = tmp_path / "sales.json"
    f.write_text('{"version": 1, "include": {"departments": ["Sales"]}}')
    assert run(capsys, connected, "filters", "set", str(f))[0] == 3
    code, out, err = run(capsys, connected, "sync", "--allow-deletions", "--json")
    assert code == 0 and err == ""
    data = json.loads(out)  # the whole of stdout: one document
    assert data["filter_change"] == "applied" and data["removed"] == 189
    assert len(database_dump(connected)["synced_users"]) == 40
