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
from typing import Any

import jsonschema

from idp_wizard.core.errors import UsageError

ATTRIBUTES: tuple[str, ...] = (
    "groups", "departments", "locations", "countries", "companies", "job_titles",
    "org_units", "domains", "emails",
)

_VALUES = {"type": "array", "items": {"type": "string", "minLength": 1, "maxLength": 512},
           "maxItems": 100_000}
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
        errors = sorted(
            jsonschema.Draft202012Validator(SCHEMA).iter_errors(data),
            key=lambda e: list(map(str, e.absolute_path)),
        )
        if errors:
            raise UsageError(f"{source}: {_describe(errors[0])}")

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
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UsageError(
                f"{source}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
            ) from None
        return cls.from_json(data, source)


def _describe(error: jsonschema.ValidationError) -> str:
    where = "".join(
        f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path
    ).lstrip(".") or "the top level"
    if error.validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        allowed = ", ".join(error.schema.get("properties", {}))
        return f"unknown key {', '.join(map(repr, extra))} in {where} (allowed: {allowed})"
    if error.validator == "required":
        return f"missing key {error.message.split(' ')[0]} in {where}"
    if error.validator == "type":
        wanted = _TYPE_NAMES.get(str(error.validator_value), error.validator_value)
        return f"{where} must be {wanted}, not {type(error.instance).__name__}"
    if error.validator == "const":
        return f"{where} must be {error.validator_value!r} (this IdP Wizard reads version 1)"
    if error.validator == "minLength":
        return f"{where} is an empty value"
    return f"{where}: {error.message}"


_TYPE_NAMES = {
    "array": "a list", "object": "an object", "string": "a string", "boolean": "true or false",
}
