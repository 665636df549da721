"""The crontab is the user's: installing and removing our line writes everything else
back byte for byte (CRLF, no final newline, bytes that are not UTF-8, form feeds, blank
lines, environment lines). A scratch crontab file stands in for the real one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from idp_wizard.scheduling import job_for
from idp_wizard.scheduling.base import subprocess_runner
from idp_wizard.scheduling.cron import CronScheduler, cron_line

from .cron_env import scratch_crontab
from .fakes import FakeRunner, env

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="scratch crontab: Linux")

TABLES = {
    "crlf, a look-alike marker": b"MAILTO=me@example.org\r\n0 3 * * * backup.sh\r\n"
                                 b"*/5 * * * * /usr/bin/true # idp-wizard-x\r\n",
    "latin-1 comment": b"SHELL=/bin/sh\n\n# caf\xe9 (Latin-1)\n0 1 * * * a\n\n",
    "form feed and tabs": b"PATH=/usr/bin\n\x0c\n#\tnote\x0bx\n0 2 * * *\tb\n",
}


def scheduler(tmp: Path, table: Path) -> CronScheduler:
    return CronScheduler(env(tmp, "linux", FakeRunner(lambda a, s: subprocess_runner(a, s)),
                             crontab=scratch_crontab(table), session_bus=tmp / "bus"))


@pytest.mark.parametrize("original", list(TABLES.values()), ids=list(TABLES))
def test_install_appends_and_remove_restores_byte_for_byte(
    tmp_path: Path, original: bytes,
) -> None:
    table = tmp_path / "crontab"
    table.write_bytes(original)
    sched = scheduler(tmp_path, table)
    job = job_for(sched.env, tmp_path / "data", False, 30)
    ours = cron_line(job, sched.env.bus_socket).encode() + b"\n"
    assert sched.install(job).installed is True
    assert table.read_bytes() == original + ours
    assert sched.install(job).installed is True  # again: replaced, not doubled
    assert table.read_bytes() == original + ours
    assert sched.remove(job) is True
    assert table.read_bytes() == original


def test_a_table_without_a_final_newline_keeps_its_last_line_as_it_was(
    tmp_path: Path,
) -> None:
    original = b"MAILTO=me\n0 4 * * * last-without-newline"
    table = tmp_path / "crontab"
    table.write_bytes(original)
    sched = scheduler(tmp_path, table)
    job = job_for(sched.env, tmp_path / "data", False, 30)
    ours = cron_line(job, sched.env.bus_socket).encode() + b"\n"
    sched.install(job)
    assert table.read_bytes() == b"MAILTO=me\n" + ours + b"0 4 * * * last-without-newline"
    assert sched.remove(job) is True
    assert table.read_bytes() == original


def test_our_line_between_the_users_lines_is_replaced_in_place(tmp_path: Path) -> None:
    table = tmp_path / "crontab"
    sched = scheduler(tmp_path, table)
    job = job_for(sched.env, tmp_path / "data", False, 30)
    old = cron_line(job, sched.env.bus_socket).encode()
    table.write_bytes(b"# before\r\n" + old + b"\n# after\r\n")
    sched.install(job_for(sched.env, tmp_path / "data", False, 60))
    new = cron_line(job_for(sched.env, tmp_path / "data", False, 60), sched.env.bus_socket)
    assert table.read_bytes() == b"# before\r\n" + new.encode() + b"\n# after\r\n"
    assert sched.remove(job) is True
    assert table.read_bytes() == b"# before\r\n# after\r\n"
