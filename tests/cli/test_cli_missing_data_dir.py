"""A data folder the admin names (--data-dir or IDP_WIZARD_DATA_DIR) that does not exist
is a typo for every command but the ones that start a profile. It used to become a new,
empty profile: `users --output` wrote an empty export with exit 0, `status` said "No
identity provider is connected", `schedule install` registered a sync of nothing, and
each left a stray folder. Now one sentence, exit 2, and nothing is created."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from idp_wizard.cli import main
from tests.cli.dump import database_dump

EXPECTED = ("idp-wizard: error: the data folder {path} (named by {source}) does not exist; "
            "nothing was done. Check the path; `connect` starts a new profile there.\n")


@pytest.mark.parametrize("command", [
    ["status"], ["sync"], ["sync", "--dry-run"], ["users"], ["users", "--output", "OUT"],
    ["filters", "show"], ["filters", "options"], ["history"], ["disconnect", "--yes"],
    ["reauthorize"], ["clients", "list"], ["schedule", "install"],
    ["target", "show"], ["diagnostics", "export", "OUT"], ["demo", "simulate-changes"],
])
def test_a_mistyped_data_folder_is_refused_and_nothing_is_created(
    capsys: pytest.CaptureFixture[str], connected: Path, command: list[str],
) -> None:
    before = database_dump(connected)
    typo = connected.with_name(connected.name + "x")
    out_file = connected.parent / "export.csv"
    argv = [str(out_file) if part == "OUT" else part for part in command]
    code = main(["--data-dir", str(typo), "--demo", *argv])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == EXPECTED.format(path=typo, source="--data-dir")
    assert not typo.exists() and not out_file.exists()
    assert database_dump(connected) == before  # the real profile as it was


def test_the_variable_is_named_and_german_is_spoken(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    typo = tmp_path / "idp-wizrd"
    monkeypatch.setenv("IDP_WIZARD_DATA_DIR", str(typo))
    assert main(["users"]) == 2
    assert capsys.readouterr().err == EXPECTED.format(path=typo, source="IDP_WIZARD_DATA_DIR")
    assert main(["--lang", "de", "status"]) == 2
    assert capsys.readouterr().err == (
        f"idp-wizard: Fehler: Den Datenordner {typo} (angegeben mit IDP_WIZARD_DATA_DIR) gibt "
        "es nicht; es wurde nichts getan. Prüfen Sie den Pfad; `connect` legt dort ein neues "
        "Profil an.\n")
    assert not typo.exists()


def test_the_commands_that_start_a_profile_still_create_the_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    data = tmp_path / "new"
    assert main(["--data-dir", str(data), "--demo", "connect", "--provider", "google"]) == 0
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    added = tmp_path / "other"
    assert main(["--data-dir", str(added), "--demo", "clients", "add", "Acme"]) == 0
    assert added.is_dir()
    capsys.readouterr()
    assert main(["--data-dir", str(data), "--demo", "status"]) == 0  # it exists now
    assert "Google Workspace" in capsys.readouterr().out


def test_an_existing_empty_folder_is_a_profile_not_yet_connected(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    """The folder exists (made by hand, or by an installer): the profile starts there, as
    before."""
    code = main(["--data-dir", str(tmp_path), "--demo", "sync"])
    assert code == 1 and "No identity provider is connected" in capsys.readouterr().err


def test_the_scheduled_sync_of_a_deleted_folder_can_still_be_removed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The admin deleted the data folder first: its OS entry must not become unremovable."""
    from idp_wizard import cli_schedule
    from tests.scheduling.fakes import FakeRunner, env

    runner = FakeRunner()
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: env(tmp_path, "linux", runner))
    data = tmp_path / "data"
    data.mkdir()
    assert main(["--data-dir", str(data), "schedule", "install"]) == 0
    shutil.rmtree(data)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "schedule", "status"]) == 0
    assert capsys.readouterr().out.startswith("Scheduled sync: installed")
    assert main(["--data-dir", str(data), "schedule", "remove"]) == 0
    assert capsys.readouterr().out == "Removed the scheduled sync from systemd.\n"


def test_demo_tools_without_demo_are_refused_before_a_profile_is_made(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    """`demo simulate-changes` without --demo is a usage error; it used to open (and so
    create) an empty real profile in the folder first."""
    data = tmp_path / "data"
    data.mkdir()
    assert main(["--data-dir", str(data), "demo", "simulate-changes"]) == 2
    assert capsys.readouterr().err == ("idp-wizard: error: Simulating directory changes is "
                                       "only possible in demo mode (--demo).\n")
    assert sorted(p.name for p in data.iterdir()) == []
