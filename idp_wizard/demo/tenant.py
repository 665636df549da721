"""The offline demo tenant: a deterministic, realistic organisation ("Contoso").

`DemoTenant` holds provider-neutral people, groups and org units; `graph_fake` and
`directory_fake` render them as Microsoft Graph or Google Directory JSON. The same
(size, seed, churn_steps) gives identical data, byte for byte. People are `__slots__`
objects and ids are derived from (seed, key) on demand, so 100,000 people stay lean.
Data-quality traps are planted by `churn.make_trap` (keys 0..19) and, scaled, at random.
"""

from __future__ import annotations

import hashlib
import random
import unicodedata
from collections.abc import Iterator

from idp_wizard.demo import churn
from idp_wizard.demo.churn import Change
from idp_wizard.demo.orgdata import (  # noqa: F401 (re-exported for the fakes)
    COMPANIES,
    DEPARTMENTS,
    DOMAIN,
    ENG_TEAMS,
    F_ARCHIVED,
    F_CUSTOM_LANG,
    F_EXTRA_LANG,
    F_SECOND_ORG,
    GOOGLE_LANG,
    GUEST_DOMAINS,
    LANGUAGES,
    NAMES,
    OFFICES,
    PERSON,
    PROJECT_WORDS,
    REGIONS,
    ROOM,
    SERVICE,
    SHARED,
    TRAP_KEYS,
)

_DEPT_PICK = [i for i, d in enumerate(DEPARTMENTS) for _ in range(d[1])]
_OFFICE_PICK = [i for i, o in enumerate(OFFICES) for _ in range(o[5])]
_NAMES = {cc: (g.split(), s.split()) for cc, (g, s) in NAMES.items()}


def ascii_local(text: str, sep: str = ".") -> str:
    """An e-mail local part from a name: "Zoë Groß" → "zoe.gross" ("" for CJK)."""
    text = text.lower().replace("ß", "ss").replace("ł", "l").replace(" ", sep)
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded if c.isalnum() or c == sep).strip(sep)


def _hex(*parts: object) -> str:
    return hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


def guid(*parts: object) -> str:
    """A deterministic GUID-shaped string (Entra object ids)."""
    h = _hex(*parts)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


class Person:
    """One directory user (also rooms, shared mailboxes and the service account)."""

    __slots__ = ("company", "dept", "display", "enabled", "flags", "given", "groups", "guest",
                 "is_manager", "key", "kind", "lang", "mail", "manager", "office", "removed",
                 "surname", "title", "upn")

    def __init__(self, key: int) -> None:
        self.key = key
        self.given: str | None = None
        self.surname: str | None = None
        self.display = ""
        self.upn = ""  # unique; Google primaryEmail
        self.mail: str | None = None  # Entra `mail`: may be null or another person's
        self.dept = -1  # index into DEPARTMENTS, -1 none
        self.title: str | None = None
        self.office = -1  # index into OFFICES, -1 remote / none
        self.company = 0  # index into COMPANIES, -1 none (guests)
        self.manager = -1  # person key, -1 none
        self.lang = ""  # raw preferredLanguage, may be invalid
        self.enabled = True
        self.guest = False
        self.kind = PERSON
        self.flags = 0
        self.groups: list[int] = []  # direct group indices
        self.is_manager = False  # someone reports to them: never picked as a leaver
        self.removed = False

    @property
    def in_google(self) -> bool:
        """Guests, rooms, shared mailboxes and the service account are Entra-only."""
        return self.kind == PERSON and not self.guest

    @property
    def org_unit_path(self) -> str:
        if self.dept < 0:
            return "/"
        dept = DEPARTMENTS[self.dept][0]
        if dept == "Engineering":
            return f"/Engineering/{ENG_TEAMS[self.key % 3]}"
        if self.office < 0:
            return f"/{dept}"
        city, region = OFFICES[self.office][0], OFFICES[self.office][3]
        return f"/Sales/{region}/{city}" if dept == "Sales" else f"/{dept}/{region}"


class DemoGroup:
    """A group: direct user members (an insertion-ordered dict as a set), child groups."""

    __slots__ = ("children", "description", "index", "kind", "members", "name", "nick")

    def __init__(self, index: int, name: str, kind: str, description: str = "") -> None:
        self.index = index
        self.name = name
        self.kind = kind  # "security" | "microsoft365" | "distribution"
        self.description = description
        self.nick = ascii_local(name, sep="-")
        self.members: dict[int, None] = {}
        self.children: list[int] = []


