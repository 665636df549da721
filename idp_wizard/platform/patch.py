"""What to send to change the platform's user from `old` to `new`.

PATCH: only the changed attributes, Entra style (paths like `emails[type eq "work"].value`).
A multi-valued element is shared with whoever else writes the user: the app's values
in it are added, replaced or removed one by one; the element is added whole only when
the platform holds none of that type (a filtered path to a missing element is refused
with `noTarget`; a second "work" element would be a duplicate) and removed whole only
when it holds nothing but the app's values (a `streetAddress` or `display` someone else
set there stays). Both depend on what the platform holds: `element_decided` says when
the confirmed state is not enough and the user must be read first. PUT: the server's
current resource with our attributes set and the ones we no longer send removed, so
attributes we do not manage survive.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from idp_wizard.platform import attributes as a
from idp_wizard.platform.attributes import Value
from idp_wizard.platform.capabilities import CORE_USER
from idp_wizard.platform.mapping import MappedUser

JsonDict = dict[str, Any]
PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
READ_ONLY = ("meta", "groups")  # never sent back in a PUT


def _op(op: str, path: str, value: object = None) -> JsonDict:
    return {"op": op, "path": path} if op == "remove" else {"op": op, "path": path,
                                                            "value": value}


def _patch_value(key: str, value: Value) -> object:
    return {"value": value} if key == a.MANAGER else value


def _element_value(shape: a.Shape, values: Mapping[str, Value], keys: Iterable[str]) -> JsonDict:
    element: JsonDict = {"type": shape.type}
    for key in keys:
        element[a.shape(key).sub or "value"] = values[key]
    if shape.attr == "emails":
        element["primary"] = True
    return element


def _grouped(old: MappedUser, new: MappedUser) -> tuple[list[str], dict[str, list[str]]]:
    """The plain keys, and the keys of each multi-valued element by its path."""
    plain: list[str] = []
    elements: dict[str, list[str]] = {}
    for key in dict.fromkeys([*old.values, *new.values]):
        if "[" in key:
            elements.setdefault(a.shape(key).element_path, []).append(key)
        else:
            plain.append(key)
    return plain, elements


def element_decided(old: MappedUser, new: MappedUser) -> bool:
    """Whether `old` → `new` can be sent without knowing the platform's elements: no
    element gains its first value of ours or loses its last one."""
    _, elements = _grouped(old, new)
    return all(any(k in old.values for k in keys) == any(k in new.values for k in keys)
               for keys in elements.values())


def patch_operations(old: MappedUser, new: MappedUser, current: JsonDict | None = None
                     ) -> list[JsonDict]:
    """The operations turning `old` into `new` ([] when nothing changed). `current`:
    the platform's resource, just read (None: not known; see `element_decided`)."""
    before, after = old.values, new.values
    ops: list[JsonDict] = []
    plain, elements = _grouped(old, new)
    for key in plain:
        if key not in after:
            ops.append(_op("remove", key))
        elif key not in before:
            ops.append(_op("add", key, _patch_value(key, after[key])))
        elif before[key] != after[key]:
            ops.append(_op("replace", key, _patch_value(key, after[key])))
    for path, keys in elements.items():
        shape = a.shape(keys[0])
        had = [k for k in keys if k in before]
        has = [k for k in keys if k in after]
        held = None if current is None else a.element_of(current, keys[0])
        if not has and had and held is not None and a.holds_only(held, keys):
            ops.append(_op("remove", path))  # nothing but ours in it: no empty husk left
        elif has and not had and (current is None or held is None):
            ops.append(_op("add", shape.attr, [_element_value(shape, after, has)]))
        else:
            for key in keys:
                if key not in after:
                    if key in before:
                        ops.append(_op("remove", key))
                elif key not in before or before[key] != after[key]:
                    ops.append(_op("replace", key, after[key]))
    return ops


def patch_body(operations: list[JsonDict]) -> JsonDict:
    return {"schemas": [PATCH_SCHEMA], "Operations": operations}


def deactivate_operations() -> list[JsonDict]:
    return [_op("replace", a.ACTIVE, False)]


def put_body(current: JsonDict | None, desired: MappedUser, managed: Iterable[str]) -> JsonDict:
    """A full replacement keeping what we do not manage from `current` (when known)."""
    body = copy.deepcopy(current) if current else {}
    for key in READ_ONLY:
        body.pop(key, None)
    for key in managed:
        if key not in desired.values:
            a.remove_value(body, key)
    for key, value in desired.values.items():
        a.set_value(body, key, value)
    schemas = body.setdefault("schemas", [])
    if CORE_USER not in schemas:
        schemas.insert(0, CORE_USER)
    return body
