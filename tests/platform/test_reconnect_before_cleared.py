"""Disconnect while the platform is down, then connect again before a second disconnect
finished the removals: the removals still queued become the new connection's users
again, nothing is deleted and created anew, nothing is duplicated."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.app_platform import PlatformNotCleared
from idp_wizard.core.records import ProviderName
from tests.flows import connect
from tests.platform.engine import assert_platform_holds_the_shared, ours, platform_app
from tests.platform.helpers import Rig

pytestmark = pytest.mark.platform


@pytest.mark.parametrize("provider", [ProviderName.ENTRA, ProviderName.GOOGLE])
def test_connecting_again_before_the_platform_was_cleared(tmp_path: Path, real_rig: Rig,
                                                          provider: ProviderName) -> None:
    app = platform_app(tmp_path, real_rig, provider, size=40)
    assert app.sync_service().run().status == "succeeded"
    there = len(ours(real_rig))
    real_rig.faults.unavailable = 10_000
    with pytest.raises(PlatformNotCleared):
        app.disconnect()
    real_rig.faults.unavailable = 0
    connect(app, provider)
    outcome = app.sync_service().run()
    assert outcome.status == "succeeded" and outcome.platform is not None
    assert (outcome.platform.created, outcome.platform.deleted) == (0, 0)
    held = assert_platform_holds_the_shared(app, real_rig)
    assert len(held) == there
    again = app.sync_service().run(reconcile=True)
    assert again.platform is not None and again.platform.status == "delivered"
    assert assert_platform_holds_the_shared(app, real_rig) == held
