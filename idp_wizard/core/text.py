"""Quoting values from files, options and directories inside messages, and telling
text that has no place in a value.

A message quotes what it refuses, but never echoes a 100,000-character value whole:
`shown()` cuts it and says how long it was. `repr` escapes invalid text (lone
surrogates, control characters), so printing a message can never fail on it.
"""

from __future__ import annotations

import re

from idp_wizard.core.messages import Message, msg

SHOWN_LIMIT = 60
# Lone surrogates (not Unicode text: cannot be saved or printed as UTF-8), control
# characters (C0, DEL, C1) and the non-characters U+FDD0..FDEF, U+xFFFE/xFFFF.
_INVALID = re.compile(
    "[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(1, 17))
    + "]"
)


def shown(value: object, limit: int = SHOWN_LIMIT) -> str | Message:
    """`value` quoted for a message, cut to about `limit` characters."""
    text = str(value)
    if len(text) <= limit:
        return repr(text)
    return msg("{value}… ({length} characters)", value=repr(text[:limit]), length=len(text))


def invalid_character(text: str) -> Message | None:
    """The first character that has no place in a value, described ("a lone surrogate
    U+D800"), or None when the text is fine."""
    m = _INVALID.search(text)
    if m is None:
        return None
    code = ord(m.group())
    if 0xD800 <= code <= 0xDFFF:
        return msg("a lone surrogate {code} (not valid Unicode text)", code=f"U+{code:04X}")
    if code <= 0x9F:
        return msg("the control character {code}", code=f"U+{code:04X}")
    return msg("the non-character {code}", code=f"U+{code:04X}")


def _replacement(m: re.Match[str]) -> str:
    return " " if ord(m.group()) <= 0x9F else "\ufffd"


def replace_invalid(text: str) -> str:
    """`text` with control characters as spaces, lone surrogates and non-characters as
    U+FFFD: what a directory value may hold and no store, terminal or platform should."""
    return _INVALID.sub(_replacement, text)
