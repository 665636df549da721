"""What an admin types to name things holds no bidirectional controls (U+202A-U+202E,
U+2066-U+2069) or line separators, as no directory value does (core/text.py): "Bob
\u202enimda\u202c" would read as "Bob admin". A client name, a filter value, --client
and --tenant are refused with one sentence; a filter saved by an older version is
cleaned as directory values are, so it still matches them."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from idp_wizard.cli import main
from idp_wizard.core.client_names import checked_name, tenant_name
from idp_wizard.core.errors import UsageError
from idp_wizard.paths import ProfilePaths
from idp_wizard.providers.entra_settings import EntraSettings

TROJAN = "Bob \u202enimda\u202c"  # shows as "Bob admin"


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--demo", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _clients(capsys: pytest.CaptureFixture[str], data: Path) -> list[str]:
    code, out, _ = run(capsys, data, "clients", "list", "--json")
    assert code == 0
    return [c["name"] for c in json.loads(out)]


@pytest.mark.parametrize(("name", "what"), [
    (TROJAN, "the bidirectional control character U+202E"),
    ("Acme \u2066Corp\u2069", "the bidirectional control character U+2066"),
    ("Acme\u202aCorp", "the bidirectional control character U+202A"),
    ("Acme\u2028Corp", "the line or paragraph separator U+2028"),
])
def test_a_client_name_that_would_read_as_another_is_refused(name: str, what: str) -> None:
    """Before: stored as typed, and listed (CLI, client switcher) reordered."""
    with pytest.raises(UsageError) as caught:
        checked_name(name)
    assert str(caught.value) == (f"The client name {name!r} contains {what}; use letters, "
                                 "digits, spaces and punctuation.")


def test_a_tenant_name_from_the_directory_is_cleaned() -> None:
    assert tenant_name("contoso\u202e.example (demo)") == "contoso.example"


def test_clients_add_and_rename_refuse_it_and_change_nothing(
        capsys: pytest.CaptureFixture[str], connected: Path) -> None:
    before = _clients(capsys, connected)
    expected = (f"The client name {TROJAN!r} contains the bidirectional control character "
                "U+202E; use letters, digits, spaces and punctuation.")
    code, out, err = run(capsys, connected, "clients", "add", TROJAN)
    assert (code, out) == (2, "")
    assert err == f"idp-wizard: error: {expected}\n"
    code, out, err = run(capsys, connected, "clients", "rename", before[0], TROJAN)
    assert (code, out, err) == (2, "", f"idp-wizard: error: {expected}\n")
    assert _clients(capsys, connected) == before


def test_client_option_refuses_it(capsys: pytest.CaptureFixture[str], connected: Path) -> None:
    """Before: looked up as typed; a client of that name (added before) was acted on."""
    with pytest.raises(SystemExit) as exc:
        run(capsys, connected, "--client", TROJAN, "status")
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert err.splitlines()[-1] == (
        f"idp-wizard: error: argument --client: {TROJAN!r} contains the bidirectional "
        "control character U+202E")


def test_a_filter_value_that_would_read_as_another_is_refused(
        capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path) -> None:
    """Before: saved as typed; it matched nobody (directory values hold no such
    character) while `filters show` displayed it as another value."""
    shown_before = run(capsys, connected, "filters", "show", "--json")[1]
    path = tmp_path / "filter.json"
    path.write_text(json.dumps({"version": 1, "exclude": {"job_titles": [TROJAN]}}),
                    encoding="utf-8")
    code, out, err = run(capsys, connected, "filters", "set", str(path), "--allow-unmatched")
    assert (code, out) == (2, "")
    assert err == (f"idp-wizard: error: {path}: exclude.job_titles[0] {TROJAN!r} contains "
                   "the bidirectional control character U+202E; remove it or retype the "
                   "value\n")
    assert run(capsys, connected, "filters", "show", "--json")[1] == shown_before


def test_a_filter_saved_by_an_older_version_is_cleaned_and_still_matches(
        capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path) -> None:
    """A value picked from the directory before its values were cleaned ("\u2066Sales
    \u2069", an HR system's isolates) matches the cleaned directory value "Sales"."""
    path = tmp_path / "filter.json"
    path.write_text(json.dumps({"version": 1, "include": {"departments": ["Sales"]}}),
                    encoding="utf-8")
    assert run(capsys, connected, "filters", "set", str(path), "--allow-deletions")[0] == 0
    plain = json.loads(run(capsys, connected, "status", "--json")[1])["synced_users"]
    assert plain > 0
    stored = json.dumps({"version": 1, "include": {"departments": ["\u2066Sales\u2069"]}})
    with sqlite3.connect(ProfilePaths(connected, demo=True).database) as conn:
        conn.execute("UPDATE filters SET spec = ?", [stored])
    conn.close()
    code, out, err = run(capsys, connected, "sync", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert (result["status"], result["removed"], result["synced_users"]) == (
        "succeeded", 0, plain)


def _store_filter(data: Path, spec: dict[str, object]) -> None:
    with sqlite3.connect(ProfilePaths(data, demo=True).database) as conn:
        conn.execute("UPDATE filters SET spec = ?", [json.dumps(spec)])
    conn.close()


def _synced_ids(capsys: pytest.CaptureFixture[str], data: Path) -> set[str]:
    code, out, _ = run(capsys, data, "users", "--format", "json")
    assert code == 0
    return {u["id"] for u in json.loads(out)}


@pytest.mark.parametrize(("part", "values", "where", "character"), [
    ("include", ["\u2066\u2069"], "include.departments[0]", "U+2066"),
    ("include", ["Sales", "\u202e\u2028\u202c"], "include.departments[1]", "U+202E"),
    ("exclude", ["\u202e\u202c"], "exclude.departments[0]", "U+202E"),
])
def test_a_saved_filter_value_that_cleans_to_nothing_fails_the_sync(
        capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path, part: str,
        values: list[str], where: str, character: str) -> None:
    """Before: the value became "" and matched nobody: alone in `include` it shared
    nobody (every synced user planned for removal, held by the deletion guard), in
    `exclude` it excluded nobody (the sync shared the people it had left out)."""
    path = tmp_path / "filter.json"
    path.write_text(json.dumps({"version": 1, part: {"departments": ["Sales"]}}),
                    encoding="utf-8")
    assert run(capsys, connected, "filters", "set", str(path), "--allow-deletions")[0] == 0
    before = _synced_ids(capsys, connected)
    runs = json.loads(run(capsys, connected, "history", "--json")[1])["runs"]
    assert len(before) > 0
    stored = {"version": 1, part: {"departments": values}}
    _store_filter(connected, stored)
    expected = (f"The saved filter: {where} {values[-1]!r} holds nothing but characters "
                f"that are not shown, such as the bidirectional control character "
                f"{character}, so it would match nobody. Nothing was synced; replace the "
                f"filter (idp-wizard --data-dir {connected} --demo filters set FILE.json).")
    code, out, err = run(capsys, connected, "sync", "--json")
    assert (code, out, err) == (1, "", f"idp-wizard: error: {expected}\n")
    assert _synced_ids(capsys, connected) == before
    assert json.loads(run(capsys, connected, "history", "--json")[1])["runs"] == runs
    code, out, err = run(capsys, connected, "filters", "show", "--json")
    assert (code, json.loads(out), err) == (0, stored, f"Warning: {expected}\n")


def test_saved_filter_values_that_clean_to_the_same_text_still_sync(
        capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path) -> None:
    """Guards unchanged behaviour (as before): the two are one value, no problem."""
    path = tmp_path / "filter.json"
    path.write_text(json.dumps({"version": 1, "include": {"departments": ["Sales"]}}),
                    encoding="utf-8")
    assert run(capsys, connected, "filters", "set", str(path), "--allow-deletions")[0] == 0
    before = _synced_ids(capsys, connected)
    _store_filter(connected, {"version": 1, "include": {
        "departments": ["Sales", "\u2066Sales\u2069"]}})
    code, out, err = run(capsys, connected, "sync", "--json")
    assert (code, err) == (0, "")
    assert (json.loads(out)["status"], json.loads(out)["removed"]) == ("succeeded", 0)
    assert _synced_ids(capsys, connected) == before
    code, out, err = run(capsys, connected, "filters", "show", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["include"]["departments"] == ["Sales"]


@pytest.mark.parametrize(("tenant", "client_id"), [
    ("contoso\u202e.com", "0f6c2a4e-1d5b-4c3a-9e8f-7a6b5c4d3e2f"),
    ("contoso.com", "0f6c2a4e\u20661d5b"),
])
def test_entra_tenant_and_client_id_refuse_it(tenant: str, client_id: str) -> None:
    with pytest.raises(UsageError) as caught:
        EntraSettings(client_id, tenant)
    expected = (f"{tenant!r} is not a tenant ID or domain." if "\u202e" in tenant else
                f"{client_id!r} is not an application (client) ID.")
    assert str(caught.value) == expected
