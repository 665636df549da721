"""Text for the admin that core produces, in the admin's language.

Core never formats a sentence for one language: it returns a `Message`, an English
template with named fields (`msg("This sync would remove {removed} of {synced} synced
users.", removed=3, synced=40)`; a field may be a message itself, or a list of values
written as "A, B, C"), and the face that shows it renders it: the GUI with
Qt's translator (context "Core"), the command line with the catalogue built from the
same .ts file (`idp_wizard/translations/core_<lang>.json`), so `--lang de` works where
Qt is not installed. `str(message)` is the English text (logs, `--json`, tests).

Templates are collected from the source by tools/translations.py (every `msg("...")`
with a literal template), so translators see them like any tr() string.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Translate = Callable[[str], str]  # English template -> the template in the UI language
FormatNumber = Callable[[int], str]


def english_number(value: int) -> str:
    return f"{value:,}"


def _same(template: str) -> str:
    return template


@dataclass(frozen=True, slots=True)
class Message:
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = _same,
               number: FormatNumber = english_number) -> str:
        """The text in the language `translate` maps to; numbers as `number` writes
        them; nested messages rendered the same way."""
        values = {k: _value(v, translate, number) for k, v in self.params.items()}
        try:
            return translate(self.template).format(**values)
        except (KeyError, IndexError, ValueError):  # a broken translation: English
            return self.template.format(**values)

    def __str__(self) -> str:
        return self.render()

    def to_json(self) -> dict[str, Any]:
        return {"template": self.template,
                "params": {k: _json_value(v) for k, v in self.params.items()}}

    @classmethod
    def from_json(cls, data: object) -> Message | None:
        """Tolerant: what older databases stored may be missing or plain text."""
        if not isinstance(data, dict) or not isinstance(data.get("template"), str):
            return None
        params = data.get("params") if isinstance(data.get("params"), dict) else {}
        return cls(data["template"], {str(k): _from_json_value(v)
                                      for k, v in (params or {}).items()})


def msg(template: str, **params: Any) -> Message:
    """A message for the admin; `template` must be a literal (it is extracted)."""
    return Message(template, params)


def msg_count(n: int, one: str, other: str, /, **params: Any) -> Message:
    """A message about `n` things: `one` for exactly one, else `other` ("1 user",
    "0 users"); English and German share that rule. Both templates must be literals
    (they are extracted) and take their number from `params`."""
    return Message(one if n == 1 else other, params)


def to_stored(value: object) -> str | None:
    """A message as a database keeps it beside its English text (JSON); None for plain
    text, which has no message."""
    return json.dumps(value.to_json()) if isinstance(value, Message) else None


def from_stored(text: object) -> Message | None:
    """The message a database kept (`to_stored`); None when absent or damaged."""
    try:
        return Message.from_json(json.loads(text)) if isinstance(text, str) and text else None
    except ValueError:
        return None


def _json_value(v: object) -> object:
    if isinstance(v, Message):
        return v.to_json()
    if isinstance(v, list | tuple):
        return [_json_value(x) for x in v]
    return v


def _from_json_value(v: object) -> object:
    if isinstance(v, list):
        return [_from_json_value(x) for x in v]
    nested = Message.from_json(v) if isinstance(v, dict) else None
    return nested if nested is not None else v


def _value(v: object, translate: Translate, number: FormatNumber) -> object:
    if isinstance(v, Message):
        return v.render(translate, number)
    if isinstance(v, list | tuple):  # "A, B, C" (the same separator in every language)
        return ", ".join(str(_value(x, translate, number)) for x in v)
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return number(v)
    return v


def text_of(value: str | Message, translate: Translate = _same,
            number: FormatNumber = english_number) -> str:
    """Render a message, or pass plain text through (e.g. a provider's own words)."""
    return value.render(translate, number) if isinstance(value, Message) else value
