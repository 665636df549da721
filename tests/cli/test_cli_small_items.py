"""The smaller refusals of issue 11, items 9 and 11: data folder, diagnostics export,
schedule status, exit codes, ports, the Google connect order, audit counts, a lock file
that is a folder, damaged and foreign databases."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

import idp_wizard.cli_schedule as cli_schedule
from idp_wizard.cli import main
from idp_wizard.paths import ProfilePaths
from idp_wizard.scheduling import RunResult, ScheduleEnv


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--demo", *args])
    out, err = capsys.readouterr()
    return code, out, err


def usage_error(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "Traceback" not in err
    return err.splitlines()[-1]


def test_an_empty_data_folder_is_refused_both_ways(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    for blank in ("", "  "):
        assert "--data-dir: must name a folder" in usage_error(
            capsys, ["--data-dir", blank, "--demo", "status"])
        monkeypatch.setenv("IDP_WIZARD_DATA_DIR", blank)
        assert "IDP_WIZARD_DATA_DIR is set but empty" in usage_error(
            capsys, ["--demo", "status"])
    assert list(cwd.iterdir()) == []  # nothing was created in the current folder


def test_demo_size_without_demo_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    for argv in (["--demo-size", "500", "status"], ["--demo-size", "500"]):
        err = usage_error(capsys, ["--data-dir", str(tmp_path / "d"), *argv])
        assert "--demo-size needs --demo" in err
    assert not (tmp_path / "d").exists()


def test_diagnostics_export_never_overwrites_without_force(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "entra", "--no-sync")
    target = tmp_path / "support.zip"
    target.write_bytes(b"the admin's own file")
    code, _, err = run(capsys, data, "diagnostics", "export", str(target))
    assert code == 2 and "already exists" in err and "--force" in err
    assert target.read_bytes() == b"the admin's own file"
    code, _, err = run(capsys, data, "diagnostics", "export", str(target), "--force")
    assert code == 0, err
    assert "history.json" in zipfile.ZipFile(target).namelist()
    assert not any(p.name.endswith(".partial") for p in tmp_path.iterdir())


def test_diagnostics_export_never_writes_over_the_apps_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "entra", "--no-sync")
    paths = ProfilePaths(data, demo=True)
    targets = [paths.database, paths.sync_lock, data / "demo.sqlite3-wal",
               data / "logs" / "idp-wizard.log", ProfilePaths(data, demo=False).database,
               data, data / "logs", Path(str(data) + "/../d/./demo.sqlite3")]
    paths.sync_lock.touch()
    before = {p: p.read_bytes() for p in targets if p.is_file()}
    for target in targets:
        code, _, err = run(capsys, data, "diagnostics", "export", str(target), "--force")
        assert code == 2 and ("own files" in err or "is a folder" in err), (target, err)
    assert {p: p.read_bytes() for p in targets if p.is_file()} == before
    assert run(capsys, data, "status")[0] == 0


def _no_scheduler(argv: object, stdin: object = None) -> RunResult:
    return RunResult(127, "", "command not found")


def test_schedule_status_without_any_scheduler_is_an_answer(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: ScheduleEnv(
        platform="linux", home=tmp_path / "home", run=_no_scheduler,
        executable=("/usr/bin/python3", "-m", "idp_wizard")))
    data = tmp_path / "d"
    data.mkdir()
    code, out, err = run(capsys, data, "schedule", "status")
    assert code == 0 and err == ""
    assert out.startswith("Scheduled sync: not available. No scheduler is available")
    assert "apt-get install cron" in out
    code, out, _ = run(capsys, data, "schedule", "status", "--json")
    status = json.loads(out)
    assert code == 0 and status["available"] is False and status["installed"] is False
    code, _, err = run(capsys, data, "schedule", "install")
    assert code == 1 and "apt-get install cron" in err


def test_google_connect_checks_the_client_file_before_the_browser(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    broken = tmp_path / "client_secret.json"
    for content in (None, "{not json", '{"web": {}}'):
        if content is not None:
            broken.write_text(content)
        code, _, err = main(["--data-dir", str(data), "connect", "--provider", "google",
                             "--client-secret-file", str(broken)]), *capsys.readouterr()
        assert code == 2 and err.count("\n") == 1, err
        assert "Sign in with the browser" not in err
    code = main(["--data-dir", str(data), "connect", "--provider", "entra"])
    err = capsys.readouterr().err
    assert code == 2 and "No Entra app registration" in err
    assert "Sign in with the browser" not in err


@pytest.mark.parametrize("provider", ["google", "entra"])
def test_the_connect_audit_entry_gives_the_directory_count(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, provider: str,
) -> None:
    data = tmp_path / "d"
    assert run(capsys, data, "connect", "--provider", provider)[0] == 0
    listed = json.loads(run(capsys, data, "status", "--json")[1])["directory_users"]
    audit = json.loads(run(capsys, data, "history", "--json")[1])["audit"]
    connect = [a["detail"] for a in audit if a["action"] == "connect"]
    assert connect == [f"{'Google Workspace' if provider == 'google' else 'Microsoft Entra ID'}"
                       f" (demo tenant, {listed:,} users in the directory)"]


def test_a_lock_file_that_is_a_folder_is_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "entra", "--no-sync")
    lock = ProfilePaths(data, demo=True).sync_lock
    lock.unlink(missing_ok=True)
    lock.mkdir()
    for command in (["sync"], ["status"]):
        code, _, err = run(capsys, data, *command)
        assert code == 1 and err.count("\n") == 1 and "internal error" not in err
        assert "demo.sync.lock is a folder" in err


def _database(tmp_path: Path) -> Path:
    db = tmp_path / "d" / "demo.sqlite3"
    db.parent.mkdir()
    return db


def _refused(capsys: pytest.CaptureFixture[str], db: Path, expected: str) -> None:
    before = db.read_bytes()
    code, _, err = run(capsys, db.parent, "status")
    assert code == 1 and expected in err, err
    assert err.count("\n") == 1 and "internal error" not in err
    assert db.read_bytes() == before  # left as it was: not migrated, not taken over


@pytest.mark.parametrize(("damage", "expected"), [
    ("PRAGMA user_version = 0", "has IdP Wizard tables but no schema version"),
    ("DROP TABLE sync_runs", "it is damaged (the table sync_runs is missing)"),
], ids=["schema version lost", "table missing"])
def test_a_damaged_profile_database_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, damage: str, expected: str,
) -> None:
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "entra", "--no-sync")
    db = data / "demo.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute(damage)
    conn.close()
    _refused(capsys, db, expected)


@pytest.mark.parametrize("pragmas", [
    ["CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"],  # a browser's history
    ["CREATE TABLE notes (id INTEGER)", "PRAGMA user_version = 1"],
    ["PRAGMA application_id = 1"],  # empty, but marked as another program's
    ["CREATE TABLE settings (key TEXT)", "PRAGMA application_id = 42",
     "PRAGMA user_version = 1"],
])
def test_another_applications_sqlite_file_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, pragmas: list[str],
) -> None:
    db = _database(tmp_path)
    with sqlite3.connect(db) as conn:
        for statement in pragmas:
            conn.execute(statement)
    conn.close()
    _refused(capsys, db, "belongs to another application")
