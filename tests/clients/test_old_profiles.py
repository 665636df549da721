"""Profiles made by earlier versions' own command lines (fixtures/make_cli_fixture.py:
schema v6 at commit 41c91d9, before the platform; v12 at c3ae965, the step before
today's), two clients each, opened with today's code: every row and column they had is
kept, the backup holds the file as it was, the file stays owner-only, a second open
changes nothing, and both clients go on syncing with exact figures."""

from __future__ import annotations

import functools
import json
import shutil
import sqlite3
import stat
from pathlib import Path
from typing import Any

import pytest

from idp_wizard import cli_commands, compose
from idp_wizard.cli import main
from idp_wizard.core.clock import parse_iso
from idp_wizard.core.schema import SCHEMA_VERSION
from idp_wizard.core.store_file import APPLICATION_ID

FIXTURES = Path(__file__).parent / "fixtures"
Rows = dict[str, list[tuple[Any, ...]]]

# Rows per table as the old version left them (identical in both: same demo tenants).
COUNTS = {"audit_log": 8, "client_settings": 2, "clients": 2, "connections": 2,
          "demo_state": 2, "directory_state": 1, "filters": 2, "settings": 1,
          "sync_runs": 6, "synced_users": 80}
PLATFORM_COUNTS = {"platform_groups": 0, "platform_targets": 2, "platform_users": 80}


def _read(path: Path, columns: dict[str, list[str]] | None = None,
          ) -> tuple[Rows, dict[str, list[str]]]:
    """Every row of every table (in `columns`: only those tables and columns)."""
    conn = sqlite3.connect(path)
    try:
        names = columns or {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')]
                            for (t,) in conn.execute(
                                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        rows = {t: sorted(conn.execute(
            f'SELECT {", ".join(f"[{c}]" for c in cols)} FROM "{t}"').fetchall(), key=repr)
            for t, cols in names.items()}
        return rows, names
    finally:
        conn.close()


def _pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def _cli(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, Any]:
    code = main(["--data-dir", str(data), "--demo", *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if "--json" in args or "json" in args else out


def _pin_clock(monkeypatch: pytest.MonkeyPatch, fixture: Path) -> None:
    """The demo tenant changes by one round every 20 minutes after its connection: the
    commands run at the time the fixture's last sync ran, so its tenant is the one it
    synced (with the real clock, the figures changed 20 minutes after it was made)."""
    conn = sqlite3.connect(fixture)
    try:
        last = parse_iso(conn.execute("SELECT max(finished_at) FROM sync_runs").fetchone()[0])
    finally:
        conn.close()
    monkeypatch.setattr(cli_commands, "open_profile",
                        functools.partial(compose.open_profile, clock=lambda: last))


@pytest.mark.platform  # the demo provisions into its embedded platform
@pytest.mark.parametrize("version", [6, 12])
def test_an_old_profile_opens_with_nothing_lost(version: int, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "d"
    data.mkdir(mode=0o700)
    db = data / "demo.sqlite3"
    fixture = FIXTURES / f"v{version}_two_clients_demo.sqlite3"
    _pin_clock(monkeypatch, fixture)
    shutil.copy(fixture, db)
    db.chmod(0o600)  # as the old version made it
    before, old_columns = _read(db)
    assert _pragma(db, "user_version") == version
    assert {t: len(r) for t, r in before.items()} == COUNTS | (
        PLATFORM_COUNTS if version == 12 else {})

    code, status = _cli(capsys, data, "status", "--json")
    assert code == 0
    assert [(c["client"], c["provider"], c["state"], c["synced_users"], c["directory_users"],
             c["last_sync"]["status"], c["platform"]["provisioned"]) for c in status["clients"]
            ] == [("contoso.example", "entra", "held", 50, 61, "held", 50 if version == 12 else 0),
                  ("Fabrikam", "google", "connected", 30, 35, "succeeded",
                   30 if version == 12 else 0)]
    after, _ = _read(db, old_columns)
    assert after == before  # every old row, in every column it had
    assert (_pragma(db, "user_version"), _pragma(db, "application_id")) == (
        SCHEMA_VERSION, APPLICATION_ID)
    backup = data / f"demo.sqlite3.v{version}.bak"
    assert _read(backup) == (before, old_columns)
    assert [stat.S_IMODE(p.stat().st_mode) for p in (db, backup)] == [0o600, 0o600]
    if version == 6:  # the platform's step queued nobody: demo clients had no target
        assert _read(db)[0]["platform_users"] == []

    migrated, _ = _read(db)
    assert _cli(capsys, data, "status", "--json")[0] == 0  # a second open: nothing more
    assert _read(db)[0] == migrated
    assert sorted(p.name for p in data.glob("*.bak")) == [backup.name]

    for client, count in (("contoso.example", 50), ("Fabrikam", 30)):
        code, users = _cli(capsys, data, "--client", client, "users", "--format", "json")
        assert (code, len(users)) == (0, count)
        assert sorted(u["email"] for u in users) == sorted(
            r[2] for r in before["synced_users"] if r[0] == (1 if count == 50 else 2))
    # Its settings became its own in v4 and stayed; the language stays the profile's.
    assert sorted(migrated["client_settings"]) == [
        (1, "deletion_threshold_count", "7"), (1, "sync_interval_minutes", "25")]
    assert migrated["settings"] == [("ui_language", '"de"')]

    code, runs = _cli(capsys, data, "--client", "contoso.example", "sync", "--json")
    created = 0 if version == 12 else 50  # v12 had provisioned them already
    assert (code, runs["status"], runs["added"], runs["removed"], runs["synced_users"],
            runs["platform"]["created"], runs["filter_change"]) == (
        0, "succeeded", 0, 0, 50, created, "waiting")  # the held change still waits
    code, runs = _cli(capsys, data, "--client", "Fabrikam", "sync", "--json")
    assert (code, runs["status"], runs["added"], runs["removed"], runs["synced_users"],
            runs["platform"]["created"]) == (0, "succeeded", 0, 0, 30, created * 30 // 50)
    counts = sqlite3.connect(db).execute(
        "SELECT client_id, count(*), sum(status = 'provisioned') FROM platform_users "
        "GROUP BY client_id").fetchall()
    assert counts == [(1, 50, 50), (2, 30, 30)]
