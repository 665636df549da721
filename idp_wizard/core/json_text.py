"""Reading JSON an admin wrote by hand: refusing what json would let pass silently
(a key given twice) and saying what is wrong in the admin's language (json's own
reasons are English).
"""

from __future__ import annotations

import json
from typing import Any

from idp_wizard.core.messages import Message, msg


def looks_utf16(raw: bytes) -> bool:
    """Windows' "Unicode" (UTF-16): a byte order mark, or an ASCII character ("{")
    beside a zero byte."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return len(raw) > 1 and raw[0] < 0x80 and raw[1] < 0x80 and (raw[0] == 0) != (raw[1] == 0)


class DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """json's default keeps the last of two equal keys: `"departments": ["Sales"]`
    followed by `"departments": []` would silently share everyone."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise DuplicateKey(key)
        data[key] = value
    return data


# json's reasons (English), as messages; a reason not listed is quoted as it is.
_JSON_REASONS: dict[str, Message] = {
    "Expecting value": msg("a value is missing"),
    "Expecting property name enclosed in double quotes":
        msg("a key in double quotes is expected"),
    "Expecting ':' delimiter": msg("a ':' is missing"),
    "Expecting ',' delimiter": msg("a ',' is missing"),
    "Extra data": msg("more text follows the end of the JSON object"),
    "Unterminated string starting at": msg("a text value has no closing quote"),
    "Invalid control character at": msg("a text value holds a line break or tab; write it "
                                        "as \\n or \\t"),
    "Invalid \\escape": msg("a backslash starts no valid escape; write \\\\ for a "
                             "backslash"),
    "Invalid \\uXXXX escape": msg("a \\u escape needs four hexadecimal digits"),
    # a second byte order mark after the first (which is read): Python's advice
    # ("decode using utf-8-sig") means nothing to an admin
    "Unexpected UTF-8 BOM (decode using utf-8-sig)":
        msg("the file starts with a second byte order mark (BOM); save it as UTF-8 again"),
}


def json_reason(exc: json.JSONDecodeError) -> Message | str:
    before = exc.doc[:exc.pos].rstrip()
    if before.endswith(",") and exc.doc[exc.pos:exc.pos + 1] in ("]", "}"):
        return msg("a comma before {bracket} (remove it)",
                   bracket=repr(exc.doc[exc.pos]))
    return _JSON_REASONS.get(exc.msg, exc.msg)
