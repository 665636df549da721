"""`schedule status` reads as one label/value block in both languages: its first line
was a whole sentence while the labels below were padded to the longest German label."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard import cli_language, cli_schedule
from idp_wizard.cli import main
from idp_wizard.scheduling import RunResult

from .fakes import FakeRunner, env


@pytest.fixture(autouse=True)
def english_afterwards() -> object:
    yield
    cli_language.use("en")


def run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> list[str]:
    assert main(["--data-dir", str(data), "--demo", *argv]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out.splitlines()


def test_status_is_one_block_in_english_and_german(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli_schedule, "env_factory",
                        lambda: env(tmp_path, "linux", FakeRunner()))
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "entra", "--no-sync")
    install = f"idp-wizard --data-dir {data} --demo schedule install"
    assert run(capsys, data, "--lang", "en", "schedule", "status") == [
        f"Scheduled sync: not installed (systemd). Install it with: {install}",
        "Last sync:      none yet",
        "Last scheduled: none yet"]
    assert run(capsys, data, "--lang", "de", "schedule", "status") == [
        "Geplante Synchronisierung:        nicht eingerichtet (systemd). Richten Sie sie ein "
        f"mit: {install}",
        "Letzte Synchronisierung:          noch keine",
        "Letzte geplante Synchronisierung: noch keine"]
    run(capsys, data, "schedule", "install", "--interval", "30")
    timer = tmp_path / "home dir/.config/systemd/user/idp-wizard-demo-sync.timer"
    assert run(capsys, data, "--lang", "en", "schedule", "status") == [
        f"Scheduled sync: installed, every 30 minutes (systemd: {timer})",
        "Last sync:      none yet",
        "Last scheduled: none yet"]
    assert run(capsys, data, "--lang", "de", "schedule", "status") == [
        f"Geplante Synchronisierung:        eingerichtet, alle 30 Minuten (systemd: {timer})",
        "Letzte Synchronisierung:          noch keine",
        "Letzte geplante Synchronisierung: noch keine"]


def test_not_available_and_another_folders_entry_line_up_in_german(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    data, other = tmp_path / "d", tmp_path / "other"
    other.mkdir()
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: env(
        tmp_path, "linux", FakeRunner(lambda argv, stdin: RunResult(127, "", "not found"))))
    run(capsys, data, "connect", "--provider", "entra", "--no-sync")
    lines = run(capsys, data, "--lang", "de", "schedule", "status")
    assert lines[0].startswith("Geplante Synchronisierung:        nicht verfügbar. Auf diesem "
                               "Computer steht kein Zeitplaner zur Verfügung")
    assert lines[1:] == ["Letzte Synchronisierung:          noch keine",
                         "Letzte geplante Synchronisierung: noch keine"]
    monkeypatch.setattr(cli_schedule, "env_factory",
                        lambda: env(tmp_path, "linux", FakeRunner()))
    assert main(["--data-dir", str(other), "--demo", "schedule", "install"]) == 0
    capsys.readouterr()
    lines = run(capsys, data, "--lang", "de", "schedule", "status")
    assert [line[:34] for line in lines] == [
        "Geplante Synchronisierung:        ", "Hinweis:                          ",
        "Letzte Synchronisierung:          ", "Letzte geplante Synchronisierung: "]
    assert lines[0][34:] == "für diesen Datenordner nicht eingerichtet (systemd)."
    assert lines[2:] == ["Letzte Synchronisierung:          noch keine",
                         "Letzte geplante Synchronisierung: noch keine"]
