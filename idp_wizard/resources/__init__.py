"""Small static files (logos) shipped inside the package."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(name: str) -> Path:
    return Path(str(files(__name__) / name))
