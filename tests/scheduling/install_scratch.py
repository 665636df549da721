"""`idp-wizard schedule install` in a process of its own, pointed at a scratch crontab
and a scratch lock folder (never the machine's crontab):

    install_scratch.py TABLE LOCK_DIR DATA_DIR MINUTES
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from idp_wizard import cli_schedule
from idp_wizard.cli import main
from idp_wizard.scheduling.base import RunResult, ScheduleEnv, subprocess_runner
from tests.scheduling.cron_env import scratch_crontab


def no_systemd(argv: Sequence[str], stdin: str | None = None) -> RunResult:
    if argv[0] == "systemctl":  # cron, whatever this machine runs
        return RunResult(1, "", "Failed to connect to bus")
    if argv[0] == "crontab":  # never the real one
        raise AssertionError("the real crontab was called")
    return subprocess_runner(argv, stdin)


if __name__ == "__main__":
    table, lock_dir, data_dir, minutes = sys.argv[1:5]
    cli_schedule.env_factory = lambda: ScheduleEnv(
        run=no_systemd, crontab=scratch_crontab(Path(table)), lock_dir=Path(lock_dir))
    sys.exit(main(["--data-dir", data_dir, "schedule", "install", "--interval", minutes]))
