"""The sync plan: (directory ∩ filter) versus the platform's synced users.

Pure computation, no I/O: adds, updates (with the fields that changed), removals and
the per-record problems. Applying it is `apply.py`'s job.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from idp_wizard.core.directory_index import DirectoryIndex
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.language import LanguageMapper, MatchKind
from idp_wizard.core.records import Directory, Employee
from idp_wizard.core.schema import USER_COLUMNS
from idp_wizard.core.selection import Selector, check_values
from idp_wizard.core.users import SyncedState, UserRow, fingerprint
from idp_wizard.core.validation import Action, Problem, who


@dataclass(slots=True)
class SyncPlan:
    directory_users: int
    adds: list[UserRow] = field(default_factory=list)
    updates: list[tuple[UserRow, tuple[str, ...]]] = field(default_factory=list)
    removals: list[UserRow] = field(default_factory=list)
    unchanged: int = 0
    kept: int = 0
    problems: list[Problem] = field(default_factory=list)

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
) -> SyncPlan:
    """`synced_data`: the wizard's "user data to synchronize" (None: everything)."""
    index = index or build_index(directory)
    trim = data_trimmer(synced_data)
    check_values(index, spec)
    selection = Selector(index, synced).select(spec)
    plan = SyncPlan(directory_users=index.size, kept=len(selection.kept))
    plan.problems.extend(selection.problems)

    emps = index.employees
    seen: set[str] = {emps[i].id for i in selection.kept}
    language = mapper.map
    fingerprints = synced.fingerprints
    changed: list[UserRow] = []
    for i in selection.shared:
        e = emps[i] if trim is None else trim(emps[i])
        lang = language(e.language_raw)
        if lang.kind is MatchKind.INVALID:
            plan.problems.append(Problem(
                e.id, who(e),
                f"language {e.language_raw[:40]!r} is not a language code; "
                f"using {lang.code}", Action.WARNING))
        seen.add(e.id)
        old = fingerprints.get(e.id)
        # Same layout as users.row_text; built inline because this runs per employee.
        text = (f"{e.id}\x1f{e.email}\x1f{e.display_name}\x1f{e.given_name}\x1f{e.surname}"
                f"\x1f{e.department}\x1f{e.job_title}\x1f{e.location}\x1f{e.country}"
                f"\x1f{e.company}\x1f{e.org_unit}\x1f{e.manager_id}\x1f{lang.code}"
                f"\x1f{e.language_raw}\x1f{'1' if e.enabled else '0'}"
                f"\x1f{'1' if e.guest else '0'}")
        if old is not None and old == fingerprint(text):
            plan.unchanged += 1
            continue
        row = (e.id, e.email, e.display_name, e.given_name, e.surname, e.department,
               e.job_title, e.location, e.country, e.company, e.org_unit, e.manager_id,
               lang.code, e.language_raw, int(e.enabled), int(e.guest))
        if old is None:
            plan.adds.append(row)
        else:
            changed.append(row)
    if changed:  # only now load the stored rows, to say which fields changed
        stored = synced.load_rows(r[0] for r in changed)
        for row in changed:
            old_row = stored.get(row[0], ())
            fields = tuple(
                c for c, a, b in zip(USER_COLUMNS, old_row, row, strict=False) if a != b)
            plan.updates.append((row, fields or USER_COLUMNS))
    gone = [uid for uid in fingerprints if uid not in seen]
    if gone:
        stored = synced.load_rows(gone)
        plan.removals = [stored[uid] for uid in gone if uid in stored]
    return plan
