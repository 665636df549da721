"""A stand-in for `crontab` that keeps the table in a scratch file, so tests exercise
the cron backend end to end without touching the machine's real crontab.

    scratch_crontab.py FILE -l    print the table (or "no crontab for <user>", exit 1)
    scratch_crontab.py FILE -     replace the table with stdin

With SCRATCH_CRONTAB_READ_DELAY=SECONDS, `-l` reads the table, then waits that long
before printing it: a slow crontab, so two writers that do not take turns overwrite
each other's change (what the crontab lock prevents).
"""

from __future__ import annotations

import getpass
import os
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    table, action = Path(argv[1]), argv[2]
    if action == "-l":
        if not table.exists():
            print(f"no crontab for {getpass.getuser()}", file=sys.stderr)
            return 1
        data = table.read_bytes()
        time.sleep(float(os.environ.get("SCRATCH_CRONTAB_READ_DELAY", "0")))
        sys.stdout.buffer.write(data)  # byte for byte
        return 0
    if action == "-":
        table.write_bytes(sys.stdin.buffer.read())
        return 0
    print(f"scratch crontab: unsupported {action!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
