"""The sync plan: (directory ∩ filter) versus the platform's synced users.

Pure computation, no I/O: adds, updates (with the fields that changed), removals and
the per-record problems. Applying it is `apply.py`'s job.
"""

from __future__ import annotations

import dataclasses
import string
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from idp_wizard.core.directory_index import DirectoryIndex
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.known_sources import stored_value
from idp_wizard.core.language import LanguageMapper, MatchKind
from idp_wizard.core.messages import msg
from idp_wizard.core.records import Directory, Employee, Group
from idp_wizard.core.selection import Selector, check_values
from idp_wizard.core.user_record import (
    UserRecord,
    changed_fields,
    employee_fingerprint,
    to_record,
)
from idp_wizard.core.users import SyncedState
from idp_wizard.core.validation import Action, Problem, who


class SharedGroup(NamedTuple):
    """A group the filter names, with its members who are shared (pushed as a SCIM Group
    when "groups" is ticked)."""

    id: str
    name: str
    member_ids: frozenset[str]


@dataclass(slots=True)
class SyncPlan:
    directory_users: int
    adds: list[UserRecord] = field(default_factory=list)
    updates: list[tuple[UserRecord, tuple[str, ...]]] = field(default_factory=list)
    removals: list[UserRecord] = field(default_factory=list)
    unchanged: int = 0
    kept: int = 0
    problems: list[Problem] = field(default_factory=list)
    # Source fingerprints (core/known_sources.py): of the added and updated users that
    # may be recognised next time, and (stored value, id) of unchanged or kept users
    # whose stored one is no longer right.
    sources: dict[str, int] = field(default_factory=dict)
    source_updates: list[tuple[int, str]] = field(default_factory=list)
    groups: list[SharedGroup] = field(default_factory=list)
    # The record fingerprint (user_record.record_fingerprint) of each updated user, by
    # id: planning took it to compare with the stored one, and the apply stores it
    # without taking it again. Adds have none (nothing to compare): the apply takes
    # theirs, so every record written is fingerprinted once.
    prints: dict[str, int] = field(default_factory=dict)
    _problems_json: tuple[list[Problem], int, list[dict[str, Any]]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def problems_json(self) -> list[dict[str, Any]]:
        """`problems` as JSON, made once: the run record and the outcome both want it, and
        a 100,000-user read has ~2,000 of them, each with its reason rendered in English.
        Made again if problems were added or replaced since."""
        made, problems = self._problems_json, self.problems
        if made is None or made[0] is not problems or made[1] != len(problems):
            made = self._problems_json = (problems, len(problems),
                                          [p.to_json() for p in problems])
        return made[2]

    @property
    def shared(self) -> int:
        """How many users the platform has once this plan is applied."""
        return len(self.adds) + len(self.updates) + self.unchanged + self.kept

    @property
    def skipped(self) -> int:
        return sum(1 for p in self.problems if p.action is Action.SKIPPED)

    @property
    def is_noop(self) -> bool:
        return not (self.adds or self.updates or self.removals)


# "User data to synchronize": the attribute groups an admin may leave out, and the
# employee fields each one covers (profile and e-mail are always synced).
DATA_GROUPS: dict[str, tuple[str, ...]] = {
    "organisation": ("department", "job_title", "company", "manager_id"),
    "location": ("location", "country"),
    "language": ("language_raw",),
}


def data_trimmer(synced_data: Collection[str] | None) -> Callable[[Employee], Employee] | None:
    """Blank the fields of the groups the admin chose not to sync (None: keep all).
    The filter still sees them: choosing employees by department does not require
    copying departments to the platform."""
    if synced_data is None:
        return None
    blank: dict[str, Any] = {f: "" for g, fs in DATA_GROUPS.items()
                             if g not in synced_data for f in fs}
    if not blank:
        return None
    return lambda e: dataclasses.replace(e, **blank)


@dataclass(frozen=True, slots=True)
class PlannedChange:
    """A filter change's plan made moments ago (the preview the admin saw), with what it
    was made against. The sync that saves the filter applies a copy of it, instead of
    planning again, if it would plan the same: the same filter, synchronized data and
    language mapping, over the same directory read, against synced users with the same
    fingerprints (as in the plan itself, a fingerprint stands for the whole row)."""

    spec: FilterSpec
    plan: SyncPlan
    index: DirectoryIndex  # of the directory read the plan was made from
    synced: tuple[int, int]  # the synced users it was compared with (fingerprints_digest)
    synced_data: Collection[str] | None
    languages: str  # the LanguageMapper's signature

    def plan_for(self, spec: FilterSpec, synced: tuple[int, int],
                 synced_data: Collection[str] | None,
                 mapper: LanguageMapper) -> SyncPlan | None:
        """A copy of the plan (its lists are the sync's to apply and free), or None.
        `synced`: the synced users now (users.synced_digest)."""
        if (spec != self.spec or synced_data != self.synced_data
                or mapper.signature != self.languages or synced != self.synced):
            return None
        p = self.plan
        return dataclasses.replace(
            p, adds=list(p.adds), updates=list(p.updates), removals=list(p.removals),
            problems=list(p.problems), sources=dict(p.sources),
            source_updates=list(p.source_updates), groups=list(p.groups),
            prints=dict(p.prints))


def build_index(directory: Directory) -> DirectoryIndex:
    return DirectoryIndex(directory.employees, directory.groups, directory.org_units)


def build_plan(
    directory: Directory,
    spec: FilterSpec,
    synced: SyncedState,
    mapper: LanguageMapper,
    index: DirectoryIndex | None = None,
    synced_data: Collection[str] | None = None,
    check: bool = True,
    unchanged: Collection[str] = (),
    consume: bool = False,
    selector: Selector | None = None,
) -> SyncPlan:
    """`synced_data`: the wizard's "user data to synchronize" (None: everything).
    `check`: refuse a filter naming groups or org units the directory lacks (off for
    an incremental round, which sees only the changed users). `unchanged`: synced
    users the reader recognised as unchanged (core/known_sources.py): listed by the
    directory, shared, and not in `directory`. `consume`: the caller needs neither
    the directory's employees nor the index afterwards: each shared employee is
    dropped from `directory.employees` (a placeholder takes its place) once planned,
    so a first sync of 500,000 does not hold every employee beside its record.
    `selector`: one made already for this index and `synced` (a filter session's)."""
    index = index or build_index(directory)
    trim = data_trimmer(synced_data)
    if check:
        check_values(index, spec)
    selection = (selector or Selector(index, synced)).select(spec)
    plan = SyncPlan(directory_users=index.size + len(unchanged), kept=len(selection.kept))
    plan.problems.extend(selection.problems)

    emps = index.employees
    seen: set[str] = {emps[i].id for i in selection.kept}
    seen.update(unchanged)
    language = mapper.map
    fingerprints, sources = synced.fingerprints, synced.sources
    # Only a user shared without remark, with an address of its own, may be recognised.
    contested = index.duplicate_emails()
    changed: list[UserRecord] = []
    invalid = MatchKind.INVALID
    same = 0
    prints = plan.prints
    drop = directory.employees if consume and directory.employees is emps else None
    for i in selection.shared:
        e = emps[i] if trim is None else trim(emps[i])
        if drop is not None:
            drop[i] = PLANNED
        uid = e.id
        lang = language(e.language_raw)
        source = e.source_fingerprint
        if lang.kind is invalid:
            plan.problems.append(Problem(uid, who(e), msg(
                "language {value} is not a language code; using {code}",
                value=repr(e.language_raw[:40]), code=lang.code), Action.WARNING))
            source = 0
        elif e.address_note or (contested and e.email.casefold() in contested):
            source = 0
        seen.add(uid)
        old = fingerprints.get(uid)
        # Most users are unchanged: compare fingerprints, build records for the others.
        if old is None:
            plan.adds.append(to_record(e, lang.code))
        elif old == (current := employee_fingerprint(e, lang.code)):
            same += 1
            if e.source_fingerprint and sources.get(uid, 0) != source:
                plan.source_updates.append((stored_value(source, old), uid))
            continue
        else:
            changed.append(to_record(e, lang.code))
            prints[uid] = current
        if source:
            plan.sources[uid] = source
    plan.unchanged = same + len(unchanged)
    plan.source_updates.extend(
        (0, emps[i].id) for i in selection.kept
        if emps[i].source_fingerprint and sources.get(emps[i].id, 0))
    if changed:  # only now load the stored rows, to say which fields changed
        stored = synced.load_rows(r.id for r in changed)
        plan.updates = [(r, changed_fields(stored.get(r.id, ()), r)) for r in changed]
    plan.groups = [SharedGroup(g.id, g.name, g.member_ids & seen)
                   for g in named_groups(index, spec)]
    gone = [uid for uid in fingerprints if uid not in seen]
    if gone:
        stored = synced.load_rows(gone)
        # In address order (as SQLite's NOCASE compares), as the store lists them.
        plan.removals = sorted((stored[uid] for uid in gone if uid in stored),
                               key=lambda r: r.email.translate(_ASCII_LOWER))
    return plan


# What a consumed employee's place holds (see build_plan's `consume`).
PLANNED = Employee("", "", "")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def named_groups(index: DirectoryIndex, spec: FilterSpec) -> list[Group]:
    """The directory groups the filter's include list names (by id or display name)."""
    wanted = {gid for value in spec.include["groups"] for gid in index.group_ids(value)}
    return [g for g in index.groups if g.id in wanted]
