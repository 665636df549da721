"""Google full listings that recognise unchanged users before planning them
(core/known_sources.py, read_all_recognising) report and store exactly what a listing
that plans everyone does, round after round. Google names a manager by address, so a
record can stay the same while its manager resolves to someone else (the manager
left, and Google keeps the relation as typed): such a report is not recognised."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from idp_wizard.app import App
from idp_wizard.core import known_sources as ks
from idp_wizard.core import recognised_listing
from idp_wizard.core.connection import load_connection, save_connection
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.progress import CancelToken, ProgressFn
from idp_wizard.core.reader import RecognisingReader
from idp_wizard.core.records import Employee, ProviderName
from idp_wizard.core.users import count_users
from idp_wizard.demo import directory_render
from idp_wizard.providers import google_directory

from .helpers import assert_same_changes, synced_app, users

GOOGLE = ProviderName.GOOGLE


class Spy:
    """Wraps the sync's recognising listings: what each recognised, and how many
    listings it took."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.recognised: list[int] = []
        self.reads: list[int] = []
        real = ks.read_all_recognising

        def spy(reader: RecognisingReader, known: ks.KnownSources, progress: ProgressFn,
                cancel: CancelToken) -> list[Employee]:
            calls = []

            class Counting:
                def read_employees_recognising(self, *args: Any) -> list[Employee]:
                    calls.append(1)
                    return reader.read_employees_recognising(*args)

            employees = real(Counting(), known, progress, cancel)  # type: ignore[arg-type]
            self.recognised.append(len(known.unchanged))
            self.reads.append(len(calls))
            return employees

        monkeypatch.setattr(recognised_listing, "read_all_recognising", spy)


