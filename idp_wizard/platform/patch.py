"""What to send to change the platform's user from `old` to `new`.

PATCH: only the changed attributes, Entra style (paths like `emails[type eq "work"].value`).
A multi-valued element that is new is added whole (`add emails [{...}]`), one that is
gone is removed whole (`remove addresses[type eq "work"]`); otherwise its sub-attributes
are added, replaced or removed one by one (a filtered path to a missing element would
be refused with `noTarget`). PUT: the server's current resource with our attributes
set and the ones we no longer send removed, so attributes we do not manage survive.
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


def patch_operations(old: MappedUser, new: MappedUser) -> list[JsonDict]:
    """The operations turning `old` into `new` ([] when nothing changed)."""
    before, after = old.values, new.values
    ops: list[JsonDict] = []
    elements: dict[str, list[str]] = {}
    for key in dict.fromkeys([*before, *after]):
        if "[" in key:  # grouped below, per multi-valued element
            elements.setdefault(a.shape(key).element_path, []).append(key)
            continue
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
        if not has:
            ops.append(_op("remove", path))
        elif not had:
            ops.append(_op("add", shape.attr, [_element_value(shape, after, has)]))
        else:
            for key in keys:
                if key not in after:
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
