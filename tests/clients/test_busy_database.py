"""The database busy past the busy timeout ("database is locked"). A trial found every
case told "another program is using it; close it and try again", also when the holder
was IdP Wizard itself (a sync of a very large tenant storing its result holds the
write transaction longer than the timeout): the admin would have closed their own sync.
When one of the profile's client locks is held elsewhere, it says so; otherwise the
generic sentence stays. The commands run as `python -m idp_wizard` with the busy
timeout shortened to half a second (users keep the full ten seconds)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from idp_wizard.core.errors import StoreError
from idp_wizard.core.locks import ClientLock
from idp_wizard.core.store import Store
from idp_wizard.paths import ProfilePaths
from tests.clients.helpers import connected_clients, demo_profile
from tests.processes import child, wait_for

# `python -m idp_wizard ARGS`, the busy timeout shortened.
CLI = """
import runpy, sys
import idp_wizard.core.store
idp_wizard.core.store.BUSY_TIMEOUT = 0.5
sys.argv[0] = "idp-wizard"
runpy.run_module("idp_wizard", run_name="__main__", alter_sys=True)
"""

# IdP Wizard storing a sync's result for the client named argv[2]: its lock held, then a
# write transaction (as core/sync.py applies), open until the child is killed.
OURS_WRITING = """
import sys, time
from pathlib import Path
from idp_wizard.compose import open_profile
from idp_wizard.paths import ProfilePaths

profile = open_profile(ProfilePaths(Path(sys.argv[1]), demo=True))
app = profile.open(profile.find(sys.argv[2]).id)
with app.lock.hold(), app.store.transaction():
    print("held", flush=True)
    time.sleep(300)
"""

# Another program writing to the database (no IdP Wizard lock).
FOREIGN_WRITING = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("held", flush=True)
time.sleep(300)
"""

OURS = ("Cannot use the database {path}: a sync or another IdP Wizard command (from the "
        "app, the command line or the scheduler) is storing its results; try again when it "
        "has finished.")
OURS_DE = ("Die Datenbank {path} kann nicht verwendet werden: Eine Synchronisierung oder ein "
           "anderer IdP-Wizard-Befehl (aus der App, der Befehlszeile oder dem Zeitplaner) "
           "speichert gerade seine Ergebnisse; versuchen Sie es erneut, wenn der Vorgang "
           "abgeschlossen ist.")
FOREIGN = ("Cannot use the database {path}: another program is using it; close it and try "
           "again.")


def _run(data: Path, *args: str) -> tuple[int, str, str]:
    done = subprocess.run([sys.executable, "-c", CLI, "--demo", *args], capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "IDP_WIZARD_DATA_DIR": str(data)})
    return done.returncode, done.stdout, done.stderr


def _dump(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def two_clients(data_dir: Path) -> Path:
    profile = demo_profile(data_dir, demo_size=300)
    try:
        connected_clients(profile, 2, first_name="A")
    finally:
        profile.close()
    return ProfilePaths(data_dir, demo=True).database


def test_busy_with_another_idp_wizard_command_says_so(data_dir: Path, two_clients: Path) -> None:
    before = _dump(two_clients)
    with child(OURS_WRITING, str(data_dir), "A") as writer:
        wait_for(writer, "held")
        other_sync = _run(data_dir, "--client", "Client 02", "sync")
        status = _run(data_dir, "--client", "A", "status")
        german = _run(data_dir, "--lang", "de", "--client", "Client 02", "sync")
    said = OURS.format(path=two_clients)
    assert other_sync == (1, "", f"idp-wizard: error: {said}\n")
    assert status == (1, "", f"idp-wizard: error: {said}\n")
    assert german == (1, "", f"idp-wizard: Fehler: {OURS_DE.format(path=two_clients)}\n")
    assert _dump(two_clients) == before


def test_busy_with_another_program_keeps_the_generic_advice(data_dir: Path,
                                                             two_clients: Path) -> None:
    before = _dump(two_clients)
    with child(FOREIGN_WRITING, str(two_clients)) as writer:
        wait_for(writer, "held")
        other_sync = _run(data_dir, "--client", "Client 02", "sync")
    said = FOREIGN.format(path=two_clients)
    assert other_sync == (1, "", f"idp-wizard: error: {said}\n")
    assert _dump(two_clients) == before


def _write_blocked(store: Store, holding: ClientLock) -> str:
    """A write of this thread, holding `holding` (as a sync does), while the file is busy."""
    with holding.hold(), pytest.raises(StoreError) as caught:
        store.set_setting("x", 1)
    return str(caught.value)


def test_the_blocked_writers_own_lock_does_not_count(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A sync of client 2 (its lock held by this very thread) blocked by another program:
    the generic advice, not "IdP Wizard is storing"; blocked while another thread of this
    process holds client 1's lock (the app's worker syncing it): IdP Wizard's."""
    monkeypatch.setattr("idp_wizard.core.store.BUSY_TIMEOUT", 0.2)
    paths = ProfilePaths(tmp_path, demo=False)
    store = Store(paths.database, locks=paths.client_locks)
    first, second = ClientLock(paths.client_lock(1)), ClientLock(paths.client_lock(2))
    with first.hold(), second.hold():  # both lock files exist
        pass
    foreign = sqlite3.connect(paths.database, isolation_level=None)
    try:
        foreign.execute("BEGIN IMMEDIATE")
        assert _write_blocked(store, second) == FOREIGN.format(path=paths.database)
        held, release = threading.Event(), threading.Event()

        def worker() -> None:
            with first.hold():
                held.set()
                release.wait(30)

        thread = threading.Thread(target=worker)
        thread.start()
        try:
            assert held.wait(30)
            assert _write_blocked(store, second) == OURS.format(path=paths.database)
        finally:
            release.set()
            thread.join(30)
        foreign.execute("ROLLBACK")
        store.set_setting("x", 2)
        assert store.setting("x") == 2
    finally:
        foreign.close()
        store.close()
