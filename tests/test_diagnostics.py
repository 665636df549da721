"""The diagnostics zip: useful for support, and nothing personal or secret survives."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from idp_wizard.app import App
from idp_wizard.cli import main
from idp_wizard.compose import open_app
from idp_wizard.core.connection import save_filter
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import list_runs
from idp_wizard.diagnostics import Redactor, export_diagnostics
from idp_wizard.paths import ProfilePaths
from idp_wizard.sign_in import ENTRA_SETTING, GOOGLE_SETTING
from tests.flows import connect

JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ"
GOOGLE_TOKEN = "ya29.a0AfH6SMBx-secret-access-token_0123456789"
REFRESH = "1//0gLZ-refresh-token-abcdefghijklmnop"
DELTA = "aGVsbG8td29ybGQtdGhpcy1pcy1hLWRlbHRhLXRva2VuLTEyMzQ1Njc4OTA"
CLIENT_SECRET = "GOCSPX-very-secret-value"


@pytest.fixture
def profile(tmp_path: Path) -> tuple[App, list[tuple[str, str]]]:
    """A demo profile with synced users, a held run (pending removals) and fake logs."""
    app = open_app(ProfilePaths(tmp_path / "data", demo=True), demo_size=120)
    connect(app, ProviderName.ENTRA)
    app.sync_service().run(trigger="wizard")
    people = [(str(r[0]), str(r[1])) for r in app.store.db.execute(
        "SELECT display_name, email FROM synced_users").fetchall()]
    save_filter(app.store, FilterSpec.from_json(
        {"version": 1, "include": {"departments": ["Sales"], "emails": [people[0][1]]}}))
    app.store.audit("filter.change", f"Employees in Sales, plus {people[0][1]}",
                    actor="admin@contoso.example")
    assert app.sync_service().run(trigger="schedule").status == "held"
    app.store.set_setting(ENTRA_SETTING, {"client_id": "11111111-2222-3333-4444-555555555555",
                                          "tenant": "contoso.example", "cloud": "global"})
    app.store.set_setting(GOOGLE_SETTING, {"installed": {
        "client_id": "123-abc.apps.googleusercontent.com", "client_secret": CLIENT_SECRET,
        "project_id": "idp-demo"}})
    name, email = people[1]
    app.paths.log_dir.mkdir(parents=True, exist_ok=True)
    (app.paths.log_dir / "idp-wizard.log").write_text("\n".join([
        "2026-01-01 INFO idp_wizard.sync: sync started",
        f"2026-01-01 WARNING idp_wizard.sync: skipped {name} ({email}): no department",
        f"2026-01-01 INFO httpx: Authorization: Bearer {JWT}",
        f"2026-01-01 INFO google: token={GOOGLE_TOKEN} refresh_token={REFRESH}",
        f"2026-01-01 INFO graph: GET /users/delta?$deltatoken={DELTA}",
        f'2026-01-01 INFO cfg: {{"client_secret": "{CLIENT_SECRET}"}}',
        f"2026-01-01 INFO raw id token {JWT}",
    ]), encoding="utf-8")
    return app, people


def _zip_text(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n).decode("utf-8") for n in zf.namelist()}


def test_nothing_personal_or_secret_survives(profile: tuple[App, list[tuple[str, str]]],
                                             tmp_path: Path) -> None:
    app, people = profile
    held = list_runs(app.store)[0]
    assert held.pending_removals  # the fixture really has names waiting
    out = export_diagnostics(app.paths, app.store, tmp_path / "diag.zip")
    files = _zip_text(out)
    assert {"about.json", "connection.json", "history.json", "settings.json",
            "logs/idp-wizard.log"} <= set(files)
    everything = "\n".join(files.values())
    names = {n for n, _ in people} | {p["who"].split(" <")[0] for p in held.pending_removals}
    for name in names:
        assert name not in everything, name
    for _, email in people:
        assert email not in everything, email
    assert "admin@contoso.example" not in everything
    for secret in (JWT, GOOGLE_TOKEN, REFRESH, DELTA, CLIENT_SECRET, "eyJ"):
        assert secret not in everything, secret


def test_the_zip_is_still_useful(profile: tuple[App, list[tuple[str, str]]],
                                 tmp_path: Path) -> None:
    app, _ = profile
    files = _zip_text(export_diagnostics(app.paths, app.store, tmp_path / "diag.zip"))
    history = json.loads(files["history.json"])
    assert history["runs"][0]["status"] == "held"
    assert history["runs"][0]["pending_removals"]["count"] > 0
    settings = json.loads(files["settings.json"])
    assert settings[ENTRA_SETTING]["client_id"] == "11111111-2222-3333-4444-555555555555"
    assert settings[GOOGLE_SETTING] == {"client_id": "123-abc.apps.googleusercontent.com",
                                        "project_id": "idp-demo"}
    log = files["logs/idp-wizard.log"]
    assert "sync started" in log and "<email>" in log and "<name>" in log
    assert json.loads(files["connection.json"])["state"] == "held"


def test_redactor_patterns() -> None:
    r = Redactor(["Jane van Doe"])
    assert r.text("Jane van Doe left") == "<name> left"
    assert r.text("guest jane_x.com#EXT#@contoso.onmicrosoft.com") == "guest <email>"
    assert "secret" not in r.text("code=secret123&state=x")
    assert r.text("Sales department in Berlin") == "Sales department in Berlin"


def test_cli_export(profile: tuple[App, list[tuple[str, str]]], tmp_path: Path,
                    capsys: pytest.CaptureFixture[str]) -> None:
    app, _ = profile
    data_dir = app.paths.data_dir
    app.close()
    out = tmp_path / "cli.zip"
    assert main(["--data-dir", str(data_dir), "--demo", "diagnostics", "export",
                 str(out)]) == 0
    assert zipfile.is_zipfile(out)
    assert str(out) in capsys.readouterr().out
