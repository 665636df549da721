"""The measurements of bench.py, one per phase; each runs in a fresh process.

Every phase gets `size` (employees in the demo tenant) and returns a flat dict of
figures. Floors (`*_baseline`) fetch and JSON-parse exactly the pages the measured
operation reads, with no bookkeeping: what a sync could cost at best.
"""

from __future__ import annotations

import json
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from idp_wizard.compose import open_app
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.paths import ProfilePaths
from tests.flows import sign_in

Figures = dict[str, float]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """Resident memory now (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def demo_app(size: int, data_dir: Path):  # type: ignore[no-untyped-def]
    return open_app(ProfilePaths(data_dir, demo=True), demo_size=size)


def requests_of(app) -> int:  # type: ignore[no-untyped-def]
    return int(app.demo.backend().faults.requests)


def latency(ms: float) -> None:
    """Every demo request takes `ms` longer, like a request to a real tenant."""
    if ms <= 0:
        return
    from idp_wizard.demo.transport import DemoBackend

    handle = DemoBackend.handle

    def slow(self, request):  # type: ignore[no-untyped-def]
        time.sleep(ms / 1000)
        return handle(self, request)
    DemoBackend.handle = slow  # type: ignore[method-assign]


def baseline(size: int, provider: str) -> Figures:
    """Fetch and JSON-parse the same pages a full sync reads: the floor for a sync."""
    from idp_wizard.demo.transport import DemoBackend
    from idp_wizard.providers.google_mapping import USER_FIELDS
    from idp_wizard.providers.graph_mapping import USER_SELECT

    backend = DemoBackend(size=size)
    client = backend.client()
    start = time.perf_counter()
    count = 0
    if provider == "entra":
        # The pages a full Entra sync reads: the initial /users/delta round (it also
        # yields the link for later incremental syncs), 999 users a page (100 while the
        # manager is expanded: Graph's limit, which the fake keeps).
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


def sync(size: int, provider: str, synced_data: list[str] | None = None,
         increments: bool = True) -> Figures:
    """A first (full) sync, then a full read of the unchanged directory; for Entra
    also an incremental read, then one after 1 % churn (`increments`)."""
    with tempfile.TemporaryDirectory() as tmp:
        app = demo_app(size, Path(tmp))
        conn = sign_in(app, ProviderName(provider))
        if synced_data is not None:
            conn.settings["synced_data"] = synced_data
        app.commit_connection(conn, FilterSpec.default())
        service = app.sync_service()
        app.demo.backend()  # the fake directory server is up before the clock starts
        before = rss_mb()  # the interpreter, the app and the demo tenant (the server)
        r0, t0 = requests_of(app), time.perf_counter()
        full = service.run().detach()  # as the app does: the plan's lists are not kept
        r1, t1 = requests_of(app), time.perf_counter()
        noop = service.run(full=True)  # a full read compared with the platform
        t2 = time.perf_counter()
        assert full.status == "succeeded" and noop.status == "succeeded"
        # The counts (the platform part detaches the plan's lists once applied).
        changed = [noop.counts[k] for k in ("add", "update", "remove")]
        assert changed == [0, 0, 0], (changed, noop.status, noop.mode)
        noop.detach()
        out = {"sync_full_s": t1 - t0, "sync_noop_s": t2 - t1,
               "sync_full_requests": float(r1 - r0),
               "synced_users": float(full.synced_users), "peak_rss_mb": peak_rss_mb(),
               "sync_rss_mb": peak_rss_mb() - before}
        if provider == "entra" and increments:
            t = time.perf_counter()  # what the app does next: an incremental (delta) read
            assert service.run().mode == "delta"
            out["sync_noop_delta_s"] = time.perf_counter() - t
            # 1 % churn: each demo step is a joiner, a leaver and a move
            app.demo.simulate_changes(max(1, size // 300))
            t3 = time.perf_counter()
            delta = service.run()
            out["sync_delta_s"] = time.perf_counter() - t3
            assert delta.status == "succeeded", delta.status
            # A round that touches an address several employees share is read in full
            # (core/contested.py): 1.0 here says this one was.
            out["sync_delta_read_in_full"] = float(delta.mode == "full")
            counts = delta.to_json()
            out["delta_changes"] = float(counts["added"] + counts["updated"]  # type: ignore[operator]
                                         + counts["removed"])
        app.close()
    return out


def sync_no_managers(size: int) -> Figures:
    """The full sync when the synchronized data leaves out the organisation (and with
    it the manager): Graph pages hold 999 users instead of 100."""
    out = sync(size, "entra", ["profile", "email", "location", "language", "groups"],
               increments=False)
    return {"sync_full_no_managers_s": out["sync_full_s"],
            "sync_full_no_managers_requests": out["sync_full_requests"]}


def sync_large(size: int) -> Figures:
    """A first sync and a full read of the unchanged directory of a large tenant."""
    out = sync(size, "entra", increments=False)
    return {"large_sync_full_s": out["sync_full_s"], "large_sync_noop_s": out["sync_noop_s"],
            "large_peak_rss_mb": out["peak_rss_mb"], "large_sync_rss_mb": out["sync_rss_mb"],
            "large_users": out["synced_users"]}


class Recorder:
    """Notes every request the demo backend answers (method, URL, body)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, str]] = []

    def install(self) -> None:
        from idp_wizard.demo.transport import DemoBackend

        handle, seen = DemoBackend.handle, self.requests

        def noting(backend, request):  # type: ignore[no-untyped-def]
            seen.append((request.method, str(request.url), request.content.decode()))
            return handle(backend, request)
        DemoBackend.handle = noting  # type: ignore[method-assign]


