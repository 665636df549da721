"""Options an admin gets wrong that were taken without a word: a `connect` option of the
other provider (ignored: `--provider google --tenant x` connected whatever tenant),
an empty `--client-id` or `--tenant` (the saved one was used instead, or spaces sent
as the value), and an empty FILE (read as the current folder). Each is now a usage
error naming the option, and the database is exactly as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.dump import database_dump
from tests.cli.test_cli_input import run


@pytest.fixture
def disconnected(capsys: pytest.CaptureFixture[str], connected: Path) -> Path:
    assert run(capsys, connected, "disconnect", "--yes")[0] == 0
    return connected


def _last_line(err: str) -> str:
    assert "Traceback" not in err and len(err) < 800, err
    return err.splitlines()[-1]


@pytest.mark.parametrize(("args", "said"), [
    (["--provider", "google", "--tenant", "contoso.example"],
     "idp-wizard: error: --tenant is for Microsoft Entra ID; Google Workspace does not use "
     "it (leave it out)"),
    (["--provider", "google", "--client-id", "11111111-2222-3333-4444-555555555555"],
     "idp-wizard: error: --client-id is for Microsoft Entra ID; Google Workspace does not "
     "use it (leave it out)"),
    (["--provider", "google", "--cloud", "usgov"],
     "idp-wizard: error: --cloud is for Microsoft Entra ID; Google Workspace does not use "
     "it (leave it out)"),
    (["--provider", "google", "--device-code"],
     "idp-wizard: error: Google Workspace has no device-code sign-in for these "
     "permissions; sign in with the browser."),
    (["--provider", "entra", "--client-secret-file", "client_secret.json"],
     "idp-wizard: error: --client-secret-file is for Google Workspace; Microsoft Entra ID "
     "uses --client-id (and --tenant) instead"),
    (["--provider", "entra", "--client-id", ""],
     "idp-wizard connect: error: argument --client-id: must not be empty; give a value or "
     "leave the option out"),
    (["--provider", "entra", "--tenant", "   "],
     "idp-wizard connect: error: argument --tenant: must not be empty; give a value or "
     "leave the option out"),
    (["--provider", "google", "--client-secret-file", ""],
     "idp-wizard connect: error: argument --client-secret-file: must name a file (it is "
     "empty)"),
])
def test_a_connect_option_that_would_be_ignored_is_refused(
    capsys: pytest.CaptureFixture[str], disconnected: Path, args: list[str], said: str,
) -> None:
    before = database_dump(disconnected)
    with pytest.raises(SystemExit) as exc:
        run(capsys, disconnected, "connect", "--no-sync", *args)
    out, err = capsys.readouterr()
    assert exc.value.code == 2 and out == ""
    assert _last_line(err) == said
    assert database_dump(disconnected) == before


def test_the_german_refusal_of_an_option_of_the_other_provider(
    capsys: pytest.CaptureFixture[str], disconnected: Path,
) -> None:
    with pytest.raises(SystemExit) as exc:
        run(capsys, disconnected, "--lang", "de", "connect", "--provider", "google",
            "--tenant", "x")
    assert exc.value.code == 2
    assert _last_line(capsys.readouterr().err) == (
        "idp-wizard: Fehler: --tenant gilt für Microsoft Entra ID; Google Workspace "
        "verwendet es nicht (lassen Sie es weg)")


@pytest.mark.parametrize("args", [
    ["filters", "set", ""], ["users", "--output", ""], ["diagnostics", "export", ""],
    ["target", "set", "--scim-url", "https://scim.example.com/v2", "--token-file", ""],
])
def test_an_empty_file_name_is_refused_as_such(
    capsys: pytest.CaptureFixture[str], connected: Path, args: list[str],
) -> None:
    """Not "cannot read .: it is a folder" (or ". is a folder; name a file")."""
    before = database_dump(connected)
    with pytest.raises(SystemExit) as exc:
        run(capsys, connected, *args)
    out, err = capsys.readouterr()
    assert exc.value.code == 2 and out == ""
    assert _last_line(err).endswith(": must name a file (it is empty)")
    assert database_dump(connected) == before


@pytest.mark.parametrize(("args", "said"), [
    (["--client", "Fabrikam", "--client", "contoso.example", "disconnect", "--yes"],
     "idp-wizard: error: argument --client: given twice ('Fabrikam' and "
     "'contoso.example'); give it once"),
    (["--client", "contoso.example", "--client", "Fabrikam", "users"],
     "idp-wizard: error: argument --client: given twice ('contoso.example' and "
     "'Fabrikam'); give it once"),
    (["--client", "contoso.example", "target", "set", "--scim-url",
      "https://scim.example.com/v2", "--scim-url", "https://other.example.com/v2",
      "--token-stdin"],
     "idp-wizard target set: error: argument --scim-url: given twice "
     "('https://scim.example.com/v2' and 'https://other.example.com/v2'); give it once"),
    # Settings given twice kept the last without a word too (the docs trial).
    (["--client", "Fabrikam", "schedule", "install", "--interval", "30", "--interval",
      "60"], "idp-wizard schedule install: error: argument --interval: given twice ('30' "
     "and '60'); give it once"),
    (["--client", "Fabrikam", "target", "configure", "--removal", "delete", "--removal",
      "deactivate"], "idp-wizard target configure: error: argument --removal: given twice "
     "('delete' and 'deactivate'); give it once"),
    (["--client", "Fabrikam", "target", "configure", "--concurrency", "2",
      "--concurrency", "8"], "idp-wizard target configure: error: argument --concurrency: "
     "given twice ('2' and '8'); give it once"),
    (["--client", "Fabrikam", "users", "--format", "json", "--format", "csv"],
     "idp-wizard users: error: argument --format: given twice ('json' and 'csv'); give "
     "it once"),
    (["--client", "Fabrikam", "demo", "simulate-changes", "--steps", "2", "--steps", "5"],
     "idp-wizard demo simulate-changes: error: argument --steps: given twice ('2' and "
     "'5'); give it once"),
])
def test_an_option_that_chooses_what_is_acted_on_is_given_once(
    capsys: pytest.CaptureFixture[str], connected: Path, args: list[str], said: str,
) -> None:
    """argparse kept the last --client: the first line disconnected contoso.example
    (229 users removed) though Fabrikam was named too."""
    assert run(capsys, connected, "clients", "add", "Fabrikam")[0] == 0
    before = database_dump(connected)
    with pytest.raises(SystemExit) as exc:
        run(capsys, connected, *args)
    out, err = capsys.readouterr()
    assert exc.value.code == 2 and out == ""
    assert _last_line(err) == said
    assert database_dump(connected) == before
    with pytest.raises(SystemExit) as exc:
        run(capsys, connected, "--lang", "de", *args)
    assert exc.value.code == 2
    assert "zweimal angegeben" in _last_line(capsys.readouterr().err)
    code, _, _ = run(capsys, connected, "--client", "contoso.example", "--client",
                     "contoso.example", "status")
    assert code == 0  # the same value twice chooses one thing: no refusal


def test_include_emails_alone_is_said_to_change_nothing(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    """Read as "share only Jane", it shares everyone (README: it adds named people to
    the other criteria): said before anything applies, in both languages."""
    f = tmp_path / "only.json"
    f.write_text('{"version": 1, "include": {"emails": ["admin@contoso.example"]}}')
    before = database_dump(connected)
    code, out, err = run(capsys, connected, "filters", "set", str(f), "--dry-run")
    assert code == 0 and out.endswith("Dry run: nothing was saved.\n")
    assert "229 of 250 employees will be shared." in out
    assert err == ("Warning: include.emails changes nothing here: it adds people to those "
                   "the other include criteria share, and with none of them every employee "
                   "is shared already\n")
    assert database_dump(connected) == before
    code, _, err = run(capsys, connected, "--lang", "de", "filters", "set", str(f),
                       "--dry-run")
    assert code == 0 and err.startswith("Warnung: include.emails ändert hier nichts")
    f.write_text('{"version": 1, "include": {"emails": ["admin@contoso.example"], '
                 '"departments": ["Sales"]}}')
    code, _, err = run(capsys, connected, "filters", "set", str(f), "--dry-run")
    assert code == 0 and err == ""  # beside another criterion it adds Ada: no warning


def test_a_second_byte_order_mark_is_said_in_words(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    """Not json's "Unexpected UTF-8 BOM (decode using utf-8-sig)", English in German."""
    f = tmp_path / "twice.json"
    f.write_bytes(b"\xef\xbb\xbf\xef\xbb\xbf" + b'{"version": 1}')
    before = database_dump(connected)
    code, out, err = run(capsys, connected, "filters", "set", str(f))
    assert code == 2 and out == ""
    assert err == (f"idp-wizard: error: {f}: not valid JSON (line 1, column 1: the file "
                   "starts with a second byte order mark (BOM); save it as UTF-8 again)\n")
    code, _, err = run(capsys, connected, "--lang", "de", "filters", "set", str(f))
    assert code == 2 and "zweiten Byte-Reihenfolge-Markierung (BOM)" in err
    assert "utf-8-sig" not in err
    assert database_dump(connected) == before


