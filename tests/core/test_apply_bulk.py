"""The apply's shortcuts for large plans give the same rows: each record's fingerprint is
taken once (an update's by the plan, an add's by the apply) and equals its stored row's;
a large first apply builds the e-mail index after its inserts, inside its transaction."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from idp_wizard.app import App
from idp_wizard.core import apply, plan, sync
from idp_wizard.core.apply import apply_plan
from idp_wizard.core.clients import add_client
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.records import Employee, ProviderName
from idp_wizard.core.runs import start_run
from idp_wizard.core.schema import EMAIL_INDEX
from idp_wizard.core.store import Store
from idp_wizard.core.user_record import USER_COLUMNS, UserRecord, record_fingerprint, to_record
from tests.faults.helpers import synced_app

from .helpers import emp

BULK = 20_000  # the fewest adds the apply builds the e-mail index for afterwards
_HOLDERS = ("SELECT id, email FROM synced_users WHERE client_id = ? "
            "AND email COLLATE NOCASE IN (?, ?)")


def _wrong_fingerprints(app: App) -> list[str]:
    """Ids of the stored rows whose fingerprint is not their record's."""
    rows = app.store.db.execute(
        f"SELECT {', '.join(USER_COLUMNS)}, fingerprint FROM synced_users").fetchall()
    assert len(rows) > 250  # the demo tenant of 300, shared by the default filter
    return [row[0] for row in rows if record_fingerprint(UserRecord._make(row[:16])) != row[16]]


def test_stored_fingerprints_are_the_rows_after_first_update_and_delta_rounds(
        tmp_path: Path) -> None:
    app = synced_app(tmp_path, ProviderName.ENTRA)
    assert _wrong_fingerprints(app) == []
    app.demo.simulate_changes(5)
    full = app.sync_service().run(full=True)
    assert (full.status, full.mode) == ("succeeded", "full")
    assert full.counts["update"] != 0 and full.counts["add"] != 0
    assert _wrong_fingerprints(app) == []
    app.demo.simulate_changes(5)
    delta = app.sync_service().run()
    assert (delta.status, delta.mode) == ("succeeded", "delta")
    assert delta.counts["update"] != 0 and delta.counts["add"] != 0
    assert _wrong_fingerprints(app) == []


def test_each_record_written_is_fingerprinted_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = synced_app(tmp_path, ProviderName.ENTRA)
    taken: Counter[str] = Counter()
    by_plan, by_apply = plan.employee_fingerprint, apply.record_fingerprint

    def planned(e: Employee, language: str) -> int:
        taken[e.id] += 1
        return by_plan(e, language)

    def applied(r: UserRecord) -> int:
        taken[r.id] += 1
        return by_apply(r)

    written: list[tuple[list[str], list[str]]] = []

    def apply_and_note(store: Store, p: SyncPlan, *args: Any, **kwargs: Any) -> None:
        # Noted now: the sync empties its plan's lists afterwards (outcome.detach).
        written.append(([r.id for r in p.adds], [r.id for r, _ in p.updates]))
        apply_plan(store, p, *args, **kwargs)

    monkeypatch.setattr(plan, "employee_fingerprint", planned)
    monkeypatch.setattr(apply, "record_fingerprint", applied)
    monkeypatch.setattr(sync, "apply_plan", apply_and_note)
    for full in (True, False):  # an update round with churn, then a delta round
        app.demo.simulate_changes(5)
        taken.clear()
        outcome = app.sync_service().run(full=full)
        assert (outcome.status, outcome.mode) == ("succeeded", "full" if full else "delta")
        added, updated = written.pop()
        assert len(added) != 0 and len(updated) != 0
        assert {uid: taken[uid] for uid in added + updated} == dict.fromkeys(added + updated, 1)


def _adds(count: int, start: int = 0) -> list[UserRecord]:
    return [to_record(emp(i), "de") for i in range(start, start + count)]


def _apply(store: Store, adds: list[UserRecord], client_id: int = 1,
           after: Any = None) -> None:
    apply_plan(store, SyncPlan(len(adds), adds=adds),
               start_run(store, "gui", "full", client_id), "full",
               client_id=client_id, after=after)


def _traced(store: Store) -> list[str]:
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    return statements


def _email_index_sql(store: Store) -> str:
    row = store.db.execute("SELECT sql FROM sqlite_master WHERE type = 'index' "
                           "AND name = ?", [EMAIL_INDEX]).fetchone()
    return str(row[0]) if row else ""


