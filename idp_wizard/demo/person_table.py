"""The demo tenant's people as columns: 500,000 people without 500,000 objects.

A person is made as a mutable `NewPerson` (people.py), then packed into per-field
columns: a shared (given, surname, display) tuple, a shared tuple of everything else
that many people have alike (department, title, office... flags), the manager and direct
groups (six slots) in `array`s, and the sign-in name split into a shared local part, a
counter and a domain (as `Roster.unique_upn` made it), so no address is kept per person.
Reading a person builds a `Person` row (a named tuple) from the columns.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar, overload

from idp_wizard.demo.orgdata import PERSON
from idp_wizard.demo.people import Person
from idp_wizard.demo.pickled_state import KeptState

if TYPE_CHECKING:
    from idp_wizard.demo.people import NewPerson

GROUP_SLOTS = 6  # direct groups a person can have (at most 5 are ever assigned)
_NO_GROUP = 0xFFFF
_MAIL_IS_UPN, _NO_MAIL, _MAIL_OTHER = 0, 1, 2
_EMPTY_SLOTS = [array("H", [_NO_GROUP] * (GROUP_SLOTS - n)) for n in range(GROUP_SLOTS + 1)]
# A profile: (dept, title, office, company, lang, kind, flags, enabled, guest, licensed,
# is_manager, removed), shared by everyone alike; a name: (given, surname, shown).
_DEPT, _TITLE, _KIND, _MANAGER, REMOVED = 0, 1, 5, 10, 11
_new_row = tuple.__new__
Profile = tuple[int, "str | None", int, int, str, int, int, bool, bool, bool, bool, bool]


class PersonTable(KeptState):
    """Every person of a tenant, by key (the index), as columns."""

    _kept: ClassVar[tuple[str, ...]] = (  # not `rendered` (see __setstate__)
        "_shared", "names", "profiles", "manager", "groups", "_locals", "_local_ids",
        "_domains", "_domain_ids", "_pending", "upn_local", "upn_number", "upn_domain",
        "_upn_other", "mail_kind", "_mail_other", "_others")

    def __init__(self) -> None:
        self._shared: dict[Any, Any] = {}  # one tuple per distinct name and profile
        self.names: list[tuple[str | None, str | None, str | None]] = []
        self.profiles: list[Profile] = []
        self.manager = array("i")
        self.groups = array("H")
        self._locals: list[str] = []  # sign-in names: local part, counter, domain
        self._local_ids: dict[str, int] = {}
        self._domains: list[str] = []
        self._domain_ids: dict[str, int] = {}
        self._pending: dict[str, tuple[str, int, str]] = {}  # sign-in names being made
        self.upn_local, self.upn_number, self.upn_domain = array("i"), array("i"), array("b")
        self._upn_other: dict[int, str] = {}  # names not made by unique_upn (counter 0)
        self.mail_kind = array("b")
        self._mail_other: dict[int, str] = {}
        # Keys of the few that are no person (rooms, shared mailboxes), by kind: listing
        # the rooms must not scan 500,000 profiles (Graph answers that from its index).
        self._others: dict[int, array[int]] = {}
        # Rendered JSON that depends on the profile only: per fields asked for, by id()
        # of a profile (kept alive in _shared), and which of the person's own fields
        # were asked for; graph_render.user_json_at fills it.
        self.rendered: dict[tuple[str, ...],
                            tuple[dict[int, dict[str, Any]], tuple[bool, ...]]] = {}

    def __setstate__(self, state: dict[str, Any]) -> None:
        super().__setstate__(state)
        # Keyed by id() of this process's profiles: made again, never read back.
        self.rendered = {}

    def __len__(self) -> int:
        return len(self.profiles)

    def _id(self, table: list[str], ids: dict[str, int], value: str) -> int:
        got = ids.get(value)
        if got is None:
            got = ids[value] = len(table)
            table.append(value)
        return got

    def note_upn(self, upn: str, local: str, n: int, domain: str) -> None:
        """`Roster.unique_upn` made `upn` as local part, counter (1: none) and domain."""
        self._pending[upn] = (local, n, domain)

    def append(self, p: NewPerson) -> None:
        """Pack a newly made person (its key is the next index)."""
        key, share, groups = len(self.profiles), self._shared.setdefault, p.groups
        assert p.key == key and len(groups) <= GROUP_SLOTS
        name = (p.given, p.surname, p.shown)  # their strings come from shared tables
        self.names.append(share(name, name))
        profile = (p.dept, p.title, p.office, p.company, p.lang, p.kind, p.flags,
                   p.enabled, p.guest, p.licensed, p.is_manager, p.removed)
        self.profiles.append(share(profile, profile))
        if p.kind != PERSON:  # a key's kind never changes
            self._others.setdefault(p.kind, array("i")).append(key)
        self.manager.append(p.manager)
        self.groups.extend(groups)
        self.groups.extend(_EMPTY_SLOTS[len(groups)])
        upn, pending = p.upn, self._pending
        local, n, domain = pending.get(upn) or ("", 0, "")
        if pending:
            pending.clear()
        if not n:  # made by hand (guests, the service account): kept as it is
            self._upn_other[key] = upn
        local_id = self._local_ids.get(local)
        self.upn_local.append(local_id if local_id is not None else
                              self._id(self._locals, self._local_ids, local))
        self.upn_number.append(n)
        self.upn_domain.append(self._id(self._domains, self._domain_ids, domain))
        self.mail_kind.append(_MAIL_IS_UPN)
        if p.mail != upn:
            self.set_mail(key, p.mail)

    def addresses(self, key: int) -> tuple[str, str | None]:
        """Person `key`'s sign-in name (upn) and `mail`."""
        upn = self.upn(key)
        kind = self.mail_kind[key]
        return upn, (upn if kind == _MAIL_IS_UPN else None if kind == _NO_MAIL
                     else self._mail_other[key])

    def upn(self, key: int) -> str:
        n = self.upn_number[key]
        if n == 0:
            return self._upn_other[key]
        local, domain = self._locals[self.upn_local[key]], self._domains[self.upn_domain[key]]
        return f"{local}@{domain}" if n == 1 else f"{local}{n}@{domain}"

    # -- reading ----------------------------------------------------------------------
    @overload
    def __getitem__(self, key: int) -> Person: ...
    @overload
    def __getitem__(self, key: slice) -> list[Person]: ...
    def __getitem__(self, key: int | slice) -> Person | list[Person]:
        if isinstance(key, slice):
            return [self[k] for k in range(*key.indices(len(self)))]
        k = key + len(self.profiles) if key < 0 else key
        profile = self.profiles[k]  # IndexError past the end
        n = self.upn_number[k]  # as upn(), inline: rendering reads every person
        if n == 0:
            upn = self._upn_other[k]
        elif n == 1:
            upn = f"{self._locals[self.upn_local[k]]}@{self._domains[self.upn_domain[k]]}"
        else:
            upn = f"{self._locals[self.upn_local[k]]}{n}@{self._domains[self.upn_domain[k]]}"
        mail = self.mail_kind[k]
        return _new_row(Person, self.names[k] + profile + (  # type: ignore[no-any-return]
            k, upn,
            upn if mail == _MAIL_IS_UPN else None if mail == _NO_MAIL else self._mail_other[k],
            self.manager[k], profile, self))

    def __iter__(self) -> Iterator[Person]:
        return (self[k] for k in range(len(self)))

    def active_of_kind(self, kind: int) -> list[int]:
        """Keys of the people of one kind (e.g. rooms) not removed, from the profiles
        alone: no row is built, so a listing of a few rooms does not cost a tenant."""
        if kind == PERSON:
            return [k for k, p in enumerate(self.profiles) if p[_KIND] == kind and not p[REMOVED]]
        profiles = self.profiles
        return [k for k in self._others.get(kind, ()) if not profiles[k][REMOVED]]

    def removed(self, key: int) -> bool:
        return self.profiles[key][REMOVED] is True

    def in_google_now(self, key: int) -> bool:
        """Listed by Google: a person (see `Person.in_google`) not removed."""
        profile = self.profiles[key]
        return profile[_KIND] == PERSON and not profile[REMOVED]

    def group_list(self, key: int) -> list[int]:
        return [g for g in self.groups[key * GROUP_SLOTS : (key + 1) * GROUP_SLOTS]
                if g != _NO_GROUP]

    # -- changing (churn, and tests that make people vanish) ---------------------------
    def _change(self, key: int, field: int, value: object) -> None:
        old = self.profiles[key]
        changed: Profile = (*old[:field], value, *old[field + 1 :])  # type: ignore[assignment]
        self.profiles[key] = self._shared.setdefault(changed, changed)

    def set_mail(self, key: int, mail: str | None) -> None:
        """Person `key`'s `mail` (None: no mailbox; the upn's own: as most have)."""
        upn = self.upn(key)
        kind = _MAIL_IS_UPN if mail == upn else _NO_MAIL if mail is None else _MAIL_OTHER
        self.mail_kind[key] = kind
        if kind == _MAIL_OTHER:
            self._mail_other[key] = str(mail)

    def mark_removed(self, key: int) -> None:
        self._change(key, REMOVED, True)

    def mark_manager(self, key: int) -> None:
        if not self.profiles[key][_MANAGER]:
            self._change(key, _MANAGER, True)

    def move(self, key: int, dept: int, title: str) -> None:
        self._change(key, _DEPT, dept)
        self._change(key, _TITLE, title)

    def add_group(self, key: int, index: int) -> None:
        slots = self.group_list(key)
        assert len(slots) < GROUP_SLOTS
        self.groups[key * GROUP_SLOTS + len(slots)] = index

    def drop_group(self, key: int, index: int) -> bool:
        """Leave a direct group (the others keep their order); False if not in it."""
        slots = self.group_list(key)
        if index not in slots:
            return False
        slots.remove(index)
        start = key * GROUP_SLOTS
        self.groups[start : start + GROUP_SLOTS] = array(
            "H", [*slots, *[_NO_GROUP] * (GROUP_SLOTS - len(slots))])
        return True