def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, listings plan everyone (the reference behaviour)."""
    monkeypatch.setattr(recognised_listing, "recognisable", lambda spec: False)


def _stored_sources(app: App) -> int:
    return int(app.store.db.execute(
        "SELECT count(*) FROM synced_users WHERE source_fingerprint != 0").fetchone()[0])


def _report(app: App, **kwargs: Any) -> dict[str, object]:
    out = app.sync_service().run(dry_run=True, **kwargs).to_json()
    out.pop("run_id")
    return out


def test_a_noop_listing_recognises_the_synced_users_and_reports_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = synced_app(tmp_path, GOOGLE, size=400)
    synced, known = count_users(app.store), _stored_sources(app)
    # Everyone shared without a remark and with an address of their own is known.
    assert synced - 40 < known <= synced
    spy = Spy(monkeypatch)
    recognising = _report(app)
    assert spy.recognised == [known] and spy.reads == [1]
    with monkeypatch.context() as plain:
        _plain(plain)
        assert _report(app) == recognising
    assert recognising["added"] == recognising["updated"] == recognising["removed"] == 0
    assert recognising["synced_users"] == synced


@pytest.mark.parametrize("steps", [1, 9])
def test_churn_rounds_equal_listings_that_plan_everyone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, steps: int) -> None:
    app = synced_app(tmp_path / "a", GOOGLE, size=400)
    reference = synced_app(tmp_path / "b", GOOGLE, size=400)
    spy = Spy(monkeypatch)
    for _round in range(4):
        app.demo.simulate_changes(steps)
        reference.demo.simulate_changes(steps)
        recognising = app.sync_service().run().to_json()
        with monkeypatch.context() as plain:
            _plain(plain)
            mapped = reference.sync_service().run().to_json()
        assert_same_changes(app, reference, recognising, mapped)
    assert len(spy.recognised) == 4 and min(spy.recognised) > 300


def _manager_leaves(app: App, monkeypatch: pytest.MonkeyPatch) -> tuple[str, list[str]]:
    """The manager with most reports leaves; the reports' relations keep the address
    as typed (as Google does), so their records do not change. (The manager's id, the
    ids of the synced users whose row names that manager.)"""
    tenant = app.demo.backend().tenant
    real = directory_render.manager_value
    active = list(tenant.active())
    boss = max((p for p in active if p.is_manager and p.key != 0),
               key=lambda b: sum(1 for p in active if p.manager == b.key))
    boss_id = tenant.google_id(boss.key)
    typed = {p.key: real(tenant, p) for p in active if p.manager == boss.key}
    monkeypatch.setattr(directory_render, "manager_value",
                        lambda t, p: typed[p.key] if p.key in typed else real(t, p))
    tenant.persons.mark_removed(boss.key)
    return boss_id, [uid for uid, r in users(app).items() if r.manager_id == boss_id]


def test_the_reports_of_a_manager_who_left_are_not_recognised(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = synced_app(tmp_path, GOOGLE, size=400)
    known = _stored_sources(app)
    boss_id, report_ids = _manager_leaves(app, monkeypatch)
    spy = Spy(monkeypatch)
    recognising = _report(app, allow_deletions=True)
    with monkeypatch.context() as plain:
        _plain(plain)
        assert _report(app, allow_deletions=True) == recognising
    assert len(report_ids) > 1
    assert recognising["removed"] == 1 and recognising["updated"] == len(report_ids)
    assert spy.reads == [1] and spy.recognised == [known - 1 - len(report_ids)]
    app.sync_service().run(allow_deletions=True)
    rows = users(app)
    assert boss_id not in rows and all(rows[uid].manager_id == "" for uid in report_ids)
    outcome = app.sync_service().run()  # settled: everyone recognised, nothing to do
    assert outcome.to_json()["updated"] == 0 and spy.recognised[-1] == known - 1


def test_without_synced_managers_the_reports_are_planned_and_unchanged(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = synced_app(tmp_path, GOOGLE, size=300)
    conn = load_connection(app.store)
    assert conn is not None
    conn.settings["synced_data"] = ["profile", "email", "location", "language"]
    save_connection(app.store, conn)
    app.sync_service().run()  # rows without managers (and a new salt)
    _manager_leaves(app, monkeypatch)
    spy = Spy(monkeypatch)
    recognising = _report(app, allow_deletions=True)
    with monkeypatch.context() as plain:
        _plain(plain)
        assert _report(app, allow_deletions=True) == recognising
    assert recognising["updated"] == 0 and recognising["removed"] == 1
    assert spy.reads == [1] and spy.recognised[0] > 250


def test_a_filter_on_org_units_is_planned_in_full(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = synced_app(tmp_path, GOOGLE, size=300)
    spy = Spy(monkeypatch)
    spec = FilterSpec.from_json({"version": 1, "exclude": {"org_units": ["/Engineering"]}})
    app.sync_service().run(spec=spec, allow_deletions=True)
    app.sync_service().run()
    assert spy.reads == []  # membership of an org unit is not in the recognised text


def test_an_id_listed_twice_is_planned_once_as_a_plain_listing_would(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader keeps each id once (the later listing, with a remark): one listing
    is enough, and it reports what a listing that plans everyone does."""
    app = synced_app(tmp_path, GOOGLE, size=300)
    real = google_directory.iter_google_pages

    def twice(*args: Any) -> Iterator[list[Any]]:
        first = None
        for page in real(*args):
            first = first or dict(page[0])
            yield page
        # A provider's slip: the first user once more at the end, with a new address
        # meanwhile (so no address is listed twice).
        yield [{**first, "primaryEmail": "moved." + first["primaryEmail"]}]

    monkeypatch.setattr(google_directory, "iter_google_pages", twice)
    spy = Spy(monkeypatch)
    recognising = _report(app)
    with monkeypatch.context() as plain:
        _plain(plain)
        assert _report(app) == recognising
    assert spy.reads == [1]
    remarks = [p for p in recognising["problems"]  # type: ignore[attr-defined]
               if "twice" in p["reason"]]
    assert [(p["reason"], p["action"]) for p in remarks] == [
        ("Google Directory API listed this user twice with different data; the later "
         "listing was used", "warning")]


def test_an_unchanged_user_listed_twice_differently_is_reported_not_recognised(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The earlier listing differs, the later one is the user as synced: still reported
    (with its remark), as a plain listing does, not recognised silently."""
    from .hostile import alter_users_pages

    app = synced_app(tmp_path, GOOGLE, size=300)
    alter_users_pages(app, GOOGLE, lambda b: {**b, "users": [
        {**b["users"][3], "orgUnitPath": "/Elsewhere"}, *b["users"]]})
    recognising = _report(app)
    with monkeypatch.context() as plain:
        _plain(plain)
        assert _report(app) == recognising
    assert [p["action"] for p in recognising["problems"]  # type: ignore[attr-defined]
            if "twice" in p["reason"]] == ["warning"]
