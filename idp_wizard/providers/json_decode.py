"""Decoding JSON read from outside (providers' and the platform's answers, sign-in
answers, files an admin gives): msgspec first, the standard library for the rest.

msgspec (C) decodes the answers a 100,000-user read gets ~1.5x faster than `json`. It
refuses a few things `json.loads` accepts (NaN and Infinity, numbers beyond a float,
lone surrogate escapes, a byte-order mark, UTF-16 or UTF-32 text); those answers go
to `json.loads`, so every answer reads exactly as `json.loads` reads it, or fails as
it fails (tests/providers/test_json_decode.py compares both).

Graph's full rounds go one step further (`decode_page`): a page is decoded into its
links and one raw span of bytes per user, checked but not parsed. A reader recognising
unchanged users (core/known_sources.py) checksums those bytes and parses only the
records it does not recognise (`loads` of each record's bytes).
"""

from __future__ import annotations

import json
from typing import Any

import msgspec

_ANY = msgspec.json.Decoder()


def loads(content: bytes | str | msgspec.Raw) -> Any:
    """As `json.loads(content)`; raises ValueError as it does, and for an answer nested
    deeper than Python's recursion limit, which both parsers refuse with RecursionError
    (a 2 KB answer of brackets): that is a malformed answer too, not an internal error."""
    try:
        return _ANY.decode(content)
    except (msgspec.DecodeError, RecursionError):
        try:
            return json.loads(content if isinstance(content, str) else bytes(content))
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None


class RawPage(msgspec.Struct):
    """A Graph page: each user's record as bytes, and the links (any JSON value: the
    pager checks that a link is text, as it does for a parsed page)."""

    value: list[msgspec.Raw]
    next_link: Any = msgspec.field(name="@odata.nextLink", default=None)
    delta_link: Any = msgspec.field(name="@odata.deltaLink", default=None)
    error: Any = msgspec.field(default=msgspec.UNSET)


_PAGE = msgspec.json.Decoder(RawPage)


def decode_page(content: bytes) -> RawPage | None:
    """The page with its users unparsed; None for an answer that is not plainly such a
    page (not UTF-8, not JSON, no `value` list, an error object): it is then read as
    any answer is (`loads`), with the same checks and messages as before."""
    if not content.isascii():  # json.loads reads UTF-8 with surrogates let through
        try:
            content.decode("utf-8", "surrogatepass")
        except UnicodeDecodeError:
            return None
    try:
        page = _PAGE.decode(content)
    except (msgspec.DecodeError, RecursionError):  # RecursionError: nested too deeply
        return None
    return None if page.error is not msgspec.UNSET else page

