"""What the command line prints (issue 11, items 7, 8 and 9): suggested commands name the
profile in use; output never fails on a console's encoding; a closed or full stdout is
one sentence."""

from __future__ import annotations

import ast
import csv
import io
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import idp_wizard.demo.environment as demo_environment
from idp_wizard.cli import main
from idp_wizard.core import hints
from idp_wizard.demo.transport import DemoBackend
from tests.faults.helpers import vanish

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--demo", *args])
    out, err = capsys.readouterr()
    return code, out, err


def cli(data: Path, *args: str, env: dict[str, str] | None = None,
        stdout: object = subprocess.PIPE) -> subprocess.CompletedProcess[bytes]:
    """The real process, as an admin's shell starts it."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "idp_wizard", "--data-dir", str(data), "--demo", *args],
        env=full_env, stdout=stdout, stderr=subprocess.PIPE, timeout=120, check=False)


# -- item 7: suggested commands -----------------------------------------------------------

def _suggested(text: str, lead: str) -> list[str]:
    line = next(ln for ln in text.splitlines() if lead in ln)
    return shlex.split(line.split(lead, 1)[1].strip().rstrip(".)"))


class VanishingBackend(DemoBackend):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        vanish(self, 60)


def test_every_suggested_command_names_the_profile_in_use(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = tmp_path / "it's my $HOME data"  # a quote, a space and a `$`: quoted safely
    data.mkdir()
    prefix = ["idp-wizard", "--data-dir", str(data), "--demo"]

    code, _, err = run(capsys, data, "sync")
    assert code == 1
    assert _suggested(err, "Connect one first (") == [*prefix, "connect", "--provider",
                                                       "entra|google"]
    code, _, err = run(capsys, data, "demo", "simulate-changes")
    assert code == 2 and _suggested(err, "first (")[:4] == prefix

    assert run(capsys, data, "connect", "--provider", "google")[0] == 0
    code, out, _ = run(capsys, data, "demo", "simulate-changes")
    assert code == 0 and _suggested(out, "Pick it up with:") == [*prefix, "sync"]

    monkeypatch.setattr(demo_environment, "DemoBackend", VanishingBackend)
    code, out, _ = run(capsys, data, "sync")
    assert code == 3
    assert _suggested(out, "Confirm with:") == [*prefix, "sync", "--allow-deletions"]

    from idp_wizard import cli_schedule
    from tests.scheduling.fakes import FakeRunner, env

    monkeypatch.setattr(cli_schedule, "env_factory", lambda: env(tmp_path, "linux",
                                                                  FakeRunner()))
    code, out, _ = run(capsys, data, "schedule", "status")
    assert code == 0
    assert "Install it with:" not in out or _suggested(out, "Install it with:")[:4] == prefix


def test_the_environment_data_folder_is_not_repeated(
    capsys: pytest.CaptureFixture[str], data_dir: Path,
) -> None:
    """IDP_WIZARD_DATA_DIR stays set for the next command; --demo is repeated."""
    data_dir.mkdir()
    assert main(["--demo", "sync"]) == 1
    assert _suggested(capsys.readouterr().err, "Connect one first (")[:3] == [
        "idp-wizard", "--demo", "connect"]
    assert main(["sync"]) == 1
    assert _suggested(capsys.readouterr().err, "Connect one first (")[:2] == [
        "idp-wizard", "connect"]


def test_command_hint_from_parsed_options() -> None:
    args = type("Args", (), {"data_dir": Path("rel dir"), "demo": True, "client": "Acme & Co"})
    hint = hints.CommandHint.from_args(args())  # type: ignore[arg-type]
    assert shlex.split(hint.command("sync --allow-deletions")) == [
        "idp-wizard", "--data-dir", str(Path("rel dir").absolute()), "--demo",
        "--client", "Acme & Co", "sync", "--allow-deletions"]
    assert shlex.split(hint.command("filters set", "my filter.json")) == [
        "idp-wizard", "--data-dir", str(Path("rel dir").absolute()), "--demo",
        "--client", "Acme & Co", "filters", "set", "my filter.json"]
    assert hints.CommandHint().command("status") == "idp-wizard status"
    with hints.use(hint):
        assert hints.suggest("status").endswith("--client 'Acme & Co' status")
    assert hints.suggest("status") == "idp-wizard status"


def _literal_commands(path: Path) -> list[str]:
    """String literals (not docstrings) that spell out an `idp-wizard ...` command."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}
    pattern = re.compile(r"idp-wizard (?:--|[a-z])")
    return [f"{path.name}:{node.lineno}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings and pattern.search(node.value)]


def test_no_message_spells_out_a_command_by_hand() -> None:
    found = [hit for path in sorted((ROOT / "idp_wizard").rglob("*.py"))
             for hit in _literal_commands(path)]
    assert found == []


# -- item 8: consoles that are not UTF-8 -------------------------------------------------

@pytest.fixture(scope="module")
def demo_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("profile")
    assert cli(data, "connect", "--provider", "entra").returncode == 0
    return data


NON_UTF8_CONSOLES = [
    {"PYTHONIOENCODING": "latin-1"},
    {"PYTHONIOENCODING": "cp1252"},  # a Windows code page, as when redirected
    {"PYTHONIOENCODING": "", "PYTHONUTF8": "0", "LC_ALL": "C", "LANG": "C"},  # POSIX
]


@pytest.mark.parametrize("console", NON_UTF8_CONSOLES, ids=["latin1", "cp1252", "posix"])
def test_json_and_csv_never_fail_on_the_console_encoding(
    demo_profile: Path, console: dict[str, str],
) -> None:
    reference = cli(demo_profile, "users", "--format", "json", env={"PYTHONIOENCODING": "utf-8"})
    users = json.loads(reference.stdout.decode("utf-8"))
    assert any(not u["display_name"].isascii() for u in users)

    done = cli(demo_profile, "users", "--format", "json", env=console)
    assert done.returncode == 0 and done.stderr == b""
    assert json.loads(done.stdout.decode("ascii")) == users  # escaped: nothing lost

    done = cli(demo_profile, "users", "--format", "csv", env=console)
    assert done.returncode == 0, done.stderr
    assert b"--output FILE" in done.stderr and b"internal error" not in done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout.decode("latin-1"))))
    assert len(rows) == len(users) + 1  # every row written, none cut off

    for command in (["filters", "show", "--json"], ["history", "--json"], ["status", "--json"],
                    ["users"], ["history"]):
        done = cli(demo_profile, *command, env=console)
        assert done.returncode == 0 and done.stderr == b"", (command, done.stderr)


