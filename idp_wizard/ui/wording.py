"""Shared helpers for visible text: %1-style placeholders and locale-formatted numbers.

Every visible string goes through `QCoreApplication.translate` (or `self.tr()`), with
whole sentences and %1, %2 placeholders so translators can reorder them.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

_PLACEHOLDER = re.compile(r"%(\d)")


def fmt(text: str, *args: object) -> str:
    """Fill %1..%9 in one pass (so a value containing "%2" is never re-expanded)."""
    return _PLACEHOLDER.sub(
        lambda m: str(args[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(args)
        else m.group(0), text)


def number(n: int) -> str:
    """1234 → "1,234" (or "1.234" in German): QLocale's group separators."""
    return QLocale().toString(n)


def one_line(exc: BaseException) -> str:
    """An error as one clear sentence for the admin (in the interface language when core
    gave a `Message`): its message, never a traceback."""
    from idp_wizard.ui.i18n import core_text

    said = core_text(exc).strip()
    text = said.splitlines()[0] if said else ""
    if text:
        return text
    return fmt(QCoreApplication.translate(
        "Errors", "Something went wrong (%1). Please try again."), type(exc).__name__)
