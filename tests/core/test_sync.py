from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest

from idp_wizard.core.connection import (
    Connection,
    ConnectionState,
    load_connection,
    save_connection,
    save_filter,
)
from idp_wizard.core.errors import AuthorizationRequired, ProviderError, SyncInProgress
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.locks import ClientLock
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus, list_runs
from idp_wizard.core.store import Store
from idp_wizard.core.sync import SyncService
from idp_wizard.core.users import count_users, synced_rows

from .fake_reader import PAGE_37, ListReader
from .helpers import emp


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "db.sqlite3")
    save_connection(s, Connection(ProviderName.ENTRA, ConnectionState.CONNECTED))
    return s


@dataclasses.dataclass
class Readers:
    """A ReaderSource that hands out one prepared reader."""

    given: ListReader

    def reader(self, conn: Connection) -> ListReader:
        return self.given


def service(store: Store, reader: ListReader, tmp_path: Path) -> SyncService:
    return SyncService(store, Readers(reader), ClientLock(tmp_path / "sync.lock"),
                       lock_wait=0.2)


def people(n: int) -> list:
    return [emp(i) for i in range(n)]


def snapshot(store: Store) -> dict:
    return synced_rows(store)


def test_first_sync_adds_and_second_is_a_noop(store: Store, tmp_path: Path) -> None:
    reader = ListReader(people(20))
    first = service(store, reader, tmp_path).run()
    assert first.to_json()["added"] == 20 and first.status == "succeeded"
    before = snapshot(store)
    changes_before = store.db.conn.total_changes
    second = service(store, reader, tmp_path).run()
    j = second.to_json()
    assert (j["added"], j["updated"], j["removed"], j["synced_users"]) == (0, 0, 0, 20)
    assert snapshot(store) == before
    # only the run record was written (insert + finish), no user rows
    assert store.db.conn.total_changes - changes_before <= 3
    assert [r.status for r in list_runs(store)] == [RunStatus.SUCCEEDED] * 2


def test_update_only_changed_fields_and_removal(store: Store, tmp_path: Path) -> None:
    reader = ListReader(people(5))
    service(store, reader, tmp_path).run()
    reader.employees[1] = dataclasses.replace(reader.employees[1], department="Marketing")
    del reader.employees[4]
    plan = service(store, reader, tmp_path).run().plan
    assert plan is not None
    assert [(row.id, changed) for row, changed in plan.updates] == [("u1", ("department",))]
    assert [row.id for row in plan.removals] == ["u4"]
    assert snapshot(store)["u1"][5] == "Marketing" and "u4" not in snapshot(store)


def test_language_is_mapped_and_raw_kept(store: Store, tmp_path: Path) -> None:
    reader = ListReader([emp(0, language_raw="de-AT"), emp(1, language_raw="xx_!!")])
    outcome = service(store, reader, tmp_path).run()
    rows = snapshot(store)
    assert rows["u0"][12:14] == ("de", "de-AT")
    assert rows["u1"][12:14] == ("en", "xx_!!")  # synced with the default, and reported
    assert outcome.plan is not None
    assert any("not a language code" in str(p.reason) for p in outcome.plan.problems)


def test_dry_run_writes_nothing(store: Store, tmp_path: Path) -> None:
    changes = store.db.conn.total_changes
    outcome = service(store, ListReader(people(3)), tmp_path).run(dry_run=True)
    assert outcome.status == "dry_run" and outcome.to_json()["added"] == 3
    assert store.db.conn.total_changes == changes
    assert count_users(store) == 0 and list_runs(store) == []


def test_bad_records_skipped_with_reasons_on_the_run(store: Store, tmp_path: Path) -> None:
    employees = [
        *people(3),
        emp(10, email=""),
        emp(11, display_name="y" * 10000),
        emp(12, email="user0@contoso.example"),
    ]
    service(store, ListReader(employees), tmp_path).run()
    run = list_runs(store)[0]
    assert run.status is RunStatus.SUCCEEDED
    reasons = {p["employee_id"]: p["reason"] for p in run.problems}
    assert reasons["u10"] == "has no e-mail address"
    assert "10,000 characters" in reasons["u11"]
    assert "also used by" in reasons["u12"] and "also used by" in reasons["u0"]
    assert set(snapshot(store)) == {"u1", "u2"}
    assert run.skipped == 4


def test_failed_read_applies_nothing(store: Store, tmp_path: Path) -> None:
    reader = ListReader(people(10))
    service(store, reader, tmp_path).run()
    before = snapshot(store)
    reader.fail_with = PAGE_37
    with pytest.raises(ProviderError, match="page 37"):
        service(store, reader, tmp_path).run()
    assert snapshot(store) == before
    run = list_runs(store)[0]
    assert run.status is RunStatus.FAILED and "Nothing was applied" in run.error


def test_revoked_token_needs_reauthorization_and_keeps_users(store: Store, tmp_path: Path) -> None:
    reader = ListReader(people(4))
    service(store, reader, tmp_path).run()
    reader.fail_with = AuthorizationRequired("Sign-in expired. Reauthorize the connection.")
    with pytest.raises(AuthorizationRequired):
        service(store, reader, tmp_path).run()
    conn = load_connection(store)
    assert conn is not None and conn.state is ConnectionState.NEEDS_REAUTHORIZATION
    assert "Reauthorize" in conn.state_reason and count_users(store) == 4


