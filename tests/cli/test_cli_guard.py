"""Deletion guard, scheduled runs and the audit log through the command line (demo)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import idp_wizard.demo.environment as demo_environment
from idp_wizard.cli import main
from idp_wizard.compose import open_app
from idp_wizard.core.connection import ConnectionState, set_state
from idp_wizard.demo.transport import DemoBackend
from idp_wizard.paths import ProfilePaths
from tests.faults.helpers import vanish


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--demo", *args])
    out, err = capsys.readouterr()
    return code, out, err


class VanishingBackend(DemoBackend):
    """60 % of the directory is gone (as after a sync-scope accident at the provider)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        vanish(self, 60)


def _users(capsys: pytest.CaptureFixture[str], data: Path) -> list[dict]:
    return json.loads(run(capsys, data, "users", "--format", "json")[1])


def test_held_exit_3_then_allow_deletions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert run(capsys, tmp_path, "connect", "--provider", "google")[0] == 0
    before = _users(capsys, tmp_path)
    monkeypatch.setattr(demo_environment, "DemoBackend", VanishingBackend)

    code, out, _ = run(capsys, tmp_path, "sync")
    assert code == 3 and "Sync held" in out and "--allow-deletions" in out
    code, out, _ = run(capsys, tmp_path, "sync", "--scheduled", "--json")
    held = json.loads(out)
    assert code == 3 and held["status"] == "held" and held["removed"] == 0
    assert held["pending"]["removed"] > len(before) // 2
    assert _users(capsys, tmp_path) == before
    assert json.loads(run(capsys, tmp_path, "status", "--json")[1])["state"] == "held"

    code, out, _ = run(capsys, tmp_path, "sync", "--allow-deletions", "--json")
    done = json.loads(out)
    assert code == 0 and done["status"] == "succeeded"
    assert done["removed"] == held["pending"]["removed"]
    assert len(_users(capsys, tmp_path)) == len(before) - done["removed"]

    history = json.loads(run(capsys, tmp_path, "history", "--json")[1])
    confirm = [a for a in history["audit"] if a["action"] == "deletions.confirm"]
    assert len(confirm) == 1 and confirm[0]["detail"].startswith(f"{done['removed']:,} ")
    # the names listed for review are erased once the removals are applied
    assert all(r["pending_removals"] == [] for r in history["runs"])
    removed = {u["email"] for u in before} - {u["email"] for u in _users(capsys, tmp_path)}
    text = json.dumps(history)
    assert not any(email in text for email in removed)


def test_scheduled_sync_skipped_while_reauthorization_is_needed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    run(capsys, tmp_path, "connect", "--provider", "entra")
    before = _users(capsys, tmp_path)
    app = open_app(ProfilePaths(tmp_path, demo=True))
    set_state(app.store, ConnectionState.NEEDS_REAUTHORIZATION, "The token was revoked.")
    app.close()
    code, out, err = run(capsys, tmp_path, "sync", "--scheduled")
    assert code == 1 and out == ""
    assert err.startswith("idp-wizard: error: The scheduled sync was skipped")
    assert "token was revoked" in err and err.count("\n") == 1
    assert _users(capsys, tmp_path) == before
    last = json.loads(run(capsys, tmp_path, "history", "--json")[1])["runs"][0]
    assert (last["trigger"], last["status"]) == ("schedule", "failed")

    # an admin's own `sync` still tries (and would tell what is wrong); reauthorize first
    code, out, _ = run(capsys, tmp_path, "connect", "--provider", "entra", "--no-sync")
    assert code == 0 and "Reauthorized" in out
    assert run(capsys, tmp_path, "sync", "--scheduled")[0] == 0


def test_every_admin_action_is_audited_without_personal_data(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    run(capsys, tmp_path, "connect", "--provider", "entra")
    users = _users(capsys, tmp_path)
    named = users[0]["email"]
    spec = {"version": 1, "include": {"departments": [users[1]["department"]],
                                      "emails": [named]}}
    (tmp_path / "f.json").write_text(json.dumps(spec), encoding="utf-8")
    code, _, _ = run(capsys, tmp_path, "filters", "set", str(tmp_path / "f.json"))
    assert code == 3  # the removals pass the deletion guard like any sync's
    code, _, _ = run(capsys, tmp_path, "filters", "set", str(tmp_path / "f.json"),
                     "--allow-deletions")
    assert code == 0
    app = open_app(ProfilePaths(tmp_path, demo=True))
    set_state(app.store, ConnectionState.NEEDS_REAUTHORIZATION, "revoked")
    app.close()
    run(capsys, tmp_path, "connect", "--provider", "entra", "--no-sync")
    assert run(capsys, tmp_path, "disconnect", "--yes")[0] == 0

    audit = json.loads(run(capsys, tmp_path, "history", "--json")[1])["audit"]
    actions = [a["action"] for a in audit]
    for action in ("connect", "filter.change", "deletions.confirm", "reauthorize",
                   "disconnect"):
        assert action in actions
    detail = {a["action"]: a["detail"] for a in audit}
    assert "plus 1 named person" in detail["filter.change"]
    assert "synced users removed" in detail["disconnect"]
    text = json.dumps([a["detail"] for a in audit])
    actors = {a["actor"] for a in audit}  # who did it: the admin account, as it should
    for u in users:  # neither e-mail addresses nor names of the (now removed) users
        if u["email"] not in actors:
            assert u["email"] not in text and u["display_name"] not in text
