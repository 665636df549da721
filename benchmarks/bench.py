"""IdP Wizard benchmark: `python benchmarks/bench.py --size 100000 --json`.

Each measurement runs in a fresh subprocess (so peak memory is the sync's own and no
phase warms another's caches) against the offline demo tenant through the real
provider code and the demo HTTP transport. Compare figures within one run: the
machines are shared and noisy, so ratios (sync vs fetch+parse floor) are what matter.

The directory phases run without the embedded platform (IDP_WIZARD_DEMO_PLATFORM=off)
so they measure the sync itself; `platform` measures a whole first demo sync with the
embedded SCIM platform (push included) and its peak memory; `scim` runs
bench_scim.py (the push through the engine at 10,000 users, its floor and write
counts). `--platform-only` runs just those two.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from idp_wizard.compose import open_app
from tests.flows import sign_in

HERE = Path(__file__).resolve()


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _app(size: int, data_dir: Path):  # type: ignore[no-untyped-def]
    from idp_wizard.paths import ProfilePaths

    return open_app(ProfilePaths(data_dir, demo=True), demo_size=size)


def phase_baseline(size: int, provider: str) -> dict[str, float]:
    """Fetch and JSON-parse the same pages a sync reads: the floor for a sync."""
    from idp_wizard.demo.transport import DemoBackend
    from idp_wizard.providers.google_mapping import USER_FIELDS
    from idp_wizard.providers.graph_mapping import USER_SELECT

    backend = DemoBackend(size=size)
    client = backend.client()
    start = time.perf_counter()
    count = 0
    if provider == "entra":
        # The pages a full Entra sync reads: the initial /users/delta round (it also
        # yields the link for later incremental syncs), 999 users a page.
        client.headers["Prefer"] = "odata.maxpagesize=999"
        url: str | None = "https://graph.microsoft.com/v1.0/users/delta"
        params: dict[str, str] | None = {"$select": USER_SELECT, "$expand": "manager"}
        while url:
            page = json.loads(client.get(url, params=params).content)
            count += len(page["value"])
            url, params = page.get("@odata.nextLink"), None  # the deltaLink ends it
    else:
        base = "https://admin.googleapis.com/admin/directory/v1/users"
        token = None
        while True:
            p = {"customer": "my_customer", "maxResults": "500", "projection": "full",
                 "fields": USER_FIELDS}
            if token:
                p["pageToken"] = token
            page = json.loads(client.get(base, params=p).content)
            count += len(page.get("users", []))
            token = page.get("nextPageToken")
            if not token:
                break
    return {"fetch_parse_baseline_s": time.perf_counter() - start, "users": count}


def _connected(size: int, data_dir: Path, provider: str):  # type: ignore[no-untyped-def]
    """Signed in and shared with the default filter; not synced yet."""
    from idp_wizard.core.filter_spec import FilterSpec
    from idp_wizard.core.records import ProviderName

    app = _app(size, data_dir)
    app.commit_connection(sign_in(app, ProviderName(provider)), FilterSpec.default())
    return app


def phase_sync(size: int, provider: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        app = _connected(size, Path(tmp), provider)
        service = app.sync_service()
        t0 = time.perf_counter()
        full = service.run()
        t1 = time.perf_counter()
        noop = service.run(full=True)  # a full read compared with the platform
        t2 = time.perf_counter()
        assert full.status == "succeeded" and noop.status == "succeeded"
        assert noop.plan is not None and noop.plan.is_noop
        out = {"sync_full_s": t1 - t0, "sync_noop_s": t2 - t1,
               "synced_users": float(full.synced_users), "peak_rss_mb": _peak_rss_mb()}
        if provider == "entra":
            t = time.perf_counter()  # what the app does next: an incremental (delta) read
            assert service.run().mode == "delta"
            out["sync_noop_delta_s"] = time.perf_counter() - t
            # 1 % churn: each demo step is a joiner, a leaver and a move
            app.demo.simulate_changes(max(1, size // 300))
            t3 = time.perf_counter()
            delta = service.run()
            out["sync_delta_s"] = time.perf_counter() - t3
            assert delta.status == "succeeded" and delta.mode == "delta", delta.to_json()
            counts = delta.to_json()
            out["delta_changes"] = float(counts["added"] + counts["updated"]  # type: ignore[operator]
                                         + counts["removed"])
        app.close()
    return out


def phase_filter(size: int) -> dict[str, float]:
    from idp_wizard.core.filter_spec import FilterSpec
    from idp_wizard.core.records import ProviderName

    with tempfile.TemporaryDirectory() as tmp:
        app = _app(size, Path(tmp))
        conn = sign_in(app, ProviderName.ENTRA)
        t0 = time.perf_counter()
        session = app.rules_sync(conn=conn)
        rules_s = time.perf_counter() - t0
        options = session.options()
        rng = random.Random(7)
        spec = FilterSpec.default().to_json()
        timings = []
        for i in range(300):  # a series of clicks an admin makes while refining
            kind = ("groups", "departments", "locations", "countries", "job_titles",
                    "domains", "companies")[i % 7]
            values = options[kind]
            if not values:
                continue
            part = "exclude" if i % 5 == 4 else "include"
            chosen = spec[part][kind]
            pick = rng.choice(values).value
            if pick in chosen:
                chosen.remove(pick)
            elif len(chosen) < 6:
                chosen.append(pick)
            else:
                chosen.clear()
            if i % 37 == 0:
                spec["include_guests"] = not spec["include_guests"]
            parsed = FilterSpec.from_json(spec)
            t = time.perf_counter()
            session.count(parsed)
            timings.append((time.perf_counter() - t) * 1000)
        timings.sort()
        return {
            "rules_sync_s": rules_s,
            "filter_count_ms_p95": timings[int(len(timings) * 0.95) - 1],
            "filter_count_ms_median": statistics.median(timings),
            "groups": float(len(session.directory.groups)),
        }


def phase_platform(size: int, provider: str) -> dict[str, float]:
    """A first demo sync with the embedded SCIM platform: directory part and push."""
    with tempfile.TemporaryDirectory() as tmp:
        app = _connected(size, Path(tmp), provider)
        t0 = time.perf_counter()
        outcome = app.sync_service().run()
        elapsed = time.perf_counter() - t0
        p = outcome.platform
        assert outcome.status == "succeeded" and p is not None and p.status == "delivered"
        assert p.created == outcome.synced_users, outcome.to_json()
        app.close()
    return {"platform_sync_full_s": elapsed, "platform_users": float(p.created),
            "platform_peak_rss_mb": _peak_rss_mb()}


PHASES = {"baseline": phase_baseline, "sync": phase_sync, "filter": phase_filter,
          "platform": phase_platform}


def run_phase(name: str, size: int, provider: str | None = None) -> dict[str, float]:
    cmd = [sys.executable, str(HERE), "--phase", name, "--size", str(size)]
    if provider:
        cmd += ["--provider", provider]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if name != "platform":  # the directory sync alone
        env["IDP_WIZARD_DEMO_PLATFORM"] = "off"
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--phase", choices=sorted(PHASES), help=argparse.SUPPRESS)
    ap.add_argument("--provider", default="entra", help=argparse.SUPPRESS)
    ap.add_argument("--skip-gui", action="store_true", help="skip the GUI measurements")
    ap.add_argument("--platform-only", action="store_true",
                    help="only the platform phases (embedded sync, bench_scim.py)")
    args = ap.parse_args()
    if args.phase:
        fn = PHASES[args.phase]
        result = fn(args.size, args.provider) if args.phase != "filter" else fn(args.size)
        print(json.dumps(result))
        return 0

    result: dict[str, float | int] = {"size": args.size}
    result |= run_phase("platform", args.size, "entra")
    result |= run_scim()
    if args.platform_only:
        return _print(result, args.json)
    base = run_phase("baseline", args.size, "entra")
    result["fetch_parse_baseline_s"] = base["fetch_parse_baseline_s"]
    result |= run_phase("sync", args.size, "entra")
    gbase = run_phase("baseline", args.size, "google")
    gsync = run_phase("sync", args.size, "google")
    result["google_fetch_parse_baseline_s"] = gbase["fetch_parse_baseline_s"]
    result["google_sync_full_s"] = gsync["sync_full_s"]
    result["google_sync_noop_s"] = gsync["sync_noop_s"]
    result |= run_phase("filter", args.size)
    gui = HERE.with_name("bench_gui.py")
    if not args.skip_gui and gui.exists():
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run([sys.executable, str(gui), "--size", str(args.size)],
                              capture_output=True, text=True, env=env, check=False)
        if done.returncode == 0:
            result |= json.loads(done.stdout.strip().splitlines()[-1])
        else:
            result["gui_error"] = done.stderr.strip().splitlines()[-1:] or ["failed"]  # type: ignore[assignment]
    b = result["fetch_parse_baseline_s"]
    result["sync_full_ratio"] = round(float(result["sync_full_s"]) / b, 2)
    result["sync_noop_ratio"] = round(float(result["sync_noop_s"]) / b, 2)
    if "sync_delta_s" in result:
        result["sync_delta_ratio"] = round(
            float(result["sync_delta_s"]) / float(result["sync_full_s"]), 3)
    return _print(result, args.json)


def run_scim() -> dict[str, float]:
    """bench_scim.py: the push through the engine at 10,000 users (median of 3)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(HERE.with_name("bench_scim.py"))],
                          capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench_scim failed:\n{done.stderr}")
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return {k: v for k, v in figures.items() if k.startswith("scim_")}


def _print(result: dict[str, float | int], as_json: bool) -> int:
    rounded = {k: round(v, 4) if isinstance(v, float) else v for k, v in result.items()}
    if as_json:
        print(json.dumps(rounded))
    else:
        for k, v in rounded.items():
            print(f"{k:32} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
