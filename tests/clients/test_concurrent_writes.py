"""Two clients write at the same time (each holds only its own lock): neither write may
fail. A deferred transaction that reads and then writes fails at once ("database is
locked", SQLITE_BUSY_SNAPSHOT) when another connection committed in between; the
store's transactions take the write lock first (BEGIN IMMEDIATE), so the second writer
waits its turn instead."""

from __future__ import annotations

import threading
from pathlib import Path

from idp_wizard.core.store import Store


def test_a_write_between_anothers_read_and_write_does_not_fail(tmp_path: Path) -> None:
    path = tmp_path / "p.sqlite3"
    first, second = Store(path), Store(path)
    try:
        in_transaction, other_done = threading.Event(), threading.Event()
        errors: list[BaseException] = []

        def other_client_writes() -> None:
            assert in_transaction.wait(10)
            try:
                second.set_setting("other", 1)  # waits for the first transaction
            except BaseException as exc:
                errors.append(exc)
            other_done.set()

        thread = threading.Thread(target=other_client_writes)
        thread.start()
        with first.transaction() as db:
            assert db.execute("SELECT count(*) FROM clients").fetchone()[0] == 1  # a read
            in_transaction.set()
            other_done.wait(0.5)  # the other writer tries now, and must wait
            db.execute("INSERT INTO settings (key, value) VALUES ('mine', '2')")  # a write
        thread.join(15)
        assert errors == []
        assert (first.setting("mine"), first.setting("other")) == (2, 1)
    finally:
        first.close()
        second.close()
