"""`target set` (or its settings, or a client's settings) for a client that another
process removed after the command opened it: the platform test takes seconds over the
network, and the removal does not wait for it (the target is saved under the client's
lock only afterwards). A trial found the target saved anyway: the SCIM token in the
keychain and a target row under the removed client's id, where nothing deletes them
again, and "Platform target set" printed. Now it is refused, with nothing saved."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from idp_wizard.compose import open_profile
from idp_wizard.core.errors import UsageError
from idp_wizard.core.platform_target import TargetSettings
from idp_wizard.demo.memory_keyring import MemoryKeyring
from idp_wizard.paths import ProfilePaths
from tests.clients.helpers import client_rows
from tests.platform.engine import NOW, auth_env
from tests.platform.helpers import TOKEN, Rig

pytestmark = pytest.mark.platform
REMOVED = "This client has been removed"


def test_writes_for_a_client_removed_by_another_process_are_refused(
        tmp_path: Path, rig: Rig) -> None:
    keyring = MemoryKeyring()
    profile = open_profile(ProfilePaths(tmp_path, demo=True), clock=lambda: NOW,
                           demo_size=60, http_sleep=rig.sleeps,
                           auth_env=auth_env(rig, keyring))
    try:
        client = profile.add("Gone")
        app = profile.open(client.id)  # the command has opened its client
        try:
            removal = subprocess.run(
                [sys.executable, "-m", "idp_wizard", "--demo", "clients", "remove",
                 "Gone", "--yes"], capture_output=True, text=True, timeout=60,
                env={**os.environ, "IDP_WIZARD_DATA_DIR": str(tmp_path)})
            assert (removal.returncode, removal.stderr) == (0, "")
            with pytest.raises(UsageError, match=REMOVED):
                app.platform.set_target(rig.url, TOKEN)
            with pytest.raises(UsageError, match=REMOVED):
                app.platform.save_settings(TargetSettings(deactivate=True))
            with pytest.raises(UsageError, match=REMOVED):
                app.save_settings({"max_deletions": 5})
        finally:
            app.close()
        assert keyring.entries == {}
        rows = client_rows(profile.store, client.id)
        assert {t: len(r) for t, r in rows.items()} == {
            t: 1 if t in ("clients", "audit_log") else 0 for t in rows}
        assert [r[4] for r in rows["audit_log"]] == ["client.remove"]
    finally:
        profile.close()