def rules(size: int, record_to: Path | None = None) -> Figures:
    """The synchronization of rules (the wizard's filtering step), then 300 clicks."""
    recorder = Recorder()
    if record_to is not None:
        recorder.install()
    with tempfile.TemporaryDirectory() as tmp:
        app = demo_app(size, Path(tmp))
        conn = sign_in(app, ProviderName.ENTRA)
        app.demo.backend()  # the fake directory server is up before the clock starts
        del recorder.requests[:]  # the sign-in is not part of it
        r0, t0 = requests_of(app), time.perf_counter()
        session = app.rules_sync(conn=conn)
        rules_s = time.perf_counter() - t0
        rules_requests = requests_of(app) - r0
        if record_to is not None:
            record_to.write_text(json.dumps(recorder.requests))
        timings = _clicks(session)
        groups = len(session.directory.groups)
        app.close()
    return {"rules_sync_s": rules_s, "rules_sync_requests": float(rules_requests),
            "filter_count_ms_p95": timings[int(len(timings) * 0.95) - 1],
            "filter_count_ms_median": statistics.median(timings), "groups": float(groups)}


def _clicks(session: Any) -> list[float]:
    """A series of clicks an admin makes while refining: each one's count, in ms."""
    options = session.options()
    rng = random.Random(7)
    spec = FilterSpec.default().to_json()
    timings = []
    for i in range(300):
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
    return timings


def rules_baseline(size: int, recorded: Path) -> Figures:
    """The rules sync's own requests (recorded by `rules`), sent again and parsed."""
    from idp_wizard.demo.transport import DemoBackend

    requests = json.loads(recorded.read_text())
    backend = DemoBackend(size=size)
    client = backend.client()
    client.headers["Prefer"] = "odata.maxpagesize=999"
    start = time.perf_counter()
    for method, url, body in requests:
        response = client.request(method, url, content=body.encode() or None,
                                  headers={"Content-Type": "application/json"} if body else None)
        json.loads(response.content)
    return {"rules_fetch_parse_baseline_s": time.perf_counter() - start,
            "rules_baseline_requests": float(len(requests))}


def platform(size: int, provider: str) -> Figures:
    """A first demo sync with the embedded SCIM platform: the directory part and the
    push of every shared employee, and the peak memory of the whole run."""
    import os

    os.environ.pop("IDP_WIZARD_DEMO_PLATFORM", None)  # the embedded platform, on
    with tempfile.TemporaryDirectory() as tmp:
        app = demo_app(size, Path(tmp))
        app.commit_connection(sign_in(app, ProviderName(provider)), FilterSpec.default())
        t0 = time.perf_counter()
        outcome = app.sync_service().run()
        elapsed = time.perf_counter() - t0
        p = outcome.platform
        assert outcome.status == "succeeded" and p is not None and p.status == "delivered"
        assert p.created == outcome.synced_users, outcome.to_json()
        app.close()
    return {"platform_sync_full_s": elapsed, "platform_users": float(p.created),
            "platform_peak_rss_mb": peak_rss_mb()}
