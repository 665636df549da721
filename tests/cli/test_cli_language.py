"""The command line speaks the admin's language (--lang, else the system's) without Qt:
core messages come from the catalogue built from the same .ts as the GUI's."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from idp_wizard import cli_commands, cli_language, compose
from idp_wizard.cli import main
from idp_wizard.core.messages import Message, msg
from idp_wizard.demo.scim_constants import DEMO_SCIM_URL
from tests.platform.helpers import Sleeps, free_port


def run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--demo", *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def english_afterwards() -> object:
    yield
    cli_language.use("en")


def test_lang_de_renders_core_errors_in_german(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    code, _, err = run(capsys, tmp_path, "--lang", "de", "sync")
    assert code == 1 and "Es ist kein Identitätsanbieter verbunden" in err
    assert "--demo connect --provider entra|google" in err  # the suggestion stays a command
    code, _, err = run(capsys, tmp_path, "--lang", "en", "sync")
    assert code == 1 and "No identity provider is connected" in err


def test_the_system_language_is_used_without_lang(capsys: pytest.CaptureFixture[str],
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert run(capsys, tmp_path, "sync")[2].count("Identitätsanbieter") == 1
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")  # not offered: English
    assert "No identity provider" in run(capsys, tmp_path, "sync")[2]


def test_numbers_and_nested_messages_follow_the_language() -> None:
    held = msg("This sync would remove {removed} of {synced} synced users, more than half "
               "of them. Nothing was applied; review the removals and confirm them, or fix "
               "the directory or the filter.", removed=1234, synced=2000)
    cli_language.use("de")
    assert cli_language.text(held).startswith(
        "Diese Synchronisierung würde 1.234 von 2.000 synchronisierten Benutzern entfernen")
    wrapped = msg("{error} Nothing was applied.", error=msg("No identity provider is connected."))
    assert cli_language.text(wrapped) == ("Es ist kein Identitätsanbieter verbunden. "
                                          "Es wurde nichts übernommen.")
    assert Message.from_json(wrapped.to_json()) == wrapped
    cli_language.use("en")
    assert str(held).startswith("This sync would remove 1,234 of 2,000")


def test_a_broken_translation_falls_back_to_english() -> None:
    broken = Message("{missing} x", {"other": 1})
    with pytest.raises(KeyError):
        str(broken)  # a bug in our own template is a bug, not hidden
    ok = msg("No identity provider is connected. Connect one first ({command}).", command="c")
    assert ok.render(lambda t: "Kaputt {nope}") == str(ok)


def test_filter_file_refusals_in_german(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run(capsys, data, "connect", "--provider", "entra")[0] == 0
    bad = tmp_path / "f.json"
    cases = [
        ('{"version": 1, "include": {"departments": "Sales"}}',
         f"{bad}: Der Wert bei include.departments muss eine Liste sein, nicht eine "
         "Zeichenkette"),
        ('{"version": 1, "colour": 1}',
         f"{bad}: unbekannter Schlüssel 'colour' in der obersten Ebene (erlaubt: version, "
         "include, exclude, include_guests, include_disabled, only_licensed)"),
        ('{"version": 1, "include": {"departments": ["Sals", "Salez"]}}',
         f"{bad}: include.departments 'Sals' trifft auf niemanden im Verzeichnis zu (und 1 "
         "weiterer Wert); prüfen Sie die Schreibweise (idp-wizard --data-dir"),
    ]
    for content, german in cases:
        bad.write_text(content, encoding="utf-8")
        code, out, err = run(capsys, data, "--lang", "de", "filters", "set", str(bad))
        assert (code, out) == (2, "") and err.count("\n") == 1
        assert err.startswith("idp-wizard: Fehler: " + german), err


def test_schedule_status_in_german(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import idp_wizard.cli_schedule as cli_schedule
    from idp_wizard.scheduling import RunResult, ScheduleEnv

    monkeypatch.setattr(cli_schedule, "env_factory", lambda: ScheduleEnv(
        platform="linux", home=tmp_path / "home", run=lambda argv, stdin=None: RunResult(
            127, "", "command not found"), executable=("/usr/bin/python3", "-m", "idp_wizard")))
    (tmp_path / "d").mkdir()
    code, out, err = run(capsys, tmp_path / "d", "--lang", "de", "schedule", "status")
    assert (code, err) == (0, "")
    assert out.startswith("Geplante Synchronisierung:        nicht verfügbar. Auf diesem Computer "
                          "steht kein Zeitplaner zur Verfügung")
    assert out.splitlines()[1:] == ["Letzte Synchronisierung:          noch keine",
                                    "Letzte geplante Synchronisierung: noch keine"]
    code, out, _ = run(capsys, tmp_path / "d", "--lang", "de", "schedule", "status", "--json")
    assert code == 0 and json.loads(out)["note"].startswith("No scheduler is available")


def test_a_providers_own_words_stay_a_value() -> None:
    from idp_wizard.providers.api_errors import ApiError, final_error
    from idp_wizard.providers.graph_mapping import parse_graph_error

    said = parse_graph_error(400, {"error": {"code": "Authentication_ExpiredToken",
                                             "message": "Lifetime validation failed"}})
    error = final_error("Microsoft Graph", 400, said, "/v1.0/users")
    assert str(error) == ("Microsoft Graph rejected the request to /v1.0/users (400 "
                          "Authentication_ExpiredToken: Lifetime validation failed). "
                          "reauthorize the connection.")
    cli_language.use("de")
    assert cli_language.text(error) == (
        "Microsoft Graph hat die Anfrage an /v1.0/users abgelehnt (400 "
        "Authentication_ExpiredToken: Lifetime validation failed); autorisieren Sie die "
        "Verbindung erneut.")
    bare = final_error("Microsoft Graph", 409, ApiError(code="Conflict"), "/v1.0/users")
    assert cli_language.text(bare) == ("Microsoft Graph hat die Anfrage an /v1.0/users "
                                       "abgelehnt (409 Conflict).")


@pytest.mark.platform  # the demo's embedded platform is the target until another is set
def test_target_commands_in_german(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    sleeps = Sleeps()  # the retries' waits, recorded instead of slept
    monkeypatch.setattr(cli_commands, "open_profile",
                        functools.partial(compose.open_profile, http_sleep=sleeps))
    data, token = tmp_path / "d", tmp_path / "token.txt"
    data.mkdir()
    token.write_text("a-scim-token\n", encoding="utf-8")
    refused = f"http://127.0.0.1:{free_port()}/v2"  # nobody listens there
    for action in ("test", "set"):
        code, out, err = run(capsys, data, "--lang", "de", "target", action, "--scim-url",
                             refused, "--token-file", str(token))
        assert (code, out) == (1, "")
        assert err == ("idp-wizard: Fehler: Keine Verbindung zu 127.0.0.1 möglich (Verbindung "
                       "abgelehnt, nach 3 Versuchen): Prüfen Sie die SCIM-Basis-URL und das "
                       "Netzwerk.\n")
    assert len(sleeps) == 4  # two waits between the three attempts, per command
    code, out, err = run(capsys, data, "--lang", "de", "target", "show")
    assert (code, err) == (0, "")
    assert out.splitlines() == [  # one column, as wide as the longest German label
        f"Plattform:                {DEMO_SCIM_URL} (eingebettete Demoplattform)",
        "Plattformzustand:         Bereit",
        "Auf der Plattform:        0 bereitgestellt, 0 ausstehend, 0 fehlgeschlagen",
        "Entfernungen:             auf der Plattform gelöscht; 4 gleichzeitige Anfragen"]
    code, out, _ = run(capsys, data, "--lang", "de", "target", "configure", "--removal",
                       "deactivate")
    assert (code, out) == (0, "Entfernte Mitarbeitende werden auf der Plattform deaktiviert; "
                              "4 gleichzeitige Anfragen.\n")
    code, out, err = run(capsys, data, "--lang", "de", "target", "test")
    assert (code, err) == (0, "")
    assert out.splitlines()[:2] == [
        f"Die Verbindung zu {DEMO_SCIM_URL} funktioniert.",
        "Unterstützt: PATCH, Bulk (bis zu 1.000 Vorgängen, 1.048.576 Bytes), Filter, ETag; "
        "Users und Groups."]
    assert out.splitlines()[2].startswith("Gesendete Attribute: userName, externalId, ")
    code, _, err = run(capsys, data, "--lang", "de", "target", "configure")
    assert (code, err) == (2, "idp-wizard: Fehler: Geben Sie an, was geändert werden soll: "
                              "--removal delete|deactivate und/oder --concurrency N.\n")
    audit = json.loads(run(capsys, data, "history", "--json")[1])["audit"]
    assert [(a["action"], a["detail"]) for a in audit] == [
        ("target.settings", "removed employees are deactivated; 4 requests at once")]


def test_usage_problems_in_german(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Refused before any profile is opened: in the chosen language all the same."""
    cases = [
        (["--data-dir", str(tmp_path), "--demo-size", "5", "status"],
         "--demo-size erfordert --demo (es legt die Größe des Demomandanten fest)"),
        (["--data-dir", str(tmp_path), "--demo", "--client", "X", "clients", "list"],
         "--client gilt nicht für „clients“-Befehle; diese nennen den Kunden selbst"),
        (["status"], "IDP_WIZARD_DATA_DIR ist gesetzt, aber leer; geben Sie einen Ordner an "
                     "oder entfernen Sie die Variable"),
    ]
    monkeypatch.setenv("IDP_WIZARD_DATA_DIR", "")
    for argv, german in cases:
        with pytest.raises(SystemExit) as info:
            main(["--lang", "de", *argv])
        err = capsys.readouterr()[1]
        assert info.value.code == 2 and err.splitlines()[-1] == f"idp-wizard: Fehler: {german}"
