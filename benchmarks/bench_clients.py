"""Clients benchmark: `python benchmarks/bench_clients.py [--json]`.

- clients_overview_ms: the overview (GUI, offscreen) ready and painted with 200 clients
  (each connected, with 500 synced users and a few runs), the median of several opens;
  target <= 300 ms. Also the query alone (clients_summaries_ms).
- sync_all_clients_s: `sync --all-clients` over 20 demo clients of 5,000 employees after
  directory churn, against the sum of the same 20 syncs run one by one
  (sync_all_ratio; target <= 1.0). Measured in one process (the sync work itself) and
  as command lines (what the OS task saves: one start instead of 20). Then parallel
  variants (2 and 4 threads, 2 processes) as ratios to the same sum, to decide whether
  clients sync in parallel (<= 0.6 would pay off), and all of it again with a wait per
  directory request (--latency-ms), as real directory APIs have: the demo answers in
  microseconds, so without it every sync is pure CPU work.
Every variant starts from the same copy of the database, so each does the same work.
Figures are medians of --rounds runs; the machine is shared, so compare within a run.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import httpx

from idp_wizard.compose import open_profile
from idp_wizard.core.clients import ClientInfo
from idp_wizard.core.records import ProviderName
from idp_wizard.demo.transport import DemoBackend
from idp_wizard.paths import ProfilePaths
from idp_wizard.profile import Profile
from idp_wizard.sync_all import (
    ClientSyncResult,
    connected_clients,
    sync_all_clients,
    sync_client,
)
from tests.flows import connect

ROOT = Path(__file__).resolve().parent.parent


def _median(fn: Callable[[], float], rounds: int) -> float:
    return statistics.median(fn() for _ in range(rounds))


# -- the overview ------------------------------------------------------------------------

def _fill_overview_profile(data: Path, clients: int, users: int) -> None:
    """200 connected clients with users and runs, written straight into the store (a
    real sync per client would only make the set-up slow)."""
    profile = open_profile(ProfilePaths(data, demo=True))
    store = profile.store
    now = store.now()
    with store.transaction() as db:
        for n in range(1, clients + 1):
            cid = 1 if n == 1 else profile.add(f"Client {n:03d}").id
            state = ("held", "needs_reauthorization", "connected")[n % 7 if n % 7 < 3 else 2]
            db.execute("INSERT INTO connections (client_id, provider, tenant, state, "
                       "connected_at, directory_users) VALUES (?, ?, ?, ?, ?, ?)",
                       [cid, "entra" if n % 2 else "google", f"c{n}.example", state, now,
                        users + 50])
            db.conn.executemany(
                "INSERT INTO synced_users (client_id, id, email, display_name, fingerprint) "
                "VALUES (?, ?, ?, ?, 0)",
                [(cid, f"u{n}-{i}", f"user{i}@c{n}.example", f"User {i}") for i in range(users)])
            db.conn.executemany(
                "INSERT INTO sync_runs (client_id, started_at, finished_at, trigger, mode, "
                "status, problems, pending_removals) VALUES (?, ?, ?, 'schedule', 'full', "
                "?, '[]', '[]')",
                [(cid, now, now, "failed" if n % 11 == 0 and r == 4 else "succeeded")
                 for r in range(5)])
    profile.close()


def bench_overview(rounds: int, clients: int = 200, users: int = 500) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from idp_wizard.ui.client_session import ClientSession
    from idp_wizard.ui.launch import create_main_window, make_qapplication
    from idp_wizard.ui.tasks import InlineTaskRunner

    make_qapplication([sys.argv[0], "-platform", "offscreen"])
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        _fill_overview_profile(data, clients, users)
        profile = open_profile(ProfilePaths(data, demo=True))
        app = profile.open(1)
        window = create_main_window(app, InlineTaskRunner(), start=False,
                                    session=ClientSession(profile, app))
        window.resize(1100, 720)
        host = window.clients

        def query() -> float:
            start = time.perf_counter()
            assert len(profile.summaries()) == clients
            return (time.perf_counter() - start) * 1000

        def overview() -> float:
            host.show_panel()
            start = time.perf_counter()
            host.show_overview()
            host.overview.grab()  # laid out and painted
            elapsed = (time.perf_counter() - start) * 1000
            assert host.overview.model.rowCount() == clients
            return elapsed

        first = overview()  # the first open: nothing warmed up yet
        result = {"clients_summaries_ms": round(_median(query, rounds), 1),
                  "clients_overview_first_ms": round(first, 1),
                  "clients_overview_ms": round(_median(overview, rounds), 1)}
        window.close()
        app.close()
        profile.close()
    return result


# -- syncing every client --------------------------------------------------------------

def _sync_profile(data: Path, clients: int, size: int) -> None:
    profile = open_profile(ProfilePaths(data, demo=True), demo_size=size)
    for n in range(clients):
        client = profile.clients()[0] if n == 0 else profile.add(f"Client {n + 1:02d}")
        app = profile.open(client.id)
        connect(app, ProviderName.ENTRA if n % 2 == 0 else ProviderName.GOOGLE)
        assert app.sync_service().run(trigger="connect").status == "succeeded"
        assert app.demo is not None
        app.demo.simulate_changes(5)  # joiners, leavers and moves for the measured syncs
        app.close()
    profile.close()


def _restore(snapshot: Path, data: Path) -> None:
    for leftover in data.glob("demo.sqlite3*"):
        leftover.unlink()
    shutil.copy(snapshot, data / "demo.sqlite3")


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _sync_ids(data: str, ids: list[int]) -> list[str]:
    """A worker process's share of the clients (the process variant)."""
    profile = open_profile(ProfilePaths(Path(data), demo=True))
    try:
        return [sync_client(profile, ClientInfo(i, str(i))).status for i in ids]
    finally:
        profile.close()


