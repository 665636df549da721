"""The command line at scale, for bench.py: `filters options --json` and `filters set`
on a synced demo profile, each timed from process start to exit (what an admin waits
for, the interpreter's start included), with the package's bytecode compiled as in an
installed copy."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import idp_wizard
from benchmarks.bench_phases import Figures, demo_app
from idp_wizard.core.records import ProviderName
from tests.flows import connect


def compile_package() -> None:
    """The package's bytecode written beside it (__pycache__, ignored by git), as in an
    installed copy (pip compiles it, a bundle ships it): with PYTHONDONTWRITEBYTECODE
    set (as on the reference machine) every command would otherwise compile ~200
    modules again, ~0.2 s that no admin waits for. The libraries have theirs already."""
    package = Path(idp_wizard.__file__).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True,
                   capture_output=True)


def _cli(data: Path, *args: str) -> tuple[float, str]:
    env = {**os.environ, "IDP_WIZARD_DATA_DIR": str(data)}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "idp_wizard", "--demo", "--lang", "en", *args],
                          capture_output=True, text=True, env=env, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"idp-wizard {' '.join(args)} failed ({done.returncode}):\n"
                         f"{done.stderr[-2000:]}")
    return seconds, done.stdout


def cli(size: int) -> Figures:
    """`filters options --json`, then two refinements of the synced filter, each from the
    same synced profile: leaving out a job title held by ~1 % (`filters set`), and
    leaving out a group of about that size, named as an admin types it
    (`filters_set_group_s`: that one reads the group's members too)."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "profile"
        app = demo_app(size, data)
        connect(app, ProviderName.ENTRA)
        app.sync_service().run()  # a synced profile: the admin refines its filter
        app.close()
        compile_package()
        options_s, printed = _cli(data, "filters", "options", "--json")
        options = json.loads(printed)

        def near_one_percent(kind: str) -> dict[str, object]:
            return min(options[kind], key=lambda o: abs(o["count"] - size / 100))  # type: ignore[no-any-return]

        # Changes the deletion guard lets through: ~1 % of the employees leave.
        title = near_one_percent("job_titles")["value"]
        group = near_one_percent("groups")["label"]
        other = Path(tmp) / "same profile"
        shutil.copytree(data, other)
        set_s = _set(data, {"job_titles": [title]})
        group_s = _set(other, {"groups": [str(group).upper()]})
    return {"filters_options_s": options_s, "filters_set_s": set_s,
            "filters_set_group_s": group_s}


def _set(data: Path, exclude: dict[str, list[object]]) -> float:
    spec_file = data / "filter.json"
    spec_file.write_text(json.dumps({"version": 1, "include": {}, "exclude": exclude}))
    return _cli(data, "filters", "set", str(spec_file))[0]
