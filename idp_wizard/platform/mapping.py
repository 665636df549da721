"""From a synced directory user to the SCIM User the platform should hold.

A `MappedUser` is flat ({PATCH path: value}, see attributes.py) with a stable
`fingerprint`: the engine stores the fingerprint of what the platform last confirmed
and compares it with the fingerprint of what it should hold now. `UserMapper.project`
reads a resource the server returned into the same flat form, so drift found by a
reconcile run is compared key by key with what we would send.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from idp_wizard.core.language import canonical_tag
from idp_wizard.core.messages import msg
from idp_wizard.platform import attributes as a
from idp_wizard.platform.attributes import Value
from idp_wizard.platform.capabilities import CORE_USER, Capabilities
from idp_wizard.platform.errors import UnmappableUser

JsonDict = dict[str, Any]
ManagerLookup = Callable[[str], str | None]  # manager's directory id → platform id


class UserRecord(Protocol):
    """Any object with the synced user's fields (`core.users.SyncedUser` fits)."""

    @property
    def id(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def display_name(self) -> str: ...
    @property
    def given_name(self) -> str: ...
    @property
    def surname(self) -> str: ...
    @property
    def department(self) -> str: ...
    @property
    def job_title(self) -> str: ...
    @property
    def location(self) -> str: ...
    @property
    def country(self) -> str: ...
    @property
    def company(self) -> str: ...
    @property
    def manager_id(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def language_raw(self) -> str: ...
    @property
    def enabled(self) -> bool: ...


def _text(value: Value) -> str:
    if isinstance(value, bool):
        return "\x01" if value else "\x00"
    return value


def fingerprint(values: Mapping[str, Value]) -> int:
    """A stable 63-bit digest of a flat user (key order does not matter)."""
    text = "\x1e".join(f"{k}\x1f{_text(v)}" for k, v in sorted(values.items()))
    digest = hashlib.blake2b(text.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") & 0x7FFF_FFFF_FFFF_FFFF


@dataclass(frozen=True, slots=True)
class MappedUser:
    """What the platform should hold for one user. Treat `values` as read-only."""

    values: Mapping[str, Value]
    fingerprint: int
    # The attributes managed when this state was recorded (a stored confirmed state;
    # None: the current mapper's, or not known). Absent ones held nothing then.
    managed: frozenset[str] | None = field(default=None, compare=False)

    @classmethod
    def of(cls, values: Mapping[str, Value]) -> MappedUser:
        return cls(dict(values), fingerprint(values))

    @property
    def user_name(self) -> str:
        return str(self.values.get(a.USER_NAME, ""))

    @property
    def external_id(self) -> str | None:
        value = self.values.get(a.EXTERNAL_ID)
        return value if isinstance(value, str) else None

    def resource(self) -> JsonDict:
        """The SCIM User body for POST (and the base of a PUT)."""
        body: JsonDict = {"schemas": [CORE_USER]}
        for key, value in self.values.items():
            a.set_value(body, key, value)
        return body

    def with_values(self, **changes: Value | None) -> MappedUser:
        """A copy with some keys changed (None removes one); keys are attribute paths."""
        values = dict(self.values)
        for key, value in changes.items():
            if value is None:
                values.pop(key, None)
            else:
                values[key] = value
        return MappedUser.of(values)


class UserMapper:
    """Maps records for one target: its declared attributes and the ticked data groups.

    `data_groups`: the optional groups the admin ticked ("organisation", "location",
    "language"); None means all. `manager_lookup` gives the platform id of a manager
    who is provisioned too (None: leave the manager out).
    """

    def __init__(self, capabilities: Capabilities, data_groups: Collection[str] | None = None,
                 manager_lookup: ManagerLookup | None = None) -> None:
        groups = None if data_groups is None else frozenset(data_groups)
        self.keys = a.managed_keys(capabilities, groups)
        self._key_set = frozenset(self.keys)
        self._manager = manager_lookup

    def map(self, record: UserRecord) -> MappedUser:
        email = record.email.strip()
        if not email:
            raise UnmappableUser(msg("User {id} has no e-mail address, which the platform "
                                     "needs as the user name.", id=record.id))
        return MappedUser.of(dict(self._pairs(record, email)))

    def _pairs(self, r: UserRecord, email: str) -> Iterator[tuple[str, Value]]:
        manager = self._manager(r.manager_id) if self._manager and r.manager_id else None
        locale = canonical_tag(r.language_raw) if r.language_raw else None
        candidates: tuple[tuple[str, Value | None], ...] = (
            (a.USER_NAME, email), (a.EXTERNAL_ID, r.id),
            (a.GIVEN_NAME, r.given_name), (a.FAMILY_NAME, r.surname),
            (a.DISPLAY_NAME, r.display_name), (a.ACTIVE, bool(r.enabled)),
            (a.WORK_EMAIL, email), (a.TITLE, r.job_title),
            (a.DEPARTMENT, r.department), (a.ORGANIZATION, r.company), (a.MANAGER, manager),
            # Free text as the directory has it (as Entra's provisioning sends it).
            (a.WORK_LOCALITY, r.location), (a.WORK_COUNTRY, r.country),
            (a.PREFERRED_LANGUAGE, r.language), (a.LOCALE, locale or r.language),
        )
        for key, value in candidates:
            if key not in self._key_set or value is None:
                continue
            if isinstance(value, str):
                value = value.strip()
                if not value:
                    continue
            yield key, value

    def project(self, resource: JsonDict, dropped: Collection[str] = ()) -> MappedUser:
        """The managed part of a resource the server returned, in our flat form, with
        the `dropped` attributes (see `dropped`) it still holds."""
        values: dict[str, Value] = {}
        for key in (*self.keys, *dropped):
            value = a.get_value(resource, key)
            if value is not None:
                values[key] = value
        return MappedUser.of(values)

    def dropped(self, known: MappedUser | None) -> tuple[str, ...]:
        """The attributes `known` (a state the app wrote and the platform confirmed)
        holds a value for that are managed no more (a "synced data" group unticked
        since): the app removes the values it wrote there, whatever path writes."""
        if known is None:
            return ()
        return tuple(k for k in known.values if k not in self._key_set)
