"""The User attributes we manage, keyed by their SCIM PATCH path (Entra's notation).

A mapped user is a flat {path: value}; this module reads, writes and removes such a
path in a SCIM resource (nested JSON), so the same keys serve the POST/PUT body, the
PATCH operations, the fingerprint and the projection of what the server holds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from idp_wizard.platform.capabilities import CORE_USER, ENTERPRISE_USER, Capabilities, flag

JsonDict = dict[str, Any]
Value = str | bool

USER_NAME = "userName"
EXTERNAL_ID = "externalId"
GIVEN_NAME = "name.givenName"
FAMILY_NAME = "name.familyName"
DISPLAY_NAME = "displayName"
ACTIVE = "active"
WORK_EMAIL = 'emails[type eq "work"].value'
TITLE = "title"
PREFERRED_LANGUAGE = "preferredLanguage"
LOCALE = "locale"
WORK_LOCALITY = 'addresses[type eq "work"].locality'
WORK_COUNTRY = 'addresses[type eq "work"].country'
DEPARTMENT = f"{ENTERPRISE_USER}:department"
ORGANIZATION = f"{ENTERPRISE_USER}:organization"
MANAGER = f"{ENTERPRISE_USER}:manager"  # value: the manager's platform id


@dataclass(frozen=True, slots=True)
class Managed:
    key: str
    group: str  # the "User data to synchronize" group: profile, email, organisation, ...
    declared: str | None  # the schema path the server must declare (None: always sent)
    default: bool  # sent when the server publishes no schema


CATALOG: tuple[Managed, ...] = (
    Managed(USER_NAME, "profile", None, True),
    Managed(EXTERNAL_ID, "profile", None, True),  # a common attribute (RFC 7643 §3.1)
    Managed(GIVEN_NAME, "profile", "name.givenName", True),
    Managed(FAMILY_NAME, "profile", "name.familyName", True),
    Managed(DISPLAY_NAME, "profile", "displayName", True),
    Managed(ACTIVE, "profile", "active", True),
    Managed(WORK_EMAIL, "email", "emails.value", True),
    Managed(TITLE, "organisation", "title", True),
    Managed(DEPARTMENT, "organisation", DEPARTMENT, False),
    Managed(ORGANIZATION, "organisation", ORGANIZATION, False),
    Managed(MANAGER, "organisation", MANAGER, False),
    Managed(WORK_LOCALITY, "location", "addresses.locality", True),
    Managed(WORK_COUNTRY, "location", "addresses.country", True),
    Managed(PREFERRED_LANGUAGE, "language", "preferredLanguage", True),
    Managed(LOCALE, "language", "locale", True),
)
ALWAYS_GROUPS = frozenset({"profile", "email"})
OPTIONAL_GROUPS = frozenset({"organisation", "location", "language"})
_ENTERPRISE_DEFAULTS = frozenset({DEPARTMENT, ORGANIZATION, MANAGER})


def managed_keys(caps: Capabilities, groups: frozenset[str] | None) -> tuple[str, ...]:
    """The keys to send: ticked groups only (None: all), declared by the server's schema
    (or the safe default set when it publishes none)."""
    chosen = ALWAYS_GROUPS | (OPTIONAL_GROUPS if groups is None else groups)
    keys = []
    for m in CATALOG:
        if m.group not in chosen:
            continue
        if m.declared is None:
            keys.append(m.key)
        elif caps.user_attributes is not None:
            if caps.declares(m.declared):
                keys.append(m.key)
        elif m.default or (caps.enterprise_user and m.key in _ENTERPRISE_DEFAULTS):
            keys.append(m.key)
    return tuple(keys)


_SHAPE = re.compile(r'^(?:(?P<urn>urn:.+):)?(?P<attr>\w+)'
                    r'(?:\[type eq "(?P<type>\w+)"\])?(?:\.(?P<sub>\w+))?$')


@dataclass(frozen=True, slots=True)
class Shape:
    urn: str | None
    attr: str
    type: str | None  # the multi-valued element's type ("work")
    sub: str | None

    @property
    def element_path(self) -> str:
        """`addresses[type eq "work"]` (PATCH path of the whole element)."""
        return f'{self.attr}[type eq "{self.type}"]'


@functools.cache  # a handful of keys, parsed once each
def shape(key: str) -> Shape:
    m = _SHAPE.match(key)
    if m is None:
        raise ValueError(key)
    return Shape(m["urn"], m["attr"], m["type"], m["sub"])


def _container(resource: JsonDict, s: Shape, create: bool) -> JsonDict | None:
    """The dict holding `s.attr` (the resource or its extension object)."""
    if s.urn is None:
        return resource
    ext = resource.get(s.urn)
    if not isinstance(ext, dict):
        if not create:
            return None
        ext = resource[s.urn] = {}
        schemas = resource.setdefault("schemas", [CORE_USER])
        if s.urn not in schemas:
            schemas.append(s.urn)
    return ext


def _element(holder: JsonDict, s: Shape, create: bool) -> JsonDict | None:
    items = holder.get(s.attr)
    if isinstance(items, list):
        for item in items:
            kind = item.get("type") if isinstance(item, dict) else None
            if isinstance(kind, str) and kind.casefold() == (s.type or "").casefold():
                return item  # type: ignore[no-any-return]
    if not create:
        return None
    item = {"type": s.type}
    if s.attr == "emails":
        item["primary"] = True  # our one work e-mail address is the primary one
    holder[s.attr] = [*(items if isinstance(items, list) else []), item]
    return item


ELEMENT_MARKERS = frozenset({"type", "primary"})  # say what an element is, hold no data


def element_of(resource: JsonDict, key: str) -> JsonDict | None:
    """The multi-valued element `key` lives in (`addresses[type eq "work"]`), if held."""
    s = shape(key)
    holder = _container(resource, s, create=False)
    return None if holder is None or s.type is None else _element(holder, s, create=False)


def holds_only(element: JsonDict, keys: Iterable[str]) -> bool:
    """Whether `element` holds nothing but the sub-attributes of `keys` (and markers)."""
    subs = {shape(k).sub or "value" for k in keys}
    return not set(element) - ELEMENT_MARKERS - subs


def get_value(resource: JsonDict, key: str) -> Value | None:
    s = shape(key)
    holder = _container(resource, s, create=False)
    if holder is None:
        return None
    if s.type is not None:
        holder = _element(holder, s, create=False)
        value = None if holder is None else holder.get(s.sub or "value")
    elif s.sub is not None:
        parent = holder.get(s.attr)
        value = parent.get(s.sub) if isinstance(parent, dict) else None
    else:
        value = holder.get(s.attr)
        if key == MANAGER:
            value = value.get("value") if isinstance(value, dict) else value
    if key == ACTIVE:
        return None if value is None else flag(value)
    if isinstance(value, str):
        return value.strip() or None
    return None


def set_value(resource: JsonDict, key: str, value: Value) -> None:
    s = shape(key)
    holder = _container(resource, s, create=True)
    assert holder is not None
    if s.type is not None:
        element = _element(holder, s, create=True)
        assert element is not None
        element[s.sub or "value"] = value
    elif s.sub is not None:
        parent = holder.get(s.attr)
        if not isinstance(parent, dict):
            parent = holder[s.attr] = {}
        parent[s.sub] = value
    else:
        holder[s.attr] = {"value": value} if key == MANAGER else value


def remove_value(resource: JsonDict, key: str) -> None:
    """Remove the value (and an element or object left with nothing of ours in it)."""
    s = shape(key)
    holder = _container(resource, s, create=False)
    if holder is None:
        return
    if s.type is not None:
        element = _element(holder, s, create=False)
        if element is not None:
            element.pop(s.sub or "value", None)
            if holds_only(element, ()):
                holder[s.attr] = [e for e in holder[s.attr] if e is not element]
                if not holder[s.attr]:
                    del holder[s.attr]
    elif s.sub is not None:
        parent = holder.get(s.attr)
        if isinstance(parent, dict):
            parent.pop(s.sub, None)
            if not parent:
                del holder[s.attr]
    else:
        holder.pop(s.attr, None)
