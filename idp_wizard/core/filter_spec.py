"""The filter: which employees are shared. Parsed from and written to the filter file.

Format (a public interface, see DESIGN.md): `version`, `include` and `exclude` (each a
map of attribute → list of values), `include_guests`, `include_disabled`, and
`only_licensed` (Entra: leave out accounts without a license and room mailboxes; see
docs/real-tenants.md). Validation uses JSON Schema (jsonschema) so every wrong key or
type is named precisely.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from idp_wizard.core.errors import UsageError
from idp_wizard.core.hints import suggest
from idp_wizard.core.json_text import DuplicateKey, json_reason, looks_utf16, refuse_duplicate_keys
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.os_errors import os_reason
from idp_wizard.core.text import (
    invalid_character,
    replace_unshowable,
    shown,
    unshowable_character,
)

ATTRIBUTES: tuple[str, ...] = (
    "groups", "departments", "locations", "countries", "companies", "job_titles",
    "org_units", "domains", "emails",
)

if TYPE_CHECKING:
    import jsonschema

MAX_VALUE_LENGTH, MAX_VALUES = 512, 100_000
# A filter file of 100,000 e-mail addresses is a few MB; anything far larger is a
# mistake (a wrong file), read no further than this.
MAX_FILE_BYTES = 16 * 1024 * 1024
_VALUES = {"type": "array",
           "items": {"type": "string", "minLength": 1, "maxLength": MAX_VALUE_LENGTH},
           "maxItems": MAX_VALUES}
_CRITERIA = {
    "type": "object",
    "properties": {name: _VALUES for name in ATTRIBUTES},
    "additionalProperties": False,
}
SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "version": {"const": 1},
        "include": _CRITERIA,
        "exclude": _CRITERIA,
        "include_guests": {"type": "boolean"},
        "include_disabled": {"type": "boolean"},
        "only_licensed": {"type": "boolean"},
    },
    "required": ["version"],
    "additionalProperties": False,
}


_FILTER = msg("filter")  # what a message calls a filter of unnamed origin


def _empty() -> dict[str, tuple[str, ...]]:
    return {name: () for name in ATTRIBUTES}


@dataclass(frozen=True)
class FilterSpec:
    include: dict[str, tuple[str, ...]] = field(default_factory=_empty)
    exclude: dict[str, tuple[str, ...]] = field(default_factory=_empty)
    include_guests: bool = False
    include_disabled: bool = False
    only_licensed: bool = False  # leave out unlicensed accounts and rooms (Entra)

    @classmethod
    def default(cls) -> FilterSpec:
        """All enabled, non-guest employees."""
        return cls()

    @property
    def group_values(self) -> tuple[str, ...]:
        """The group values it names, include's then exclude's: what a read must know
        the members of (none: no group is read)."""
        return (*self.include["groups"], *self.exclude["groups"])

    @property
    def is_unrestricted(self) -> bool:
        return not any(self.include.values()) and not any(self.exclude.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "include": {k: list(self.include.get(k, ())) for k in ATTRIBUTES},
            "exclude": {k: list(self.exclude.get(k, ())) for k in ATTRIBUTES},
            "include_guests": self.include_guests,
            "include_disabled": self.include_disabled,
            "only_licensed": self.only_licensed,
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), indent=2, ensure_ascii=False)

    @classmethod
    def from_json(cls, data: Any, source: str | Message = _FILTER,
                  saved: bool = False) -> FilterSpec:
        """`saved`: stored by an older version, whose values may hold what this one
        refuses in a new filter (bidirectional controls): those are cleaned as the
        directory's values are, so they still match (core/text.py)."""
        import jsonschema  # ~40 ms: only where a filter is read (not `filters options`)

        try:
            errors = sorted(
                jsonschema.Draft202012Validator(SCHEMA).iter_errors(data),
                key=lambda e: list(map(str, e.absolute_path)),
            )
        except RecursionError:
            raise UsageError(msg("{source}: {error}", source=source, error=_TOO_DEEP)) from None
        if errors:
            raise UsageError(msg("{source}: {error}", source=source,
                                 error=_describe(errors[0])))
        _check_text(data, source, saved)

        def lists(part: str) -> dict[str, tuple[str, ...]]:
            given = data.get(part, {})
            # Trim and de-duplicate while keeping the admin's order.
            return {
                k: tuple(dict.fromkeys(v.strip() for v in given.get(k, []))) for k in ATTRIBUTES
            }

        return cls(
            include=lists("include"),
            exclude=lists("exclude"),
            include_guests=data.get("include_guests", False),
            include_disabled=data.get("include_disabled", False),
            only_licensed=data.get("only_licensed", False),
        )

    @classmethod
    def loads(cls, text: str, source: str | Message = _FILTER,
              saved: bool = False) -> FilterSpec:
        text = text.removeprefix("\ufeff")  # a BOM (Windows editors)
        if not text.strip():
            raise UsageError(msg("{source} is empty; a filter file holds a JSON object "
                                 "(see {command})", source=source,
                                 command=suggest("filters show --json")))
        try:
            data = json.loads(text, object_pairs_hook=refuse_duplicate_keys)
        except json.JSONDecodeError as exc:
            raise UsageError(msg(
                "{source}: not valid JSON (line {line}, column {column}: {reason})",
                source=source, line=str(exc.lineno), column=str(exc.colno),
                reason=json_reason(exc))) from None
        except DuplicateKey as exc:
            raise UsageError(msg("{source}: the key {key} is given twice in one object; "
                                 "keep one of them", source=source,
                                 key=shown(exc.key, 40))) from None
        except ValueError:  # Python's limit on integer digits (4,300)
            raise UsageError(msg("{source}: not valid here: it holds a number with "
                                 "thousands of digits", source=source)) from None
        except RecursionError:
            raise UsageError(msg("{source}: {error}", source=source, error=_TOO_DEEP)) from None
        return cls.from_json(data, source, saved)

    @classmethod
    def read_file(cls, path: Path) -> FilterSpec:
        """A filter file (UTF-8, with or without a BOM), read no further than the cap."""
        try:
            with path.open("rb") as f:
                raw = f.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise UsageError(msg("cannot read {path}: {reason}", path=str(path),
                                 reason=os_reason(exc))) from None
        if len(raw) > MAX_FILE_BYTES:
            raise UsageError(msg("{path} is larger than {size} MB: that is not a filter file "
                                 "(a filter file is a few KB)", path=str(path),
                                 size=MAX_FILE_BYTES // 2**20))
        if looks_utf16(raw):
            raise UsageError(msg("{path} is not UTF-8 text but UTF-16; save it as UTF-8",
                                 path=str(path)))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UsageError(msg("{path} is not UTF-8 text (byte {byte}); save it as UTF-8",
                                 path=str(path), byte=exc.start + 1)) from None
        return cls.loads(text, source=str(path))


_TOO_DEEP = msg("not valid here: its lists or objects are nested far too deeply")


def _where(path: Any) -> str | Message:
    return "".join(
        f"[{p}]" if isinstance(p, int) else f".{p}" for p in path
    ).lstrip(".") or msg("the top level")


def _check_text(data: dict[str, Any], source: str | Message, saved: bool) -> None:
    """Every value must be text that can be saved and printed: no lone surrogates
    (e.g. "\\ud800" in the file), control characters or non-characters; nor what no
    directory value holds (bidirectional controls, line separators: core/text.py),
    which would match nothing and make the value read as another."""
    for part in ("include", "exclude"):
        for attr, values in data.get(part, {}).items():
            for i, value in enumerate(values):
                if not value.strip():  # "   ": trimmed, it would match nobody
                    raise UsageError(msg("{source}: {error}", source=source, error=msg(
                        "{where} is an empty value", where=f"{part}.{attr}[{i}]")))
                bad = invalid_character(value)
                if bad is None and (shows_wrong := unshowable_character(value)):
                    if saved:
                        values[i] = cleaned = replace_unshowable(value)
                        if cleaned.strip():
                            continue
                        # Nothing left: it would match nobody (an include would share
                        # nobody, an exclude exclude nobody).
                        raise UsageError(msg("{source}: {error}", source=source, error=msg(
                            "{where} {value} holds nothing but characters that are not "
                            "shown, such as {character}, so it would match nobody",
                            where=f"{part}.{attr}[{i}]", value=shown(value),
                            character=shows_wrong)))
                    bad = shows_wrong
                if bad:
                    raise UsageError(msg(
                        "{source}: {where} {value} contains {character}; remove it or retype "
                        "the value", source=source, where=f"{part}.{attr}[{i}]",
                        value=shown(value), character=bad))


def _describe(error: jsonschema.ValidationError) -> Message:
    where = _where(error.absolute_path)
    # Both are the JSON the rule applies to: what that is depends on the rule.
    instance: Any = error.instance
    schema: Any = error.schema
    if error.validator == "additionalProperties":
        extra = sorted(set(instance) - set(schema.get("properties", {})))
        keys = [shown(k, 40) for k in extra[:3]]
        allowed = list(schema.get("properties", {}))
        if len(extra) > 3:
            return msg("unknown key {keys} (and more) in {where} (allowed: {allowed})",
                       keys=keys, where=where, allowed=allowed)
        return msg("unknown key {keys} in {where} (allowed: {allowed})",
                   keys=keys, where=where, allowed=allowed)
    if error.validator == "required":
        return msg("missing key {key} in {where}", key=error.message.split(" ")[0],
                   where=where)
    if error.validator == "type":
        wanted = _TYPE_NAMES.get(str(error.validator_value), str(error.validator_value))
        return msg("{where} must be {wanted}, not {kind}", where=where, wanted=wanted,
                   kind=_json_kind(instance))
    if error.validator == "const":
        return msg("{where} must be {value} (this IdP Wizard reads version 1)",
                   where=where, value=repr(error.validator_value))
    if error.validator == "minLength":
        return msg("{where} is an empty value", where=where)
    if error.validator == "maxLength":
        return msg("{where} {value} is longer than {limit} characters", where=where,
                   value=shown(instance), limit=MAX_VALUE_LENGTH)
    if error.validator == "maxItems":
        return msg("{where} has {count} values (at most {limit})", where=where,
                   count=len(instance), limit=MAX_VALUES)
    return msg("{where} is not valid ({rule})", where=where, rule=str(error.validator))


_TYPE_NAMES: dict[str, Message | str] = {
    "array": msg("a list"), "object": msg("an object"), "string": msg("a string"),
    "boolean": msg("true or false"),
}


def _json_kind(value: Any) -> Message:
    """What a JSON value is, in JSON's words (never a Python type name)."""
    if value is None:
        return msg("null")
    if isinstance(value, bool):
        return msg("true/false")
    if isinstance(value, int | float):
        return msg("a number")
    if isinstance(value, str):
        return msg("a string")
    return msg("a list") if isinstance(value, list) else msg("an object")
