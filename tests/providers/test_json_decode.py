"""providers/json_decode.py reads every answer exactly as `json.loads` reads it (or fails
as it fails), and a Graph page's users, kept as bytes, parse to the same records."""

from __future__ import annotations

import json
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from idp_wizard.core.users import source_index
from idp_wizard.providers.json_decode import decode_page, loads

# What msgspec refuses and json reads, what both refuse, and plain answers.
EDGES = [
    b'{"a":1,"a":2}', b"NaN", b"[1e400]", b"[-0.0]", b"[123456789012345678901234567890]",
    b'["\\ud800"]', b'["\\udc80\\ud800"]', b'["\xed\xa0\x80"]', b"\xef\xbb\xbf{}",
    '{"a": "\u00e4"}'.encode("utf-16"), '{"a": 1}'.encode("utf-32"), b"", b"  {} ",
    b'{"a":"x\x01y"}', b'{"a":1}x', b"[1.5e-400]", b'["\xff"]', b'{"a":tru}',
    b"[18446744073709551616]", b"[01]", b"[Infinity]", b'{"a":1,}', b"\t\n{}\r",
    b"[1]\x00", b'{"\\u0000":1}', b"[1.0, 1, true, null]", b'"text"',
]


def _outcome(fn: Any, data: bytes) -> tuple[str, str]:
    try:
        return "value", repr(fn(data))
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        return "error", type(exc).__mro__[-3].__name__  # ValueError for both


@pytest.mark.parametrize("data", EDGES)
def test_every_edge_reads_as_json_reads_it(data: bytes) -> None:
    assert _outcome(loads, data) == _outcome(json.loads, data)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(JSON, st.booleans())
def test_generated_answers_read_as_json_reads_them(value: Any, ascii_only: bool) -> None:
    data = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    assert _outcome(loads, data) == _outcome(json.loads, data)


PAGE = {"@odata.context": "x", "value": [
    {"id": "1", "displayName": "Ä\u0301da", "manager@delta": [{"id": "m"}]},
    {"id": "2", "@removed": {"reason": "changed"}}, "not a user", 7, None,
    {"id": "3", "n": 12345678901234567890123, "s": "\\ud800"}],
    "@odata.nextLink": "https://graph.microsoft.com/v1.0/users/delta?$skiptoken=a"}


@pytest.mark.parametrize("ascii_only", [False, True])
def test_a_pages_users_parse_to_the_records_json_makes(ascii_only: bool) -> None:
    data = json.dumps(PAGE, ensure_ascii=ascii_only).encode()
    page = decode_page(data)
    assert page is not None
    assert [repr(loads(raw)) for raw in page.value] == [
        repr(u) for u in json.loads(data)["value"]]
    assert (page.next_link, page.delta_link) == (PAGE["@odata.nextLink"], None)
    assert [bytes(raw) for raw in page.value][1] == json.dumps(
        PAGE["value"][1], ensure_ascii=ascii_only).encode()  # type: ignore[index]


@pytest.mark.parametrize("data", [
    b'{"value":[{"id":"1","s":"\\ud800"}]}',  # msgspec refuses the lone surrogate
    b'{"value":[{"id":"1","s":NaN}]}', b'\xef\xbb\xbf{"value":[]}',
    '{"value":[]}'.encode("utf-16"), b'{"value":[{"id":"\xff"}]}',
    b'{"value":null}', b'{"value":{}}', b'{"value":"x"}', b"{}", b"[]",
    b'{"value":[],"error":null}', b'{"error":{"code":"x"},"value":[]}', b'{"value":[1,]}',
])
def test_an_answer_that_is_not_plainly_a_page_is_left_to_the_plain_reading(
        data: bytes) -> None:
    assert decode_page(data) is None


def test_a_number_beyond_a_float_parses_as_json_parses_it() -> None:
    page = decode_page(b'{"value":[{"id":"3","n":1e400,"m":-1E400}]}')
    assert page is not None
    assert loads(page.value[0]) == {"id": "3", "n": float("inf"), "m": float("-inf")}


