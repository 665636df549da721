"""Fixtures: a real `scim2-server` process (started once per session, emptied before
each test), the in-process demo platform, and fault injection around either."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from idp_wizard.demo.scim_faults import FaultyTransport, ScimFaults
from idp_wizard.demo.scim_platform import DemoPlatform
from tests.platform.helpers import TOKEN, Rig, ScimServerProcess, Sleeps


@pytest.fixture(scope="session")
def scim_process() -> Iterator[ScimServerProcess]:
    server = ScimServerProcess()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def real_server(scim_process: ScimServerProcess) -> ScimServerProcess:
    """The session's real server, empty."""
    if scim_process.proc is None or scim_process.proc.poll() is not None:
        scim_process.start()
    scim_process.wipe()
    return scim_process


@pytest.fixture
def demo() -> Iterator[DemoPlatform]:
    platform = DemoPlatform(None, token=TOKEN)
    yield platform
    platform.close()


@pytest.fixture
def rig(demo: DemoPlatform) -> Rig:
    """The in-process scim2-server behind the fault transport."""
    faults = ScimFaults()
    return Rig(demo.base_url, faults, FaultyTransport(demo.transport(), faults), Sleeps())


@pytest.fixture
def real_rig(real_server: ScimServerProcess) -> Rig:
    """The real scim2-server process behind the fault transport."""
    faults = ScimFaults()
    return Rig(real_server.url, faults, FaultyTransport(httpx.HTTPTransport(), faults),
               Sleeps())
