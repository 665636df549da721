"""A run's platform details (repairs, users already gone, a short listing) are kept with
the run: a profile from before them migrates and reads as before; a damaged record
says nothing rather than something wrong."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from idp_wizard.core import schema
from idp_wizard.core.platform_notes import platform_notes
from idp_wizard.core.runs import finish_platform, run_by_id, start_run
from idp_wizard.core.store import Store

BASE = {"status": "delivered", "created": 2, "updated": 1, "deleted": 0, "failed": 0,
        "pending": 0, "error": ""}
DETAILS = {"repaired": {"missing": 1, "drifted": 2}, "gone": 3,
           "listing": {"listed": 5, "reported": 40}}


def test_an_older_profile_migrates_and_its_runs_read_as_before(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    store = Store(path)
    run = start_run(store, "cli", "full")
    finish_platform(store, run, "delivered", 2, 1, 0, 0, 0, "", [])
    store.close()
    with sqlite3.connect(path) as conn:  # as a profile before the step was
        conn.execute("ALTER TABLE sync_runs DROP COLUMN platform_details")
        step = schema.MIGRATIONS.index(schema._platform_details)
        conn.execute(f"PRAGMA user_version = {step}")
    store = Store(path)
    assert store.schema_version == schema.SCHEMA_VERSION
    old = run_by_id(store, run)
    assert old is not None and old.platform == BASE
    later = start_run(store, "cli", "full")
    finish_platform(store, later, "delivered", 2, 1, 0, 0, 0, "", [], DETAILS)
    new = run_by_id(store, later)
    assert new is not None and new.platform == {**BASE, **DETAILS}
    assert [str(n) for n in platform_notes(new.platform)] == [
        "Platform repaired: 1 re-created, 2 restored.",
        "3 users the app provisioned were already gone from the platform (deleted there "
        "outside this app): there was nothing to remove.",
        "The platform listed only 5 of the 40 users it reported (its paging is "
        "unreliable): the users it did not list were checked one by one, none was taken "
        "as gone."]
    store.close()


def test_damaged_details_say_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "p.sqlite3")
    run = start_run(store, "cli", "full")
    finish_platform(store, run, "delivered", 2, 1, 0, 0, 0, "", [])
    for stored in ("not json", "[1, 2]", '{"gone": "3", "listing": [5, 40], '
                   '"repaired": {"missing": true, "drifted": -1}, "other": 1}'):
        with store.transaction() as db:
            db.execute("UPDATE sync_runs SET platform_details = ? WHERE id = ?", [stored, run])
        record = run_by_id(store, run)
        assert record is not None and record.platform is not None
        assert platform_notes(record.platform) == []
        assert "other" not in record.platform
    store.close()
