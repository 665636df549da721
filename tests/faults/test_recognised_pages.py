"""A hostile trial of Graph's recognising full rounds (providers/graph_recognise.py):
pages of any size, a user listed twice or removed beside its unchanged record, records
and pages written as other bytes that parse alike. Each round must report, store and
fail exactly as the read that maps everyone; `recognised` counts who was not mapped."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from idp_wizard.app import App

from .recognised_trial import trial
from .repage import Entry, Layout, record_bytes, repage, split

Record = dict[str, Any]
CHECK = ("Microsoft Graph listed a user without a valid id; try again later, and if it "
         "happens again, check the network (a proxy may rewrite the answers).")


def _served(layout: Layout, finish: Callable[[int, bytes], bytes] | None = None,
            ) -> Callable[[App], object]:
    if finish is None:
        return lambda app: repage(app, layout)
    return lambda app: repage(app, layout, finish)


def _twice(where: str) -> Layout:
    def layout(entries: list[Record]) -> list[list[Entry]]:
        a = entries[5]
        gone = {"id": a["id"], "@removed": {"reason": "deleted"}}
        return {
            "same page": [[*entries, a]],
            "a later page": [entries[:10], [*entries[10:], a]],
            "an earlier page": [[a], entries],
            "removed after, same page": [[*entries, gone]],
            "removed before, same page": [[gone, *entries]],
            "removed on a later page": [entries[:10], [*entries[10:], gone]],
            "removed on an earlier page": [[gone], entries],
            "removed with its record": [entries[:10], [*entries[10:],
                                                        {**a, "@removed": {"reason": "x"}}]],
        }[where]
    return layout


@pytest.mark.parametrize(("where", "removed"), [
    ("same page", 0), ("a later page", 0), ("an earlier page", 0),
    ("removed after, same page", 0), ("removed before, same page", 0),
    ("removed on a later page", 1), ("removed on an earlier page", 0),
    ("removed with its record", 1)])
def test_a_recognised_user_listed_again_is_read_again_recognising_nobody(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, removed: int) -> None:
    """Graph's last word wins, and within a page its removals come first."""
    spy, report, _ids = trial(tmp_path, monkeypatch, _served(_twice(where)))
    assert spy.recognised == [0, 0] and spy.reads == [2, 2]
    assert isinstance(report, dict) and (report["removed"], report["updated"]) == (removed, 0)


@pytest.mark.parametrize("sizes", [(7, 1, 0, 0, 20), (1,) * 12, (0,), (47,)],
                         ids=["empty pages", "one a page", "empty first", "users on the last"])
def test_pages_of_any_size_recognise_everyone_known(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sizes: tuple[int, ...]) -> None:
    spy, report, ids = trial(tmp_path, monkeypatch, _served(split(*sizes)))
    assert spy.recognised == [len(ids), len(ids)] and spy.reads == [1, 1]
    assert isinstance(report, dict) and report["added"] == report["updated"] == 0


def _one(change: Callable[[Record], Entry]) -> Layout:
    def layout(entries: list[Record]) -> list[list[Entry]]:
        return split(20)([*entries[:3], change(entries[3]), *entries[4:]])
    return layout


def _with(name: str, value: bytes) -> Callable[[Record], bytes]:
    """The record with one more property, written as `value` (no JSON encoder's)."""
    key = f'"{name}":'.encode()
    return lambda u: record_bytes({**u, name: 0}).replace(key + b"0", key + value, 1)


BYTES: dict[str, Callable[[Record], Entry]] = {
    # json and msgspec alike take the last of two keys
    "mail twice": lambda u: record_bytes(u).replace(b'"mail":', b'"mail":"x@y.example","mail":',
                                                    1),
    "escaped key": lambda u: record_bytes(u).replace(b'"mail":', b'"m\\u0061il":', 1),
    "ascii escapes": lambda u: json.dumps(u).encode(),
    "whitespace": lambda u: json.dumps(u, indent=2).encode(),
    "beyond a float": _with("x", b"-1e400"),
    "minus zero": _with("x", b"-0"),
    "huge integer": _with("x", b"1" + b"0" * 400),
    "long text": lambda u: {**u, "x": "y" * 300_000},
}


@pytest.mark.parametrize("change", list(BYTES))
def test_a_record_in_other_bytes_costs_that_user_a_mapping(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    spy, report, ids = trial(tmp_path, monkeypatch, _served(_one(BYTES[change])))
    assert spy.recognised == [len(ids) - 1, len(ids) - 1] and spy.reads == [1, 1]
    assert isinstance(report, dict) and report["added"] == report["updated"] == 0


@pytest.mark.parametrize("record", [b"[]", b'"x"', b"null", b"7", b'{"id":7}'])
def test_a_record_that_is_no_user_fails_the_round_as_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record: bytes) -> None:
    spy, report, _ids = trial(tmp_path, monkeypatch, _served(_one(lambda u: record)))
    assert report == ("error", CHECK) and spy.recognised == []


def test_an_address_in_nfd_is_one_in_nfc(tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Other bytes, the same NFC address: one update the first time, then known."""
    address = unicodedata.normalize("NFD", "jörg.ñ@contoso.example")
    spy, report, ids = trial(tmp_path, monkeypatch, _served(
        _one(lambda u: {**u, "mail": address})))
    assert spy.recognised == [len(ids) - 1, len(ids) - 1] and spy.reads == [1, 1]
    assert isinstance(report, dict) and report["updated"] == 1


PAGES: dict[str, tuple[Callable[[int, bytes], bytes], int]] = {
    # (how page i is rewritten, how many of the 20 on the first page still recognised)
    "value twice": (lambda i, p: p.replace(b'"value":[', b'"value":[7],"value":[', 1), 1),
    "escaped names": (lambda i, p: p.replace(b'"value":', b'"v\\u0061lue":').replace(
        b'"@odata.nextLink"', b'"@odata.next\\u004cink"'), 1),
    "whitespace around": (lambda i, p: b" \r\n\t" + p.replace(b'"value":[', b'"value" : [ ')
                          + b"\n ", 1),
    "NaN beside": (lambda i, p: p.replace(b'"@odata.context":"x"', b'"@odata.context":NaN')
                   if i == 0 else p, 0),
    "a byte-order mark": (lambda i, p: b"\xef\xbb\xbf" + p if i == 0 else p, 0),
    "UTF-16": (lambda i, p: p.decode().encode("utf-16") if i == 0 else p, 0),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_a_page_in_other_bytes_reads_as_json_reads_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """A page only the standard parser reads is mapped (its users keep their stored
    fingerprints), the others recognised."""
    finish, first_recognised = PAGES[name]
    first: list[str] = []

    def layout(entries: list[Record]) -> list[list[Entry]]:
        first[:] = [e["id"] for e in entries[:20]]
        return split(20)(entries)

    spy, report, ids = trial(tmp_path, monkeypatch, _served(layout, finish))
    expected = len(ids) - (0 if first_recognised else len(ids.intersection(first)))
    assert spy.recognised == [expected, expected] and spy.reads == [1, 1]
    assert isinstance(report, dict) and report["added"] == report["updated"] == 0
