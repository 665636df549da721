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
from typing import Any

import jsonschema

from idp_wizard.core.errors import UsageError
from idp_wizard.core.text import invalid_character, shown

ATTRIBUTES: tuple[str, ...] = (
    "groups", "departments", "locations", "countries", "companies", "job_titles",
    "org_units", "domains", "emails",
)

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
    def from_json(cls, data: Any, source: str = "filter") -> FilterSpec:
        try:
            errors = sorted(
                jsonschema.Draft202012Validator(SCHEMA).iter_errors(data),
                key=lambda e: list(map(str, e.absolute_path)),
            )
        except RecursionError:
            raise UsageError(f"{source}: {_TOO_DEEP}") from None
        if errors:
            raise UsageError(f"{source}: {_describe(errors[0])}")
        _check_text(data, source)

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
    def loads(cls, text: str, source: str = "filter") -> FilterSpec:
        try:
            data = json.loads(text.removeprefix("\ufeff"))  # a BOM (Windows editors)
        except json.JSONDecodeError as exc:
            raise UsageError(
                f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
            ) from None
        except ValueError:  # Python's limit on integer digits (4,300)
            raise UsageError(f"{source}: not valid here: it holds a number with thousands "
                             "of digits") from None
        except RecursionError:
            raise UsageError(f"{source}: {_TOO_DEEP}") from None
        return cls.from_json(data, source)

    @classmethod
    def read_file(cls, path: Path) -> FilterSpec:
        """A filter file (UTF-8, with or without a BOM), read no further than the cap."""
        try:
            with path.open("rb") as f:
                raw = f.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
        if len(raw) > MAX_FILE_BYTES:
            raise UsageError(f"{path} is larger than {MAX_FILE_BYTES // 2**20} MB: that is "
                             "not a filter file (a filter file is a few KB)")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise UsageError(f"{path} is not UTF-8 text (byte {exc.start + 1:,}); save it "
                             "as UTF-8") from None
        return cls.loads(text, source=str(path))


_TOO_DEEP = "not valid here: its lists or objects are nested far too deeply"


def _where(path: Any) -> str:
    return "".join(
        f"[{p}]" if isinstance(p, int) else f".{p}" for p in path
    ).lstrip(".") or "the top level"


def _check_text(data: dict[str, Any], source: str) -> None:
    """Every value must be text that can be saved and printed: no lone surrogates
    (e.g. "\\ud800" in the file), control characters or non-characters."""
    for part in ("include", "exclude"):
        for attr, values in data.get(part, {}).items():
            for i, value in enumerate(values):
                bad = invalid_character(value)
                if bad:
                    raise UsageError(f"{source}: {part}.{attr}[{i}] {shown(value)} contains "
                                     f"{bad}; remove it or retype the value")


def _describe(error: jsonschema.ValidationError) -> str:
    where = _where(error.absolute_path)
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        allowed = ", ".join(error.schema.get("properties", {}))
        return (f"unknown key {', '.join(shown(k, 40) for k in extra[:3])}"
                f"{' (and more)' if len(extra) > 3 else ''} in {where} (allowed: {allowed})")
    if error.validator == "required":
        return f"missing key {error.message.split(' ')[0]} in {where}"
    if error.validator == "type":
        wanted = _TYPE_NAMES.get(str(error.validator_value), error.validator_value)
        return f"{where} must be {wanted}, not {_json_kind(error.instance)}"
    if error.validator == "const":
        return f"{where} must be {error.validator_value!r} (this IdP Wizard reads version 1)"
    if error.validator == "minLength":
        return f"{where} is an empty value"
    if error.validator == "maxLength":
        return (f"{where} {shown(error.instance)} is longer than {MAX_VALUE_LENGTH} "
                "characters")
    if error.validator == "maxItems":
        return f"{where} has {len(error.instance):,} values (at most {MAX_VALUES:,})"
    return f"{where} is not valid ({error.validator})"


_TYPE_NAMES = {
    "array": "a list", "object": "an object", "string": "a string", "boolean": "true or false",
}


def _json_kind(value: Any) -> str:
    """What a JSON value is, in JSON's words (never a Python type name)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "a list" if isinstance(value, list) else "an object"