def _build_groups(size: int) -> list[DemoGroup]:
    """~size/50 groups, clamped to [8, 2000], but never fewer than the structural ones."""
    specs: list[tuple[str, str, str]] = [(f"All {d[0]}", "microsoft365", f"Everyone in {d[0]}")
                                         for d in DEPARTMENTS]
    specs += [(f"Office {o[0]}", "distribution", f"Staff at the {o[0]} office") for o in OFFICES]
    specs += [(f"All Staff {r}", "security", f"Everyone in {r}") for r in REGIONS]
    specs += [("All Staff", "security", "Every employee"),
              ("Department heads", "security", "Heads of department"),
              ("Leadership", "security", "Executives and department heads"),
              ("External Partners", "security", "Guest accounts of partners")]
    total = max(min(max(size // 50, 8), 2000), len(specs) + 4)
    first_project = len(specs)
    kinds = ("security", "microsoft365", "distribution")
    for i in range(total - len(specs)):
        word, n = PROJECT_WORDS[i % len(PROJECT_WORDS)], i // len(PROJECT_WORDS)
        name = f"Project {word}" if i % 2 == 0 else f"Team {word}"
        specs.append((f"{name} {n + 1}" if n else name, kinds[i % 3], f"{name} members"))
    groups = [DemoGroup(i, name, kind, desc) for i, (name, kind, desc) in enumerate(specs)]
    idx = {g.name: g.index for g in groups}
    for o in OFFICES:  # nesting: offices → region → "All Staff"; Leadership ⊃ heads
        groups[idx[f"All Staff {o[3]}"]].children.append(idx[f"Office {o[0]}"])
    groups[idx["All Staff Europe"]].children.insert(0, idx["All Staff DACH"])
    groups[idx["All Staff"]].children += [idx[f"All Staff {r}"] for r in REGIONS[1:]]
    groups[idx["Leadership"]].children.append(idx["Department heads"])
    for g in groups[first_project + 10 :: 10]:  # some project groups nest another one
        g.children.append(g.index - 1)
    return groups


class DemoTenant:
    """A deterministic Contoso organisation of `size` people, after `churn_steps` steps."""

    def __init__(self, size: int = 250, seed: int = 0, churn_steps: int = 0,
                 domain: str = DOMAIN) -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        self.size, self.seed, self.step = size, seed, 0
        self.version = 0  # bumped on every change, for the fakes' caches
        self.domain = domain  # another demo client's tenant has its own (clients)
        self.admin_email = f"admin@{domain}"
        self.non_admin_email = f"paul.plain@{domain}"
        self.fingerprint = _hex("tenant", size, seed)[:12]
        self.persons: list[Person] = []
        self.events: list[tuple[int, int, int]] = []  # per step: joined, left, moved (-1)
        self._upn_counts: dict[str, int] = {}
        self._leads: list[list[int]] = [[] for _ in DEPARTMENTS]
        self._entra_index: dict[str, int] = {}
        self._google_index: dict[str, int] = {}
        self._google_indexed = 0  # persons already in _google_index
        self.groups = _build_groups(size)
        self.group_index = {g.name: g.index for g in self.groups}
        self.project_groups = [g.index for g in self.groups if g.name.startswith(("Proj", "Team"))]
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
        return guid("user", self.seed, key)

    def google_id(self, key: int) -> str:
        return "1" + str(int(_hex("guser", self.seed, key), 16))[:20]

    def entra_group_id(self, index: int) -> str:
        return guid("group", self.seed, index)

    def google_group_id(self, index: int) -> str:
        return "0" + _hex("ggroup", self.seed, index)[:14]

    def org_unit_id(self, path: str) -> str:
        return "id:03ph" + _hex("ou", self.seed, path)[:11]

    def _index(self) -> None:
        """Entra id → key, built lazily and extended as joiners arrive."""
        for p in self.persons[len(self._entra_index) :]:
            self._entra_index[self.entra_id(p.key)] = p.key

    def _index_google(self) -> None:
        """Google id and e-mail → key (a separate map: each provider builds only its own)."""
        for p in self.persons[self._google_indexed :]:
            self._google_index[self.google_id(p.key)] = p.key
            self._google_index[p.upn.lower()] = p.key
        self._google_indexed = len(self.persons)

    def by_entra_id(self, object_id: str) -> Person | None:
        self._index()
        key = self._entra_index.get(object_id)
        return None if key is None or self.persons[key].removed else self.persons[key]

    def by_google_key(self, user_key: str) -> Person | None:
        """Google userKey: primary e-mail (case-insensitive) or numeric id."""
        self._index_google()
        key = self._google_index.get(user_key.lower())
        p = None if key is None else self.persons[key]
        return p if p is not None and not p.removed and p.in_google else None

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
        out = dict(self.groups[index].members)
        for g in self.nested_groups(index):
            out.update(self.groups[g].members)
        return list(out)

    def member_of(self, key: int) -> list[int]:
        """Groups the person belongs to, directly or through nesting."""
        parents: dict[int, list[int]] = {}
        for g in self.groups:
            for c in g.children:
                parents.setdefault(c, []).append(g.index)
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
            self.events.append(churn.apply_step(self, self.step))
            self.version += 1

    def changes_between(self, a: int, b: int) -> dict[int, Change]:
        """Per person key: what happened after step `a` up to step `b`."""
        return churn.changes_between(self.events, a, b)

    def events_between(self, a: int, b: int) -> set[int]:
        """Person keys added, changed or removed after step `a` up to step `b`."""
        return set(self.changes_between(a, b))

    # -- generation -------------------------------------------------------------------
    def unique_upn(self, local: str) -> str:
        n = self._upn_counts.get(local, 0) + 1
        self._upn_counts[local] = n
        return f"{local}@{self.domain}" if n == 1 else f"{local}{n}@{self.domain}"

    def join_group(self, p: Person, index: int) -> None:
        self.groups[index].members[p.key] = None
        p.groups.append(index)

    def leave_group(self, p: Person, index: int) -> None:
        self.groups[index].members.pop(p.key, None)
        if index in p.groups:
            p.groups.remove(index)

    def make_person(self, key: int, rng: random.Random, initial: bool = True) -> Person:
        """An employee; at first generation, keys in TRAP_KEYS are hand-made and a few
        others get random traps. Joiners (`initial=False`) are plain employees."""
        p, rnd = Person(key), rng.random
        p.office = _OFFICE_PICK[int(rnd() * len(_OFFICE_PICK))]
        p.dept = _DEPT_PICK[int(rnd() * len(_DEPT_PICK))]
        office = OFFICES[p.office]
        givens, surnames = _NAMES[office[1]]
        p.given = givens[int(rnd() * len(givens))]
        p.surname = surnames[int(rnd() * len(surnames))]
        p.display, p.company = f"{p.given} {p.surname}", office[4]
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
            churn.make_trap(self, p)
        elif initial:
            churn.random_trap(self, p, r)
        self._place(p, rng, initial)
        return p

    def _place(self, p: Person, rng: random.Random, initial: bool) -> None:
        """Manager and group memberships of a newly made person."""
        if p.guest:
            self.join_group(p, self.group_index["External Partners"])
        if p.kind != PERSON or p.dept < 0 or p.guest:
            return
        leads = self._leads[p.dept]
        if initial and p.key in TRAP_KEYS:  # hand-made: report to the CEO if made later
            p.manager = churn.CEO if p.key > churn.CEO else -1
            if p.key == churn.CEO:
                self.join_group(p, self.group_index["Leadership"])
        elif not leads:  # the first of a department heads it, reporting to the CEO
            p.title = f"Head of {DEPARTMENTS[p.dept][0]}"
            p.manager = churn.CEO if len(self.persons) > churn.CEO else -1
            self.join_group(p, self.group_index["Department heads"])
        else:
            p.manager = leads[int(rng.random() * len(leads))]
        if p.manager >= 0:
            self.persons[p.manager].is_manager = True
        if len(leads) < 20 and not (initial and p.key in TRAP_KEYS):
            leads.append(p.key)
        self.join_group(p, self.group_index[f"All {DEPARTMENTS[p.dept][0]}"])
        if p.office >= 0:
            self.join_group(p, self.group_index[f"Office {OFFICES[p.office][0]}"])
        for _ in range(1 + (p.key % 3 == 0)):
            g = self.project_groups[int(rng.random() * len(self.project_groups))]
            if g not in p.groups:
                self.join_group(p, g)
