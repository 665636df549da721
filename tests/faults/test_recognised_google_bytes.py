"""Google's listings are read with providers/json_decode.py (msgspec first): an answer
in bytes only the standard parser reads, or that parse alike in other bytes, lists the
same users, recognised as before (core/known_sources.py: Google's source is the
mapped employee)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from idp_wizard.core.records import ProviderName

from .helpers import synced_app, users
from .hostile import alter_users_pages
from .test_recognised_google import Spy, _plain, _report, _stored_sources

G = ProviderName.GOOGLE
Body = dict[str, Any]


def _compact(body: Body) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _first_user(extra: bytes) -> Callable[[Body], bytes]:
    """The first user's record with `extra` written in before its other properties."""
    def alter(body: Body) -> bytes:
        page = _compact(body)
        at = page.index(b'"users":[{') + len(b'"users":[{')
        return page[:at] + extra + b"," + page[at:]
    return alter


ALTER: dict[str, Callable[[Body], bytes]] = {
    "a key twice": _first_user(b'"primaryEmail":"x@y.example"'),  # the later one wins
    "escaped names": lambda b: _compact(b).replace(b'"primaryEmail"', b'"prim\\u0061ryEmail"'),
    "NaN": _first_user(b'"x":NaN'),
    "beyond a float": _first_user(b'"x":[1e400,-1E999]'),
    "lone surrogate": _first_user(b'"x":"\\ud800"'),
    "byte-order mark": lambda b: b"\xef\xbb\xbf" + _compact(b),
    "UTF-16": lambda b: _compact(b).decode().encode("utf-16"),
    "ascii escapes and whitespace": lambda b: json.dumps(b, indent=1).encode(),
    "nested deep, not too deep": _first_user(b'"x":' + b"[" * 200 + b"]" * 200),
}


@pytest.mark.parametrize("name", list(ALTER))
def test_a_listing_in_other_bytes_reads_and_recognises_as_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    app = synced_app(tmp_path, G, size=60)
    known, before = _stored_sources(app), users(app)
    altered = alter_users_pages(app, G, ALTER[name], first_only=False)
    spy = Spy(monkeypatch)
    recognising = _report(app)
    assert spy.recognised == [known] and spy.reads == [1] and len(altered) == 1
    with monkeypatch.context() as plain:
        _plain(plain)
        assert _report(app) == recognising
    assert recognising["added"] == recognising["updated"] == recognising["removed"] == 0
    assert app.sync_service().run().status == "succeeded" and users(app) == before
