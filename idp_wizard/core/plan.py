"""The sync plan: (directory ∩ filter) versus the platform's synced users.

Pure computation, no I/O: adds, updates (with the fields that changed), removals and
the per-record problems. Applying it is `apply.py`'s job.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import NamedTuple

from idp_wizard.core.directory_index import DirectoryIndex
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.language import LanguageMapper, MatchKind
from idp_wizard.core.records import Directory, Employee, Group
from idp_wizard.core.selection import Selector, check_values
from idp_wizard.core.user_record import UserRecord, changed_fields, record_fingerprint, to_record
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
    groups: list[SharedGroup] = field(default_factory=list)

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
    blank = {f: "" for g, fs in DATA_GROUPS.items() if g not in synced_data for f in fs}
    if not blank:
        return None
    return lambda e: dataclasses.replace(e, **blank)


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
) -> SyncPlan:
    """`synced_data`: the wizard's "user data to synchronize" (None: everything).
    `check`: refuse a filter naming groups or org units the directory lacks (off for
    an incremental round, which sees only the changed users)."""
    index = index or build_index(directory)
    trim = data_trimmer(synced_data)
    if check:
        check_values(index, spec)
    selection = Selector(index, synced).select(spec)
    plan = SyncPlan(directory_users=index.size, kept=len(selection.kept))
    plan.problems.extend(selection.problems)

    emps = index.employees
    seen: set[str] = {emps[i].id for i in selection.kept}
    language = mapper.map
    fingerprints = synced.fingerprints
    changed: list[UserRecord] = []
    for i in selection.shared:
        e = emps[i] if trim is None else trim(emps[i])
        lang = language(e.language_raw)
        if lang.kind is MatchKind.INVALID:
            plan.problems.append(Problem(
                e.id, who(e),
                f"language {e.language_raw[:40]!r} is not a language code; "
                f"using {lang.code}", Action.WARNING))
        seen.add(e.id)
        record = to_record(e, lang.code)
        old = fingerprints.get(e.id)
        if old is None:
            plan.adds.append(record)
        elif old == record_fingerprint(record):
            plan.unchanged += 1
        else:
            changed.append(record)
    if changed:  # only now load the stored rows, to say which fields changed
        stored = synced.load_rows(r.id for r in changed)
        plan.updates = [(r, changed_fields(stored.get(r.id, ()), r)) for r in changed]
    plan.groups = [SharedGroup(g.id, g.name, g.member_ids & seen)
                   for g in named_groups(index, spec)]
    gone = [uid for uid in fingerprints if uid not in seen]
    if gone:
        stored = synced.load_rows(gone)
        plan.removals = [stored[uid] for uid in gone if uid in stored]
    return plan


def named_groups(index: DirectoryIndex, spec: FilterSpec) -> list[Group]:
    """The directory groups the filter's include list names (by id or display name)."""
    wanted = {gid for value in spec.include["groups"] for gid in index.group_ids(value)}
    return [g for g in index.groups if g.id in wanted]
