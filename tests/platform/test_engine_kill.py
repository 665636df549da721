"""A real sync process killed (SIGKILL) in the middle of its push, then resumed: the
server ends up with exactly the shared users, no duplicates, and the killed run is
reported as incomplete (its directory part applied), never as a success."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from idp_wizard.core.platform_state import counts
from idp_wizard.core.records import ProviderName
from idp_wizard.core.runs import PLATFORM_INTERRUPTED, RunStatus, list_runs
from idp_wizard.core.users import synced_rows
from idp_wizard.demo.memory_keyring import MemoryKeyring
from tests.platform.engine import (
    NOW,
    assert_platform_holds_the_shared,
    open_platform_app,
    ours,
    platform_app,
)
from tests.platform.helpers import TOKEN, Rig
from tests.processes import child, kill, wait_for

pytestmark = pytest.mark.platform

# A scheduled sync whose requests are slowed down; it says when 15 users were created.
CHILD = """
import sys, time
from datetime import datetime
from pathlib import Path
import httpx
from idp_wizard.compose import open_app
from idp_wizard.demo.memory_keyring import MemoryKeyring
from idp_wizard.paths import ProfilePaths
from idp_wizard.sign_in import AuthEnv

data, token, now = sys.argv[1], sys.argv[2], datetime.fromisoformat(sys.argv[3])

class Slow(httpx.HTTPTransport):
    created = 0
    def handle_request(self, request):
        response = super().handle_request(request)
        if request.method == "POST":
            Slow.created += 1
            if Slow.created == 15:
                print("pushing", flush=True)
            time.sleep(0.05)
        return response

keychain = MemoryKeyring()
keychain.set_password("IdP Wizard/demo", "scim-token", token)
env = AuthEnv(keyring_backend=keychain, platform_transport=Slow())
open_app(ProfilePaths(Path(data), demo=True), clock=lambda: now,
         auth_env=env).sync_service().run(trigger="schedule")
print("finished", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_mid_push_resumes_without_duplicates(tmp_path: Path, real_rig: Rig) -> None:
    real_rig.faults.no_bulk = True  # saved with the target: one request per user
    keychain = MemoryKeyring()
    app = platform_app(tmp_path, real_rig, ProviderName.ENTRA, size=60, keyring=keychain)
    app.close()
    with child(CHILD, str(tmp_path), TOKEN, NOW.isoformat()) as proc:
        wait_for(proc, "pushing")
        kill(proc)

    on_server = len(ours(real_rig))
    app = open_platform_app(tmp_path, real_rig, None, keychain)  # judges the killed run
    try:
        shared = len(synced_rows(app.store))
        assert 15 <= on_server < shared  # killed mid-push; the directory part had committed
        killed = list_runs(app.store)[0]
        assert killed.status is RunStatus.INCOMPLETE and killed.error == str(PLATFORM_INTERRUPTED)
        recorded = counts(app.store).provisioned
        assert recorded < on_server  # answers the killed process never wrote down

        outcome = app.sync_service().run()
        p = outcome.platform
        assert outcome.status == "succeeded" and p is not None and p.status == "delivered"
        assert p.adopted == on_server - recorded  # looked up before being sent again
        assert p.created == shared - on_server
        assert_platform_holds_the_shared(app, real_rig)
    finally:
        app.close()
