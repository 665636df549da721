"""The command line as DESIGN.md specifies it, in demo mode (no network, no Qt)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

from idp_wizard.cli import main
from idp_wizard.paths import ProfilePaths


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--demo", *args])
    out, err = capsys.readouterr()
    return code, out, err


def as_json(text: str) -> dict:
    return json.loads(text)


@pytest.mark.parametrize("provider", ["entra", "google"])
def test_connect_status_sync_users_disconnect(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, provider: str
) -> None:
    data = tmp_path / "d"
    code, out, _ = run(capsys, data, "connect", "--provider", provider)
    assert code == 0 and "Connected to" in out
    code, out, _ = run(capsys, data, "status", "--json")
    status = as_json(out)
    assert status["provider"] == provider and status["state"] == "connected"
    assert status["synced_users"] > 0 and status["directory_users"] >= status["synced_users"]
    assert status["last_sync"]["status"] == "succeeded"
    assert status["last_sync"]["added"] == status["synced_users"]

    code, out, _ = run(capsys, data, "sync", "--json")
    again = as_json(out)
    assert code == 0 and again["status"] == "succeeded"
    assert (again["added"], again["updated"], again["removed"]) == (0, 0, 0)
    assert again["synced_users"] == status["synced_users"]

    code, out, _ = run(capsys, data, "users", "--format", "json")
    users = json.loads(out)
    assert len(users) == status["synced_users"]
    assert {"id", "email", "display_name", "department", "language", "enabled"} <= set(users[0])

    code, out, _ = run(capsys, data, "disconnect", "--yes")
    assert code == 0 and "removed" in out
    code, out, _ = run(capsys, data, "status", "--json")
    status = as_json(out)
    assert status["provider"] is None and status["synced_users"] == 0
    assert json.loads(run(capsys, data, "users", "--format", "json")[1]) == []


def test_demo_profile_is_a_separate_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "entra", "--no-sync")
    assert (data / "demo.sqlite3").exists() and not (data / "idp-wizard.sqlite3").exists()
    code = main(["--data-dir", str(data), "status", "--json"])
    assert as_json(capsys.readouterr()[0])["provider"] is None and code == 0


def test_dry_run_and_demo_changes(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    run(capsys, data, "--demo-size", "400", "connect", "--provider", "entra")
    db = data / "demo.sqlite3"
    before = db.read_bytes()
    code, out, _ = run(capsys, data, "sync", "--dry-run", "--json")
    assert code == 0 and as_json(out)["status"] == "dry_run"
    assert (as_json(out)["added"], as_json(out)["removed"]) == (0, 0)
    code, out, _ = run(capsys, data, "demo", "simulate-changes", "--steps", "5")
    assert code == 0
    code, out, _ = run(capsys, data, "sync", "--dry-run", "--json")
    plan = as_json(out)
    assert plan["added"] + plan["updated"] + plan["removed"] > 0
    code, out, _ = run(capsys, data, "sync", "--json")
    applied = as_json(out)
    assert (applied["added"], applied["updated"], applied["removed"]) == (
        plan["added"],
        plan["updated"],
        plan["removed"],
    )
    assert before != db.read_bytes()


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    for args in (
        ["frobnicate"],
        ["--demo-size", "0", "status"],
        ["--demo-size", "-5", "status"],
        ["--demo-size", "abc", "status"],
        ["disconnect"],
        ["connect", "--provider", "okta"],
    ):
        with pytest.raises(SystemExit) as exc:
            main(["--data-dir", str(data), "--demo", *args])
        assert exc.value.code == 2, args
        err = capsys.readouterr().err
        assert "error:" in err and "Traceback" not in err
    assert not data.exists() or not (data / "demo.sqlite3").exists()


def test_commands_need_a_connection(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path, "sync")
    assert code == 1 and "No identity provider is connected" in err
    assert err.count("\n") == 1


def test_connecting_twice_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "entra", "--no-sync")
    code, _, err = run(capsys, data, "connect", "--provider", "google")
    # A failure (exit 1), not a usage error: the command was right, the state refuses it.
    assert code == 1 and "only one identity provider" in err


def test_corrupt_database_is_left_untouched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    db = data / "demo.sqlite3"
    db.write_bytes(b"garbage" * 1000)
    code, _, err = run(capsys, data, "status")
    assert code == 1 and "damaged" in err and "Traceback" not in err
    assert db.read_bytes() == b"garbage" * 1000


def test_unwritable_data_dir(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    code, _, err = run(capsys, blocker / "d", "status")
    assert code == 1 and "error:" in err and "Traceback" not in err


def test_second_sync_reports_busy_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "entra")
    monkeypatch.setattr("idp_wizard.core.locks.SYNC_WAIT", 0.1)
    lock = FileLock(ProfilePaths(data, demo=True).sync_lock)
    with lock:
        code, _, err = run(capsys, data, "sync")
    assert code == 1 and "already running" in err


def test_filters_round_trip_and_bad_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "google")
    code, shown, _ = run(capsys, data, "filters", "show", "--json")
    f = tmp_path / "f.json"
    f.write_text(shown)
    code, _out, _ = run(capsys, data, "filters", "set", str(f))
    assert code == 0
    assert run(capsys, data, "filters", "show", "--json")[1] == shown
    f.write_text('{"version": 1, "include": {"colour": ["red"]}}')
    code, _, err = run(capsys, data, "filters", "set", str(f))
    assert code == 2 and "unknown key 'colour'" in err
    f.write_text('{"version": 1, "include": {"groups": ["No Such Group"]}}')
    code, _, err = run(capsys, data, "filters", "set", str(f))
    assert code == 2 and "no group 'No Such Group'" in err
    assert run(capsys, data, "filters", "show", "--json")[1] == shown


def test_history_lists_runs_and_actions(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "entra")
    run(capsys, data, "sync")
    hist = as_json(run(capsys, data, "history", "--json")[1])
    assert [r["status"] for r in hist["runs"]] == ["succeeded", "succeeded"]
    assert hist["audit"][0]["action"] == "connect"


def test_headless_sync_without_qt(tmp_path: Path) -> None:
    """The core, providers and CLI never import Qt: block PySide6 entirely."""
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "from idp_wizard.cli import main\n"
        f"args = ['--data-dir', {str(tmp_path)!r}, '--demo']\n"
        "assert main(args + ['connect', '--provider', 'entra']) == 0\n"
        "assert main(args + ['sync', '--json']) == 0\n"
        "assert not any(m.startswith('PySide6') and sys.modules[m] for m in sys.modules)\n"
    )
    env = dict(os.environ)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr
    assert '"status": "succeeded"' in done.stdout


def test_console_script_runs(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "idp_wizard",
            "--data-dir",
            str(tmp_path),
            "--demo",
            "status",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and json.loads(done.stdout)["provider"] is None


def test_database_is_owner_only(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "entra", "--no-sync")
    assert (data / "demo.sqlite3").stat().st_mode & 0o077 == 0
    with sqlite3.connect(data / "demo.sqlite3") as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"clients", "connections", "filters", "synced_users", "sync_runs", "audit_log"} <= tables


def test_data_folder_and_log_are_private(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "new" / "d"
    run(capsys, data, "connect", "--provider", "entra")
    for path in (data, data / "logs", data / "logs" / "idp-wizard.log", data / "demo.sqlite3"):
        assert path.stat().st_mode & 0o077 == 0, path
    assert "sync run 1" in (data / "logs" / "idp-wizard.log").read_text()


def test_output_piped_into_head_is_not_an_error(tmp_path: Path) -> None:
    args = [sys.executable, "-m", "idp_wizard", "--data-dir", str(tmp_path), "--demo"]
    subprocess.run(
        [*args, "--demo-size", "3000", "connect", "--provider", "entra"],
        check=True,
        capture_output=True,
    )
    # More output than a pipe buffers, so the writer really meets a closed pipe.
    with subprocess.Popen([*args, "users"], stdout=subprocess.PIPE, stderr=subprocess.PIPE) as p:
        assert p.stdout is not None and p.stderr is not None
        p.stdout.readline()
        p.stdout.close()  # like `| head -1`
        err = p.stderr.read().decode()
        assert p.wait() == 0 and "error" not in err
