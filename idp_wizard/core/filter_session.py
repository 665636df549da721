"""The filtering step's model: one directory read, then instant counts and previews.

Built once per "synchronization of rules"; every criterion change then costs a few
big-int operations (see directory_index.py). The directory stays in memory only:
personal data of employees outside the filter is never written to disk.
"""

from __future__ import annotations

import time

from idp_wizard.core.directory_index import DirectoryIndex
from idp_wizard.core.errors import FilterMismatch
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.language import LanguageMapper
from idp_wizard.core.messages import Message
from idp_wizard.core.options import Option, filter_options
from idp_wizard.core.plan import PlannedChange, SyncPlan, build_plan
from idp_wizard.core.records import Directory, Employee
from idp_wizard.core.selection import Selector, check_matches, check_values
from idp_wizard.core.users import SyncedState, fingerprints_digest

# A filter saved within this time of its rules sync is applied to that same read
# (what the preview showed); later, the directory is read again.
REUSE_FOR = 600.0


class FilterSession:
    def __init__(
        self,
        directory: Directory,
        synced: SyncedState | None = None,
        mapper: LanguageMapper | None = None,
        synced_data: list[str] | None = None,
        group_access: str | Message | None = None,
        runs_seen: tuple[int, int] | None = None,
    ) -> None:
        """`group_access`: why groups could not be read (the connection may not read
        them yet); a filter naming a group is then refused with this explanation.
        `runs_seen`: the client's runs marker (runs.runs_marker) taken before the read."""
        self.runs_seen = runs_seen
        self.synced_data = synced_data
        self.group_access = group_access
        self.directory = directory
        self.synced = synced or SyncedState.from_rows({})
        self.mapper = mapper or LanguageMapper()
        self.index = DirectoryIndex(directory.employees, directory.groups, directory.org_units)
        self.selector = Selector(self.index, self.synced)
        self._options: dict[str, list[Option]] | None = None
        self.read_at = time.monotonic()
        self.planned: PlannedChange | None = None  # the last preview, for the sync

    def recent(self, runs_now: tuple[int, int], seconds: float = REUSE_FOR) -> bool:
        """Read so recently, and with no run of the client started or ended since, that
        a sync saving this session's filter may plan against the same read instead of
        reading the directory again. (A run in between applied a newer directory and
        moved the delta link past it: planning against this older read would undo its
        joiners and leavers, and the next increment would never see them again.)"""
        return (self.runs_seen == runs_now
                and time.monotonic() - self.read_at <= seconds)

    @property
    def total(self) -> int:
        """Y: every employee the directory lists."""
        return self.index.size

    def count(self, spec: FilterSpec) -> int:
        """X: exactly how many users the next sync shares with this filter."""
        return self.selector.count(spec)

    def options(self) -> dict[str, list[Option]]:
        if self._options is None:
            self._options = filter_options(self.index)
        return self._options

    def matching(self, spec: FilterSpec) -> list[Employee]:
        """The employees this filter shares (preview list), in directory order."""
        sel = self.selector.select(spec)
        emps = self.index.employees
        return [emps[i] for i in sorted(sel.shared + sel.kept)]

    def find_people(self, text: str, limit: int = 50) -> list[Employee]:
        """Per-person picks: by name or e-mail, any case."""
        needle = text.strip().casefold()
        if not needle:
            return []
        out = []
        for e in self.index.employees:
            if needle in e.email.casefold() or needle in e.display_name.casefold():
                out.append(e)
                if len(out) >= limit:
                    break
        return out

    def check(self, spec: FilterSpec) -> None:
        """Raises if the filter names a group or org unit the directory lacks."""
        self._check_group_access(spec)
        check_values(self.index, spec)

    def check_matches(self, spec: FilterSpec) -> None:
        """Also raises if any value matches nobody (a typo such as "Sals")."""
        self._check_group_access(spec)
        check_matches(self.index, spec)

    def _check_group_access(self, spec: FilterSpec) -> None:
        """Groups were not read because the connection may not read them yet: a filter
        naming one is refused with what to do, not with "there is no group"."""
        if self.group_access and spec.group_values:
            raise FilterMismatch(self.group_access)

    def preview(self, spec: FilterSpec) -> SyncPlan:
        """What saving this filter changes: exactly what the following sync does (it
        applies this plan again if nothing it depends on changed meanwhile)."""
        plan = build_plan(self.directory, spec, self.synced, self.mapper, self.index,
                          synced_data=self.synced_data, selector=self.selector)
        self.planned = PlannedChange(spec, plan, self.index,
                                     fingerprints_digest(self.synced.fingerprints),
                                     self.synced_data, self.mapper.signature)
        return plan

    def group_name(self, group_id: str) -> str:
        for g in self.index.groups:
            if g.id == group_id:
                return g.name
        return group_id
