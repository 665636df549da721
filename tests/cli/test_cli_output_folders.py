"""The commands that write a file the admin names (`users --output`, `diagnostics
export`) never create folders. A trial found `diagnostics export` creating every missing
folder of a mistyped path without a word (the zip then sat in "Reprots/"), while `users
--output` refused with "Cannot write Reprots/u.csv (it does not exist)", which reads as
if the file had to exist. Both now refuse the same way (exit 2, nothing written) with one
sentence naming the folder that does not exist."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.cli.dump import database_dump
from tests.cli.test_cli_input import one_sentence, run

WRITERS = [
    pytest.param(["users", "--output"], "u.csv", id="users-output"),
    pytest.param(["users", "--format", "json", "--output"], "u.json", id="users-output-json"),
    pytest.param(["diagnostics", "export"], "support.zip", id="diagnostics-export"),
]


def _listing(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


@pytest.mark.parametrize(("command", "name"), WRITERS)
def test_a_missing_folder_is_named_and_never_created(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, command: list[str], name: str,
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "Reports").mkdir()
    monkeypatch.chdir(work)
    before, db = _listing(work), database_dump(connected)
    target = work / "Reprots" / "2026" / name
    code, out, err = run(capsys, connected, *command, str(target))
    assert (code, out) == (2, "")
    assert one_sentence(err) == (
        f"idp-wizard: error: Cannot write {target}: the folder {work / 'Reprots'} does not "
        "exist; create it first or choose another folder\n")
    code, out, err = run(capsys, connected, "--lang", "de", *command, f"Reports/x/{name}")
    assert (code, out) == (2, "")
    assert err == (f"idp-wizard: Fehler: Reports/x/{name} kann nicht geschrieben werden: Der "
                   "Ordner Reports/x existiert nicht; legen Sie ihn zuerst an oder wählen Sie "
                   "einen anderen Ordner\n")
    code, out, err = run(capsys, connected, *command, f"~no-such-home/{name}")
    assert (code, out) == (2, "")
    assert err == (f"idp-wizard: error: Cannot write ~no-such-home/{name}: the folder "
                   "~no-such-home does not exist; create it first or choose another folder\n")
    assert _listing(work) == before == ["Reports"]
    assert database_dump(connected) == db


@pytest.mark.parametrize(("command", "name"), WRITERS)
def test_an_existing_folder_is_written_to(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch, command: list[str], name: str,
) -> None:
    (tmp_path / "Reports").mkdir()
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, connected, *command, f"Reports/{name}")
    assert (code, err) == (0, "")
    assert _listing(tmp_path / "Reports") == [name]
    if name.endswith(".zip"):
        assert "about.json" in zipfile.ZipFile(tmp_path / "Reports" / name).namelist()


def test_a_file_in_the_way_is_not_called_a_missing_folder(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    """A file where a folder should be: the write's own reason, not "does not exist"."""
    (tmp_path / "afile").write_text("x")
    target = tmp_path / "afile" / "sub" / "u.csv"
    code, out, err = run(capsys, connected, "users", "--output", str(target))
    assert (code, out) == (1, "")
    assert err == (f"idp-wizard: error: Cannot write {target} (a part of the path is a file, "
                   "not a folder).\n")
    assert (tmp_path / "afile").read_text() == "x"
