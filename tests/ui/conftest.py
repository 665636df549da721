"""Fixtures of the GUI tests (a module may define its own `app` instead)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.paths import ProfilePaths

from .panel_support import connected_app


@pytest.fixture
def app(tmp_path: Path) -> Iterator[App]:
    """A demo profile, nothing connected yet."""
    a = open_app(ProfilePaths(tmp_path / "profile", demo=True), demo_size=200)
    yield a
    a.close()


@pytest.fixture
def connected(data_dir: Path) -> Iterator[App]:
    """A demo profile connected to Entra, after its first sync."""
    a = connected_app(data_dir)
    yield a
    a.close()
