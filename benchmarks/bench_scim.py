"""SCIM push benchmark: `python benchmarks/bench_scim.py --size 10000 --runs 3`.

Against the in-process scim2-server (the demo platform in memory, through httpx's WSGI
transport), each figure the median of `--runs` runs on a fresh server:

- scim_push_full_s: map N directory users and push them with the push executor (the
  default: Bulk where the server offers it), results reported through the callback;
- scim_push_single_s: the same with single creates (no Bulk);
- scim_floor_s: the same N creates sent by a bare httpx loop (bodies built beforehand,
  same concurrency, no bookkeeping);
- scim_push_ratio = full / floor (target <= 1.3); scim_push_single_ratio likewise;
- scim_noop_writes: write requests for N updates where nothing changed (target 0);
- scim_delta_writes: write requests after 1 % of the users changed (target = that 1 %).
Prints one JSON object. The machine is shared and noisy: compare figures of one run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from idp_wizard.core.users import SyncedUser
from idp_wizard.demo.scim_platform import DemoPlatform
from idp_wizard.platform import ScimTarget, UserMapper, UserOp, UserResult

CONCURRENCY = 4


def person(i: int, title: str = "Account Executive") -> SyncedUser:
    return SyncedUser(
        id=f"00000000-0000-4000-a000-{i:012d}", email=f"employee{i:06d}@contoso.example",
        display_name=f"Employee {i}", given_name="Employee", surname=f"Number {i}",
        department="Sales", job_title=title, location="Berlin", country="Germany",
        company="Contoso", org_unit="/Sales", manager_id="", language="de",
        language_raw="de-DE", enabled=True, guest=False)


def timed_push(size: int, use_bulk: bool) -> float:
    with DemoPlatform(None) as platform, ScimTarget.open(
            platform.base_url, platform.token, transport=platform.transport()) as target:
        confirmed: dict[str, int | None] = {}

        def record(result: UserResult) -> None:  # what the engine's callback would store
            confirmed[result.directory_id] = result.fingerprint

        start = time.perf_counter()
        mapper = target.mapper()
        ops = (UserOp.create(p.id, mapper.map(p)) for p in map(person, range(size)))
        summary = target.push(ops, record, mapper, concurrency=CONCURRENCY, use_bulk=use_bulk)
        elapsed = time.perf_counter() - start
        assert summary.failed == 0 and len(confirmed) == size == platform.count()
        return elapsed


def timed_floor(size: int) -> float:
    with DemoPlatform(None) as platform, ScimTarget.open(
            platform.base_url, platform.token, transport=platform.transport()) as target:
        mapper = target.mapper()
        bodies = [json.dumps(mapper.map(person(i)).resource()).encode() for i in range(size)]
    with DemoPlatform(None) as platform, httpx.Client(
            transport=platform.transport(), base_url=platform.base_url,
            headers={"Authorization": f"Bearer {platform.token}",
                     "Content-Type": "application/scim+json"}) as client:

        def post(body: bytes) -> int:
            return client.post("/Users", content=body).status_code

        start = time.perf_counter()
        with ThreadPoolExecutor(CONCURRENCY) as pool:
            statuses = list(pool.map(post, bodies))
        elapsed = time.perf_counter() - start
        assert statuses == [201] * size
        return elapsed


def update_writes(size: int) -> tuple[int, int]:
    """(writes when nothing changed, writes after 1 % churn, which should equal it)."""
    with DemoPlatform(None) as platform, ScimTarget.open(
            platform.base_url, platform.token, transport=platform.transport()) as target:
        mapper: UserMapper = target.mapper()
        ids: dict[str, str] = {}
        target.push((UserOp.create(p.id, mapper.map(p)) for p in map(person, range(size))),
                    lambda r: ids.__setitem__(r.directory_id, r.platform_id or ""), mapper)
        same = (UserOp.update(p.id, ids[p.id], mapper.map(p), mapper.map(p))
                for p in map(person, range(size)))
        noop = target.push(same, lambda r: None, mapper).writes
        churn = max(1, size // 100)
        changed = (UserOp.update(p.id, ids[p.id], mapper.map(person(i, "Lead") if i < churn
                                                             else p), mapper.map(p))
                   for i, p in enumerate(map(person, range(size))))
        delta = target.push(changed, lambda r: None, mapper).writes
        return noop, delta - churn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    full, single, floor = [], [], []
    for _ in range(args.runs):  # interleaved, so drift on a shared machine hits all three
        floor.append(timed_floor(args.size))
        full.append(timed_push(args.size, use_bulk=True))
        single.append(timed_push(args.size, use_bulk=False))
    noop, extra = update_writes(args.size)
    med = statistics.median
    print(json.dumps({
        "users": args.size, "runs": args.runs, "concurrency": CONCURRENCY,
        "scim_push_full_s": round(med(full), 3),
        "scim_push_single_s": round(med(single), 3),
        "scim_floor_s": round(med(floor), 3),
        "scim_push_ratio": round(med(full) / med(floor), 3),
        "scim_push_single_ratio": round(med(single) / med(floor), 3),
        "scim_noop_writes": noop,
        "scim_delta_writes": max(1, args.size // 100) + extra,
        "scim_delta_changed": max(1, args.size // 100),
    }))


if __name__ == "__main__":
    main()
