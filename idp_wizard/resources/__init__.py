"""Small static files (logos) shipped inside the package."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(name: str) -> Path:
    return Path(str(files(__name__) / name))


def app_icon_paths() -> list[Path]:
    """The application icon in every size tools/make_icons.py drew (16 to 1024 px)."""
    folder = resource_path("icons")
    return sorted(folder.glob("app_icon_*.png"),
                  key=lambda p: int(p.stem.rsplit("_", 1)[1])) if folder.is_dir() else []
