"""The generated definitions for each OS: content, syntax, quoting of paths with spaces."""

from __future__ import annotations

import configparser
import plistlib
import shlex
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from idp_wizard.scheduling import SchedulingError, job_for
from idp_wizard.scheduling.cron import cron_interval, cron_line, schedule_fields
from idp_wizard.scheduling.macos import agent_plist
from idp_wizard.scheduling.systemd import parse_interval, service_unit, timer_unit
from idp_wizard.scheduling.windows import TASK_NS, task_name, task_xml
from idp_wizard.scheduling.windows import parse_interval as win_interval

from .fakes import EXE, FakeRunner, env

DATA = Path("/srv/Idp Data/50% $HOME \"q\"")  # spaces, %, $ and quotes all need care


def job(tmp: Path, demo: bool = False, interval: int = 40):  # type: ignore[no-untyped-def]
    return job_for(env(tmp, "linux", FakeRunner()), DATA, demo, interval, tmp / "logs")


def test_command_is_this_executable_with_the_profile(tmp_path: Path) -> None:
    j = job(tmp_path, demo=True)
    tail = ("sync", "--all-clients", "--scheduled")  # one OS task for every client
    assert j.argv == (*EXE, "--data-dir", str(DATA), "--demo", *tail)
    assert job(tmp_path).argv == (*EXE, "--data-dir", str(DATA), *tail)
    assert (j.slug, j.label) == ("idp-wizard-demo-sync", "com.idpwizard.sync.demo")
    assert job(tmp_path).slug == "idp-wizard-sync"


@pytest.mark.parametrize("minutes", [4, 1441, 0])
def test_interval_out_of_range_is_refused(tmp_path: Path, minutes: int) -> None:
    with pytest.raises(SchedulingError, match="between 5 and 1440"):
        job(tmp_path, interval=minutes)


def test_windows_task_xml(tmp_path: Path) -> None:
    j = job(tmp_path, interval=40)
    text = task_xml(j, "alice")
    assert text.startswith('<?xml version="1.0" encoding="UTF-16"?>')
    root = ET.fromstring(text.split("\n", 1)[1])
    ns = {"t": TASK_NS}
    assert root.tag == f"{{{TASK_NS}}}Task"
    assert root.findtext("t:Triggers/t:TimeTrigger/t:Repetition/t:Interval", namespaces=ns) \
        == "PT40M"
    principal = root.find("t:Principals/t:Principal", ns)
    assert principal is not None
    assert principal.findtext("t:LogonType", namespaces=ns) == "InteractiveToken"
    assert principal.findtext("t:RunLevel", namespaces=ns) == "LeastPrivilege"  # no admin
    assert principal.find("t:UserId", ns) is None  # the registering user
    assert root.findtext("t:Settings/t:MultipleInstancesPolicy", namespaces=ns) == "IgnoreNew"
    assert root.findtext("t:Settings/t:StartWhenAvailable", namespaces=ns) == "true"
    assert root.findtext("t:Actions/t:Exec/t:Command", namespaces=ns) == EXE[0]
    args = root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=ns)
    assert args == subprocess.list2cmdline(list(j.argv[1:]))
    assert f'"{EXE[0]}"' not in args and '"/srv/Idp Data/50% $HOME \\"q\\""' in args
    assert win_interval(text) == 40 and win_interval(task_xml(job(tmp_path, interval=90))) == 90
    assert task_name(j, "alice") == "IdP Wizard sync (alice)"


def test_macos_plist(tmp_path: Path) -> None:
    j = job(tmp_path, demo=True, interval=15)
    data = plistlib.loads(agent_plist(j))
    assert data["Label"] == "com.idpwizard.sync.demo"
    assert data["ProgramArguments"] == list(j.argv)  # an argv: paths with spaces stay whole
    assert data["StartInterval"] == 900
    assert data["StandardErrorPath"] == str(tmp_path / "logs" / "scheduled-sync.log")


def _unit(text: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return parser


def _systemd_split(value: str) -> list[str]:
    """How systemd reads ExecStart= (double quotes, C escapes), after `%%`/`$$`."""
    return shlex.split(value.replace("%%", "%").replace("$$", "$"), posix=True)


def test_systemd_units(tmp_path: Path) -> None:
    j = job(tmp_path, interval=40)
    service, timer = _unit(service_unit(j)), _unit(timer_unit(j))
    assert service["Service"]["Type"] == "oneshot"
    exec_start = service["Service"]["ExecStart"]
    assert "%%" in exec_start and "$$HOME" in exec_start  # no specifier/variable expansion
    assert _systemd_split(exec_start) == list(j.argv)
    assert timer["Timer"]["OnUnitActiveSec"] == "40min"
    assert timer["Timer"]["OnBootSec"] == "5min"
    assert timer["Timer"]["Persistent"] == "true"
    assert timer["Timer"]["Unit"] == "idp-wizard-sync.service"
    assert timer["Install"]["WantedBy"] == "timers.target"
    # A user unit: the user's manager starts it with its environment, which holds the
    # session bus (DBUS_SESSION_BUS_ADDRESS) the Secret Service keychain is reached on.
    assert "User" not in service["Service"] and "Environment" not in service["Service"]
    assert parse_interval(timer_unit(j)) == 40


@pytest.mark.parametrize(("asked", "runs", "fields"), [
    (5, 5, "*/5 * * * *"), (40, 30, "*/30 * * * *"), (59, 30, "*/30 * * * *"),
    (60, 60, "0 * * * *"), (150, 120, "0 */2 * * *"), (1440, 1440, "0 0 * * *"),
])
def test_cron_rounds_down_to_an_even_interval(asked: int, runs: int, fields: str) -> None:
    assert cron_interval(asked) == runs and schedule_fields(asked) == fields


def test_cron_line_quotes_for_sh_and_escapes_percent(tmp_path: Path) -> None:
    j = job(tmp_path, demo=True, interval=15)
    line = cron_line(j)
    assert line.startswith("*/15 * * * * ")
    assert line.endswith("# idp-wizard-demo-sync interval=15")
    command = line[len("*/15 * * * * "):line.index(" >/dev/null")]
    assert "%" not in command.replace("\\%", "")  # cron would turn a bare % into a newline
    assert shlex.split(command.replace("\\%", "%")) == list(j.argv)


def test_cron_line_points_at_the_session_bus_where_one_exists(tmp_path: Path) -> None:
    # cron gives jobs no D-Bus session: the line reaches the keychain's bus itself.
    j = job(tmp_path, interval=15)
    bus = Path("/run/user/501/bus")
    line = cron_line(j, bus)
    command = line[len("*/15 * * * * "):line.index(" >/dev/null")].replace("\\%", "%")
    prefix, _, rest = command.partition("; ")
    assert prefix == ("[ -S /run/user/501/bus ] && export "
                      "DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/501/bus")
    assert shlex.split(rest) == list(j.argv)


def test_launch_agent_and_windows_task_run_in_the_users_session(tmp_path: Path) -> None:
    """The keychain on macOS (login keychain) and Windows (Credential Manager) opens
    with the user's logon session: both definitions run only inside it."""
    data = plistlib.loads(agent_plist(job(tmp_path)))
    assert data["LimitLoadToSessionType"] == "Aqua" and "UserName" not in data
    root = ET.fromstring(task_xml(job(tmp_path), "alice").split("\n", 1)[1])
    ns = {"t": TASK_NS}
    assert root.findtext("t:Principals/t:Principal/t:LogonType", namespaces=ns) == \
        "InteractiveToken"  # only while alice is logged on; no stored password
