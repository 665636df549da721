"""The safety rules of a sync, each with exact counts: the deletion guard (small
tenants, empty reads), dry runs that say they would be held, held runs that count what
is pending, filter changes that go live only with their changes, and syncs that never
apply to a connection other than the one they planned for."""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path

import pytest

from idp_wizard.core.apply import apply_plan
from idp_wizard.core.connection import (
    Connection,
    ConnectionState,
    forget_connection,
    load_connection,
    load_filter,
    load_pending_filter,
    save_connection,
    save_filter,
)
from idp_wizard.core.errors import Cancelled, ConnectionChanged
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.guard import hold_reason
from idp_wizard.core.locks import ClientLock
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.progress import Progress
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import RunStatus, list_runs, start_run
from idp_wizard.core.store import Store
from idp_wizard.core.sync import SyncService
from idp_wizard.core.users import count_users

from .fake_reader import ListReader
from .helpers import emp


@dataclasses.dataclass
class Readers:
    given: ListReader

    def reader(self, conn: Connection) -> ListReader:
        return self.given


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "db.sqlite3")
    save_connection(s, Connection(ProviderName.GOOGLE, ConnectionState.CONNECTED))
    return s


def service(store: Store, reader: ListReader, tmp_path: Path) -> SyncService:
    return SyncService(store, Readers(reader), ClientLock(tmp_path / "c.lock"), lock_wait=0.2)


def people(n: int) -> list:
    return [emp(i) for i in range(n)]


@pytest.mark.parametrize(("unapproved", "synced", "directory", "threshold", "held"), [
    (0, 40, 0, 50, False),  # nothing to remove
    (20, 40, 20, 50, False),  # exactly half: allowed
    (21, 40, 19, 50, True),  # more than half of a 40-user tenant, below the count limit
    (1, 1, 0, 50, True),  # an empty directory read never removes without confirmation
    (51, 1000, 949, 100, False),  # within 10 %
    (101, 1000, 899, 100, True),  # above the limit
])
def test_hold_rules(unapproved: int, synced: int, directory: int, threshold: int,
                    held: bool) -> None:
    assert bool(hold_reason(unapproved, synced, directory, threshold)) is held


def test_a_small_tenant_cannot_lose_everyone(store: Store, tmp_path: Path) -> None:
    service(store, ListReader(people(40)), tmp_path).run()
    outcome = service(store, ListReader(people(10)), tmp_path).run()
    assert outcome.status == "held" and "more than half" in outcome.error
    assert count_users(store) == 40
    run = list_runs(store)[0]
    assert (run.added, run.updated, run.removed) == (0, 0, 0)
    assert (run.pending_added, run.pending_updated, run.pending_removed) == (0, 0, 30)
    assert run.to_json()["pending"] == {"added": 0, "updated": 0, "removed": 30}


def test_an_empty_read_never_removes_unasked(store: Store, tmp_path: Path) -> None:
    service(store, ListReader(people(3)), tmp_path).run()
    outcome = service(store, ListReader([]), tmp_path).run()
    assert outcome.status == "held" and "no employees" in outcome.error
    assert count_users(store) == 3
    assert service(store, ListReader([]), tmp_path).run(
        allow_deletions=True).status == "succeeded"
    assert count_users(store) == 0


def test_held_run_counts_pending_adds_apart(store: Store, tmp_path: Path) -> None:
    service(store, ListReader(people(100)), tmp_path).run()
    changed = [emp(i) for i in range(60, 155)]  # 60 leave, 55 join, 40 stay
    outcome = service(store, ListReader(changed), tmp_path).run()
    assert outcome.status == "held"
    assert outcome.to_json()["pending"] == {"added": 55, "updated": 0, "removed": 60}
    assert (outcome.to_json()["added"], outcome.to_json()["removed"]) == (0, 0)
    run = list_runs(store)[0]
    assert (run.pending_added, run.pending_removed, run.added) == (55, 60, 0)


