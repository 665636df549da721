"""A sync asked for while another process removes (or disconnects) the client: it
cannot take the client's lock. A trial found it saying "A sync is already running for
this client", and a scheduled one "the next scheduled run syncs it", while no sync ran
and none would come; both say what is going on now."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from idp_wizard.core.locks import being_removed
from tests.clients.helpers import connected_clients, demo_profile
from tests.clients.test_remove_resumed import STALL_IN_REMOVAL
from tests.processes import child, kill, wait_for


def _cli(data: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "idp_wizard", "--demo", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "IDP_WIZARD_DATA_DIR": str(data)})


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_sync_while_the_client_is_being_removed_says_so(data_dir: Path) -> None:
    profile = demo_profile(data_dir, demo_size=300)
    try:
        connected_clients(profile, 2, first_name="A")
    finally:
        profile.close()
    said = str(being_removed())
    with child(STALL_IN_REMOVAL, str(data_dir), "A") as removal:
        wait_for(removal, "queued")  # it holds A's lock, its stop note beside it
        now = _cli(data_dir, "--client", "A", "sync")
        scheduled = _cli(data_dir, "--client", "A", "sync", "--scheduled")
        out, err = now.communicate(timeout=60)
        assert (now.returncode, out, err) == (1, "", f"idp-wizard: error: {said}\n")
        out, err = scheduled.communicate(timeout=60)
        assert (scheduled.returncode, out, err) == (0, f"{said}\n", "")
        kill(removal)
