"""A path the scheduler would not run as written is refused before anything is written:
a line break in a crontab line or unit file is another cron job or unit setting, and
Task Scheduler replaces %NAME% with an environment variable's value. Real folders under
tmp_path; the crontab is a scratch file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from idp_wizard import cli_schedule
from idp_wizard.cli import main
from idp_wizard.scheduling import SchedulingError, job_for
from idp_wizard.scheduling.base import subprocess_runner
from idp_wizard.scheduling.cron import CronScheduler

from .cron_env import run_like_cron, scratch_crontab
from .fakes import FakeRunner, Schtasks, env, snapshot

INJECTED = "data\n* * * * * touch injected #"
LINUX = pytest.mark.skipif(sys.platform != "linux", reason="cron and /bin/sh: Linux")


def refusal(path: str, what: str, character: str = "U+000A") -> str:
    return (f"Cannot schedule syncs: {path!r} ({what}) contains the control character "
            f"{character}, which a scheduled task's command cannot hold safely (a line break "
            "would start another crontab line or unit setting). Nothing was changed; choose "
            "a path without it.")


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
@pytest.mark.parametrize("character", ["\n", "\r", "\t", "\x1b"])
def test_a_data_folder_with_a_control_character_is_refused(
    tmp_path: Path, platform: str, character: str,
) -> None:
    folder = tmp_path / f"data{character}more"
    folder.mkdir()
    with pytest.raises(SchedulingError) as caught:
        job_for(env(tmp_path, platform, FakeRunner()), folder, False, 40)
    assert str(caught.value) == refusal(str(folder), "data folder",
                                        f"U+{ord(character):04X}")


def test_the_program_path_and_the_log_folder_are_checked_too(tmp_path: Path) -> None:
    program = tmp_path / "bin\nx" / "python3"
    program.parent.mkdir()
    program.touch()
    e = env(tmp_path, "linux", FakeRunner(), executable=(str(program), "-m", "idp_wizard"))
    with pytest.raises(SchedulingError) as caught:
        job_for(e, tmp_path / "data", False, 40)
    assert str(caught.value) == refusal(str(program), "the program the task starts")
    logs = tmp_path / "logs\rx"
    with pytest.raises(SchedulingError) as caught:
        job_for(env(tmp_path, "darwin", FakeRunner()), tmp_path / "data", False, 40, logs)
    assert str(caught.value) == refusal(str(logs), "log folder", "U+000D")


@LINUX
def test_cli_refuses_a_newline_before_the_crontab_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    table = tmp_path / "crontab"
    table.write_bytes(b"# mine\n")
    runner = FakeRunner(lambda argv, stdin: subprocess_runner(argv, stdin)
                        if argv[:len(scratch_crontab(table))] == list(scratch_crontab(table))
                        else None)
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: env(
        tmp_path, "linux", runner, crontab=scratch_crontab(table)))
    folder = tmp_path / INJECTED
    folder.mkdir()
    assert main(["--data-dir", str(folder), "schedule", "install"]) == 1
    captured = capsys.readouterr()
    assert captured.err == "idp-wizard: error: " + refusal(str(folder), "data folder") + "\n"
    assert captured.out == ""
    assert table.read_bytes() == b"# mine\n"  # nothing written: no second cron line
    assert runner.commands() == []  # neither systemd nor crontab was touched


@pytest.mark.parametrize("platform", ["linux", "darwin", "win32"])
def test_a_newline_never_reaches_a_unit_file_plist_or_task(
    tmp_path: Path, platform: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    tasks = Schtasks()
    runner = FakeRunner(tasks)
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: env(tmp_path, platform, runner))
    folder = tmp_path / INJECTED
    folder.mkdir()
    before = snapshot(tmp_path / "home dir", tasks)
    assert main(["--data-dir", str(folder), "schedule", "install"]) == 1
    assert capsys.readouterr().err == (
        "idp-wizard: error: " + refusal(str(folder), "data folder") + "\n")
    assert snapshot(tmp_path / "home dir", tasks) == before == {}
    assert runner.commands() == []


def test_windows_refuses_an_environment_variable_in_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    tasks = Schtasks()
    runner = FakeRunner(tasks)
    monkeypatch.setattr(cli_schedule, "env_factory", lambda: env(tmp_path, "win32", runner))
    folder = tmp_path / "%APPDATA%" / "IdP"
    folder.mkdir(parents=True)
    assert main(["--data-dir", str(folder), "schedule", "install"]) == 1
    assert capsys.readouterr().err == (
        f"idp-wizard: error: Cannot schedule syncs: {folder} (data folder) contains "
        "%APPDATA%, which Windows replaces with the value of that environment variable when "
        "the task runs, so the task would run something else. Nothing was changed; choose a "
        "path without a %NAME% pair.\n")
    assert tasks.tasks == {} and runner.commands() == []
    program = ("C:\\Users\\%USERNAME%\\IdP Wizard\\idp-wizard.exe",)
    with pytest.raises(SchedulingError) as caught:
        job_for(env(tmp_path, "win32", runner, executable=program), tmp_path, False, 40)
    assert str(caught.value).startswith(
        f"Cannot schedule syncs: {program[0]} (the program the task starts) contains "
        "%USERNAME%, which Windows replaces")
    single = tmp_path / "50% done"  # one % is no variable: accepted
    assert job_for(env(tmp_path, "win32", runner), single, False, 40).data_dir == str(single)


@LINUX
@pytest.mark.parametrize("name", ["50\\%", "\\%APPDATA\\% x%"])
def test_cron_runs_percent_and_backslash_paths_as_they_are(tmp_path: Path, name: str) -> None:
    """On Linux `%` and `\\` are ordinary: cron's own `%` rule (a `\\` before a `%`
    escapes it) must not cut the command; /bin/sh must get the path whole."""
    folder = tmp_path / name
    folder.mkdir()
    table = tmp_path / "crontab"
    e = env(tmp_path, "linux", FakeRunner(lambda a, s: subprocess_runner(a, s)),
            crontab=scratch_crontab(table), executable=("printf", "[%s]\\n"))
    job = job_for(e, folder, False, 15)
    CronScheduler(e).install(job)
    line = table.read_text(encoding="utf-8").splitlines()[0]
    done = run_like_cron(as_cron_runs(line), tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "".join(f"[{a}]\n" for a in job.argv[2:])


def as_cron_runs(line: str) -> str:
    """The command cron hands to /bin/sh, by cron's own rules (do_command.c): the line
    after five time fields; `\\%` is `%`, any other `\\` stays; a bare `%` ends it.
    Without the line's `>/dev/null`, so the test sees the output."""
    command = line.split(None, 5)[5].replace(" >/dev/null 2>&1", "")
    out, escaped = [], False
    for ch in command:
        if escaped:
            if ch == "%":
                out[-1] = "%"
            else:
                out.append(ch)
            escaped = False
            continue
        if ch == "%":
            break
        escaped = ch == "\\"
        out.append(ch)
    return "".join(out)
