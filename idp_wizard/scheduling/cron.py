"""cron, where no systemd user manager runs: one marked line per data folder in the
user's crontab.

cron cannot express every interval: the minute field's `*/N` restarts at each full
hour, so `*/40` would run at :00 and :40 (gaps of 40 and 20 minutes). We round down to
the nearest interval cron repeats evenly (a divisor of 60 minutes, or of 24 hours) so a
sync is never later than asked, and keep the requested interval in the marker.

cron starts jobs without the user's D-Bus session, and the Secret Service keychain
(GNOME Keyring, KWallet) is reached over it: the line points DBUS_SESSION_BUS_ADDRESS
at the user's session bus (/run/user/<uid>/bus) whenever that socket exists, i.e.
while the user is logged in. Otherwise the run says the keychain cannot be reached.

The crontab is the user's: everything but our own lines is written back as it was read,
byte for byte (CRLF, no final newline, bytes that are not UTF-8, other profiles' lines).

Reading and rewriting it (`crontab -l`, then `crontab -`) is not atomic: two installs
for different data folders at once would each write back the table they read, and one
folder's line would be lost. Both hold the per-user lock of lock.py from the read to
the write.
"""

from __future__ import annotations

import dataclasses
import shlex
from pathlib import Path

from idp_wizard.core.messages import Message, msg
from idp_wizard.scheduling.base import (
    MAX_INTERVAL,
    MIN_INTERVAL,
    Job,
    ScheduleEnv,
    ScheduleStatus,
    SchedulingError,
    check,
)
from idp_wizard.scheduling.cron_table import (
    Line,
    cron_words,
    fields_interval,
    join_lines,
    parse_line,
    split_lines,
)
from idp_wizard.scheduling.entry import Found, no_interval, status_of
from idp_wizard.scheduling.lock import schedule_lock

NAME = "cron"
_MINUTE_STEPS = (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30)
_HOUR_STEPS = (1, 2, 3, 4, 6, 8, 12, 24)


def cron_interval(minutes: int) -> int:
    """The largest interval <= `minutes` that cron repeats evenly (5..1440)."""
    if minutes < 60:
        return max(s for s in _MINUTE_STEPS if s <= minutes)
    return 60 * max(s for s in _HOUR_STEPS if s * 60 <= minutes)


def schedule_fields(minutes: int) -> str:
    step = cron_interval(minutes)
    if step < 60:
        return f"*/{step} * * * *"
    hours = step // 60
    return "0 * * * *" if hours == 1 else ("0 0 * * *" if hours == 24 else f"0 */{hours} * * *")


def bus_prefix(bus: Path) -> str:
    """Shell that points the job at the session bus, if it exists when the job runs."""
    address = shlex.quote(f"unix:path={bus}")
    return f"[ -S {shlex.quote(str(bus))} ] && export DBUS_SESSION_BUS_ADDRESS={address}; "


def _word(arg: str) -> str:
    """One argument for /bin/sh as cron hands it over. cron reads `\\` + `%` as a
    literal `%` and any other `\\` + character as both, so a `\\` right before an
    (escaped) `%` would escape the escape: a backslash is written as `"\\\\"` instead,
    outside the single quotes, where cron and sh each keep it whole."""
    return shlex.quote(arg).replace("\\", "'\"\\\\\"'")


def cron_line(job: Job, bus: Path | None = None) -> str:
    # /bin/sh runs the command: quote each argument; `%` means newline to cron.
    command = " ".join(_word(a) for a in job.argv)
    if bus is not None:
        command = bus_prefix(bus) + command
    return (f"{schedule_fields(job.interval_minutes)} {command.replace('%', chr(92) + '%')} "
            f">/dev/null 2>&1 # {job.slug} interval={job.interval_minutes}")