def test_mass_removal_is_held_until_confirmed(store: Store, tmp_path: Path) -> None:
    reader = ListReader(people(200))
    service(store, reader, tmp_path).run()
    before = snapshot(store)
    reader.employees = reader.employees[:80]  # 60 % disappear
    held = service(store, reader, tmp_path).run()
    assert held.status == "held" and held.to_json()["removed"] == 0
    assert held.to_json()["pending"]["removed"] == 120
    assert snapshot(store) == before
    conn = load_connection(store)
    assert conn is not None and conn.state is ConnectionState.HELD
    assert len(list_runs(store)[0].pending_removals) == 120
    done = service(store, reader, tmp_path).run(allow_deletions=True)
    assert done.status == "succeeded" and count_users(store) == 80
    conn = load_connection(store)
    assert conn is not None and conn.state is ConnectionState.CONNECTED


def test_small_removals_are_not_held(store: Store, tmp_path: Path) -> None:
    reader = ListReader(people(100))
    service(store, reader, tmp_path).run()
    reader.employees = reader.employees[:50]  # 50 removals: not more than 50
    assert service(store, reader, tmp_path).run().status == "succeeded"


def test_approved_removals_are_not_held(store: Store, tmp_path: Path) -> None:
    reader = ListReader(people(200))
    service(store, reader, tmp_path).run()
    spec = FilterSpec.from_json(
        {
            "version": 1,
            "include": {"emails": ["user1@contoso.example"]},
            "exclude": {"departments": ["Sales"]},
        }
    )
    save_filter(store, spec)
    approved = frozenset(f"u{i}" for i in range(200))
    outcome = service(store, reader, tmp_path).run(approved_removals=approved)
    assert outcome.status == "succeeded" and count_users(store) == 0


def test_second_sync_waits_then_reports_busy(store: Store, tmp_path: Path) -> None:
    svc = service(store, ListReader(people(2)), tmp_path)
    with svc.lock.hold():
        result: list[BaseException] = []
        t = threading.Thread(
            target=lambda: _capture(result, service(store, ListReader([]), tmp_path).run)
        )
        t.start()
        t.join()
        assert isinstance(result[0], SyncInProgress)
    assert count_users(store) == 0


def _capture(out: list[BaseException], fn) -> None:  # type: ignore[no-untyped-def]
    try:
        fn()
    except BaseException as exc:
        out.append(exc)


def test_inline_fingerprint_matches_stored_rows(store: Store, tmp_path: Path) -> None:
    from idp_wizard.core.user_record import record_fingerprint
    from idp_wizard.core.users import synced_state

    save_filter(
        store,
        FilterSpec.from_json({"version": 1, "include_guests": True, "include_disabled": True}),
    )
    reader = ListReader([emp(0, enabled=False), emp(1, guest=True, language_raw="")])
    service(store, reader, tmp_path).run()
    assert count_users(store) == 2
    state = synced_state(store)
    rows = synced_rows(store)
    assert state.fingerprints == {uid: record_fingerprint(r) for uid, r in rows.items()}
    plan = service(store, ListReader(reader.employees), tmp_path).run(dry_run=True).plan
    assert plan is not None and plan.unchanged == 2 and plan.is_noop


def test_data_options_leave_unticked_groups_out(store: Store, tmp_path: Path) -> None:
    from idp_wizard.core.connection import load_connection

    conn = load_connection(store)
    assert conn is not None
    conn.settings["synced_data"] = ["profile", "email", "language"]  # no org, no location
    save_connection(store, conn)
    reader = ListReader([emp(0, language_raw="de-AT", manager_id="u9")])
    service(store, reader, tmp_path).run()
    row = synced_rows(store)["u0"]
    assert row[5:10] == ("", "", "", "", "")  # department, title, location, country, company
    assert row[11] == "" and row[12:14] == ("de", "de-AT")
    # still filterable by department: the filter reads the directory, not the platform
    save_filter(store, FilterSpec.from_json({"version": 1, "include": {"departments": ["Sales"]}}))
    assert service(store, reader, tmp_path).run().to_json()["synced_users"] == 1


def test_delta_round_with_a_shared_address_is_left_to_a_full_read(
        store: Store, tmp_path: Path) -> None:
    """A changed employee taking a synced user's address, or two changed employees
    sharing one: an increment cannot plan that exactly (the holder did not change), so
    the round is not planned (the engine reads in full: tests/faults/test_delta_counts.py)."""
    from idp_wizard.core.delta import delta_plan
    from idp_wizard.core.language import LanguageMapper
    from idp_wizard.core.records import DeltaChanges

    service(store, ListReader(people(3)), tmp_path).run()
    taken = "user0@contoso.example"  # u0 holds it and does not change in this round
    for changed in ([emp(9, email=taken)], [emp(8, email="x@y.example"),
                                            emp(9, email="X@y.example")]):
        changes = DeltaChanges(changed=changed, removed_ids=[], delta_link="next")
        assert delta_plan(store, changes, FilterSpec.default(), LanguageMapper(),
                          {"u0", "u1", "u2"}) is None
    fine = DeltaChanges(changed=[emp(9)], removed_ids=["u2"], delta_link="next")
    planned = delta_plan(store, fine, FilterSpec.default(), LanguageMapper(),
                         {"u0", "u1", "u2"})
    assert planned is not None
    plan, ids = planned
    assert [r.id for r in plan.adds] == ["u9"] and [r.id for r in plan.removals] == ["u2"]
    assert ids == {"u0", "u1", "u9"} and plan.shared == 3
