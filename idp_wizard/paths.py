"""Where a profile's files live. Everything is relative to one data folder, which
`--data-dir` / IDP_WIZARD_DATA_DIR replace (tests always do)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "IdP Wizard"
ENV_DATA_DIR = "IDP_WIZARD_DATA_DIR"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


@dataclass(frozen=True)
class ProfilePaths:
    data_dir: Path
    demo: bool

    @property
    def name(self) -> str:
        return "demo" if self.demo else "idp-wizard"

    @property
    def database(self) -> Path:
        return self.data_dir / f"{self.name}.sqlite3"

    @property
    def sync_lock(self) -> Path:
        """The first client's lock (its name predates clients)."""
        return self.data_dir / f"{self.name}.sync.lock"

    def client_lock(self, client_id: int) -> Path:
        """The lock every write of one client holds (see core/locks.py)."""
        return self.sync_lock if client_id == 1 else self.data_dir / (
            f"{self.name}.client-{client_id}.lock")

    def backups(self) -> list[Path]:
        """Copies written before schema migrations (idp-wizard.sqlite3.v1.bak, ...)."""
        return sorted(self.data_dir.glob(f"{self.database.name}.v*.bak"))

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"


def make_private_dir(path: Path) -> None:
    """Create `path` (and missing parents) readable by the owner only. An existing
    folder is left as it is: the admin may have chosen a shared one on purpose."""
    missing = []
    probe = path
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
