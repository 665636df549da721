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

from idp_wizard.core.messages import Message, msg
from idp_wizard.scheduling.base import Job, ScheduleEnv, ScheduleStatus, check
from idp_wizard.scheduling.entry import Found, no_interval, refuse_other, status_of
from idp_wizard.scheduling.lock import schedule_lock

NAME = "Windows Task Scheduler"
TASK_NS = "http://schemas.microsoft.com/windows/2004/02/mit/task"
_WHAT = msg("the scheduled task")
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


_DURATION = re.compile(r"P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")


def duration_minutes(text: str) -> int | None:
    """An XML duration as Task Scheduler writes intervals (PT40M, PT1H30M, P1D)."""
    m = _DURATION.fullmatch(text.strip())
    if not m or not any(m.groups()):
        return None
    days, hours, minutes, seconds = (int(g or 0) for g in m.groups())
    if seconds % 60:
        return None
    return days * 1440 + hours * 60 + minutes + seconds // 60 or None


def parse_interval(xml_text: str) -> int | None:
    m = re.search(r"<Interval>([^<]*)</Interval>", xml_text)
    return duration_minutes(m.group(1)) if m else None


def split_arguments(text: str) -> list[str]:
    """Words of a command line as a Windows program reads them (CommandLineToArgvW):
    the inverse of subprocess.list2cmdline."""
    words: list[str] = []
    word: list[str] = []
    quoted = started = False
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            n = len(text[i:]) - len(text[i:].lstrip("\\"))
            i += n
            if i < len(text) and text[i] == '"':
                word.append("\\" * (n // 2))
                if n % 2:
                    word.append('"')
                    i += 1
            else:
                word.append("\\" * n)
            started = True
            continue
        if ch == '"':
            if quoted and text[i + 1:i + 2] == '"':
                word.append('"')
                i += 2
                continue
            quoted, started = not quoted, True
        elif ch in " \t" and not quoted:
            if started:
                words.append("".join(word))
            word, started = [], False
        else:
            word.append(ch)
            started = True
        i += 1
    if started:
        words.append("".join(word))
    return words


def _found(name: str, xml_text: str) -> Found:
    try:
        root = ET.fromstring(xml_text.strip())
    except ET.ParseError:
        return Found(name, None, None, None, None, [msg("the task's definition is damaged")])
    ns = {"t": TASK_NS}
    exe = root.findtext("t:Actions/t:Exec/t:Command", namespaces=ns)
    args = root.findtext("t:Actions/t:Exec/t:Arguments", default="", namespaces=ns)
    command = None if exe is None else f"{exe} {args}".strip()
    argv = None if exe is None else [exe, *split_arguments(args)]
    notes: list[Message] = []
    repeat = root.findtext(".//t:Triggers/t:TimeTrigger/t:Repetition/t:Interval",
                           namespaces=ns)
    interval = duration_minutes(repeat) if repeat else None
    if interval is None:
        notes.append(no_interval(repeat or "-"))
    enabled = [root.findtext(path, namespaces=ns) for path in (
        "t:Settings/t:Enabled", "t:Triggers/t:TimeTrigger/t:Enabled")]
    active = "false" not in [(e or "").strip().lower() for e in enabled]
    if not active:
        notes.append(msg("the task is disabled"))
    return Found(name, command, argv, interval, active, notes)


def _written(job: Job) -> str:
    argv = windowless(job.argv)
    return f"{argv[0]} {subprocess.list2cmdline(list(argv[1:]))}".strip()


class WindowsScheduler:
    name = NAME

    def __init__(self, env: ScheduleEnv) -> None:
        self.env = env

    def available(self) -> bool:
        return True

    def _found(self, job: Job) -> Found | None:
        name = task_name(job, self.env.user)
        result = self.env.run(["schtasks", "/Query", "/TN", name, "/XML", "ONE"], None)
        return _found(name, result.stdout) if result.returncode == 0 else None

    def install(self, job: Job, replace: bool = False) -> ScheduleStatus:
        name = task_name(job, self.env.user)
        # from the check to the write (lock.py)
        with schedule_lock(self.env, _WHAT), tempfile.TemporaryDirectory() as tmp:
            found = self._found(job)
            if found is not None:
                refuse_other(status_of(NAME, job, found, _written(job)), job, replace)
            path = Path(tmp) / "idp-wizard-task.xml"
            path.write_text(task_xml(job, self.env.user), encoding="utf-16")  # with BOM
            check(self.env.run(["schtasks", "/Create", "/XML", str(path), "/TN", name, "/F"],
                               None), msg("Registering the task (schtasks /Create)"))
        return self.status(job)

    def remove(self, job: Job) -> bool:
        """Only this data folder's task: another folder's stays as it is."""
        with schedule_lock(self.env, _WHAT):
            found = self._found(job)
            if found is None or not found.belongs_to(job):
                return False
            check(self.env.run(["schtasks", "/Delete", "/TN", found.location, "/F"], None),
                  msg("Removing the task (schtasks /Delete)"))
        return True

    def status(self, job: Job) -> ScheduleStatus:
        found = self._found(job)
        if found is None:
            return ScheduleStatus(False, NAME, location=task_name(job, self.env.user))
        return status_of(NAME, job, found, _written(job))
