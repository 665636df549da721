"""The demo tenant's people (as made, and as read back from columns) and groups.

People are kept as columns (person_table.py); groups keep their direct members as an
`array` of person keys. Provider JSON is rendered from these by the fakes.
"""

from __future__ import annotations

from array import array
from typing import TYPE_CHECKING, NamedTuple

from idp_wizard.demo.ids import ascii_local
from idp_wizard.demo.orgdata import DEPARTMENTS, ENG_TEAMS, OFFICES, PERSON, PROJECT_WORDS, REGIONS

if TYPE_CHECKING:
    from idp_wizard.demo.person_table import PersonTable


class NewPerson:
    """A directory user being made (also rooms, shared mailboxes and the service account);
    once made, it is packed into the tenant's `PersonTable` and read back as `Person`."""

    __slots__ = ("company", "dept", "enabled", "flags", "given", "groups", "guest",
                 "is_manager", "key", "kind", "lang", "licensed", "mail", "manager", "office",
                 "removed", "shown", "surname", "title", "upn")

    def __init__(self, key: int) -> None:
        self.key = key
        self.given: str | None = None
        self.surname: str | None = None
        self.shown: str | None = ""  # the display name; None: "given surname" (see Person)
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
        self.licensed = True  # Entra: has at least one assigned license
        self.kind = PERSON
        self.flags = 0
        self.groups: list[int] = []  # direct group indices
        self.is_manager = False  # someone reports to them: never picked as a leaver
        self.removed = False


class _Row(NamedTuple):  # in PersonTable's order: name, profile, then the rest
    given: str | None
    surname: str | None
    shown: str | None
    dept: int
    title: str | None
    office: int
    company: int
    lang: str
    kind: int
    flags: int
    enabled: bool
    guest: bool
    licensed: bool
    is_manager: bool
    removed: bool
    key: int
    upn: str
    mail: str | None
    manager: int
    profile: tuple[object, ...]  # the shared tuple dept..removed (PersonTable.profiles)
    table: PersonTable


class Person(_Row):
    """One person as read from the tenant's columns (fields as on `NewPerson`); a
    snapshot: changes go through the `PersonTable`."""

    __slots__ = ()

    @property
    def display(self) -> str:
        """The display name. Most people's is "given surname": made when asked for, not
        kept (500,000 people would hold ~30 MB of them)."""
        shown = self.shown
        return f"{self.given} {self.surname}" if shown is None else shown

    @property
    def groups(self) -> list[int]:
        """Direct group indices, in the order joined."""
        return self.table.group_list(self.key)

    @property
    def in_google(self) -> bool:
        """Rooms, shared mailboxes and the service account are Entra-only (Google keeps
        rooms as calendar resources, not users); guests exist in both."""
        return self.kind == PERSON

    @property
    def google_email(self) -> str:
        """Google's primaryEmail: a guest is known by the external address invited."""
        return (self.mail or self.upn) if self.guest else self.upn

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
    """A group: direct user members (person keys in the order they joined), child groups."""

    __slots__ = ("children", "description", "index", "kind", "members", "name", "nick")

    def __init__(self, index: int, name: str, kind: str, description: str = "") -> None:
        self.index = index
        self.name = name
        self.kind = kind  # "security" | "microsoft365" | "distribution"
        self.description = description
        self.nick = ascii_local(name, sep="-")
        self.members = array("i")
        self.children: list[int] = []


def build_groups(size: int) -> list[DemoGroup]:
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
