"""Hostile input through the command line: filter files, options, long values (issue 11,
items 3, 6 and 9). Every refusal is one sentence, names what is wrong without echoing
it whole or naming a Python type, and changes nothing."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import idp_wizard.core.filter_spec as filter_spec
from idp_wizard.cli import main
from idp_wizard.paths import ProfilePaths


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--demo", *args])
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence(err: str) -> str:
    """stderr of a refusal: exactly one line, no traceback, no internal error."""
    assert err.count("\n") == 1, err
    assert "Traceback" not in err and "internal error" not in err
    for python_word in ("NoneType", "dict", "list'", "str'", "int'", "Error:", "Error("):
        assert python_word not in err, err
    return err


def _state(capsys: pytest.CaptureFixture[str], data: Path) -> tuple[str, int]:
    shown = run(capsys, data, "filters", "show", "--json")[1]
    synced = json.loads(run(capsys, data, "status", "--json")[1])["synced_users"]
    return shown, synced


def _set(capsys: pytest.CaptureFixture[str], data: Path, tmp_path: Path, content: str | bytes,
         *extra: str) -> tuple[int, str, str]:
    f = tmp_path / "filter.json"
    if isinstance(content, bytes):
        f.write_bytes(content)
    else:
        f.write_text(content, encoding="utf-8")
    return run(capsys, data, "filters", "set", str(f), *extra)


# -- item 3: a value that matches nobody ----------------------------------------------

@pytest.mark.parametrize(("part", "attr", "value"), [
    ("include", "departments", "Sals"),
    ("exclude", "departments", "Marketting"),
    ("include", "emails", "nobody@contoso.example"),
    ("include", "countries", "Atlantis"),
])
def test_a_value_matching_nobody_is_refused_and_named(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
    part: str, attr: str, value: str,
) -> None:
    before = _state(capsys, connected)
    spec = {"version": 1, part: {attr: [value]}}
    if part == "exclude":
        spec["include"] = {"departments": ["Sales"]}
    code, out, err = _set(capsys, connected, tmp_path, json.dumps(spec))
    assert code == 2 and out == ""
    assert f"{part}.{attr} '{value}' matches nobody in the directory" in one_sentence(err)
    assert "--allow-unmatched" in err
    assert _state(capsys, connected) == before

    code, out, err = _set(capsys, connected, tmp_path, json.dumps(spec),
                          "--allow-unmatched", "--dry-run")
    assert code == 0 and "Dry run: nothing was saved." in out
    # include.emails alone changes nothing (test_cli_wrong_options.py): said so
    assert err == ("" if (part, attr) != ("include", "emails") else
                   "Warning: include.emails changes nothing here: it adds people to those "
                   "the other include criteria share, and with none of them every "
                   "employee is shared already\n")
    assert _state(capsys, connected) == before


def test_unmatched_values_are_counted_and_cut_short(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    long_value = "Q" * 500
    spec = {"version": 1, "include": {"departments": ["Sales", long_value, "Sals"]}}
    code, _, err = _set(capsys, connected, tmp_path, json.dumps(spec))
    assert code == 2 and "(500 characters)" in one_sentence(err)
    assert "Q" * 100 not in err and "(and 1 more value)" in err


def test_unknown_group_is_still_refused_with_allow_unmatched(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    spec = {"version": 1, "include": {"groups": ["No Such Group"]}}
    code, _, err = _set(capsys, connected, tmp_path, json.dumps(spec), "--allow-unmatched")
    assert code == 2 and "no group 'No Such Group'" in one_sentence(err)


# -- item 6: invalid text ---------------------------------------------------------------

@pytest.mark.parametrize(("escaped", "what"), [
    ("\\ud800", "lone surrogate U+D800"),
    ("Sales\\udfff", "lone surrogate U+DFFF"),
    ("Sa\\u0000les", "control character U+0000"),
    ("Sales\\u001b[31m", "control character U+001B"),
    ("\\uffff", "non-character U+FFFF"),
])
def test_invalid_text_is_refused_before_anything_is_saved(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
    escaped: str, what: str,
) -> None:
    before = _state(capsys, connected)
    text = '{"version": 1, "include": {"departments": ["Sales", "' + escaped + '"]}}'
    code, out, err = _set(capsys, connected, tmp_path, text, "--allow-unmatched")
    assert code == 2 and out == ""
    assert "include.departments[1]" in one_sentence(err) and what in err
    assert _state(capsys, connected) == before
    assert run(capsys, connected, "sync")[0] == 0


def test_a_stored_filter_with_bad_text_is_shown_and_can_be_replaced(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    """An older version saved "\\ud800": show it, refuse to sync with it, replace it."""
    db = ProfilePaths(connected, demo=True).database
    bad = '{"version": 1, "include": {"departments": ["Sales", "\\ud800"]}}'
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE filters SET spec = ?", [bad])
    conn.close()

    code, out, err = run(capsys, connected, "filters", "show", "--json")
    assert code == 0 and json.loads(out)["include"]["departments"] == ["Sales", "\ud800"]
    assert "\\ud800" in out and "lone surrogate" in err
    code, out, err = run(capsys, connected, "filters", "show")
    assert code == 0 and "\\ud800" in out

    code, _, err = run(capsys, connected, "sync")
    assert code == 1 and "The saved filter: include.departments[1]" in one_sentence(err)
    assert "filters set FILE.json" in err

    code, _, err = _set(capsys, connected, tmp_path, '{"version": 1}')
    assert code == 0, err
    assert json.loads(run(capsys, connected, "filters", "show", "--json")[1]) == \
        json.loads(filter_spec.FilterSpec.default().dumps())
    assert run(capsys, connected, "sync")[0] == 0


def test_any_valid_filter_round_trips_through_show_and_set(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    values = ["Zürich", "東京", "🚀 Launch Team", "O'Brien & Söhne \"GmbH\"", "x" * 512,
              "Ærø", "\u00a0Sales\u2003", "a\\b/c"]
    spec = {"version": 1, "include": {"locations": values},
            "exclude": {"emails": ["zoë@contoso.example"]}, "include_guests": True}
    assert _set(capsys, connected, tmp_path, json.dumps(spec), "--allow-unmatched",
                "--allow-deletions")[0] == 0
    shown = run(capsys, connected, "filters", "show", "--json")[1]
    code, _, err = _set(capsys, connected, tmp_path, shown, "--allow-unmatched")
    assert code == 0, err
    assert run(capsys, connected, "filters", "show", "--json")[1] == shown
    stored = json.loads(shown)
    assert stored["include"]["locations"][:5] == values[:5]
    assert stored["include"]["locations"][6] == "Sales"  # surrounding spaces are trimmed


# -- item 9: hostile files and options --------------------------------------------------

@pytest.mark.parametrize(("content", "message"), [
    ('{"version": %s}' % ("9" * 5000), "a number with thousands of digits"),
    ("[" * 100_000 + "]" * 100_000, "nested far too deeply"),
    ('{"version": 1, "include": {"groups": null}}', "include.groups must be a list, not null"),
    ('{"version": 1, "include": {"groups": [{}]}}', "must be a string, not an object"),
    ('{"version": 1, "include_guests": 1}', "must be true or false, not a number"),
    ('{"version": 1, "include": []}', "include must be an object, not a list"),
    (b"\xff\xfe{}", "is not UTF-8 text"),
])
def test_hostile_filter_files_get_one_plain_sentence(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
    content: str | bytes, message: str,
) -> None:
    before = _state(capsys, connected)
    code, _, err = _set(capsys, connected, tmp_path, content)
    assert code == 2 and message in one_sentence(err)
    assert _state(capsys, connected) == before


def test_an_over_long_value_or_key_is_quoted_cut_short(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    huge = "Z" * 100_000
    for spec in ({"version": 1, "include": {"departments": [huge]}},
                 {"version": 1, huge: 1}, {"version": 1, "include": {huge: []}}):
        code, _, err = _set(capsys, connected, tmp_path, json.dumps(spec))
        assert code == 2 and "(100,000 characters)" in one_sentence(err)
        assert len(err) < 400


def test_a_filter_file_over_the_cap_is_not_read_whole(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(filter_spec, "MAX_FILE_BYTES", 1024)
    reads: list[int] = []
    real_open = Path.open

    def counting_open(self: Path, *args: object, **kwargs: object) -> object:
        f = real_open(self, *args, **kwargs)  # type: ignore[arg-type]
        if self.name == "filter.json":
            real_read = f.read
            f.read = lambda n=-1: reads.append(n) or real_read(n)  # type: ignore[method-assign]
        return f

    monkeypatch.setattr(Path, "open", counting_open)
    emails = ", ".join(f'"p{i}@contoso.example"' for i in range(1000))
    content = '{"version": 1, "include": {"emails": [' + emails + "]}}"
    code, _, err = _set(capsys, connected, tmp_path, content)
    assert code == 2 and "is larger than" in one_sentence(err)
    assert reads == [1025]  # never the whole file


def test_the_real_cap_takes_a_large_legitimate_file(tmp_path: Path) -> None:
    emails = [f"person.number{i}@contoso.example" for i in range(100_000)]
    f = tmp_path / "big.json"
    f.write_text(json.dumps({"version": 1, "include": {"emails": emails}}))
    assert f.stat().st_size < filter_spec.MAX_FILE_BYTES
    assert len(filter_spec.FilterSpec.read_file(f).include["emails"]) == 100_000


def test_a_utf8_bom_is_accepted(
    capsys: pytest.CaptureFixture[str], connected: Path, tmp_path: Path,
) -> None:
    content = '{"version": 1, "include": {"departments": ["Sales"]}}'.encode("utf-8-sig")
    code, _, err = _set(capsys, connected, tmp_path, content, "--allow-deletions")
    assert code == 0, err
    shown = json.loads(run(capsys, connected, "filters", "show", "--json")[1])
    assert shown["include"]["departments"] == ["Sales"]


def test_a_search_of_120000_characters_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], connected: Path,
) -> None:
    with pytest.raises(SystemExit) as exc:
        run(capsys, connected, "users", "--search", "x" * 120_000)
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "at most 512 characters (got 120,000)" in err
    assert "xxxxxxxxxx" not in err
    code, out, _ = run(capsys, connected, "users", "--search", "x" * 512)
    assert code == 0 and out.endswith("0 users\n")
    with pytest.raises(SystemExit) as exc:  # a byte that is not UTF-8 in the shell's argv
        run(capsys, connected, "users", "--search", "Sales\udcff")
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "lone surrogate U+DCFF" in err.splitlines()[-1]


@pytest.mark.parametrize("args", [
    ["connect", "--provider", "google", "--port", "0"],
    ["connect", "--provider", "google", "--port", "65536"],
    ["connect", "--provider", "google", "--port", "9" * 5000],
    ["demo", "simulate-changes", "--steps", "1" + "0" * 20],
])
def test_numbers_out_of_range_are_usage_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str],
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(tmp_path / "d"), "--demo", *args])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "Traceback" not in err and len(err) < 600
    assert "must be " in err.splitlines()[-1]
    assert not (tmp_path / "d").exists()


def test_an_absurd_demo_size_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    code, _, err = run(capsys, tmp_path, "--demo-size", "1" + "0" * 30, "connect",
                         "--provider", "entra", "--no-sync")
    assert code == 2 and "between 1 and 1,000,000" in one_sentence(err)
