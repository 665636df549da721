"""Two `schedule install` runs for different data folders at the same moment: each reads
the crontab, adds its line and writes it back. Without a lock the second write drops
the first one's line. Real processes, a slow scratch crontab, never the real one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from idp_wizard.core.messages import msg
from idp_wizard.scheduling import SchedulingError, job_for
from idp_wizard.scheduling.base import ScheduleEnv
from idp_wizard.scheduling.cron import CronScheduler
from idp_wizard.scheduling.cron_table import parse_line, split_lines
from idp_wizard.scheduling.lock import LOCK_NAME, schedule_lock

from .cron_env import REPO, scratch_crontab
from .fakes import lock_held_elsewhere

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="scratch crontab: Linux")
DRIVER = Path(__file__).with_name("install_scratch.py")


def test_two_installs_at_once_keep_both_lines(tmp_path: Path) -> None:
    table, locks = tmp_path / "crontab", tmp_path / "locks"
    table.write_bytes(b"0 3 * * * backup.sh\n")
    folders = {tmp_path / "A": "15", tmp_path / "B": "30"}
    for folder in folders:
        folder.mkdir()
    # Every `crontab -l` waits 2 s between reading and answering: both processes read
    # the same table before either writes, unless they take turns.
    env = {**os.environ, "SCRATCH_CRONTAB_READ_DELAY": "2", "PYTHONPATH": str(REPO)}
    runs = [subprocess.Popen([sys.executable, str(DRIVER), str(table), str(locks), str(d), m],
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for d, m in folders.items()]
    done = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in runs]
    for p in runs:
        for stream in (p.stdout, p.stderr):
            if stream:
                stream.close()
    assert done == [(0, ""), (0, "")]
    lines = split_lines(table.read_text(encoding="utf-8"))
    assert lines[0] == "0 3 * * * backup.sh\n"
    ours = sorted((line.argv[line.argv.index("--data-dir") + 1], line.asked)
                  for line in map(parse_line, lines[1:]) if line is not None)
    assert (len(lines), ours) == (3, [(str(tmp_path / "A"), 15), (str(tmp_path / "B"), 30)])
    assert (locks / LOCK_NAME).exists()


def test_a_held_lock_makes_install_wait_then_refuse(tmp_path: Path) -> None:
    table, locks = tmp_path / "crontab", tmp_path / "locks"
    env = ScheduleEnv(crontab=scratch_crontab(table), lock_dir=locks, home=tmp_path)
    with lock_held_elsewhere(locks / LOCK_NAME), pytest.raises(SchedulingError) as caught, \
            schedule_lock(env, msg("the crontab"), wait=0.2):
        pass
    assert str(caught.value) == (
        f"Another IdP Wizard is changing the crontab right now (it holds {locks / LOCK_NAME}); "
        "nothing was changed. Try again when it has finished.")
    assert table.exists() is False
    sched = CronScheduler(env)  # free again: the install goes through
    assert sched.install(job_for(env, tmp_path / "A", False, 30)).installed is True


def test_the_lock_lives_in_the_users_cache_folder(tmp_path: Path) -> None:
    # conftest points XDG_CACHE_HOME at this test's home: the same for every data folder
    assert ScheduleEnv().lock_folder == Path(os.environ["XDG_CACHE_HOME"]) / "idp-wizard"


def test_a_lock_folder_that_cannot_be_made_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    env = ScheduleEnv(crontab=scratch_crontab(tmp_path / "crontab"), lock_dir=blocker / "in")
    with pytest.raises(SchedulingError) as caught:
        CronScheduler(env).install(job_for(env, tmp_path / "A", False, 30))
    assert str(caught.value).startswith(
        f"Cannot use the lock file {blocker / 'in' / LOCK_NAME} (")
    assert str(caught.value).endswith("); nothing was changed. Remove or fix it, then try "
                                      "again.")
    assert (tmp_path / "crontab").exists() is False