def test_reauthorizing_google_with_a_device_code_is_refused_in_the_demo_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    """The real sign-in refuses it (sign_in.py); the demo's simulated one took it."""
    data = tmp_path / "g"
    assert run(capsys, data, "connect", "--provider", "google")[0] == 0
    before = database_dump(data)
    code, out, err = run(capsys, data, "reauthorize", "--device-code", "--no-sync")
    assert code == 2 and out == ""
    assert err == ("idp-wizard: error: Google Workspace has no device-code sign-in for "
                   "these permissions; sign in with the browser.\n")
    assert database_dump(data) == before


def test_an_absurd_scim_url_is_quoted_cut_short(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    """It was echoed whole: 100,000 characters on stderr."""
    token = tmp_path / "token"
    token.write_text("t0ken")
    url = "https://" + "a" * 100_000 + ".example.com/v2"
    before = database_dump(connected)
    code, out, err = run(capsys, connected, "target", "set", "--scim-url", url,
                         "--token-file", str(token))
    assert code == 2 and out == "" and len(err) < 600
    assert err.startswith("idp-wizard: error: 'https://aaaaaaaa")
    assert "… (100,023 characters) is not a URL: enter the platform's SCIM base URL" in err
    real = "https://platform.example.com/scim/v2/tenants/0f8fad5b-d9cb-469f-a165-70867728950e"
    code, _, err = run(capsys, connected, "target", "set", "--scim-url",
                       real.replace("https", "ftp"), "--token-file", str(token))
    assert code == 2 and f"'{real.replace('https', 'ftp')}' is not an https:// URL" in err
    assert database_dump(connected) == before


@pytest.mark.parametrize("args", [["users", "--format"], ["filters"], ["--lang"]])
def test_an_absurd_choice_is_quoted_cut_short(
    capsys: pytest.CaptureFixture[str], connected: Path, args: list[str],
) -> None:
    before = database_dump(connected)
    with pytest.raises(SystemExit) as exc:
        run(capsys, connected, *args, "j" * 100_000)
    err = capsys.readouterr().err
    assert exc.value.code == 2 and len(err) < 800
    assert f"invalid choice: '{'j' * 60}…' (choose from " in _last_line(err)
    assert database_dump(connected) == before


@pytest.mark.parametrize(("name", "reason"), [
    ("n" * 300 + ".csv", "the name is too long"),
    ("loop", "too many symbolic links"),
])  # a home folder that cannot be found: a missing folder (test_cli_output_folders.py)
def test_an_output_file_that_cannot_be_checked_is_one_sentence(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, name: str, reason: str,
) -> None:
    """Checking whether it is a folder raised (ENAMETOOLONG, a symlink loop, a home
    folder that cannot be found): "internal error (OSError)" instead of the reason."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "loop").symlink_to("loop")
    files = sorted(tmp_path.iterdir())
    before = database_dump(connected)
    code, out, err = run(capsys, connected, "users", "--output", name)
    assert code == 1 and out == ""
    assert err == f"idp-wizard: error: Cannot write {name} ({reason}).\n"
    assert database_dump(connected) == before
    assert sorted(tmp_path.iterdir()) == files  # nothing written


@pytest.mark.parametrize("args", [
    ["filters", "set"], ["users", "--output"], ["diagnostics", "export"],
    ["target", "set", "--scim-url", "https://scim.example.com/v2", "--token-file"],
    ["status"],  # an argument no command takes
])
def test_an_absurdly_long_argument_is_quoted_cut_short(
    capsys: pytest.CaptureFixture[str], connected: Path, args: list[str],
) -> None:
    """Each was echoed whole: 100,000 characters on stderr."""
    before = database_dump(connected)
    with pytest.raises(SystemExit) as exc:
        run(capsys, connected, *args, "z" * 100_000)
    err = capsys.readouterr().err
    assert exc.value.code == 2 and len(err) < 800
    assert _last_line(err).endswith(
        "unrecognized arguments: " + "z" * 200 + "…" if args == ["status"] else
        "… (100,000 characters) is longer than any file name (4,096 characters at most)")
    assert database_dump(connected) == before


def test_a_data_folder_name_too_long_is_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    """Saying why the folder cannot be written raised again (ENAMETOOLONG): a traceback."""
    data = tmp_path / ("q" * 300)
    code, out, err = run(capsys, data, "status")
    assert code == 1 and out == ""
    assert err == (f"idp-wizard: error: cannot write to the data folder {data} (the name is "
                   "too long).\n")
    with pytest.raises(SystemExit) as exc:
        run(capsys, tmp_path / ("q" * 5000), "status")
    assert exc.value.code == 2 and len(capsys.readouterr().err) < 800
