"""After full connect/sync/disconnect cycles through the CLI, no minted secret is
anywhere on disk (database, its WAL, logs) or in what the CLI printed."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard import cli, cli_commands
from idp_wizard.demo.entra_fake import DEMO_CLIENT_ID

from .conftest import Fakes


def run(*argv: str) -> int:
    return cli.main(list(argv))


def test_cli_cycles_leave_no_token_behind(fakes: Fakes, google_file: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_commands, "auth_env_factory", fakes.env)
    assert run("connect", "--provider", "entra", "--client-id", DEMO_CLIENT_ID) == 0
    fakes.entra.revoke_access_tokens()  # force a refresh in the next sync
    assert run("sync", "--json") == 0
    assert run("status") == 0
    assert run("disconnect", "--yes") == 0
    assert run("connect", "--provider", "entra", "--device-code", "--no-sync") == 0
    assert run("disconnect", "--yes") == 0
    assert run("connect", "--provider", "google", "--client-secret-file", str(google_file)) == 0
    fakes.google.revoke_access_tokens()
    assert run("sync") == 0
    assert run("disconnect", "--yes") == 0
    out, err = capsys.readouterr()
    assert "Connected to Microsoft Entra ID" in out and "enter the code" in err
    assert fakes.keyring.entries == {}

    secrets = fakes.minted()
    assert len(fakes.entra.minted.refresh_tokens) >= 3 and fakes.google.minted.codes
    files = [p for p in fakes.data_dir.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files) and any(p.suffix == ".log" for p in files)
    blobs = {str(p): p.read_bytes() for p in files}
    blobs["stdout"], blobs["stderr"] = out.encode(), err.encode()
    for name, blob in blobs.items():
        for secret in secrets:
            assert secret.encode() not in blob, f"a minted secret leaked into {name}"


def test_cli_without_app_registration_explains(fakes: Fakes, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_commands, "auth_env_factory", fakes.env)
    assert run("connect", "--provider", "entra") == 2
    err = capsys.readouterr().err
    assert "App registrations > New registration" in err and "Traceback" not in err
