"""Windows Task Scheduler: a per-user task registered from an XML definition.

`schtasks /Create /XML file /TN name /F` needs no admin rights for a task that runs
as the current user only while they are logged on (InteractiveToken, LeastPrivilege,
no stored password). Task names are machine-wide, so the user's name is part of it.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from idp_wizard.core.messages import msg
from idp_wizard.scheduling.base import Job, ScheduleEnv, ScheduleStatus, check

NAME = "Windows Task Scheduler"
TASK_NS = "http://schemas.microsoft.com/windows/2004/02/mit/task"
START_BOUNDARY = "2024-01-01T00:00:00"  # a past local time: repetition starts at once


def task_name(job: Job, user: str) -> str:
    return f"{job.title} ({user})" if user else job.title


def windowless(argv: tuple[str, ...]) -> tuple[str, ...]:
    """pythonw.exe instead of python.exe: no console window flashing every N minutes."""
    exe = Path(argv[0])
    if exe.name.lower() == "python.exe" and exe.with_name("pythonw.exe").exists():
        return (str(exe.with_name("pythonw.exe")), *argv[1:])
    return argv


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, tag)
    if text is not None:
        el.text = text
    return el


def task_xml(job: Job, user: str = "") -> str:
    argv = windowless(job.argv)
    task = ET.Element("Task", {"version": "1.2", "xmlns": TASK_NS})
    info = _sub(task, "RegistrationInfo")
    _sub(info, "Description", f"Syncs the IdP Wizard profile every {job.interval_minutes} "
         "minutes (employees joining, leaving and moving).")
    _sub(info, "URI", "\\" + task_name(job, user))
    trigger = _sub(_sub(task, "Triggers"), "TimeTrigger")
    repetition = _sub(trigger, "Repetition")
    _sub(repetition, "Interval", f"PT{job.interval_minutes}M")  # no Duration: forever
    _sub(repetition, "StopAtDurationEnd", "false")
    _sub(trigger, "StartBoundary", START_BOUNDARY)
    _sub(trigger, "Enabled", "true")
    principal = _sub(_sub(task, "Principals"), "Principal", None)
    principal.set("id", "Author")
    _sub(principal, "LogonType", "InteractiveToken")
    _sub(principal, "RunLevel", "LeastPrivilege")
    settings = _sub(task, "Settings")
    for tag, value in (("MultipleInstancesPolicy", "IgnoreNew"),
                       ("DisallowStartIfOnBatteries", "false"),
                       ("StopIfGoingOnBatteries", "false"),
                       ("StartWhenAvailable", "true"),  # catch up after sleep
                       ("RunOnlyIfNetworkAvailable", "true"),
                       ("ExecutionTimeLimit", "PT2H"),
                       ("Enabled", "true")):
        _sub(settings, tag, value)
    actions = _sub(task, "Actions")
    actions.set("Context", "Author")
    exec_el = _sub(actions, "Exec")
    _sub(exec_el, "Command", argv[0])
    _sub(exec_el, "Arguments", subprocess.list2cmdline(list(argv[1:])))
    ET.indent(task)
    body = ET.tostring(task, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-16"?>\n' + body + "\n"


def parse_interval(xml_text: str) -> int | None:
    m = re.search(r"<Interval>PT(?:(\d+)H)?(?:(\d+)M)?</Interval>", xml_text)
    if not m or not any(m.groups()):
        return None
    return int(m.group(1) or 0) * 60 + int(m.group(2) or 0)


class WindowsScheduler:
    name = NAME

    def __init__(self, env: ScheduleEnv) -> None:
        self.env = env

    def available(self) -> bool:
        return True

    def install(self, job: Job) -> ScheduleStatus:
        name = task_name(job, self.env.user)
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "idp-wizard-task.xml"
            path.write_text(task_xml(job, self.env.user), encoding="utf-16")  # with BOM
            check(self.env.run(["schtasks", "/Create", "/XML", str(path), "/TN", name, "/F"],
                               None), msg("Registering the task (schtasks /Create)"))
        return self.status(job)

    def remove(self, job: Job) -> bool:
        name = task_name(job, self.env.user)
        if not self.status(job).installed:
            return False
        check(self.env.run(["schtasks", "/Delete", "/TN", name, "/F"], None),
              msg("Removing the task (schtasks /Delete)"))
        return True

    def status(self, job: Job) -> ScheduleStatus:
        name = task_name(job, self.env.user)
        result = self.env.run(["schtasks", "/Query", "/TN", name, "/XML", "ONE"], None)
        if result.returncode != 0:
            return ScheduleStatus(False, NAME, location=name)
        disabled = "<Enabled>false</Enabled>" in result.stdout.split("<Actions")[0]
        return ScheduleStatus(True, NAME, parse_interval(result.stdout), name, not disabled)
