"""Bitset index over a directory: the one place filters are evaluated.

Each attribute value, group and org unit maps to a Python int used as a bitset over
employee positions. Recomputing "X out of Y" after a click is then a handful of big-int
AND/OR operations and one popcount (microseconds on 100,000 employees), and the sync
engine selects with exactly the same code, so the count shown is what the sync shares.
The bit operations and the groups' masks are in bitsets.py.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from operator import attrgetter

from idp_wizard.core.bitsets import GroupMasks, mask_of
from idp_wizard.core.records import Employee, Group, OrgUnit

# filter attribute → Employee field (groups/org_units/domains/emails are special)
SIMPLE_ATTRIBUTES: dict[str, str] = {
    "departments": "department",
    "locations": "location",
    "countries": "country",
    "companies": "company",
    "job_titles": "job_title",
}


def key(value: str) -> str:
    """How filter values compare: case- and surrounding-space-insensitive."""
    return value.strip().casefold()


def groups_by_key(groups: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """key(display name) → ids of the (id, name) pairs of that name, in listing order."""
    by_name: dict[str, list[str]] = defaultdict(list)
    for gid, name in groups:
        by_name[key(name)].append(gid)
    return dict(by_name)


# An Entra object id as admins copy it: any case, perhaps in braces (PowerShell, the
# registry) or with spaces around; Graph gives it in lower case.
_GUID = re.compile(r"\s*\{?([0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12})\}?\s*")


def resolve_group(value: str, ids: Container[str], by_name: Mapping[str, list[str]]
                  ) -> list[str]:
    """The one rule naming groups (index and readers alike): the group whose id the
    value is (a GUID in any case or in braces is that id), else every group whose
    display name it is (see `key`)."""
    if value in ids:
        return [value]
    if (guid := _GUID.fullmatch(value)) and (gid := guid.group(1).lower()) in ids:
        return [gid]
    return list(by_name.get(key(value), ()))


def named_group_ids(groups: Sequence[tuple[str, str]], values: Iterable[str]) -> set[str]:
    """Ids of the listed (id, name) groups that filter `values` name: the readers read
    the members of these only. A filter's groups resolve alike against the listing and
    against just these (an id stays an id; a name's groups are all among them)."""
    ids, by_name = {gid for gid, _ in groups}, groups_by_key(groups)
    return {gid for value in values for gid in resolve_group(value, ids, by_name)}


class DirectoryIndex:
    """Masks are built lazily, per attribute, on first use: a scheduled sync with the
    default filter never pays for department or group indexes it does not need."""

    def __init__(
        self,
        employees: Sequence[Employee],
        groups: Sequence[Group] = (),
        org_units: Sequence[OrgUnit] = (),
    ) -> None:
        self.employees = employees
        self.groups = groups
        self.org_units = org_units
        n = self.size = len(employees)
        self.all = (1 << n) - 1
        enabled, guests, not_people, stand_ins = [], [], [], []
        for i, e in enumerate(employees):
            if e.enabled:
                enabled.append(i)
            if e.guest:
                guests.append(i)
            if e.resource or not e.licensed:
                not_people.append(i)
            if e.address_note and e.email:
                stand_ins.append(i)
        self.enabled_mask = mask_of(enabled, n)
        self.guest_mask = mask_of(guests, n)
        # Accounts without a license, and rooms: what "Only licensed accounts" leaves out.
        self.unlicensed_mask = mask_of(not_people, n)
        # Shared with a remark (addressed by their sign-in name, listed twice...).
        self.stand_in_addresses = stand_ins
        self._emails: dict[str, list[int]] | None = None
        self._duplicates: dict[str, list[int]] | None = None
        self._attr: dict[str, dict[str, int]] = {}
        self._labels: dict[str, dict[str, str]] = {}
        self._groups: tuple[GroupMasks, dict[str, list[str]]] | None = None
        self._units: dict[str, int] | None = None

    # -- lazily built indexes -----------------------------------------------------------

    @property
    def email_positions(self) -> dict[str, list[int]]:
        """Case-folded address → positions of the employees using it."""
        if self._emails is None:
            emails: dict[str, list[int]] = defaultdict(list)
            for i, e in enumerate(self.employees):
                if e.email:
                    emails[e.email.casefold()].append(i)
            self._emails = dict(emails)
        return self._emails

    def duplicate_emails(self) -> dict[str, list[int]]:
        """Addresses used by more than one employee (usually none: checked cheaply)."""
        if self._duplicates is None:
            self._duplicates = self._find_duplicates()
        return self._duplicates

    def _find_duplicates(self) -> dict[str, list[int]]:
        folded = [e.email.casefold() for e in self.employees]
        counts = Counter(folded)  # counted in C; positions only for the few repeated
        repeated = {a for a, n in counts.items() if n > 1 and a}
        if not repeated:
            return {}
        out: dict[str, list[int]] = defaultdict(list)
        for i, address in enumerate(folded):
            if address in repeated:
                out[address].append(i)
        return dict(out)

    def _values(self, attr: str) -> Iterator[str]:
        """Each employee's value of a simple attribute, or its e-mail domain."""
        field = "domain" if attr == "domains" else SIMPLE_ATTRIBUTES[attr]
        return map(attrgetter(field), self.employees)

    def _build_attr(self, attr: str) -> None:
        buckets: dict[str, list[int]] = defaultdict(list)
        labels: dict[str, str] = {}
        keys: dict[str, str] = {}  # raw value -> key; values repeat a lot
        for i, value in enumerate(self._values(attr)):
            if not value:
                continue
            k = keys.get(value)
            if k is None:
                k = keys[value] = key(value)
                labels.setdefault(k, value.strip())
            buckets[k].append(i)
        self._attr[attr] = {k: mask_of(v, self.size) for k, v in buckets.items()}
        self._labels[attr] = labels

    def attr_masks(self, attr: str) -> dict[str, int]:
        if attr not in self._attr:
            self._build_attr(attr)
        return self._attr[attr]

    def value_counts(self, attr: str) -> dict[str, int]:
        """Key → how many employees hold it (the options list), in the masks' order.
        Counted in C without building masks, unless they are built already."""
        masks = self._attr.get(attr)
        if masks is not None:
            return {k: m.bit_count() for k, m in masks.items()}
        counts: dict[str, int] = {}
        labels: dict[str, str] = {}
        for value, n in Counter(self._values(attr)).items():  # in order of appearance
            if value:
                k = key(value)
                labels.setdefault(k, value.strip())
                counts[k] = counts.get(k, 0) + n
        self._labels[attr] = labels
        return counts

    def labels(self, attr: str) -> dict[str, str]:
        """Key → the value as the first employee holding it spells it."""
        if attr not in self._labels:
            self.value_counts(attr)
        return self._labels[attr]

    @property
    def group_masks(self) -> GroupMasks:
        return self._group_index()[0]

    @property
    def groups_by_name(self) -> dict[str, list[str]]:
        return self._group_index()[1]

    def _group_index(self) -> tuple[GroupMasks, dict[str, list[str]]]:
        if self._groups is None:
            by_name = groups_by_key((g.id, g.name) for g in self.groups)
            self._groups = (GroupMasks(self.groups, self.employees), by_name)
        return self._groups

    @property
    def unit_masks(self) -> dict[str, int]:
        """Org unit path (case-folded) → employees in it or any sub-unit."""
        if self._units is None:
            direct: dict[str, list[int]] = defaultdict(list)
            for i, e in enumerate(self.employees):
                if e.org_unit:
                    direct[e.org_unit.rstrip("/") or "/"].append(i)
            paths = {u.path.rstrip("/") or "/" for u in self.org_units} | set(direct) | {"/"}
            direct_masks = {p: mask_of(v, self.size) for p, v in direct.items()}
            out: dict[str, int] = {}
            for path in paths:
                prefix = "/" if path == "/" else path + "/"
                m = direct_masks.get(path, 0)
                for other, om in direct_masks.items():
                    if other.startswith(prefix):
                        m |= om
                out[key(path)] = m
            self._units = out
        return self._units

    # -- resolving filter values -------------------------------------------------------

    def group_ids(self, value: str) -> list[str]:
        """A group named by id, or by display name (every group of that name)."""
        return resolve_group(value, self.group_masks, self.groups_by_name)

    def value_mask(self, attr: str, value: str) -> int:
        if attr == "groups":
            m = 0
            for gid in self.group_ids(value):
                m |= self.group_masks[gid]
            return m
        if attr == "org_units":
            path = value.strip().rstrip("/") or "/"
            return self.unit_masks.get(key(path), 0)
        if attr == "emails":
            return mask_of(self.email_positions.get(key(value), ()), self.size)
        if attr == "domains":
            return self.attr_masks("domains").get(key(value).lstrip("@"), 0)
        return self.attr_masks(attr).get(key(value), 0)

    def unknown(self, attr: str, value: str) -> bool:
        """Groups and org units must exist; other values may simply match nobody today."""
        if attr == "groups":
            return not self.group_ids(value)
        if attr == "org_units":
            return key(value.strip().rstrip("/") or "/") not in self.unit_masks
        return False
