"""Fixtures of the clients tests: a settable clock and a demo profile that uses it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from idp_wizard.compose import open_profile
from idp_wizard.paths import ProfilePaths
from idp_wizard.profile import Profile
from tests.clients.helpers import no_sleep
from tests.clients.ui_support import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def profile(data_dir: Path, clock: Clock) -> Iterator[Profile]:
    profile = open_profile(ProfilePaths(data_dir, demo=True), demo_size=40, clock=clock,
                           http_sleep=no_sleep)
    yield profile
    profile.close()
