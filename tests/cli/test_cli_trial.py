"""An unfriendly trial of the command line: filter files an admin gets wrong, options of
the wrong kind, a data folder that is a file. Each refusal is one sentence in the
admin's language, and the synced users and the filter are exactly as before."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from idp_wizard import cli_language
from idp_wizard.cli import main
from idp_wizard.core.os_errors import os_reason
from tests.cli.test_cli_input import one_sentence, run

SYNCED = 229  # the 250-employee Entra demo tenant, default filter


@pytest.fixture(autouse=True)
def english_afterwards() -> object:
    yield
    cli_language.use("en")


def _full_read(capsys: pytest.CaptureFixture[str], data: Path) -> tuple[str, str]:
    users = run(capsys, data, "users", "--format", "json")[1]
    assert len(json.loads(users)) == SYNCED
    return users, run(capsys, data, "filters", "show", "--json")[1]


def _set(capsys: pytest.CaptureFixture[str], data: Path, path: Path, content: bytes,
         *options: str, lang: str = "en") -> tuple[int, str, str]:
    path.write_bytes(content)
    return run(capsys, data, "--lang", lang, "filters", "set", str(path), *options)


@pytest.mark.parametrize(("content", "key"), [
    # the second "departments" (empty: no restriction) would silently share everyone
    (b'{"version": 1, "include": {"departments": ["Sales"], "departments": []}}',
     "'departments'"),
    (b'{"version": 1, "include": {"departments": ["Sales"]}, '
     b'"include": {"departments": ["Marketing"]}}', "'include'"),
])
def test_a_key_given_twice_is_refused(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
    content: bytes, key: str,
) -> None:
    before = _full_read(capsys, connected)
    code, out, err = _set(capsys, connected, tmp_path / "f.json", content)
    assert code == 2 and out == ""
    assert f"the key {key} is given twice in one object" in one_sentence(err)
    code, _, err = _set(capsys, connected, tmp_path / "f.json", content, lang="de")
    assert code == 2 and f"Der Schlüssel {key} steht zweimal" in one_sentence(err)
    assert _full_read(capsys, connected) == before


@pytest.mark.parametrize(("content", "english", "german"), [
    (b"", "f.json is empty; a filter file holds a JSON object (see idp-wizard --data-dir",
     "f.json ist leer"),
    (b"  \n\t\r\n ", "f.json is empty", "f.json ist leer"),
    (b"\xef\xbb\xbf\n", "f.json is empty", "f.json ist leer"),
    (b'{"version": 1, "include": {"departments": ["Sales",]}}',
     "not valid JSON (line 1, column 52: a comma before ']' (remove it))",
     "kein gültiges JSON (Zeile 1, Spalte 52: ein Komma vor ']' (entfernen Sie es))"),
    (b'{"version": 1,\n}', "(line 2, column 1: a comma before '}' (remove it))",
     "ein Komma vor '}'"),
    (b'{"version": 1 "include": {}}', "column 15: a ',' is missing", "ein Komma fehlt"),
    (b"{version: 1}", "a key in double quotes is expected", "ein Schlüssel in doppelten"),
    (b'{"version": 1} {}', "more text follows the end of the JSON object",
     "nach dem Ende des JSON-Objekts folgt weiterer Text"),
    ('{"version": 1}'.encode("utf-16"), "f.json is not UTF-8 text but UTF-16; save it as",
     "f.json ist kein UTF-8-Text, sondern UTF-16"),
    ('{"version": 1}'.encode("utf-16-le"), "is not UTF-8 text but UTF-16", "UTF-16"),
    ('{"version": 1}'.encode("utf-16-be"), "is not UTF-8 text but UTF-16", "UTF-16"),
    (b'{"version": 1, "include": {"departments": ["Sales", "   "]}}',
     "include.departments[1] is an empty value",
     "Bei include.departments[1] steht ein leerer Wert"),
])
def test_wrong_files_are_named_plainly_in_both_languages(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
    content: bytes, english: str, german: str,
) -> None:
    before = _full_read(capsys, connected)
    code, out, err = _set(capsys, connected, tmp_path / "f.json", content)
    assert code == 2 and out == "" and english in one_sentence(err)
    code, out, err = _set(capsys, connected, tmp_path / "f.json", content, lang="de")
    assert code == 2 and out == "" and german in one_sentence(err)
    assert "Expecting" not in err
    assert _full_read(capsys, connected) == before


def test_a_missing_file_or_a_folder_is_refused_in_german(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    before = _full_read(capsys, connected)
    (tmp_path / "folder.json").mkdir()
    for name, reason in (("missing.json", "nicht vorhanden"), ("folder.json", "ist ein Ordner")):
        code, _, err = run(capsys, connected, "--lang", "de", "filters", "set",
                           str(tmp_path / name))
        assert code == 2
        assert f"{name} kann nicht gelesen werden: {reason}" in one_sentence(err)
        assert "No such file" not in err and "Is a directory" not in err
    assert _full_read(capsys, connected) == before


def test_a_data_folder_that_is_a_file_is_said_in_german(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    (tmp_path / "afile").write_text("x")
    code, out, err = run(capsys, tmp_path / "afile", "--lang", "de", "status", "--json")
    assert code == 1 and out == ""
    assert "(ein Teil des Pfads ist eine Datei, kein Ordner)" in one_sentence(err)
    assert (tmp_path / "afile").read_text() == "x"


@pytest.mark.parametrize(("number", "english"), [
    (errno.ENOENT, "it does not exist"), (errno.EACCES, "permission denied"),
    (errno.ENOSPC, "the disk is full"), (errno.EROFS, "the file system is read-only"),
])
def test_os_reasons_are_messages(number: int, english: str) -> None:
    assert str(os_reason(OSError(number, "system words"))) == english
    assert os_reason(OSError(errno.EPIPE, "Broken pipe")) == "Broken pipe"


def test_a_filter_dry_run_says_the_real_change_would_be_held(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    before = _full_read(capsys, connected)
    everyone_out = b'{"version": 1, "exclude": {"domains": ["contoso.example"]}}'
    f = tmp_path / "f.json"
    code, out, err = _set(capsys, connected, f, everyone_out)
    assert code == 3 and err == ""  # held (the real change), shown to compare with
    assert _full_read(capsys, connected) == before

    code, out, err = run(capsys, connected, "filters", "set", str(f), "--dry-run")
    assert code == 0 and err == ""
    assert (f"The real sync would be held: This sync would remove {SYNCED} of {SYNCED} "
            "synced users, more than half of them.") in out
    assert out.endswith("Dry run: nothing was saved.\n")
    code, out, _ = run(capsys, connected, "filters", "set", str(f), "--dry-run",
                       "--allow-deletions")
    assert code == 0 and "would be held" not in out
    code, out, _ = run(capsys, connected, "--lang", "de", "filters", "set", str(f),
                       "--dry-run")
    assert code == 0 and "Die echte Synchronisierung würde angehalten" in out
    small = b'{"version": 1, "exclude": {"emails": ["admin@contoso.example"]}}'
    code, out, _ = _set(capsys, connected, f, small, "--dry-run")
    assert code == 0 and "0 will be added" not in out and "1 will be removed" in out
    assert "would be held" not in out  # one removal: not held, nor said to be
    assert _full_read(capsys, connected) == before


@pytest.mark.parametrize("value", ["abc", "5.5", "", "9" * 5000])
def test_schedule_interval_that_is_no_number_names_no_python_type(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, value: str,
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(tmp_path / "d"), "--demo", "schedule", "install",
              "--interval", value])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert "argument --interval: must be a whole number, not" in err.splitlines()[-1]
    assert "invalid int" not in err and len(err) < 600
    assert not (tmp_path / "d").exists()


def test_the_held_change_names_the_command_that_confirms_it(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    """A value kept with --allow-unmatched: the confirming command keeps it too, or
    pasting it would be refused ("matches nobody") instead of confirming."""
    before = _full_read(capsys, connected)
    f = tmp_path / "f.json"
    code, out, err = _set(capsys, connected, f,
                          b'{"version": 1, "include": {"departments": ["Sals"]}}',
                          "--allow-unmatched")
    assert code == 3 and err == ""
    assert f"filters set {f} --allow-deletions --allow-unmatched would remove:" in out
    assert _full_read(capsys, connected) == before

    code, _, err = run(capsys, connected, "filters", "set", str(f), "--allow-deletions",
                       "--allow-unmatched")
    assert code == 0, err
    assert run(capsys, connected, "users", "--format", "json")[1] == "[]\n"
    assert json.loads(run(capsys, connected, "status", "--json")[1])["synced_users"] == 0


@pytest.mark.parametrize(("content", "german"), [
    (None, "kann nicht gelesen werden: nicht vorhanden."),
    ('{"installed": {}}'.encode("utf-16"), "ist kein UTF-8-Text (Byte 1); speichern Sie"),
    (b'{"installed": {"client_id": "Z\xfcrich"}}', "ist kein UTF-8-Text (Byte 31)"),
])
def test_a_wrong_client_secret_file_is_said_in_german(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes | None, german: str,
) -> None:
    f = tmp_path / "client_secret.json"
    if content is not None:
        f.write_bytes(content)
    code = main(["--data-dir", str(tmp_path / "d"), "--lang", "de", "connect", "--provider",
                 "google", "--client-secret-file", str(f)])
    err = capsys.readouterr().err
    assert code == 2 and german in one_sentence(err)
    assert "codec" not in err and "No such file" not in err


def test_a_client_secret_file_with_a_bom_is_read(tmp_path: Path) -> None:
    from idp_wizard.providers.google_client import read_client_secret_file

    installed = {"client_id": "123.apps.googleusercontent.com", "client_secret": "s",
                 "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                 "token_uri": "https://oauth2.googleapis.com/token"}
    f = tmp_path / "client_secret.json"
    f.write_bytes(json.dumps({"installed": installed}).encode("utf-8-sig"))
    assert read_client_secret_file(f)["installed"]["client_id"] == installed["client_id"]


def test_a_log_file_that_is_a_folder_is_named(
    capsys: pytest.CaptureFixture[str], connected: Path,
) -> None:
    """Not "cannot write to the data folder (it is a folder)": which path is wrong."""
    before = _full_read(capsys, connected)
    log = connected / "logs" / "idp-wizard.log"
    log.unlink()
    log.mkdir()
    fresh = connected.parent / "same"  # a data folder not yet logging in this process
    connected.rename(fresh)
    code, out, err = run(capsys, fresh, "--lang", "de", "sync", "--json")
    assert code == 1 and out == ""
    assert (f"{fresh / 'logs' / 'idp-wizard.log'} im Datenordner kann nicht geschrieben "
            "werden (ist ein Ordner)") in one_sentence(err)
    (fresh / "logs" / "idp-wizard.log").rmdir()
    assert _full_read(capsys, fresh) == before