def _holders_use_the_index(store: Store) -> bool:
    plan_rows = store.db.execute("EXPLAIN QUERY PLAN " + _HOLDERS, [1, "a", "b"]).fetchall()
    return any(f"USING INDEX {EMAIL_INDEX}" in row[-1] for row in plan_rows)


def test_a_large_first_apply_builds_the_email_index_after_its_inserts(
        tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    before = _email_index_sql(store)
    statements = _traced(store)
    _apply(store, _adds(BULK))
    store.db.conn.set_trace_callback(None)
    ddl = [s for s in statements if "INDEX" in s]
    assert ddl == [f"DROP INDEX {EMAIL_INDEX}", before]
    inserts = [i for i, s in enumerate(statements) if s.startswith("INSERT INTO synced_users")]
    assert statements.index(ddl[0]) < inserts[0] and inserts[-1] < statements.index(ddl[1])
    assert _email_index_sql(store) == before and _holders_use_the_index(store)
    assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert sorted(store.db.execute(_HOLDERS, [1, "USER7@CONTOSO.EXAMPLE",
                                              "User19999@contoso.example"])) == [
        ("u19999", "user19999@contoso.example"), ("u7", "user7@contoso.example")]
    store.close()


def test_a_failed_large_apply_leaves_the_table_and_its_index_as_they_were(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.sqlite3"
    store = Store(path)
    _apply(store, _adds(3, start=BULK))
    before = _email_index_sql(store)
    seen_by_others: list[tuple[str, str]] = []
    stored_value = apply.stored_value

    def watched(source: int, record: int) -> int:
        # Taken for each row as it goes in: on the first, this connection (inside the
        # apply) and another one (WAL: the last commit) are asked about the index.
        if not seen_by_others:
            with sqlite3.connect(path) as reader:
                seen_by_others.append((_email_index_sql(store), reader.execute(
                    "SELECT sql FROM sqlite_master WHERE name = ?",
                    [EMAIL_INDEX]).fetchone()[0]))
        return stored_value(source, record)

    monkeypatch.setattr(apply, "stored_value", watched)

    def fail() -> None:
        raise RuntimeError("the delta link could not be saved")

    with pytest.raises(RuntimeError, match="delta link"):
        _apply(store, _adds(BULK), after=fail)
    assert seen_by_others == [("", before)]  # dropped in the apply, not for the reader
    assert _email_index_sql(store) == before and _holders_use_the_index(store)
    assert [r[1] for r in store.db.execute("PRAGMA index_list(synced_users)")].count(
        EMAIL_INDEX) == 1
    assert store.db.execute("SELECT count(*) FROM synced_users").fetchone() == (3,)
    store.close()


def test_the_index_stays_when_the_table_holds_more_rows_over_all_clients(
        tmp_path: Path) -> None:
    store = Store(tmp_path / "s.sqlite3")
    other = add_client(store, "Fabrikam").id
    _apply(store, _adds(BULK + 1, start=BULK), client_id=other)
    statements = _traced(store)
    _apply(store, _adds(BULK))  # as many as BULK, fewer than the other client's rows
    store.db.conn.set_trace_callback(None)
    assert [s for s in statements if "INDEX" in s] == []
    assert store.db.execute("SELECT count(*) FROM synced_users").fetchone() == (2 * BULK + 1,)
    store.close()


def test_added_rows_carry_their_client_and_the_apply_time_written_into_the_statement(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(tmp_path / "s.sqlite3")
    other = add_client(store, "Fabrikam").id
    _apply(store, _adds(3), client_id=1)
    monkeypatch.setattr(store, "now", lambda: "2026-12-01T07:00:00+00:00 'quoted'")
    _apply(store, _adds(2, start=3), client_id=other)
    rows = store.db.execute("SELECT client_id, id, synced_at = updated_at, updated_at "
                            "FROM synced_users ORDER BY client_id, id").fetchall()
    assert [(c, uid, same) for c, uid, same, _ in rows] == [
        (1, "u0", 1), (1, "u1", 1), (1, "u2", 1),
        (other, "u3", 1), (other, "u4", 1)]
    assert {at for c, _, _, at in rows if c == other} == {
        "2026-12-01T07:00:00+00:00 'quoted'"}
    first = {at for c, _, _, at in rows if c == 1}
    assert len(first) == 1 and first.pop().startswith("20")
