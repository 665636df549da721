"""A sync asked for while another process removes (or disconnects) the client: it
cannot take the client's lock. A trial found it saying "A sync is already running for
this client", a scheduled one "the next scheduled run syncs it", while no sync ran and
none would come, and `sync --all-clients` failing (exit 1) for it; they say what is
going on now, and `sync --all-clients` skips that client and syncs the others."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from idp_wizard.core.clock import utc_now
from idp_wizard.core.locks import being_removed
from tests.clients.helpers import connected_clients, demo_profile
from tests.clients.test_remove_resumed import STALL_IN_REMOVAL
from tests.processes import child, kill, wait_for

# Removes the client, but stops for good where it would disconnect it: holding the
# client's lock with its stop note, the connection not yet forgotten.
STALL_BEFORE_FORGET = STALL_IN_REMOVAL.replace(
    "app_platform.PlatformOps.finish_disconnect = stall",
    "import idp_wizard.app as app_module\napp_module.App.disconnect = stall")


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


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_all_clients_skips_a_client_being_removed(data_dir: Path) -> None:
    # The real clock, as the command line's: with the helpers' fixed one (2025) the
    # demo tenants had churned ~45,000 rounds by now, one more every 20 minutes, and
    # the count below changed with the time of day.
    profile = demo_profile(data_dir, demo_size=300, clock=utc_now)
    try:
        connected_clients(profile, 2, first_name="A", sync=False)
    finally:
        profile.close()
    with child(STALL_BEFORE_FORGET, str(data_dir), "A") as removal:
        wait_for(removal, "queued")  # A is still connected, its lock held
        every = _cli(data_dir, "sync", "--all-clients", "--json")
        out, err = every.communicate(timeout=60)
        kill(removal)
    assert (every.returncode, err) == (0, ""), out[-1500:]
    a, other = json.loads(out)["clients"]
    assert (a["client"], a["status"], a["error"]) == ("A", "skipped", str(being_removed()))
    assert (other["client"], other["status"], other["added"]) == (
        "Client 02", "succeeded", 278)
