"""cron, where no systemd user manager runs: one marked line in the user's crontab.

cron cannot express every interval: the minute field's `*/N` restarts at each full
hour, so `*/40` would run at :00 and :40 (gaps of 40 and 20 minutes). We round down to
the nearest interval cron repeats evenly (a divisor of 60 minutes, or of 24 hours) so a
sync is never later than asked, and keep the requested interval in the marker.

cron starts jobs without the user's D-Bus session, and the Secret Service keychain
(GNOME Keyring, KWallet) is reached over it: the line points DBUS_SESSION_BUS_ADDRESS
at the user's session bus (/run/user/<uid>/bus) whenever that socket exists, i.e.
while the user is logged in. Otherwise the run says the keychain cannot be reached.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from idp_wizard.core.messages import Message, msg
from idp_wizard.scheduling.base import Job, ScheduleEnv, ScheduleStatus, SchedulingError, check

NAME = "cron"
_MINUTE_STEPS = (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30)
_HOUR_STEPS = (1, 2, 3, 4, 6, 8, 12, 24)
_MARKER_RE = re.compile(r"#\s*(?P<slug>idp-wizard(?:-demo)?-sync)\s+interval=(?P<n>\d+)\s*$")


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


def cron_line(job: Job, bus: Path | None = None) -> str:
    # /bin/sh runs the command: quote each argument; `%` means newline to cron.
    command = " ".join(shlex.quote(a) for a in job.argv)
    if bus is not None:
        command = bus_prefix(bus) + command
    return (f"{schedule_fields(job.interval_minutes)} {command.replace('%', chr(92) + '%')} "
            f">/dev/null 2>&1 # {job.slug} interval={job.interval_minutes}")


def _is_ours(line: str, slug: str) -> bool:
    m = _MARKER_RE.search(line)
    return m is not None and m.group("slug") == slug


class CronScheduler:
    name = NAME

    def __init__(self, env: ScheduleEnv) -> None:
        self.env = env

    def available(self) -> bool:
        result = self.env.run([*self.env.crontab, "-l"], None)
        return result.returncode != 127

    def _read(self) -> list[str]:
        result = self.env.run([*self.env.crontab, "-l"], None)
        if result.returncode == 127:
            raise SchedulingError(msg("Neither a systemd user session nor cron (crontab) is "
                                      "available to schedule syncs on this computer."))
        if result.returncode != 0:  # "no crontab for <user>" is an empty crontab
            if "no crontab" in result.stderr.lower():
                return []
            check(result, msg("Reading the crontab (crontab -l)"))
        return result.stdout.splitlines()

    def _write(self, lines: list[str]) -> None:
        text = "".join(f"{line}\n" for line in lines)
        check(self.env.run([*self.env.crontab, "-"], text),
              msg("Writing the crontab (crontab -)"))

    def install(self, job: Job) -> ScheduleStatus:
        lines = [line for line in self._read() if not _is_ours(line, job.slug)]
        self._write([*lines, cron_line(job, self.env.bus_socket)])
        return self.status(job)

    def remove(self, job: Job) -> bool:
        lines = self._read()
        kept = [line for line in lines if not _is_ours(line, job.slug)]
        if len(kept) == len(lines):
            return False
        self._write(kept)
        return True

    def status(self, job: Job) -> ScheduleStatus:
        for line in self._read():
            m = _MARKER_RE.search(line)
            if m and m.group("slug") == job.slug:
                n = int(m.group("n"))
                notes: list[Message] = [] if cron_interval(n) == n else [msg(
                    "cron runs it every {minutes} minutes (the nearest interval cron repeats "
                    "evenly)", minutes=str(cron_interval(n)))]
                if not self.env.bus_socket.is_socket():
                    notes.append(msg("no session bus listens at {socket} now, so a run "
                                     "started while you are logged out cannot read the "
                                     "sign-in from the keychain (a systemd user timer is "
                                     "better)", socket=str(self.env.bus_socket)))
                note: Message | str = notes[0] if notes else ""
                if len(notes) == 2:
                    note = msg("{first}; {second}", first=notes[0], second=notes[1])
                return ScheduleStatus(True, NAME, n, "crontab", True, note)
        return ScheduleStatus(False, NAME, location="crontab")


__all__ = ["CronScheduler", "SchedulingError", "cron_interval", "cron_line"]
