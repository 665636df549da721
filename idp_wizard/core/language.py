"""Map a provider's language tag (BCP 47-ish, often sloppy) to a platform language.

Order: exact match → base language (de-AT → de) → the configured default. The raw
value is always kept beside the result so nothing the provider said is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

# Languages the platform offers; configurable per installation.
DEFAULT_PLATFORM_LANGUAGES: tuple[str, ...] = (
    "en", "en-GB", "de", "fr", "es", "it", "nl", "pt", "pt-BR", "pl", "ja", "zh",
)
DEFAULT_LANGUAGE = "en"

# language[-script][-region][-variant...]; extlang and private use are rare in directories.
_TAG = re.compile(
    r"^(?P<lang>[a-z]{2,3})(?:-(?P<script>[a-z]{4}))?(?:-(?P<region>[a-z]{2}|\d{3}))?"
    r"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*$"
)


class MatchKind(StrEnum):
    EXACT = "exact"
    BASE = "base"
    DEFAULT = "default"  # well-formed, but the platform has no such language
    EMPTY = "empty"  # the provider had no language
    INVALID = "invalid"  # not a language tag at all


@dataclass(frozen=True, slots=True)
class LanguageMatch:
    code: str
    raw: str
    kind: MatchKind


def canonical_tag(raw: str) -> str | None:
    """"de_at" → "de-AT", "zh-hant-tw" → "zh-Hant-TW"; None when not a tag."""
    text = raw.strip().replace("_", "-").lower()
    m = _TAG.match(text)
    if not m:
        return None
    parts = [m["lang"]]
    if m["script"]:
        parts.append(m["script"].title())
    if m["region"]:
        parts.append(m["region"].upper())
    last = "region" if m["region"] else "script" if m["script"] else "lang"
    rest = text[m.end(last):]
    return "-".join(parts) + rest


class LanguageMapper:
    def __init__(
        self,
        languages: tuple[str, ...] = DEFAULT_PLATFORM_LANGUAGES,
        default: str = DEFAULT_LANGUAGE,
    ) -> None:
        by_key = {lang.lower(): lang for lang in languages}
        if default.lower() not in by_key:
            raise ValueError(f"default language {default!r} is not among {languages}")
        self._by_key = by_key
        self.default = by_key[default.lower()]
        self._cache: dict[str, LanguageMatch] = {}

    @property
    def signature(self) -> str:
        """The configuration as text: a mapped language changes when this does."""
        return ",".join(sorted(self._by_key.values())) + "/" + self.default

    def map(self, raw: str | None) -> LanguageMatch:
        raw = raw or ""
        hit = self._cache.get(raw)
        if hit is None:
            hit = self._cache[raw] = self._map(raw)
        return hit

    def _map(self, raw: str) -> LanguageMatch:
        if not raw.strip():
            return LanguageMatch(self.default, raw, MatchKind.EMPTY)
        tag = canonical_tag(raw)
        if tag is None:
            return LanguageMatch(self.default, raw, MatchKind.INVALID)
        exact = self._by_key.get(tag.lower())
        if exact:
            return LanguageMatch(exact, raw, MatchKind.EXACT)
        base = self._by_key.get(tag.split("-", 1)[0].lower())
        if base:
            return LanguageMatch(base, raw, MatchKind.BASE)
        return LanguageMatch(self.default, raw, MatchKind.DEFAULT)
