"""--demo-size: a one-employee demo tenant is counted in the singular ("1 employees"
before), and the option is refused where it changes nothing (it was ignored)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from idp_wizard.cli import main
from tests.clients.helpers import demo_profile


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--demo", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_tenant_text_of_one_employee(tmp_path: Path) -> None:
    profile = demo_profile(tmp_path / "d", demo_size=1)
    try:
        app = profile.open(profile.clients()[0].id)
        assert app.demo is not None
        assert str(app.demo.tenant_text()) == "Contoso, contoso.example, 1 employee"
        app.close()
    finally:
        profile.close()


def test_the_connect_audit_entry_of_one_user_says_user(capsys: pytest.CaptureFixture[str],
                                                       tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run(capsys, data, "--demo-size", "1", "connect", "--provider", "entra",
               "--no-sync")[0] == 0
    audit = json.loads(run(capsys, data, "history", "--json")[1])["audit"]
    assert [a["detail"] for a in audit if a["action"] == "connect"] == [
        "Microsoft Entra ID (demo tenant, 1 user in the directory)"]
    code, out, err = run(capsys, data, "history")
    assert (code, err) == (0, "")
    assert [line.strip().split(" ", 1)[1] for line in out.splitlines() if "connect" in line] == [
        "admin@contoso.example: connect Microsoft Entra ID (demo tenant, 1 user in the "
        "directory)"]
    code, out, err = run(capsys, data, "--lang", "de", "history")
    assert [line.strip().split(" ", 1)[1] for line in out.splitlines() if "connect" in line] == [
        "admin@contoso.example: connect Microsoft Entra ID (Demomandant, 1 Benutzer im "
        "Verzeichnis)"]


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "idp-wizard: error: The demo tenant was connected with 1 employee; disconnect "
           "it first to use --demo-size 2.\n"),
    ("de", "idp-wizard: Fehler: Der Demomandant wurde mit 1 Person verbunden; trennen "
           "Sie zuerst die Verbindung, um --demo-size 2 zu verwenden.\n"),
])
def test_another_size_than_one_employee_connected(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path, lang: str,
                                                  expected: str) -> None:
    data = tmp_path / "d"
    assert run(capsys, data, "--demo-size", "1", "connect", "--provider", "entra",
               "--no-sync")[0] == 0
    assert run(capsys, data, "--lang", lang, "--demo-size", "2", "sync") == (2, "", expected)


@pytest.mark.parametrize(("args", "shown"), [
    (("status",), "status"), (("users",), "users"), (("history",), "history"),
    (("filters", "show"), "filters show"), (("demo", "simulate-changes"), "demo simulate-changes"),
    (("reauthorize", "--no-sync"), "reauthorize"),
])
def test_demo_size_where_it_changes_nothing_is_refused(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, args: tuple[str, ...],
        shown: str) -> None:
    """It was silently ignored: `status` read as the asked size's status."""
    data = tmp_path / "d"
    assert run(capsys, data, "--demo-size", "1", "connect", "--provider", "entra",
               "--no-sync")[0] == 0
    before = (data / "demo.sqlite3").read_bytes()
    for lang, sentence in (
            ("en", f"idp-wizard: error: --demo-size does not apply to '{shown}': it sets "
                   "the demo tenant's size when it connects (connect); leave it out"),
            ("de", f"idp-wizard: Fehler: --demo-size gilt nicht für '{shown}': es legt die "
                   "Größe des Demomandanten beim Verbinden fest (connect); lassen Sie es "
                   "weg")):
        with pytest.raises(SystemExit) as exc:
            run(capsys, data, "--lang", lang, "--demo-size", "7", *args)
        out, err = capsys.readouterr()
        assert (exc.value.code, out, err.splitlines()[-1]) == (2, "", sentence)
    assert (data / "demo.sqlite3").read_bytes() == before


def test_demo_size_where_it_is_read_still_works(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run(capsys, data, "--demo-size", "1", "connect", "--provider", "entra",
               "--no-sync")[0] == 0
    assert run(capsys, data, "--demo-size", "1", "sync")[0] == 0
    assert run(capsys, data, "--demo-size", "1", "filters", "options", "--json")[0] == 0
    assert json.loads(run(capsys, data, "status", "--json")[1])["directory_users"] == 1