def _cli(data: Path, *args: str) -> None:
    env = {**os.environ, "IDP_WIZARD_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "idp_wizard", "--demo", *args], env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@contextlib.contextmanager
def _latency(seconds: float) -> Iterator[None]:
    """Every demo HTTP request waits `seconds` first, as a real directory API's round
    trip does (the wait releases the GIL, like a socket read)."""
    original = DemoBackend.handle

    def slow(self: DemoBackend, request: httpx.Request) -> httpx.Response:
        time.sleep(seconds)
        return original(self, request)

    DemoBackend.handle = slow  # type: ignore[method-assign]
    try:
        yield
    finally:
        DemoBackend.handle = original  # type: ignore[method-assign]


def _ok(results: list[ClientSyncResult]) -> None:
    assert all(r.status == "succeeded" for r in results), [r.to_json() for r in results]


def _alone(profile: Profile, every: list[ClientInfo]) -> None:
    """The same syncs one by one, each on its own (what the sum is made of)."""
    _ok([sync_client(profile, c) for c in every])


def _sequential(profile: Profile, every: list[ClientInfo]) -> None:
    _ok(sync_all_clients(profile))


def _threads(workers: int) -> Callable[[Profile, list[ClientInfo]], None]:
    def run(profile: Profile, every: list[ClientInfo]) -> None:
        with ThreadPoolExecutor(workers) as pool:
            _ok(list(pool.map(lambda c: sync_client(profile, c, name_in_hints=False), every)))
    return run


def _processes(data: Path) -> Callable[[Profile, list[ClientInfo]], None]:
    def run(_profile: Profile, every: list[ClientInfo]) -> None:
        halves = [[c.id for c in every[0::2]], [c.id for c in every[1::2]]]
        with ProcessPoolExecutor(2, mp_context=get_context("spawn")) as pool:
            statuses = [s for part in pool.map(_sync_ids, [str(data)] * 2, halves)
                        for s in part]
        assert statuses == ["succeeded"] * len(every)
    return run


def bench_sync_all(rounds: int, clients: int = 20, size: int = 5000,
                   latency_ms: float = 0, with_cli: bool = True) -> dict[str, float]:
    """Wall time (median and best of the rounds; the machine is shared) and CPU time
    of each variant, all from the same copy of the database."""
    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        data, snapshot = Path(tmp) / "data", Path(tmp) / "snapshot.sqlite3"
        _sync_profile(data, clients, size)
        shutil.copy(data / "demo.sqlite3", snapshot)

        def measure(run: Callable[[Profile, list[ClientInfo]], None]) -> tuple[float, float]:
            _restore(snapshot, data)
            profile = open_profile(ProfilePaths(data, demo=True))
            try:
                every = connected_clients(profile)
                assert len(every) == clients
                cpu = time.process_time() + _children_cpu()
                wall = _timed(lambda: run(profile, every))
                return wall, time.process_time() + _children_cpu() - cpu
            finally:
                profile.close()

        variants = {"alone": _alone, "sequential": _sequential, "threads2": _threads(2),
                    "threads4": _threads(4)}
        if not latency_ms:
            variants["processes2"] = _processes(data)
        walls: dict[str, list[float]] = {name: [] for name in variants}
        cpus: dict[str, list[float]] = {name: [] for name in variants}
        with _latency(latency_ms / 1000) if latency_ms else contextlib.nullcontext():
            for _ in range(rounds):  # interleaved: load from elsewhere hits every variant
                for name, run in variants.items():
                    wall, cpu = measure(run)
                    walls[name].append(wall)
                    cpus[name].append(cpu)
        tag = f"_latency{int(latency_ms)}ms" if latency_ms else ""
        single = statistics.median(walls["alone"])
        out[f"single_syncs_sum_s{tag}"] = round(single, 3)
        out[f"single_syncs_sum_best_s{tag}"] = round(min(walls["alone"]), 3)
        out[f"sync_all_clients_s{tag}"] = round(statistics.median(walls["sequential"]), 3)
        for name in variants:
            if name == "alone":
                continue
            label = "sync_all" if name == "sequential" else f"parallel_{name}"
            out[f"{label}_ratio{tag}"] = round(statistics.median(walls[name]) / single, 3)
            out[f"{label}_best_ratio{tag}"] = round(min(walls[name]) / min(walls["alone"]), 3)
            out[f"{label}_cpu_ratio{tag}"] = round(
                statistics.median(cpus[name]) / statistics.median(cpus["alone"]), 3)
        if not with_cli:
            return out

        def cli_alone() -> float:
            _restore(snapshot, data)
            names = ["Default"] + [f"Client {n + 1:02d}" for n in range(1, clients)]
            return sum(_timed(lambda n=n: _cli(data, "--client", n, "sync")) for n in names)

        def cli_all() -> float:
            _restore(snapshot, data)
            return _timed(lambda: _cli(data, "sync", "--all-clients"))

        cli_single = _median(cli_alone, rounds)
        out["cli_single_syncs_sum_s"] = round(cli_single, 3)
        out["cli_sync_all_clients_s"] = round(_median(cli_all, rounds), 3)
        out["cli_sync_all_ratio"] = round(out["cli_sync_all_clients_s"] / cli_single, 3)
    return out


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--json", action="store_true")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--only", choices=["overview", "sync"])
    p.add_argument("--latency-ms", type=float, default=30,
                   help="also measure with this wait per directory request, as real APIs "
                   "have (0: skip; default 30)")
    p.add_argument("--no-cli", action="store_true", help="skip the command-line variant")
    args = p.parse_args()
    figures: dict[str, float] = {}
    if args.only in (None, "overview"):
        figures |= bench_overview(max(args.rounds, 5))
    if args.only in (None, "sync"):
        figures |= bench_sync_all(args.rounds, with_cli=not args.no_cli)
        if args.latency_ms:
            figures |= bench_sync_all(args.rounds, latency_ms=args.latency_ms,
                                      with_cli=False)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:28} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