def test_dry_run_says_when_the_real_run_would_be_held(store: Store, tmp_path: Path) -> None:
    service(store, ListReader(people(100)), tmp_path).run()
    dry = service(store, ListReader(people(30)), tmp_path).run(dry_run=True).to_json()
    assert dry["status"] == "dry_run" and dry["would_hold"] is True
    assert "70 of 100" in str(dry["hold_reason"])
    small = service(store, ListReader(people(95)), tmp_path).run(dry_run=True).to_json()
    assert small["would_hold"] is False and "hold_reason" not in small


def test_repeated_holds_keep_one_pending_list(store: Store, tmp_path: Path) -> None:
    service(store, ListReader(people(100)), tmp_path).run()
    for _ in range(3):  # scheduled runs re-hold every interval
        assert service(store, ListReader(people(30)), tmp_path).run().status == "held"
    lists = [r.pending_removals for r in list_runs(store) if r.status is RunStatus.HELD]
    assert [len(x) for x in lists] == [70, 0, 0]


def test_held_filter_change_leaves_the_old_filter_live(store: Store, tmp_path: Path) -> None:
    service(store, ListReader(people(100)), tmp_path).run()
    narrow = FilterSpec.from_json({"version": 1, "include": {"emails": ["user1@x"]},
                                   "exclude": {"domains": ["contoso.example"]}})
    outcome = service(store, ListReader(people(100)), tmp_path).run(spec=narrow)
    assert outcome.status == "held"
    assert load_filter(store) == FilterSpec.default() and count_users(store) == 100
    assert load_pending_filter(store) == (narrow, outcome.run_id)
    # a scheduled run meanwhile keeps using the live filter and leaves the change waiting
    assert service(store, ListReader(people(100)), tmp_path).run().status == "succeeded"
    assert load_pending_filter(store) == (narrow, outcome.run_id)
    # confirming applies what was held: the filter and its removals, together
    confirmed = service(store, ListReader(people(100)), tmp_path).run(allow_deletions=True)
    assert confirmed.status == "succeeded" and confirmed.to_json()["removed"] == 100
    assert load_filter(store) == narrow and load_pending_filter(store) is None


def test_apply_refuses_a_connection_that_changed(store: Store, tmp_path: Path) -> None:
    conn = load_connection(store)
    assert conn is not None
    plan = SyncPlan(directory_users=1)
    forget_connection(store)  # disconnected meanwhile...
    save_connection(store, Connection(ProviderName.GOOGLE, ConnectionState.CONNECTED))
    again = load_connection(store)  # ...and connected again: a new generation
    assert again is not None and again.generation > conn.generation
    run_id = start_run(store, "cli", "full")
    with pytest.raises(ConnectionChanged):
        apply_plan(store, plan, run_id, "full", generation=conn.generation)
    save_filter(store, FilterSpec.default())  # a filter saved also moves it on
    with pytest.raises(ConnectionChanged):
        apply_plan(store, plan, run_id, "full", generation=again.generation)


def test_a_stop_request_ends_a_running_sync_without_applying(store: Store,
                                                             tmp_path: Path) -> None:
    lock = ClientLock(tmp_path / "c.lock")
    reached, go_on = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    class SlowReader(ListReader):
        def read_employees(self, progress=None, cancel=None, *, managers=True):  # type: ignore[no-untyped-def]
            reached.set()
            go_on.wait(10)
            if cancel is not None:
                cancel.raise_if_cancelled()
            return super().read_employees(progress, cancel)

    svc = SyncService(store, Readers(SlowReader(people(5))), lock, lock_wait=0.2)

    def run() -> None:
        try:
            svc.run(progress=lambda p: None)
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=run)
    worker.start()
    assert reached.wait(10)
    with lock.stop_others():
        go_on.set()
        worker.join(10)
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert "nothing of it was applied" in str(errors[0])
    assert count_users(store) == 0 and list_runs(store)[0].status is RunStatus.FAILED
    assert not lock.stop_path.exists()


def test_progress_is_a_plain_record() -> None:
    assert Progress("users", 1).done == 1
