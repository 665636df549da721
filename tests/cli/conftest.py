"""Fixtures of the command-line tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.cli import main


@pytest.fixture
def connected(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Path:
    """A demo profile connected to the 250-employee Entra demo tenant (data folder)."""
    data = tmp_path / "d"
    assert main(["--data-dir", str(data), "--demo", "connect", "--provider", "entra"]) == 0
    capsys.readouterr()
    return data
