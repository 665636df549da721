"""Where a profile's files live. Everything is relative to one data folder, which
`--data-dir` / IDP_WIZARD_DATA_DIR replace (tests always do)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from idp_wizard.core.errors import StoreError, UsageError
from idp_wizard.core.messages import msg

APP_NAME = "IdP Wizard"
ENV_DATA_DIR = "IDP_WIZARD_DATA_DIR"


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env is not None and not env.strip():  # like --data-dir "": never "." by accident
        raise UsageError(msg("{variable} is set but empty; name a folder or unset it",
                             variable=ENV_DATA_DIR))
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

    def client_locks(self) -> list[Path]:
        """The lock files of this profile's clients (removed clients' are deleted)."""
        return [self.sync_lock, *sorted(self.data_dir.glob(f"{self.name}.client-*.lock"))]

    def backups(self) -> list[Path]:
        """Copies written before schema migrations (idp-wizard.sqlite3.v1.bak, ...)."""
        return sorted(self.data_dir.glob(f"{self.database.name}.v*.bak"))

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def own_files(self) -> list[Path]:
        """Every file the app keeps in the data folder for this profile (and the other
        one): nothing the admin asks for (an export) may be written over them."""
        files = []
        for profile in (ProfilePaths(self.data_dir, demo=False),
                        ProfilePaths(self.data_dir, demo=True)):
            db = profile.database
            files += [db, profile.sync_lock, *(db.with_name(db.name + suffix)
                                               for suffix in ("-wal", "-shm", "-journal"))]
            files += sorted(self.data_dir.glob(f"{db.name}.v*.bak"))
            files += sorted(self.data_dir.glob(f"{profile.name}.client-*.lock*"))  # clients
        if self.log_dir.is_dir():
            files += sorted(self.log_dir.iterdir())
        return files

    def guard_output(self, target: Path) -> None:
        """Refuse to write an export over the app's own files or its data folder, or
        into a folder that does not exist (`users --output`, `diagnostics export`)."""
        try:
            resolved = target.expanduser().resolve()
        except RuntimeError:  # "~nobody/x", a symlink loop (3.11): the write says why
            resolved = target.absolute()
        own = {f.resolve() for f in self.own_files()}
        if resolved in own or resolved in (self.data_dir.resolve(), self.log_dir.resolve()):
            raise UsageError(msg("{path} is one of IdP Wizard's own files; choose another file "
                                 "name", path=str(target)))
        try:
            folder = resolved.is_dir()
        except OSError:  # a name too long, a folder not ours to read: the write says why
            folder = False
        if folder:
            raise UsageError(msg("{path} is a folder; name a file", path=str(target)))
        missing = _missing_folder(target)
        if missing is not None:  # a mistyped folder is never created: it is said
            raise UsageError(msg("Cannot write {path}: the folder {folder} does not exist; "
                                 "create it first or choose another folder",
                                 path=str(target), folder=str(missing)))

    def check(self) -> None:
        """The database and the sync lock must be files (or not exist yet)."""
        for path, what in ((self.database, msg("database")), (self.sync_lock, msg("sync lock"))):
            if path.is_dir():
                raise StoreError(msg(
                    "{path} is a folder, but IdP Wizard keeps its {what} file there; move the "
                    "folder away or choose another data folder (--data-dir).", path=str(path),
                    what=what))


def _missing_folder(target: Path) -> Path | None:
    """The outermost folder on the way to `target` (as written) that does not exist,
    if any; None also where a file stands in the way or the path cannot be checked
    (the write says why)."""
    missing, folder = None, target.parent
    try:
        while not folder.exists() and folder.parent != folder:
            missing, folder = folder, folder.parent
        return missing if folder.is_dir() else None
    except OSError:
        return None


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
