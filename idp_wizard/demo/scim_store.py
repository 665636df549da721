"""scim2-server's in-memory storage, kept on disk so the demo platform survives restarts.

Every write is appended to a journal (one JSON line, flushed to the OS at once, so a
killed process loses nothing it answered); the journal is folded into a snapshot that
is replaced atomically (write a temporary file, fsync, rename) when it grows as large
as the data, and when the platform is closed. Loading reads the snapshot, replays the
journal (a torn last line is ignored) and compacts. Files and folder are owner-only:
the demo employees are personal data, even if invented.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import IO, Any, cast

from scim2_models import Resource, ResourceType, ScimProvider

from idp_wizard.core.errors import IdpWizardError
from idp_wizard.demo.scim_compact import CompactStorage

log = logging.getLogger(__name__)
SNAPSHOT = "scim-platform.json"
JOURNAL = "scim-platform.journal"
FORMAT = 1
_VERSION = re.compile(r'"version":"W/\\"(\d+)\\""')  # in a stored resource's JSON


def _owner_only_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)


def _open_private(path: Path, mode: str) -> IO[str]:
    """Open for writing, created 0600 (never readable by others, not even briefly)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    return os.fdopen(os.open(path, flags, 0o600), mode, encoding="utf-8")


class PersistentStorage(CompactStorage):
    """scim2-server's in-memory storage (compact: see scim_compact.py) whose state lives
    in `folder` (None: memory only)."""

    def __init__(self, provider: ScimProvider, folder: Path | None) -> None:
        types = {rt.name: rt for rt in provider.resource_types if rt.name}
        models: dict[str, type[Resource[Any]]] = {
            name: cast("type[Resource[Any]]", provider.model_for(rt))
            for name, rt in types.items()}
        super().__init__(models)
        self.folder = folder
        self._types = types
        self._models = models
        self._journal: IO[str] | None = None
        self._journal_entries = 0
        if folder is not None:
            _owner_only_dir(folder)
            self._load(folder)  # may compact, which opens a fresh journal
            if self._journal is None:
                self._journal = _open_private(folder / JOURNAL, "a")

    # -- writes: applied in memory, then journalled under the same lock -------------

    def create(self, resource_type: ResourceType, resource: Resource[Any]) -> Resource[Any]:
        with self.lock:
            stored = super().create(resource_type, resource)
            self._log({"op": "put", "resource": stored.model_dump()})
            return stored

    def update(self, resource_type: ResourceType, resource: Resource[Any], *,
               expected_version: str | None = None) -> Resource[Any]:
        with self.lock:
            stored = super().update(resource_type, resource, expected_version=expected_version)
            self._log({"op": "put", "resource": stored.model_dump()})
            return stored

    def delete(self, resource_type: ResourceType, resource_id: str, *,
               expected_version: str | None = None) -> None:
        with self.lock:
            super().delete(resource_type, resource_id, expected_version=expected_version)
            self._log({"op": "del", "type": resource_type.name, "id": resource_id})

    def _log(self, entry: dict[str, Any]) -> None:
        if self._journal is None:
            return
        self._journal.write(json.dumps(entry, separators=(",", ":")) + "\n")
        self._journal.flush()
        self._journal_entries += 1
        if self._journal_entries > max(1000, sum(map(len, self._resources.values()))):
            self.compact()  # amortised: the snapshot costs no more than the writes since

    # -- snapshot -----------------------------------------------------------------

    def compact(self) -> None:
        """Write the snapshot atomically, then start an empty journal."""
        if self.folder is None:
            return
        with self.lock:
            fd, tmp = tempfile.mkstemp(prefix=".scim-", dir=self.folder)  # created 0600
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    # The stored JSON texts as they are: nothing is read back into models.
                    out.write(f'{{"format":{FORMAT},"resources":[')
                    for i, text in enumerate(self.texts()):
                        out.write("," + text if i else text)
                    out.write("]}")
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, self.folder / SNAPSHOT)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            if self._journal is not None:
                self._journal.close()
            self._journal = _open_private(self.folder / JOURNAL, "w")
            self._journal_entries = 0

    def close(self) -> None:
        with self.lock:
            if self._journal is not None:
                self.compact()
                self._journal.close()
                self._journal = None

    # -- loading ------------------------------------------------------------------

    def _load(self, folder: Path) -> None:
        try:
            self._read(folder)
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            # pydantic's ValidationError is a ValueError. The files are left as they are.
            raise IdpWizardError(
                f"The demo platform's saved state in {folder} cannot be read "
                f"({type(exc).__name__}); remove that folder to start the demo platform "
                "afresh.") from None

    def _read(self, folder: Path) -> None:
        found: dict[tuple[str, str], Resource[Any]] = {}
        snapshot, journal = folder / SNAPSHOT, folder / JOURNAL
        if snapshot.exists():
            data = json.loads(snapshot.read_text(encoding="utf-8"))
            for item in data.get("resources", []):
                self._keep(found, item)
        replayed = 0
        if journal.exists():
            for line in journal.read_text(encoding="utf-8").splitlines():
                try:
                    entry = json.loads(line)
                except ValueError:
                    log.warning("demo platform: ignoring a torn journal line")
                    continue
                replayed += 1
                if entry.get("op") == "put":
                    self._keep(found, entry["resource"])
                elif entry.get("op") == "del":
                    found.pop((str(entry["type"]), str(entry["id"])), None)
        self.resources = list(found.values())
        self._resume_versions()
        if replayed:
            self.compact()

    def _keep(self, found: dict[tuple[str, str], Resource[Any]], item: dict[str, Any]) -> None:
        kind = str((item.get("meta") or {}).get("resourceType", ""))
        model = self._models.get(kind)
        if model is None:
            log.warning("demo platform: ignoring a stored resource of unknown type")
            return
        resource = model.model_validate(item)
        found[(kind, str(resource.id))] = resource

    def _resume_versions(self) -> None:
        """ETags keep counting up after a restart (an old ETag never matches again)."""
        last = 0
        for text in self.texts():
            for m in _VERSION.finditer(text):
                last = max(last, int(m.group(1)))
        self.versions = itertools.count(last + 1)
