"""Graph's full rounds recognise a user by the bytes of its record (providers/
graph_recognise.py): any other bytes, even a property the mapping does not read or the
same properties in another order, cost that user a mapping and nothing else; a page
only the standard JSON parser reads is mapped in full; every outcome equals a full
read that maps everyone."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from idp_wizard.core.errors import ProviderError
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus

from .helpers import force_full_read, last_run, synced_app, users
from .hostile import alter_users_pages
from .test_recognised_users import Spy, _plain, _report, _stored_sources

E = ProviderName.ENTRA
Body = dict[str, Any]


def _as_graph(body: Body) -> bytes:
    """A page written as Graph (and the demo) writes it: compact, UTF-8."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _one_user(uid: str, change: Callable[[Body], Body]) -> Callable[[Body], bytes]:
    def alter(body: Body) -> bytes:
        body["value"] = [change(u) if u.get("id") == uid else u for u in body["value"]]
        return _as_graph(body)
    return alter


def _shared_id(app: Any) -> str:
    """A synced user the last read recognises (a stored source fingerprint)."""
    return str(app.store.db.execute(
        "SELECT id FROM synced_users WHERE source_fingerprint != 0 ORDER BY id "
        "LIMIT 1 OFFSET 7").fetchone()[0])


def _reordered(user: Body) -> Body:
    return dict(reversed(list(user.items())))


def _with_unread_property(user: Body) -> Body:
    return {**user, "businessPhones": ["+49 30 1234"]}


def _one_user_altered(tmp_path: Path, change: Callable[[Body], Body]) -> tuple[Any, int]:
    """A synced profile (and how many users it may recognise) whose Graph pages now
    send one recognised user's record changed by `change`."""
    app = synced_app(tmp_path, E, size=300)
    known = _stored_sources(app)
    alter_users_pages(app, E, _one_user(_shared_id(app), change), first_only=False)
    return app, known


@pytest.mark.parametrize("change", [_reordered, _with_unread_property],
                         ids=["properties reordered", "a property the mapping ignores"])
def test_other_bytes_cost_that_user_a_mapping_and_change_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        change: Callable[[Body], Body]) -> None:
    app, known = _one_user_altered(tmp_path, change)
    spy = Spy(monkeypatch)
    recognising = _report(app)
    assert spy.recognised == [known - 1] and spy.reads == [1]
    _plain(monkeypatch)
    assert _report(app) == recognising
    assert (recognising["added"], recognising["updated"], recognising["removed"]) == (0, 0, 0)


def test_the_same_bytes_again_are_recognised_after_a_stored_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The new bytes are stored with the user: the round after recognises it again."""
    app, known = _one_user_altered(tmp_path, _reordered)
    spy = Spy(monkeypatch)
    before = users(app)
    for _round in range(2):
        assert app.sync_service().run(full=True).status == "succeeded"
    assert spy.recognised == [known - 1, known]
    assert users(app) == before


def test_a_page_only_the_standard_parser_reads_is_mapped_in_full(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A lone surrogate escape in a property the mapping ignores: msgspec refuses the
    page, `json` reads it; every user on it is mapped (and keeps its stored
    fingerprint, as nothing about it changed), the others are recognised."""
    app = synced_app(tmp_path, E, size=300)
    known = _stored_sources(app)
    on_first_page: list[str] = []

    def alter(body: Body) -> bytes:
        on_first_page[:] = [u["id"] for u in body["value"]]
        body["value"][0] = {**body["value"][0], "businessPhones": ["SURROGATE"]}
        return _as_graph(body).replace(b'"SURROGATE"', b'"\\ud800"')

    alter_users_pages(app, E, alter)
    stored = {uid for (uid,) in app.store.db.execute(
        "SELECT id FROM synced_users WHERE source_fingerprint != 0")}
    spy = Spy(monkeypatch)
    recognising = _report(app)
    first_known = len(stored.intersection(on_first_page))
    assert first_known > 50 and spy.recognised == [known - first_known]
    with monkeypatch.context() as plain:
        _plain(plain)
        assert _report(app) == recognising
    before = users(app)
    assert app.sync_service().run(full=True).status == "succeeded"
    assert users(app) == before and _stored_sources(app) == known


def test_bytes_that_are_no_utf8_in_a_recognising_round_apply_nothing(
        tmp_path: Path) -> None:
    app = synced_app(tmp_path, E, size=60)
    force_full_read(app)
    before = users(app)
    alter_users_pages(app, E, lambda b: _as_graph(b).replace(
        b'"displayName":"', b'"displayName":"\xff', 1))
    with pytest.raises(ProviderError) as info:
        app.sync_service().run(trigger="schedule")
    assert str(info.value) == ("Microsoft Graph returned a malformed response "
                               "(/v1.0/users/delta); try again later.")
    assert users(app) == before and len(before) == 48
    assert last_run(app).status is RunStatus.FAILED


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_the_log_says_how_many_a_full_read_recognised(tmp_path: Path) -> None:
    """What an admin (or a real-tenant trial) checks: counts only, no personal data.
    The handler sits on the module's logger: the app's log set-up (other tests) may
    stop records from reaching the root logger."""
    app, known = _one_user_altered(tmp_path, _reordered)
    logger, handler = logging.getLogger("idp_wizard.core.known_sources"), _Lines()
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        assert app.sync_service().run(full=True).status == "succeeded"
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    lines = handler.lines
    unrecognised = 300 - known  # every listed user but the recognised (size 300)
    assert lines == [f"full read: {known - 1} users recognised unchanged without reading "
                     f"their records, {unrecognised + 1} read in full"]
