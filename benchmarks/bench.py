"""IdP Wizard benchmark: `python benchmarks/bench.py --size 100000 --repeat 5 --json`.

Each measurement runs in a fresh subprocess (so peak memory is the sync's own and no
phase warms another's caches) against the offline demo tenant through the real
provider code and the demo HTTP transport. `--repeat N` runs every phase N times; the
JSON keeps each figure's median under its own key and its worst under `<key>_worst`
(ratios are taken within one repetition; for a ratio, the worst ratio). Targets hold
for the worst; a summary of them goes to stderr (stdout with no --json).

Optional: `--large 500000` also syncs a 500,000-employee tenant once (time ratio to
`--size`, memory); `--hostile` runs the hostile trials at `--size` (a sync racing a
disconnect, and exact counts of incremental syncs under churn).

The demo transport answers in microseconds; a real tenant takes a few hundred
milliseconds per request, so the request counts (`*_requests`) are what a real tenant
pays. `--latency-ms N` adds N ms to every request to show it. The fakes keep Graph's
page limits (999 users a page, 100 while the manager is expanded).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parent.parent))

from benchmarks import bench_report  # noqa: E402

# Seconds one repetition takes at 100,000 employees on the 2-core reference machine
# (GUI included), and the large and hostile phases per 100,000 employees.
REPETITION_S, LARGE_S, RACE_ROUND_S, DELTA_ROUND_S = 90.0, 14.0, 8.0, 9.0


def run_phase(name: str, size: int, latency_ms: float, **extra: str) -> dict[str, Any]:
    cmd = [sys.executable, str(HERE), "--phase", name, "--size", str(size),
           "--latency-ms", str(latency_ms)]
    for key, value in extra.items():
        cmd += [f"--{key.replace('_', '-')}", value]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if name != "platform":  # the directory sync alone
        env["IDP_WIZARD_DEMO_PLATFORM"] = "off"
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def _phase_in_this_process(args: argparse.Namespace) -> dict[str, Any]:
    from benchmarks import bench_cli, bench_hostile, bench_phases

    bench_phases.latency(args.latency_ms)
    size = args.size
    recorded = Path(args.record) if args.record else None
    phases = {
        "baseline": lambda: bench_phases.baseline(size, args.provider),
        "sync": lambda: bench_phases.sync(size, args.provider),
        "sync_no_managers": lambda: bench_phases.sync_no_managers(size),
        "sync_large": lambda: bench_phases.sync_large(size),
        "rules": lambda: bench_phases.rules(size, recorded),
        "rules_baseline": lambda: bench_phases.rules_baseline(size, recorded),  # type: ignore[arg-type]
        "cli": lambda: bench_cli.cli(size),
        "race": lambda: bench_hostile.race(size, args.race_rounds),
        "delta_counts": lambda: bench_hostile.delta_counts(size, args.delta_rounds),
        "platform": lambda: bench_phases.platform(size, args.provider),
    }
    return phases[args.phase]()  # type: ignore[no-any-return]


def _gui(size: int) -> dict[str, Any]:
    # The directory sync's effect on the window (the push is measured by --platform).
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", IDP_WIZARD_DEMO_PLATFORM="off",
               PYTHONPATH=str(HERE.parent.parent))  # the checkout, installed or not
    done = subprocess.run([sys.executable, str(HERE.with_name("bench_gui.py")),
                           "--size", str(size)], capture_output=True, text=True, env=env,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"GUI phase failed:\n{done.stderr}")
    if os.environ.get("BENCH_TRACE"):  # the stall probe's trace (bench_gui.py)
        print("\n".join(line for line in done.stderr.splitlines()
                        if line.startswith(("collections", "phases", "stalls"))),
              file=sys.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def repetition(args: argparse.Namespace, say: Any) -> dict[str, float]:
    """Every phase once; ratios within this repetition."""
    size, lat = args.size, args.latency_ms
    out: dict[str, float] = {}

    def step(label: str, fn: Any) -> dict[str, Any]:
        t = time.perf_counter()
        figures = fn()
        say(f"  {label}: {time.perf_counter() - t:.1f} s")
        return figures  # type: ignore[no-any-return]

    out["fetch_parse_baseline_s"] = step("floor (Entra)", lambda: run_phase(
        "baseline", size, lat, provider="entra"))["fetch_parse_baseline_s"]
    out |= step("sync (Entra)", lambda: run_phase("sync", size, lat, provider="entra"))
    out |= step("sync without managers", lambda: run_phase("sync_no_managers", size, lat))
    out["google_fetch_parse_baseline_s"] = step("floor (Google)", lambda: run_phase(
        "baseline", size, lat, provider="google"))["fetch_parse_baseline_s"]
    google = step("sync (Google)", lambda: run_phase("sync", size, lat, provider="google"))
    out |= {f"google_{k}": v for k, v in google.items()
            if k in ("sync_full_s", "sync_noop_s", "sync_full_requests", "peak_rss_mb",
                     "sync_rss_mb")}
    with tempfile.TemporaryDirectory() as tmp:
        recorded = str(Path(tmp) / "rules_requests.json")
        out |= step("rules sync", lambda: run_phase("rules", size, lat, record=recorded))
        out |= step("rules floor", lambda: run_phase("rules_baseline", size, lat,
                                                      record=recorded))
    out |= step("command line", lambda: run_phase("cli", size, lat))
    if not args.skip_gui:
        out |= step("GUI", lambda: _gui(size))
    bench_report.add_ratios(out)
    return out


def estimate_s(args: argparse.Namespace) -> float:
    scale = args.size / 100_000
    seconds = args.repeat * REPETITION_S * scale * (0.7 if args.skip_gui else 1.0)
    if args.large:
        seconds += LARGE_S * args.large / 100_000
    if args.hostile:
        seconds += scale * (RACE_ROUND_S * args.race_rounds + DELTA_ROUND_S * args.delta_rounds)
    return seconds


def run_scim() -> dict[str, Any]:
    """bench_scim.py: the push through the engine at 10,000 users (median of 3)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(HERE.with_name("bench_scim.py"))],
                          capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench_scim failed:\n{done.stderr}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return {k: v for k, v in figures.items() if k.startswith("scim_")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=1, help="run every phase N times")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--skip-gui", action="store_true", help="skip the GUI measurements")
    ap.add_argument("--latency-ms", type=float, default=0.0,
                    help="add this many ms to every demo request (a real tenant's latency)")
    ap.add_argument("--large", type=int, default=0, metavar="N",
                    help="also sync an N-employee tenant once (e.g. 500000)")
    ap.add_argument("--hostile", action="store_true",
                    help="also run the hostile trials (race, exact delta counts) at --size")
    ap.add_argument("--platform", action="store_true",
                    help="also the platform figures: a first demo sync at --size with the "
                    "embedded SCIM platform (push, memory) and bench_scim.py (10,000 users)")
    ap.add_argument("--race-rounds", type=int, default=10)
    ap.add_argument("--delta-rounds", type=int, default=6)
    ap.add_argument("--phase", help=argparse.SUPPRESS)
    ap.add_argument("--provider", default="entra", help=argparse.SUPPRESS)
    ap.add_argument("--record", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.phase:
        print(json.dumps(_phase_in_this_process(args)))
        return 0

    log = sys.stderr if args.json else sys.stdout

    def say(text: str) -> None:
        print(text, file=log, flush=True)

    started = time.perf_counter()
    say(f"IdP Wizard benchmark at {args.size:,} employees, {args.repeat} repetition(s): "
        f"about {estimate_s(args) / 60:.0f} min on a quiet 2-core machine.")
    runs = []
    for n in range(args.repeat):
        say(f"repetition {n + 1} of {args.repeat}")
        runs.append(repetition(args, say))
    result: dict[str, Any] = {"size": args.size, "repeat": args.repeat}
    result |= bench_report.aggregate(runs)
    if args.large:
        say(f"large tenant: {args.large:,} employees")
        large = run_phase("sync_large", args.large, args.latency_ms)
        large["large_size"] = args.large
        large["large_full_ratio"] = large["large_sync_full_s"] / float(result["sync_full_s"])
        large["large_noop_ratio"] = large["large_sync_noop_s"] / float(result["sync_noop_s"])
        # The floor's own growth, for reading the two above (no target: the demo
        # server and the JSON parser are not ours to make faster).
        floor = run_phase("baseline", args.large, args.latency_ms, provider="entra")
        large["large_fetch_parse_baseline_s"] = floor["fetch_parse_baseline_s"]
        large["large_floor_ratio"] = (floor["fetch_parse_baseline_s"]
                                      / float(result["fetch_parse_baseline_s"]))
        result |= {k: round(v, 4) if isinstance(v, float) else v for k, v in large.items()}
    if args.platform:
        say(f"platform: a first sync with the embedded SCIM platform at {args.size:,}")
        result |= run_phase("platform", args.size, 0)
        result |= run_scim()
    if args.hostile:
        say(f"hostile trials at {args.size:,} employees")
        result |= run_phase("race", args.size, 0, race_rounds=str(args.race_rounds))
        result |= run_phase("delta_counts", args.size, 0, delta_rounds=str(args.delta_rounds))
    result["bench_s"] = round(time.perf_counter() - started, 1)
    say(f"took {result['bench_s'] / 60:.1f} min")
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:34} {v}")
    say(bench_report.summary(result, args.repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
