"""A recognising full read against the reference read that maps everyone: the same
report, the same stored users, or the same one-sentence failure."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from idp_wizard.app import App
from idp_wizard.core.errors import ProviderError
from idp_wizard.core.records import ProviderName

from .helpers import synced_app, users
from .test_recognised_users import Spy, _plain, _report

Result = dict[str, object] | tuple[str, str]


def outcome(run: Callable[[], dict[str, object]]) -> Result:
    try:
        return run()
    except ProviderError as exc:
        return "error", str(exc)


def _applied(app: App) -> dict[str, object]:
    out = app.sync_service().run(full=True).to_json()
    out.pop("run_id")
    return out


def trial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, prepare: Callable[[App], object],
          size: int = 60) -> tuple[Spy, Result, set[str]]:
    """Two like tenants, each `prepare`d; a recognising full read of the first (a dry
    run, then applied) against the reference read of the same tenant (dry) and of the
    second (applied). Returns the spy, the dry run's result and the ids of the users
    stored with a source fingerprint before it."""
    app, reference = (synced_app(tmp_path / n, ProviderName.ENTRA, size=size) for n in "ab")
    for each in (app, reference):
        prepare(each)
    known = {uid for (uid,) in app.store.db.execute(
        "SELECT id FROM synced_users WHERE source_fingerprint != 0")}
    spy = Spy(monkeypatch)
    recognising = outcome(lambda: _report(app))
    with monkeypatch.context() as plain:
        _plain(plain)
        assert outcome(lambda: _report(app)) == recognising
    applied = outcome(lambda: _applied(app))
    with monkeypatch.context() as plain:
        _plain(plain)
        assert outcome(lambda: _applied(reference)) == applied
    assert users(app) == users(reference)
    return spy, recognising, known
