"""The command line's language (Qt-free): `--lang`, else the system's, else English.

Core messages are rendered with the catalogue built from the same translation files
as the GUI's (`idp_wizard/translations/core_<lang>.json`, see tools/translations.py).
"""

from __future__ import annotations

import json
import locale
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from idp_wizard.core.messages import Message, Translate, english_number, msg, text_of

LANGUAGES = ("en", "de")
CATALOGUES = Path(__file__).resolve().parent / "translations"
_current: tuple[Translate, str] = (lambda t: t, "en")


def system_language() -> str:
    """The language the environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX"):
            return value.split(":")[0].split("_")[0].split(".")[0].lower()
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return code.split("_")[0].lower()


def choose(requested: str | None) -> str:
    if requested in (*LANGUAGES, "pseudo"):
        return str(requested)
    system = system_language()
    return system if system in LANGUAGES else "en"


@cache
def catalogue(lang: str) -> dict[str, str]:
    path = CATALOGUES / f"core_{lang}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def use(lang: str) -> None:
    """From now on, `text()` renders in `lang` (set once per command)."""
    global _current
    table = catalogue(lang) if lang != "en" else {}
    _current = ((lambda t: table.get(t, t)), lang)


def number(value: int) -> str:
    english = english_number(value)
    if _current[1] == "de":  # 1.234.567: German thousands separators
        return english.replace(",", ".")
    return english


def text(value: str | Message | BaseException) -> str:
    """A message (or an error carrying one) in the command's language."""
    if isinstance(value, BaseException):
        carried = getattr(value, "message", None)
        value = carried if isinstance(carried, Message) else str(value)
    return text_of(value, _current[0], number)


def word(words: Mapping[Any, Message], key: Any) -> str:
    """A value put into words in the command's language (a state, a trigger...); a
    value without a word is shown as it is."""
    found = words.get(key)
    return text(found) if found else str(key)


def help_text(value: Message) -> str:
    """An option's or a command's help (`--help`) in the command's language. argparse
    fills `%(default)s` and the like into help texts: a `%` of ours is doubled."""
    return text(value).replace("%", "%%")


def json_help() -> str:
    """`--json`'s help: one sentence for every command that has it."""
    return help_text(msg("print JSON (the same in every language)"))
