"""Users table at scale: `python benchmarks/users_table.py [--data-dir DIR | --synthetic N]`.

Measures, offscreen: opening the panel's users view at once, without a task runner
(the order read by SQLite, the search index, the model, the first paint; the app reads
a large list on workers instead: bench_gui.py) and searching (p50/p95 over varied
terms, each from the full list, and keystroke by keystroke as an admin types).
`--data-dir` reads a demo profile made with
`idp-wizard --data-dir DIR --demo --demo-size 100000 connect --provider entra`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _synthetic_store(n: int, folder: Path):  # type: ignore[no-untyped-def]
    from idp_wizard.core.collation import stored_key
    from idp_wizard.core.schema import USER_COLUMNS
    from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store

    rng = random.Random(0)
    first = ["Anna", "Jonas", "Chloé", "Lukas", "Mia", "Noah", "Sota", "Ines", "Björn"]
    last = ["Müller", "Schmidt", "Lefèvre", "Smith", "Tanaka", "Garcia", "Öztürk"]
    depts = ["Sales", "Finance", "Engineering", "HR", "Marketing", "Support", "Legal"]
    store = Store(folder / "synthetic.sqlite3")
    rows = []
    for i in range(n):
        f, surname = rng.choice(first), rng.choice(last)
        values = dict.fromkeys(USER_COLUMNS, "") | {
            "id": f"u{i}", "email": f"{f}.{surname}{i}@contoso.example".lower(),
            "display_name": f"{f} {surname}", "department": rng.choice(depts),
            "location": "Berlin", "language": "de", "enabled": 1, "guest": 0}
        rows.append((DEFAULT_CLIENT_ID, *(values[c] for c in USER_COLUMNS),
                     stored_key(values["display_name"])))  # as a sync writes it
    cols, marks = ", ".join(USER_COLUMNS), ", ".join("?" for _ in USER_COLUMNS)
    with store.transaction() as db:
        db.conn.executemany(f"INSERT INTO synced_users (client_id, {cols}, sort_name) "
                            f"VALUES (?, {marks}, ?)", rows)
    return store


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--data-dir", type=Path)
    p.add_argument("--synthetic", type=int, default=100_000)
    args = p.parse_args()

    from PySide6.QtWidgets import QApplication

    from idp_wizard.core.store import Store
    from idp_wizard.paths import ProfilePaths
    from idp_wizard.ui.users_view import UsersView

    qapp = QApplication(sys.argv[:1])
    tmp = tempfile.TemporaryDirectory()
    if args.data_dir:
        store = Store(ProfilePaths(args.data_dir, demo=True).database)
    else:
        store = _synthetic_store(args.synthetic, Path(tmp.name))

    start = time.perf_counter()
    view = UsersView(store)
    view.reload(store)
    view.resize(1100, 700)
    view.show()
    view.repaint()  # the first paint of the visible rows
    qapp.processEvents()  # a benchmark, not app code: let the view settle
    open_ms = (time.perf_counter() - start) * 1000
    model = view.model
    total = model.total

    rng = random.Random(1)
    names = [model.row_values(rng.randrange(total)) for _ in range(40)]
    terms = [n[0].split()[0][:4] for n in names[:20]] + [n[2][:3] for n in names[20:30]]
    terms += [n[1][:6] for n in names[30:]] + ["zzz-nothing"]
    samples = []
    for term in terms:  # each from the full list: the worst case
        model.set_search("")
        t = time.perf_counter()
        model.set_search(term)
        samples.append((time.perf_counter() - t) * 1000)
    typing = []
    model.set_search("")
    for i in range(1, 8):  # as typed: "l", "le", "lef", ...
        t = time.perf_counter()
        model.set_search("lefèvre"[:i])
        typing.append((time.perf_counter() - t) * 1000)
    samples.sort()
    t = time.perf_counter()
    model.sort(1)
    sort_ms = (time.perf_counter() - t) * 1000
    print(json.dumps({
        "rows": total,
        "open_ms": round(open_ms, 1),
        "search_p50_ms": round(statistics.median(samples), 1),
        "search_p95_ms": round(samples[int(len(samples) * 0.95) - 1], 1),
        "search_max_ms": round(samples[-1], 1),
        "typing_ms": [round(x, 1) for x in typing],
        "sort_by_email_ms": round(sort_ms, 1),
    }))
    store.close()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
