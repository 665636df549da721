"""Deterministic identifiers and e-mail local parts for the demo tenant."""

from __future__ import annotations

import functools
import hashlib
import unicodedata


def digest(*parts: object) -> str:
    """32 hex digits derived from `parts` only: the same input gives the same id."""
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


def guid(*parts: object) -> str:
    """A deterministic GUID-shaped string (Entra object ids)."""
    h = digest(*parts)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def int_guid(kind: str, seed: int, key: int) -> str:
    """`guid(kind, seed, key)` for int seed and key, without the tuple's repr (the fakes
    make two for every user they serve)."""
    h = hashlib.blake2b(f"({kind!r}, {seed}, {key})".encode(), digest_size=16).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


@functools.lru_cache(maxsize=8192)
def ascii_local(text: str, sep: str = ".") -> str:
    """An e-mail local part from a name: "Zoë Groß" → "zoe.gross" ("" for CJK). Kept for
    the names seen last: a tenant's people share a few hundred of them."""
    text = text.lower().replace("ß", "ss").replace("ł", "l").replace(" ", sep)
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded if c.isalnum() or c == sep).strip(sep)
