"""Who is in the demo tenant and how they were made: people, groups, managers.

`Roster` generates people one at a time from a seeded RNG (so joiners made by churn
later are as deterministic as the initial staff) and places them in departments,
under managers and in groups. `tenant.DemoTenant` adds identities and lookups.
"""

from __future__ import annotations

import random
from typing import ClassVar

from idp_wizard.demo import traps
from idp_wizard.demo.ids import ascii_local
from idp_wizard.demo.orgdata import (
    DEPARTMENTS,
    DOMAIN,
    F_ARCHIVED,
    F_CUSTOM_LANG,
    F_EXTRA_LANG,
    F_SECOND_ORG,
    LANGUAGES,
    NAMES,
    OFFICES,
    PERSON,
    TRAP_KEYS,
)
from idp_wizard.demo.people import DemoGroup, NewPerson, build_groups
from idp_wizard.demo.person_table import PersonTable
from idp_wizard.demo.pickled_state import KeptState

_DEPT_PICK = [i for i, d in enumerate(DEPARTMENTS) for _ in range(d[1])]
_OFFICE_PICK = [i for i, o in enumerate(OFFICES) for _ in range(o[5])]
_NAMES = {cc: (g.split(), s.split()) for cc, (g, s) in NAMES.items()}


class Roster(KeptState):
    """The people and groups of a tenant of (about) `size` people."""

    _kept: ClassVar[tuple[str, ...]] = (  # pickled_state.KeptState
        "domain", "persons", "groups", "group_index", "project_groups", "leads", "_upn_counts")

    def __init__(self, size: int) -> None:
        self.domain = DOMAIN
        self.persons = PersonTable()
        self.groups: list[DemoGroup] = build_groups(size)
        self.group_index = {g.name: g.index for g in self.groups}
        self.project_groups = [g.index for g in self.groups if g.name.startswith(("Proj", "Team"))]
        self.leads: list[list[int]] = [[] for _ in DEPARTMENTS]  # per department: managers
        self._upn_counts: dict[str, int] = {}

    def unique_upn(self, local: str, domain: str | None = None) -> str:
        n = self._upn_counts.get(local, 0) + 1
        self._upn_counts[local] = n
        domain = domain or self.domain
        upn = f"{local}@{domain}" if n == 1 else f"{local}{n}@{domain}"
        self.persons.note_upn(upn, local, n, domain)
        return upn

    def join_group(self, p: NewPerson, index: int) -> None:
        """A person being made joins a group (it is in none of them yet)."""
        self.groups[index].members.append(p.key)
        p.groups.append(index)

    def enter_group(self, key: int, index: int) -> None:
        """A person already in the tenant joins a group it is not in."""
        self.groups[index].members.append(key)
        self.persons.add_group(key, index)

    def leave_group(self, key: int, index: int) -> None:
        if self.persons.drop_group(key, index):
            self.groups[index].members.remove(key)

    def make_person(self, key: int, rng: random.Random, initial: bool = True) -> NewPerson:
        """An employee; at first generation, keys in TRAP_KEYS are hand-made and a few
        others get random traps. Joiners (`initial=False`) are plain employees."""
        p, rnd = NewPerson(key), rng.random
        p.office = _OFFICE_PICK[int(rnd() * len(_OFFICE_PICK))]
        p.dept = _DEPT_PICK[int(rnd() * len(_DEPT_PICK))]
        office = OFFICES[p.office]
        givens, surnames = _NAMES[office[1]]
        p.given = givens[int(rnd() * len(givens))]
        p.surname = surnames[int(rnd() * len(surnames))]
        p.company = office[4]
        p.shown = None  # "given surname", made when rendered
        titles = DEPARTMENTS[p.dept][2]
        p.title = titles[int(rnd() * len(titles))]
        r = rnd()
        p.lang = office[6] if r < 0.78 else LANGUAGES[int(r * 997) % 10] if r < 0.9 else ""
        r = rnd()
        p.flags = (F_SECOND_ORG if r < 0.1 else F_CUSTOM_LANG if r < 0.15 else
                   F_EXTRA_LANG if r < 0.25 else 0) | (F_ARCHIVED if r > 0.8 else 0)
        if rnd() < 0.04:
            p.office = -1  # remote worker: no office, city or desk
        p.upn = self.unique_upn(ascii_local(f"{p.given}.{p.surname}") or f"user{key}")
        p.mail = p.upn
        r = rnd()
        if initial and key in TRAP_KEYS:
            traps.make_trap(self, p)
        elif initial:
            traps.random_trap(self, p, r)
        self._place(p, rng, initial)
        return p

    def _place(self, p: NewPerson, rng: random.Random, initial: bool) -> None:
        """Manager and group memberships of a newly made person."""
        if p.guest:
            self.join_group(p, self.group_index["External Partners"])
        if p.kind != PERSON or p.dept < 0 or p.guest:
            return
        leads = self.leads[p.dept]
        if initial and p.key in TRAP_KEYS:  # hand-made: report to the CEO if made later
            p.manager = traps.CEO if p.key > traps.CEO else -1
            if p.key == traps.CEO:
                self.join_group(p, self.group_index["Leadership"])
        elif not leads:  # the first of a department heads it, reporting to the CEO
            p.title = f"Head of {DEPARTMENTS[p.dept][0]}"
            p.manager = traps.CEO if len(self.persons) > traps.CEO else -1
            self.join_group(p, self.group_index["Department heads"])
        else:
            p.manager = leads[int(rng.random() * len(leads))]
        if p.manager >= 0:
            self.persons.mark_manager(p.manager)
        if len(leads) < 20 and not (initial and p.key in TRAP_KEYS):
            leads.append(p.key)
        self.join_group(p, self.group_index[f"All {DEPARTMENTS[p.dept][0]}"])
        if p.office >= 0:
            self.join_group(p, self.group_index[f"Office {OFFICES[p.office][0]}"])
        for _ in range(1 + (p.key % 3 == 0)):
            g = self.project_groups[int(rng.random() * len(self.project_groups))]
            if g not in p.groups:
                self.join_group(p, g)