def _found(line: Line) -> Found:
    interval = fields_interval(line.fields)
    notes: list[Message] = []
    if line.commented:
        notes.append(msg("the line is commented out, so cron does not run it"))
    if interval is None:
        notes.append(no_interval(line.fields))
    elif MIN_INTERVAL <= line.asked <= MAX_INTERVAL and interval != line.asked \
            and line.fields == schedule_fields(line.asked):  # a marker edited to 0: no step
        notes.append(msg("cron runs it every {minutes} minutes (the nearest interval cron "
                         "repeats evenly)", minutes=str(interval)))
    return Found("crontab", line.command, line.argv, interval, not line.commented, notes)


class CronScheduler:
    name = NAME

    def __init__(self, env: ScheduleEnv) -> None:
        self.env = env

    def available(self) -> bool:
        result = self.env.run([*self.env.crontab, "-l"], None)
        return result.returncode != 127

    def _read(self) -> str:
        """The crontab as `crontab -l` printed it ("" where the user has none)."""
        result = self.env.run([*self.env.crontab, "-l"], None)
        if result.returncode == 127:
            raise SchedulingError(msg("Neither a systemd user session nor cron (crontab) is "
                                      "available to schedule syncs on this computer."))
        if result.returncode != 0:  # "no crontab for <user>" is an empty crontab
            if "no crontab" in result.stderr.lower():
                return ""
            check(result, msg("Reading the crontab (crontab -l)"))
        return result.stdout

    def _write(self, text: str) -> None:
        check(self.env.run([*self.env.crontab, "-"], text),
              msg("Writing the crontab (crontab -)"))

    def _ours(self, lines: list[str], job: Job) -> list[int]:
        """Our lines for `job`'s data folder: best match (named, not commented) first."""
        found = []
        for i, text in enumerate(lines):
            line = parse_line(text)
            if line is None or line.slug != job.slug:
                continue
            entry = _found(line)
            if entry.belongs_to(job):
                found.append((entry.data_dir is None, line.commented, i))
        return [i for *_, i in sorted(found)]

    def install(self, job: Job, replace: bool = False) -> ScheduleStatus:
        """`replace` does not apply: each data folder has its own line."""
        with schedule_lock(self.env, msg("the crontab")):
            text = self._read()
            lines = split_lines(text)
            new = cron_line(job, self.env.bus_socket) + "\n"
            ours = self._ours(lines, job)
            if ours:  # in place of the old one, so the user's order stays as it was
                first = min(ours)
                lines = [new if i == first else line for i, line in enumerate(lines)
                         if i == first or i not in ours]
            elif not text or text.endswith("\n"):
                lines.append(new)
            else:  # keep the unterminated last line last and unterminated, as it was
                lines.insert(len(lines) - 1, new)
            self._write(join_lines(lines))
        return self.status(job)

    def remove(self, job: Job) -> bool:
        with schedule_lock(self.env, msg("the crontab")):
            lines = split_lines(self._read())
            ours = set(self._ours(lines, job))
            if not ours:
                return False
            self._write(join_lines([line for i, line in enumerate(lines) if i not in ours]))
        return True

    def status(self, job: Job) -> ScheduleStatus:
        lines = split_lines(self._read())
        ours = self._ours(lines, job)
        if not ours:
            return ScheduleStatus(False, NAME, location="crontab")
        line = parse_line(lines[ours[0]])
        assert line is not None  # _ours parsed it
        written = parse_line(cron_line(job, self.env.bus_socket))
        assert written is not None
        status = status_of(NAME, job, _found(line), written.command)
        if status.active and not self.env.bus_socket.is_socket():
            note = msg("no session bus listens at {socket} now, so a run started while you "
                       "are logged out cannot read the sign-in from the keychain (a systemd "
                       "user timer is better)", socket=str(self.env.bus_socket))
            status = _with_note(status, note)
        return status


def _with_note(status: ScheduleStatus, note: Message) -> ScheduleStatus:
    if status.note:
        note = msg("{first}; {second}", first=status.note, second=note)
    return dataclasses.replace(status, note=note)


__all__ = ["CronScheduler", "SchedulingError", "cron_interval", "cron_line", "cron_words"]
