"""`clients remove` leaves nothing of the client in the data folder. A trial found a
removed demo client's embedded platform folder (`demo-platform/client-N/`, its snapshot,
journal and lock) left behind for good: ids are never reused, so nothing ever used or
deleted it. It goes with the client now, and `demo-platform/` with the last one; only a
completed removal deletes it (one cut short keeps it: tests/clients/test_remove_resumed.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.clients.helpers import connected_clients, demo_profile

PLATFORM_FILES = ("scim-platform.journal", "scim-platform.json", "scim-platform.lock")


def _listing(data: Path) -> list[str]:
    return sorted(p.relative_to(data).as_posix() for p in data.rglob("*")
                  if p.parts[len(data.parts)] != "logs")  # the log only grows


def _remove(data: Path, name: str) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-m", "idp_wizard", "--demo", "clients", "remove",
                           name, "--yes"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "IDP_WIZARD_DATA_DIR": str(data)})
    return done.returncode, done.stderr


@pytest.mark.platform
def test_a_removed_client_leaves_no_folder(data_dir: Path) -> None:
    profile = demo_profile(data_dir, demo_size=60)
    try:
        connected_clients(profile, 2, first_name="A")
    finally:
        profile.close()
    both = ["demo-platform",
            "demo-platform/client-1", *(f"demo-platform/client-1/{f}" for f in PLATFORM_FILES),
            "demo-platform/client-2", *(f"demo-platform/client-2/{f}" for f in PLATFORM_FILES),
            "demo.client-2.lock", "demo.sqlite3", "demo.sync.lock"]
    assert _listing(data_dir) == both

    assert _remove(data_dir, "Client 02") == (0, "")
    assert _listing(data_dir) == [
        "demo-platform",
        "demo-platform/client-1", *(f"demo-platform/client-1/{f}" for f in PLATFORM_FILES),
        "demo.sqlite3", "demo.sync.lock"]

    assert _remove(data_dir, "A") == (0, "")  # the last one: the profile gets a new one
    assert _listing(data_dir) == ["demo.sqlite3"]