def test_links_of_any_kind_reach_the_pager_to_be_refused() -> None:
    page = decode_page(b'{"value":[],"@odata.nextLink":{"href":"x"},"@odata.deltaLink":7}')
    assert page is not None and (page.next_link, page.delta_link) == ({"href": "x"}, 7)


def test_the_source_index_leaves_out_shared_and_missing_fingerprints() -> None:
    rows = [("a", "a@x", 5), ("b", "b@x", 6), ("c", "c@x", 6), ("d", "d@x", 0),
            ("e", "", 9), ("f", "f@x", 10)]
    assert source_index(rows) == {5: ("a", "a@x", 5), 10: ("f", "f@x", 10)}
    plain = [("a", "a@x", 5), ("d", "d@x", 0), ("f", "f@x", 10)]
    assert source_index(plain) == {5: plain[0], 10: plain[2]}
    assert source_index([]) == {}


def test_msgspec_raw_is_what_the_pages_carry() -> None:
    page = decode_page(b'{"value":[{"id":"1"}]}')
    assert page is not None and page.value[0].__class__ is msgspec.Raw


@pytest.mark.parametrize("depth", [1000, 100_000])
def test_an_answer_nested_too_deep_is_malformed_not_an_internal_error(depth: int) -> None:
    """Both parsers raise RecursionError there: read as a malformed answer."""
    deep = b"[" * depth + b"]" * depth
    with pytest.raises(ValueError) as info:
        loads(deep)
    assert str(info.value) == "JSON nested too deeply"
    assert decode_page(b'{"value":[' + deep + b"]}") is None
    fine = b'{"value":[{"id":"1","x":' + b"[" * 400 + b"]" * 400 + b"}]}"
    page = decode_page(fine)  # nested as deep as json reads
    assert page is not None and loads(page.value[0]) == json.loads(fine)["value"][0]


DEEP = "[" * 100_000 + "]" * 100_000  # deeper than Python's recursion limit


def test_a_client_file_nested_too_deep_gets_the_invalid_json_sentence(tmp_path: Any) -> None:
    """Before: RecursionError out of json.loads, an internal error for `--client-file`."""
    from idp_wizard.core.errors import UsageError
    from idp_wizard.providers.google_client import read_client_secret_file

    path = tmp_path / "client.json"
    path.write_text(DEEP, encoding="utf-8")
    with pytest.raises(UsageError) as info:
        read_client_secret_file(path)
    assert str(info.value).startswith(f"{path} is not valid JSON. ")


def test_a_token_answer_nested_too_deep_is_unusable_not_an_internal_error() -> None:
    from idp_wizard.providers.google_errors import TokenAnswerUnusable, check_token_answer

    class Answer:
        status_code, text = 200, DEEP

    with pytest.raises(TokenAnswerUnusable):
        check_token_answer(Answer())


def test_a_saved_microsoft_sign_in_nested_too_deep_is_unreadable() -> None:
    from idp_wizard.providers.entra_auth import _cache_readable

    assert _cache_readable(DEEP) is False
    assert _cache_readable("{}") is True


@settings(max_examples=50, deadline=None)
@given(st.lists(st.dictionaries(st.text("abcefgh", max_size=8), st.text(max_size=40),
                                max_size=5),
                min_size=1, max_size=20),
       st.integers(0, 2**32 - 1), st.integers(0, 2**32 - 1))
def test_a_pages_fingerprints_are_the_stored_formula(users: list[dict[str, str]], crc0: int,
                                                     adler0: int) -> None:
    """PageSifter takes every fingerprint of a page in C calls; each equals
    known_sources.fingerprint of the user's bytes (what is stored and compared)."""
    from idp_wizard.core.known_sources import KnownSources, fingerprint
    from idp_wizard.providers.graph_recognise import PageSifter

    records = [{**u, "id": str(n)} for n, u in enumerate(users)]
    page = decode_page(json.dumps({"value": records}).encode())
    assert page is not None
    sifter = PageSifter(KnownSources({}, "salt"), (crc0, adler0), "/v1.0/users/delta")
    rest, prints, listed = sifter.sift(page.value, {})
    assert listed == len(records) and [r["id"] for r in rest] == [r["id"] for r in records]
    assert prints == [fingerprint(bytes(raw), (crc0, adler0)) for raw in page.value]
