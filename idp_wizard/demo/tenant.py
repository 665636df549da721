"""The offline demo tenant: a deterministic, realistic organisation ("Contoso").

`DemoTenant` holds provider-neutral people, groups and org units; the Graph and
Directory fakes render them as Microsoft Graph or Google Directory JSON. The same
(size, seed, churn_steps) gives identical data, byte for byte. People are columns
(person_table.py) and ids are derived from (seed, key) on demand, so 500,000 people
stay lean.
Data-quality traps are planted by traps.py (keys in TRAP_KEYS) and, scaled, at random.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import ClassVar

from idp_wizard.demo import churn
from idp_wizard.demo.churn import Change
from idp_wizard.demo.ids import digest, guid, int_guid
from idp_wizard.demo.orgdata import DEPARTMENTS, DOMAIN, ENG_TEAMS, OFFICES, REGIONS
from idp_wizard.demo.people import Person
from idp_wizard.demo.roster import Roster


class DemoTenant(Roster):
    """A deterministic Contoso organisation of `size` people, after `churn_steps` steps."""

    _kept: ClassVar[tuple[str, ...]] = (
        *Roster._kept, "size", "seed", "step", "version", "admin_email", "non_admin_email",
        "fingerprint", "events", "_entra_index", "_google_index", "_google_indexed")

    def __init__(self, size: int = 250, seed: int = 0, churn_steps: int = 0,
                 domain: str = DOMAIN) -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        super().__init__(size)
        self.size, self.seed, self.step = size, seed, 0
        self.version = 0  # bumped on every change, for the fakes' caches
        self.domain = domain  # another demo client's tenant has its own (clients)
        self.admin_email = f"admin@{domain}"
        self.non_admin_email = f"paul.plain@{domain}"
        self.fingerprint = digest("tenant", size, seed)[:12]
        self.events: list[tuple[int, int, int]] = []  # per step: joined, left, moved (-1)
        self._entra_index: dict[str, int] = {}
        self._google_index: dict[str, int] = {}
        self._google_indexed = 0  # persons already in _google_index
        rng = random.Random(f"contoso:{seed}")
        for key in range(size):
            self.persons.append(self.make_person(key, rng))
        self.advance_to(churn_steps)

    # -- identities -------------------------------------------------------------------
    @property
    def entra_admin_id(self) -> str:
        return self.entra_id(0)

    @property
    def entra_non_admin_id(self) -> str:
        return self.entra_id(1)

    @property
    def google_admin_id(self) -> str:
        return self.google_id(0)

    def entra_id(self, key: int) -> str:
        return int_guid("user", self.seed, key)

    def google_id(self, key: int) -> str:
        return "1" + str(int(digest("guser", self.seed, key), 16))[:20]

    def entra_group_id(self, index: int) -> str:
        return guid("group", self.seed, index)

    def google_group_id(self, index: int) -> str:
        return "0" + digest("ggroup", self.seed, index)[:14]

    def org_unit_id(self, path: str) -> str:
        return "id:03ph" + digest("ou", self.seed, path)[:11]

    def _index(self) -> None:
        """Entra id → key, built lazily and extended as joiners arrive."""
        for key in range(len(self._entra_index), len(self.persons)):
            self._entra_index[self.entra_id(key)] = key

    def _index_google(self) -> None:
        """Google id and e-mail → key (a separate map: each provider builds only its own)."""
        for p in self.persons[self._google_indexed :]:
            self._google_index[self.google_id(p.key)] = p.key
            self._google_index[p.google_email.lower()] = p.key
            if p.guest:  # by_upn finds guests by their #EXT# sign-in name too
                self._google_index[p.upn.lower()] = p.key
        self._google_indexed = len(self.persons)

    def by_entra_id(self, object_id: str) -> Person | None:
        self._index()
        key = self._entra_index.get(object_id)
        return None if key is None or self.persons.removed(key) else self.persons[key]

    def by_google_key(self, user_key: str) -> Person | None:
        """Google userKey: primary e-mail (case-insensitive) or numeric id."""
        self._index_google()
        key = self._google_index.get(user_key.lower())
        p = None if key is None else self.persons[key]
        if p is None or p.removed or not p.in_google:
            return None
        return p if user_key.lower() != p.upn.lower() or not p.guest else None

    def by_upn(self, upn: str) -> Person | None:
        """Any user (guests and rooms included) by userPrincipalName, case-insensitive."""
        self._index_google()
        key = self._google_index.get(upn.lower())
        p = None if key is None else self.persons[key]
        return p if p is not None and not p.removed and p.upn.lower() == upn.lower() else None

    # -- listings ---------------------------------------------------------------------
    def active(self) -> Iterator[Person]:
        return (p for p in self.persons if not p.removed)

    def org_unit_paths(self) -> list[str]:
        """Every org unit path, parents before children (the root "/" excluded)."""
        paths: dict[str, None] = {}
        for name, _w, _t in DEPARTMENTS:
            paths[f"/{name}"] = None
            subs = ENG_TEAMS if name == "Engineering" else REGIONS
            for sub in subs:
                paths[f"/{name}/{sub}"] = None
                if name == "Sales":
                    paths.update({f"/Sales/{sub}/{o[0]}": None for o in OFFICES if o[3] == sub})
        return list(paths)

    def nested_groups(self, index: int) -> list[int]:
        """Groups nested below `index` at any depth, each once, depth-first."""
        seen: dict[int, None] = {}
        stack = list(reversed(self.groups[index].children))
        while stack:
            g = stack.pop()
            if g not in seen:
                seen[g] = None
                stack.extend(reversed(self.groups[g].children))
        return list(seen)

    def transitive_members(self, index: int) -> list[int]:
        """User keys of the group and of all nested groups, each once, in a stable order."""
        out = dict.fromkeys(self.groups[index].members)
        for g in self.nested_groups(index):
            out.update(dict.fromkeys(self.groups[g].members))
        return list(out)

    def member_of(self, key: int) -> list[int]:
        """Groups the person belongs to, directly or through nesting."""
        parents: dict[int, list[int]] = {}
        for group in self.groups:
            for c in group.children:
                parents.setdefault(c, []).append(group.index)
        out: set[int] = set()
        stack = list(self.persons[key].groups)
        while stack:
            g = stack.pop()
            if g not in out:
                out.add(g)
                stack.extend(parents.get(g, ()))
        return sorted(out)

    # -- churn ------------------------------------------------------------------------
    def advance_to(self, steps: int) -> None:
        """Apply churn steps up to `steps`; costs O(steps applied), not O(size)."""
        if steps < self.step:
            raise ValueError("churn cannot go back; build a new DemoTenant")
        while self.step < steps:
            self.step += 1
            self.events.append(churn.apply_step(self, self.seed, self.step))
            self.version += 1

    def changes_between(self, a: int, b: int) -> dict[int, Change]:
        """Per person key: what happened after step `a` up to step `b`."""
        return churn.changes_between(self.events, a, b)

    def events_between(self, a: int, b: int) -> set[int]:
        """Person keys added, changed or removed after step `a` up to step `b`."""
        return set(self.changes_between(a, b))
