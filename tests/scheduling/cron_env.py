"""What the cron tests share: a scratch crontab and cron's own environment.

Nothing here touches the machine's crontab: the cron backend is pointed at
scratch_crontab.py (ScheduleEnv.crontab). Commands run as cron runs them: /bin/sh
with an environment holding only what cron sets (HOME, LOGNAME, PATH, SHELL).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRATCH = Path(__file__).with_name("scratch_crontab.py")


def scratch_crontab(table: Path) -> tuple[str, ...]:
    return (sys.executable, str(SCRATCH), str(table))


def real_crontab() -> str | None:
    """The machine's crontab as `crontab -l` prints it (None: no crontab command)."""
    if shutil.which("crontab") is None:
        return None
    done = subprocess.run(["crontab", "-l"], capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def cron_command(line: str) -> str:
    """The command part of a crontab line, as cron hands it to /bin/sh."""
    fields = line.split(" ", 5)[5]
    return fields[: fields.index(" >/dev/null")].replace("\\%", "%")


def run_like_cron(command: str, home: Path,
                  timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`env -i` with cron's variables only. PYTHONPATH is the harness's (the package may
    not be installed where the tests run); it points at this checkout."""
    env = ["env", "-i", f"HOME={home}", "LOGNAME=cron-test", "SHELL=/bin/sh",
           "PATH=/usr/bin:/bin", f"PYTHONPATH={REPO}"]
    return subprocess.run([*env, "/bin/sh", "-c", command], capture_output=True, text=True,
                          timeout=timeout, check=False)
