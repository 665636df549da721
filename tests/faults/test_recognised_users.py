"""Full reads that recognise unchanged users before mapping them (core/known_sources.py)
report and store exactly what a full read that maps everyone does, round after round,
and recognise nobody whose outcome could differ: a contested address, a rewritten
row, another filter, another room list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from idp_wizard.app import App
from idp_wizard.core import known_sources as ks
from idp_wizard.core import sync_reading
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.progress import CancelToken, ProgressFn
from idp_wizard.core.reader import DeltaReader
from idp_wizard.core.records import DeltaChanges, ProviderName
from idp_wizard.core.store import DEFAULT_CLIENT_ID
from idp_wizard.core.user_record import record_fingerprint
from idp_wizard.core.users import count_users

from .helpers import assert_same_changes, force_full_read, synced_app, users


class Spy:
    """Wraps the sync's full rounds: what each recognised, and how many reads it took."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.recognised: list[int] = []
        self.reads: list[int] = []
        real = ks.read_full_round

        def spy(reader: DeltaReader, known: ks.KnownSources | None, progress: ProgressFn,
                cancel: CancelToken) -> DeltaChanges:
            calls = []

            class Counting:
                def read_employees_delta(self, *args: Any, **kwargs: Any) -> DeltaChanges:
                    calls.append(1)
                    return reader.read_employees_delta(*args, **kwargs)

            changes = real(Counting(), known, progress, cancel)  # type: ignore[arg-type]
            if known is not None:  # not a plain (reference) read
                self.recognised.append(len(known.unchanged))
                self.reads.append(len(calls))
            return changes

        monkeypatch.setattr(sync_reading, "read_full_round", spy)


def _plain(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on, full reads map everyone (the reference behaviour)."""
    monkeypatch.setattr(sync_reading, "known_sources", lambda *a, **k: None)


def _stored_sources(app: App) -> int:
    return int(app.store.db.execute(
        "SELECT count(*) FROM synced_users WHERE source_fingerprint != 0").fetchone()[0])


def _report(app: App, **kwargs: Any) -> dict[str, object]:
    out = app.sync_service().run(dry_run=True, full=True, **kwargs).to_json()
    out.pop("run_id")
    return out


def test_a_noop_full_read_recognises_the_synced_users_and_reports_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = synced_app(tmp_path, ProviderName.ENTRA, size=400)
    synced, known = count_users(app.store), _stored_sources(app)
    # Everyone shared without a remark and with an address of their own is known.
    assert synced - 40 < known < synced
    spy = Spy(monkeypatch)
    recognising = _report(app)
    assert spy.recognised == [known] and spy.reads == [1]
    _plain(monkeypatch)
    assert _report(app) == recognising
    assert recognising["added"] == recognising["updated"] == recognising["removed"] == 0


@pytest.mark.parametrize("steps", [1, 9])
def test_churn_rounds_equal_full_reads_that_map_everyone(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, steps: int) -> None:
    app = synced_app(tmp_path / "a", ProviderName.ENTRA, size=400)
    reference = synced_app(tmp_path / "b", ProviderName.ENTRA, size=400)
    spy = Spy(monkeypatch)
    for _round in range(5):
        app.demo.simulate_changes(steps)
        reference.demo.simulate_changes(steps)
        force_full_read(app)
        recognising = app.sync_service().run().to_json()
        with monkeypatch.context() as plain:
            _plain(plain)
            force_full_read(reference)
            mapped = reference.sync_service().run().to_json()
        assert_same_changes(app, reference, recognising, mapped)
    assert len(spy.recognised) == 5 and min(spy.recognised) > 300


def _person(app: App, email: str) -> Any:
    tenant = app.demo.backend().tenant
    return next(p for p in tenant.persons if not p.removed and p.mail == email)


def test_an_address_taken_by_someone_else_is_read_again_and_no_longer_recognised(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = synced_app(tmp_path, ProviderName.ENTRA, size=400)
    rows = users(app)
    holder = next(r for r in rows.values() if r.email.startswith("z"))
    tenant = app.demo.backend().tenant
    guest = next(p for p in tenant.persons if p.guest and not p.removed and p.mail)
    # a guest invited with a synced user's address
    tenant.persons.set_mail(guest.key, holder.email.upper())
    spy = Spy(monkeypatch)
    recognising = _report(app)
    assert spy.reads == [2]  # recognised first, then read again recognising nobody
    with monkeypatch.context() as plain:
        _plain(plain)
        assert _report(app) == recognising
    app.sync_service().run(full=True)
    holder_source = app.store.db.execute(
        "SELECT source_fingerprint FROM synced_users WHERE id = ?", [holder.id]).fetchone()[0]
    assert holder_source == 0  # contested: mapped from now on
    app.sync_service().run(full=True)
    assert spy.reads[-1] == 1 and users(app)[holder.id] == holder


def test_a_row_rewritten_since_is_not_recognised(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    app = synced_app(tmp_path, ProviderName.ENTRA, size=300)
    row = next(r for r in users(app).values() if r.department)
    wrong = row._replace(department="Wrong")
    with app.store.transaction() as db:
        db.execute("UPDATE synced_users SET department = ?, fingerprint = ? WHERE "
                   "client_id = ? AND id = ?",
                   [wrong.department, record_fingerprint(wrong), DEFAULT_CLIENT_ID, row.id])
    known = _stored_sources(app)
    spy = Spy(monkeypatch)
    outcome = app.sync_service().run(full=True)
    assert spy.recognised == [known - 1]
    assert outcome.to_json()["updated"] == 1 and users(app)[row.id] == row


def test_another_filter_or_room_list_recognises_nobody(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = synced_app(tmp_path, ProviderName.ENTRA, size=300)
    spy = Spy(monkeypatch)
    spec = FilterSpec.default().to_json()
    spec["exclude"]["job_titles"] = ["Nobody has this title"]
    spec["only_licensed"] = True  # rooms matter from now on
    app.sync_service().run(spec=FilterSpec.from_json(spec), allow_deletions=True)
    assert spy.recognised == [0]  # a new filter: a new salt
    app.sync_service().run(full=True)
    assert spy.recognised[-1] > 250  # stored again under the new filter
    # The room list now names a synced user's mailbox (an admin made it a room).
    room = next(iter(users(app).values())).email.lower()
    monkeypatch.setattr("idp_wizard.providers.graph_facts.TenantFacts.rooms",
                        lambda self: frozenset({room, "x@y.example"}))
    before = _report(app)
    assert spy.recognised[-1] == 0
    with monkeypatch.context() as plain:
        _plain(plain)
        assert _report(app) == before
    assert before["removed"] == 1  # rooms are left out
