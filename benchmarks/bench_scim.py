"""SCIM push benchmark through the real engine: `python benchmarks/bench_scim.py --runs 3`.

A demo profile (the demo tenant through the real provider code, ~10,000 shared
employees) syncs its directory part first, then `target set` points it at an
in-process scim2-server (in memory, through httpx's WSGI transport) and the next sync
pushes everyone: the outbox, mapping, manager waves, Bulk, bookkeeping in SQLite, all
as in the app. Each figure is the median of `--runs` runs on a fresh server:

- scim_push_full_s: that push (Bulk, where the server offers it);
- scim_push_single_s: the same push to a server without Bulk (one POST per user);
- scim_floor_s: the same users' create bodies POSTed by a bare httpx loop with the same
  concurrency and no bookkeeping (the floor);
- scim_push_ratio = full / floor (target <= 1.3); scim_push_single_ratio = single / floor
  (like for like: one POST per user on both sides);
- scim_noop_writes: write requests of a sync after which nothing changed plus a
  `--reconcile` run that lists and compares every user (target 0);
- scim_delta_writes / scim_delta_changed: write requests after 1 % churn (joiners,
  leavers, moves) and the users that changed; joiners share one Bulk request, so the
  writes may be fewer than the changed users, never more.
Prints one JSON object. The machine is shared and noisy: compare figures of one run.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["IDP_WIZARD_DEMO_PLATFORM"] = "off"  # the target is set explicitly below

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.core.platform_target import load_target, save_target
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import synced_rows
from idp_wizard.demo.memory_keyring import MemoryKeyring
from idp_wizard.demo.scim_platform import DemoPlatform
from idp_wizard.paths import ProfilePaths
from idp_wizard.platform import BulkLimits, ScimTarget
from idp_wizard.sign_in import AuthEnv
from tests.flows import connect

CONCURRENCY = 4
TOKEN = "bench-token"
URL = "https://scim.bench.invalid/v2"
DIRECTORY = 10_920  # the demo tenant shares ~91.6 %: about 10,000 shared employees


class Counting(httpx.BaseTransport):
    """Counts the write requests that reach the server."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner, self.writes = inner, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method != "GET":
            self.writes += 1
        return self.inner.handle_request(request)


def profile(data: Path, platform: DemoPlatform, size: int, use_bulk: bool = True
            ) -> tuple[App, Counting]:
    """Connected and synced (directory part only), then the target set."""
    counting = Counting(platform.transport())
    env = AuthEnv(keyring_backend=MemoryKeyring(), platform_transport=counting)
    app = open_app(ProfilePaths(data, demo=True), demo_size=size, auth_env=env)
    connect(app, ProviderName.ENTRA)
    assert app.sync_service().run().status == "succeeded"  # no target yet: local only
    app.platform.set_target(URL, TOKEN)
    if not use_bulk:  # as a server that offers no Bulk would be saved
        target = load_target(app.store)
        assert target is not None and target.capabilities is not None
        save_target(app.store, replace(target, capabilities=replace(
            target.capabilities, bulk=BulkLimits())))
    return app, counting


def engine_push(size: int, use_bulk: bool) -> tuple[float, int]:
    with tempfile.TemporaryDirectory() as tmp, DemoPlatform(None, token=TOKEN) as platform:
        app, _ = profile(Path(tmp), platform, size, use_bulk)
        start = time.perf_counter()
        outcome = app.sync_service().run()
        elapsed = time.perf_counter() - start
        shared = len(synced_rows(app.store))
        assert outcome.platform is not None and outcome.platform.created == shared, \
            outcome.to_json()
        assert platform.count() == shared
        app.close()
        return elapsed, shared


def floor(size: int) -> float:
    """The same users' create bodies, POSTed by a bare loop (bodies built beforehand)."""
    with tempfile.TemporaryDirectory() as tmp, DemoPlatform(None, token=TOKEN) as platform:
        app, _ = profile(Path(tmp), platform, size)
        records = list(synced_rows(app.store).values())
        app.close()
    with DemoPlatform(None, token=TOKEN) as platform:
        with ScimTarget.open(URL, TOKEN, transport=platform.transport()) as target:
            mapper = target.mapper()
            bodies = [json.dumps(mapper.map(r).resource()).encode() for r in records]
        with httpx.Client(transport=platform.transport(), base_url=URL,
                          headers={"Authorization": f"Bearer {TOKEN}",
                                   "Content-Type": "application/scim+json"}) as client:

            def post(body: bytes) -> int:
                return client.post("/Users", content=body).status_code

            start = time.perf_counter()
            with ThreadPoolExecutor(CONCURRENCY) as pool:
                statuses = list(pool.map(post, bodies))
            elapsed = time.perf_counter() - start
        assert statuses == [201] * len(bodies)
        return elapsed


def writes(size: int) -> dict[str, int]:
    with tempfile.TemporaryDirectory() as tmp, DemoPlatform(None, token=TOKEN) as platform:
        app, counting = profile(Path(tmp), platform, size)
        app.sync_service().run()
        before = counting.writes
        assert app.sync_service().run(full=True).status == "succeeded"
        reconciled = app.sync_service().run(reconcile=True)
        assert reconciled.platform is not None and reconciled.platform.unmanaged == 0
        noop = counting.writes - before
        app.demo.simulate_changes(max(1, size // 300))  # type: ignore[union-attr]
        before = counting.writes
        delta = app.sync_service().run()
        counts: dict[str, Any] = delta.to_json()
        p = delta.platform
        assert p is not None and p.status == "delivered"
        app.close()
        return {"scim_noop_writes": noop, "scim_delta_writes": counting.writes - before,
                "scim_delta_changed": counts["added"] + counts["updated"] + counts["removed"],
                "scim_delta_manager_links": p.updated - counts["updated"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=DIRECTORY,
                        help="employees in the demo directory (about 91.6 %% are shared)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    full, single, bare = [], [], []
    shared = 0
    for _ in range(args.runs):  # interleaved, so drift on a shared machine hits all three
        bare.append(floor(args.size))
        elapsed, shared = engine_push(args.size, use_bulk=True)
        full.append(elapsed)
        single.append(engine_push(args.size, use_bulk=False)[0])
    med = statistics.median
    print(json.dumps({
        "users": shared, "runs": args.runs, "concurrency": CONCURRENCY,
        "scim_push_full_s": round(med(full), 3),
        "scim_push_single_s": round(med(single), 3),
        "scim_floor_s": round(med(bare), 3),
        "scim_push_ratio": round(med(full) / med(bare), 3),
        "scim_push_single_ratio": round(med(single) / med(bare), 3),
        **writes(args.size),
    }))


if __name__ == "__main__":
    main()
