"""What a backend found where it keeps the job (a crontab line, unit files, a plist, a
task), turned into the status the admin sees: what is really there, not what
`schedule install` once wrote, and whose it is.

systemd, launchd and Task Scheduler hold one entry per user under a fixed name, which
one data folder's `schedule install` fills; another data folder (another profile of the
same user) must not take that entry for its own, nor replace or remove it unasked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from idp_wizard.core.hints import CommandHint, suggest
from idp_wizard.core.messages import Message, msg
from idp_wizard.scheduling.base import (
    Job,
    ScheduleStatus,
    SchedulingError,
    data_dir_of,
    same_folder,
)


@dataclass
class Found:
    location: str
    command: str | None  # as the scheduler holds it; None: unreadable
    argv: Sequence[str] | None  # the command split into words, where that is possible
    interval: int | None  # minutes between runs; None: no single interval
    active: bool | None
    notes: list[Message] = field(default_factory=list)

    @property
    def data_dir(self) -> str | None:
        return data_dir_of(self.argv) if self.argv is not None else None

    def belongs_to(self, job: Job) -> bool:
        """Whose it is, by the data folder its command names; one that names none (its
        command edited by hand) is taken for the asking folder's: it is ours by name."""
        folder = self.data_dir
        return folder is None or same_folder(folder, job.data_dir)


def joined(notes: Sequence[Message]) -> Message | str:
    if not notes:
        return ""
    note = notes[0]
    for more in notes[1:]:
        note = msg("{first}; {second}", first=note, second=more)
    return note


def no_interval(schedule: str) -> Message:
    return msg("its schedule has no single interval IdP Wizard can tell ({schedule})",
               schedule=schedule)


def status_of(name: str, job: Job, found: Found, written: str) -> ScheduleStatus:
    """`written`: the command as `schedule install` writes it for `job`."""
    if not found.belongs_to(job):
        folder = found.data_dir or ""
        return ScheduleStatus(False, name, found.interval, found.location, found.active,
                              other_note(name, job, found.location, folder), folder,
                              found.command)
    notes = list(found.notes)
    if found.command is not None and found.command != written:
        notes.insert(0, msg("its command is not the one this installation writes, so it "
                            "runs {command}; {install} writes it again",
                            command=found.command, install=suggest("schedule install")))
    return ScheduleStatus(True, name, found.interval, found.location, found.active,
                          joined(notes), scheduled_command=found.command)


def _commands(job: Job, folder: str) -> dict[str, str]:
    there = CommandHint(data_dir=Path(folder), demo=job.demo)
    return {"remove": there.command("schedule remove"),
            "replace": suggest("schedule install --replace")}


def other_note(name: str, job: Job, location: str, folder: str) -> Message:
    return msg("{location} holds the scheduled sync of another data folder, {folder}, and "
               "{scheduler} keeps one per user. Remove it there ({remove}), or replace it "
               "with this folder's ({replace})", location=location, folder=folder,
               scheduler=name, **_commands(job, folder))


def refuse_other(status: ScheduleStatus, job: Job, replace: bool) -> None:
    """Before an install: never replace another data folder's entry unasked."""
    if status.other_data_dir is None or replace:
        return
    raise SchedulingError(msg(
        "{location} already holds the scheduled sync of another data folder, {folder}, and "
        "{scheduler} keeps one per user; nothing was changed. Remove it there ({remove}), "
        "or replace it with this folder's: {replace}", location=status.location,
        folder=status.other_data_dir, scheduler=status.scheduler,
        **_commands(job, status.other_data_dir)))
