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
_INVALID_SET = (
    "\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(p * 0x10000 + 0xFFFE)}{chr(p * 0x10000 + 0xFFFF)}" for p in range(1, 17))
)
_INVALID = re.compile(f"[{_INVALID_SET}]")
# Also no place in a directory value shown to an admin: the bidirectional embeddings,
# overrides and isolates (U+202A-U+202E, U+2066-U+2069) are invisible yet reorder the
# text around them ("Trojan Source": a name that reads as another), and the line and
# paragraph separators (U+2028/U+2029) break a table row or a terminal line. Arabic or
# Hebrew letters and the plain marks (U+200E/U+200F) are text: left alone.
_BIDI = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
_SHOWN_WRONG = re.compile(f"[{_INVALID_SET}\u2028\u2029\u202a-\u202e\u2066-\u2069]")


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
    return None if m is None else _described(ord(m.group()))


def unshowable_character(text: str) -> Message | None:
    """`invalid_character`, also naming what a directory value shown to an admin must
    not hold (bidirectional controls, line and paragraph separators)."""
    m = _SHOWN_WRONG.search(text)
    return None if m is None else _described(ord(m.group()))


def _described(code: int) -> Message:
    if code in _BIDI:
        return msg("the bidirectional control character {code}", code=f"U+{code:04X}")
    if code in (0x2028, 0x2029):
        return msg("the line or paragraph separator {code}", code=f"U+{code:04X}")
    if 0xD800 <= code <= 0xDFFF:
        return msg("a lone surrogate {code} (not valid Unicode text)", code=f"U+{code:04X}")
    if code <= 0x9F:
        return msg("the control character {code}", code=f"U+{code:04X}")
    return msg("the non-character {code}", code=f"U+{code:04X}")


def _replacement(m: re.Match[str]) -> str:
    code = ord(m.group())
    if code <= 0x9F or code in (0x2028, 0x2029):
        return " "
    # Invisible: dropped, so a name reads in its own order (a U+FFFD would mar a
    # legitimate right-to-left name that an HR system wrapped in isolates).
    return "" if code in _BIDI else "\ufffd"


def _in_address(m: re.Match[str]) -> str:
    return " " if ord(m.group()) in _BIDI else _replacement(m)


def replace_unshowable(text: str, address: bool = False) -> str:
    """`text` with control characters and line and paragraph separators as spaces,
    lone surrogates and non-characters as U+FFFD, and bidirectional controls dropped
    (see `unshowable_character`). In an `address` a bidirectional control becomes a
    space instead, so the address is refused as invalid rather than turning into
    another, valid one ("ceo\u202e@x" -> "ceo@x")."""
    return _SHOWN_WRONG.sub(_in_address if address else _replacement, text)
