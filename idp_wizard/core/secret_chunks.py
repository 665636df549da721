"""Secrets larger than one keychain entry, stored as checked chunks.

Windows Credential Manager (keyring's Windows backend) holds at most 2,560 bytes per
entry, counted in UTF-16: 1,280 characters. An MSAL token cache is several times
that. A large value is therefore compressed, base64-encoded and split into chunks of
`CHUNK_CHARS` ASCII characters; a small manifest in the secret's own entry names the
slot, the chunk count and the SHA-256 of the value, so a torn or tampered set of
chunks is detected instead of handed to MSAL. Writes alternate between two slots
("a", "b"): the manifest switches to a complete new set in one write, and the old
set is removed afterwards (see secrets.SecretStore).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import zlib
from dataclasses import dataclass

MAX_ENTRY_BYTES = 2560  # CRED_MAX_CREDENTIAL_BLOB_SIZE, in UTF-16 bytes
CHUNK_CHARS = 1200  # ASCII: 2,400 UTF-16 bytes, under the limit with room to spare
MANIFEST_PREFIX = "idp-wizard-chunks/1 "
SLOTS = ("a", "b")


def fits(value: str) -> bool:
    """Whether `value` fits in one entry of the smallest keychain (Windows)."""
    return len(value.encode("utf-16-le")) <= MAX_ENTRY_BYTES and not value.startswith(
        MANIFEST_PREFIX)


def digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Manifest:
    slot: str
    count: int
    sha256: str

    def text(self) -> str:
        return f"{MANIFEST_PREFIX}{self.slot} {self.count} {self.sha256}"

    def chunk_names(self, name: str) -> list[str]:
        return [chunk_name(name, self.slot, i) for i in range(self.count)]


def chunk_name(name: str, slot: str, index: int) -> str:
    return f"{name}.{slot}{index}"


def parse_manifest(stored: str) -> Manifest | None:
    """The manifest in an entry, or None when the entry holds a value itself."""
    if not stored.startswith(MANIFEST_PREFIX):
        return None
    parts = stored[len(MANIFEST_PREFIX):].split(" ")
    if len(parts) != 3 or parts[0] not in SLOTS or not parts[1].isdigit() or len(parts[2]) != 64:
        return Manifest("", 0, "")  # damaged: reading it fails the integrity check
    return Manifest(parts[0], int(parts[1]), parts[2])


def split(value: str, slot: str) -> tuple[Manifest, list[str]]:
    packed = base64.b64encode(zlib.compress(value.encode("utf-8"), 9)).decode("ascii")
    chunks = [packed[i:i + CHUNK_CHARS] for i in range(0, len(packed), CHUNK_CHARS)]
    return Manifest(slot, len(chunks), digest(value)), chunks


def join(manifest: Manifest, chunks: list[str | None]) -> str | None:
    """The value, or None when a chunk is missing or the whole fails its checksum."""
    if not manifest.slot or any(c is None for c in chunks):
        return None
    try:
        value = zlib.decompress(base64.b64decode("".join(chunks), validate=True)).decode()  # type: ignore[arg-type]
    except (binascii.Error, zlib.error, UnicodeDecodeError, ValueError):
        return None
    return value if digest(value) == manifest.sha256 else None
