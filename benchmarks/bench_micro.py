"""Small timings that tests once asserted with a stopwatch (tests must not: the
machines are shared and noisy). `python benchmarks/bench_micro.py [--json]`; each
figure is the median of `--repeat` runs, in milliseconds.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def options_20k() -> None:
    from PySide6.QtWidgets import QListView

    from idp_wizard.core.options import Option
    from idp_wizard.ui.filter_editor.options_model import OptionsModel, OptionsProxy

    model = OptionsModel("groups")
    model.set_options([Option(f"id{i}", f"Group {i:05}", i) for i in range(20_000)])
    proxy = OptionsProxy()
    proxy.setSourceModel(model)
    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(proxy)
    proxy.setFilterFixedString("group 1999")
    model.set_checked(["id5", "Group 00007"])


def graph_map_100k() -> None:
    from idp_wizard.providers.graph_mapping import map_users

    users = [{"id": f"u{i}", "displayName": f"User {i}", "mail": f"u{i}@x.example",
              "userPrincipalName": f"u{i}@x.example", "accountEnabled": True,
              "userType": "Member", "department": "Sales"} for i in range(100_000)]
    start = time.perf_counter()
    map_users(users)
    _graph_only.append((time.perf_counter() - start) * 1000)


_graph_only: list[float] = []


def users_model_20k(folder: Path) -> tuple[float, float]:
    from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
    from idp_wizard.core.user_record import USER_COLUMNS
    from idp_wizard.ui.users_model import UsersTableModel

    store = Store(folder / "micro.sqlite3")
    cols = ", ".join(USER_COLUMNS)
    marks = ", ".join("?" for _ in USER_COLUMNS)
    with store.transaction() as db:
        db.conn.executemany(
            f"INSERT INTO synced_users (client_id, {cols}) VALUES (?, {marks})",
            ((DEFAULT_CLIENT_ID, f"u{i}", f"p{i}@x.example", f"Person {i:05d}", "", "",
              f"Dept {i % 40}", "", "City", "", "", "", "", "en", "en", 1, 0)
             for i in range(20_000)))
    model = UsersTableModel(store)
    reload_ms = _ms(model.reload, 3)
    terms = iter(["dept 7", "person 1", "dept 3", "p19", "city", "dept 12"] * 3)
    search_ms = _ms(lambda: model.set_search(next(terms)), 6)
    store.close()
    return reload_ms, search_ms


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication([])
    figures: dict[str, float] = {"options_20k_ms": _ms(options_20k, args.repeat)}
    for _ in range(args.repeat):
        graph_map_100k()
    figures["graph_map_100k_ms"] = round(statistics.median(_graph_only), 1)
    with tempfile.TemporaryDirectory() as tmp:
        reload_ms, search_ms = users_model_20k(Path(tmp))
    figures |= {"users_model_20k_reload_ms": reload_ms, "users_model_20k_search_ms": search_ms}
    del qapp
    print(json.dumps(figures) if args.json else "\n".join(f"{k}: {v}" for k, v in
                                                          figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
