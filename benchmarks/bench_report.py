"""Targets of the benchmark (issue 15) and the summary bench.py prints.

Each figure keeps its median under its own key and its worst (the largest: every
figure here is better when smaller) under `<key>_worst`. Ratios are taken within one
repetition (a sync against the floor measured beside it), then aggregated the same way.
Targets hold for the worst of the repetitions.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    key: str
    limit: float
    what: str


# (ratio key, numerator, denominator): computed within each repetition.
RATIOS: tuple[tuple[str, str, str], ...] = (
    ("sync_full_ratio", "sync_full_s", "fetch_parse_baseline_s"),
    ("sync_noop_ratio", "sync_noop_s", "fetch_parse_baseline_s"),
    ("google_sync_noop_ratio", "google_sync_noop_s", "google_fetch_parse_baseline_s"),
    ("rules_sync_ratio", "rules_sync_s", "rules_fetch_parse_baseline_s"),
    ("filters_options_ratio", "filters_options_s", "rules_fetch_parse_baseline_s"),
    ("filters_set_ratio", "filters_set_s", "rules_fetch_parse_baseline_s"),
    ("filters_set_group_ratio", "filters_set_group_s", "rules_fetch_parse_baseline_s"),
    ("sync_delta_ratio", "sync_delta_s", "sync_full_s"),
)

TARGETS: tuple[Target, ...] = (
    Target("sync_full_ratio", 2.0, "full sync / fetch+parse floor"),
    Target("sync_noop_ratio", 1.2, "no-change full read / floor"),
    Target("google_sync_noop_ratio", 1.2, "Google no-change read / Google floor"),
    Target("peak_rss_mb", 300, "peak memory of a full sync (MB)"),
    Target("gui_max_stall_ms", 100, "longest GUI stall during a sync (ms)"),
    Target("startup_s", 0.8, "start-up to the main window (s)"),
    Target("users_table_open_ms", 250, "users table open (ms)"),
    Target("users_search_ms_p95", 20, "users search p95 (ms)"),
    Target("rules_sync_ratio", 1.5, "rules sync / its floor"),
    Target("filters_options_ratio", 1.3, "`filters options --json` / rules floor"),
    Target("filters_set_ratio", 1.3, "`filters set` / rules floor"),
    Target("filters_set_group_ratio", 1.3, "`filters set` naming a group / rules floor"),
    Target("large_full_ratio", 5.5, "full sync: large / size time"),
    Target("large_noop_ratio", 5.5, "no-change read: large / size time"),
    Target("large_peak_rss_mb", 600, "peak memory at the large size (MB)"),
)


def add_ratios(figures: dict[str, float]) -> None:
    for key, top, bottom in RATIOS:
        if top in figures and figures.get(bottom):
            figures[key] = figures[top] / figures[bottom]


def aggregate(runs: Sequence[Mapping[str, object]]) -> dict[str, object]:
    """Median under each key, the worst (largest) under `<key>_worst` (numbers only)."""
    out: dict[str, object] = {}
    keys = dict.fromkeys(k for run in runs for k in run)
    for key in keys:
        values = [run[key] for run in runs if key in run]
        numbers = [float(v) for v in values if isinstance(v, (int, float))
                   and not isinstance(v, bool)]
        if len(numbers) == len(values) and numbers:
            out[key] = round(statistics.median(numbers), 4)
            if len(numbers) > 1 and len(set(numbers)) > 1:
                out[f"{key}_worst"] = round(max(numbers), 4)
        else:
            out[key] = values[-1]
    return out


def worst(result: Mapping[str, object], key: str) -> float | None:
    value = result.get(f"{key}_worst", result.get(key))
    return float(value) if isinstance(value, (int, float)) else None


def summary(result: Mapping[str, object], repeat: int) -> str:
    lines = [f"{'figure':24} {'median':>10} {'worst':>10} {'target':>8}  holds   "
             f"(worst of {repeat})"]
    held = 0
    judged = 0
    for t in TARGETS:
        median = result.get(t.key)
        bad = worst(result, t.key)
        if not isinstance(median, (int, float)) or bad is None:
            continue
        judged += 1
        ok = bad <= t.limit
        held += ok
        lines.append(f"{t.key:24} {median:>10.3f} {bad:>10.3f} {t.limit:>8g}  "
                     f"{'yes' if ok else 'NO':5}   {t.what}")
    lines.append(f"{held} of {judged} targets hold.")
    for name in ("race", "delta_counts"):
        if f"{name}_passed" in result:
            verdict = "passed" if result[f"{name}_passed"] else "FAILED"
            detail = result.get("race_outcomes") if name == "race" else \
                f"{result.get('delta_counts_rounds')} rounds of " \
                f"{result.get('delta_counts_steps')} churn steps"
            lines.append(f"hostile trial {name}: {verdict} ({detail})")
    return "\n".join(lines)
