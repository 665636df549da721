"""A scheduled run that starts while the client's sync still runs (the run before it, a
sync from the app or the command line) skips that client quietly: a log line, exit 0,
nothing synced twice. A sync asked for by hand keeps failing loudly (exit 1)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from filelock import FileLock

from idp_wizard.cli import main
from idp_wizard.compose import open_app
from idp_wizard.core import locks
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import list_runs
from idp_wizard.paths import ProfilePaths
from tests.flows import connect

SKIPPED = ("Skipped: another sync of this client was still running (the scheduled run "
           "before, or a sync from the app or the command line); the next scheduled run "
           "syncs it.")
LOGGED = ("scheduled sync of client 'contoso.example' skipped: another sync of it is still "
          "running")


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    app = open_app(ProfilePaths(folder, demo=True), demo_size=50)
    try:
        connect(app, ProviderName.ENTRA)
        app.sync_service().run(trigger="connect")
    finally:
        app.close()
    monkeypatch.setattr(locks, "SYNC_WAIT", 0.2)  # how long the second run waits
    return folder


@contextmanager
def sync_running(data: Path) -> Iterator[None]:
    """The client's lock held by another thread, as a running sync holds it."""
    taken, done = threading.Event(), threading.Event()

    def hold() -> None:
        with FileLock(ProfilePaths(data, demo=True).sync_lock):
            taken.set()
            done.wait(30)

    thread = threading.Thread(target=hold)
    thread.start()
    assert taken.wait(10)
    try:
        yield
    finally:
        done.set()
        thread.join()


def runs(data: Path) -> int:
    app = open_app(ProfilePaths(data, demo=True))
    try:
        return len(list_runs(app.store, limit=1000))
    finally:
        app.close()


def logged(data: Path) -> int:
    log = (data / "logs" / "idp-wizard.log").read_text(encoding="utf-8")
    return sum(LOGGED in line for line in log.splitlines())


def test_the_scheduled_run_skips_quietly(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = runs(data)
    base = ["--data-dir", str(data), "--demo", "sync"]
    with sync_running(data):
        assert main([*base, "--all-clients", "--scheduled"]) == 0
        out, err = capsys.readouterr()
        assert (out, err) == (f"contoso.example:\n  {SKIPPED}\n", "")
        assert main([*base, "--scheduled"]) == 0  # a task installed by an older version
        assert capsys.readouterr() == (f"{SKIPPED}\n", "")
    assert logged(data) == 2
    assert runs(data) == before  # nothing synced, nothing recorded

    with sync_running(data):  # a sync asked for by hand: it did not run, exit 1
        assert main(["--data-dir", str(data), "--demo", "sync", "--all-clients"]) == 1
        assert capsys.readouterr().out == (
            "contoso.example:\n  Sync failed: A sync is already running for this client (from "
            "the app, the command line or the scheduler); try again when it has finished.\n")
        assert main(["--data-dir", str(data), "--demo", "sync"]) == 1
    assert logged(data) == 2