def test_csv_output_file_is_utf8_with_a_bom(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "entra")
    users = json.loads(run(capsys, data, "users", "--format", "json")[1])
    out_file = tmp_path / "users.csv"
    code, out, err = run(capsys, data, "users", "--format", "csv", "--output", str(out_file))
    assert code == 0 and err == "" and out == f"Wrote {len(users):,} users to {out_file}.\n"
    raw = out_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert sorted(r["email"] for r in rows) == sorted(u["email"] for u in users)
    assert {r["display_name"] for r in rows} >= {u["display_name"] for u in users
                                                   if not u["display_name"].isascii()}

    code, _, _ = run(capsys, data, "users", "--format", "json", "--output", str(out_file))
    assert code == 0 and json.loads(out_file.read_text(encoding="utf-8")) == users


def test_users_output_never_overwrites_the_profile(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    run(capsys, data, "connect", "--provider", "entra")
    db = data / "demo.sqlite3"
    before = db.read_bytes()
    for target in (db, data / "idp-wizard.sqlite3", data / "logs" / "idp-wizard.log", data):
        code, _, err = run(capsys, data, "users", "--format", "csv", "--output", str(target))
        assert code == 2 and ("own files" in err or "folder" in err), err
    assert db.read_bytes() == before


# -- item 9: standard output closed or full ----------------------------------------------

@pytest.mark.parametrize("command", [["users", "--format", "csv"], ["status"]],
                         ids=["large output", "small output"])
def test_stdout_full_is_one_sentence(demo_profile: Path, command: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        done = cli(demo_profile, *command, stdout=full)
    assert done.returncode == 1
    assert done.stderr.decode() == ("idp-wizard: error: cannot write to standard output "
                                    "(the disk is full).\n")


def test_stdout_closed_is_one_sentence_and_does_nothing(tmp_path: Path) -> None:
    data = tmp_path / "d"
    done = subprocess.run(
        f'"{sys.executable}" -m idp_wizard --data-dir "{data}" --demo connect '
        "--provider entra >&-", shell=True, capture_output=True, check=False, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1
    assert done.stderr.decode().count("\n") == 1
    assert "standard output is closed; nothing was done" in done.stderr.decode()
    assert not (data / "demo.sqlite3").exists()
