"""An in-memory DirectoryReader for engine tests (provider code is tested elsewhere)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from idp_wizard.core.directory_index import named_group_ids
from idp_wizard.core.errors import ProviderError
from idp_wizard.core.progress import CancelToken, ProgressFn
from idp_wizard.core.records import Employee, Group, OrgUnit, ProviderName


@dataclass
class ListReader:
    employees: list[Employee]
    groups: list[Group] = field(default_factory=list)
    org_units: list[OrgUnit] = field(default_factory=list)
    fail_with: Exception | None = None
    provider: ProviderName = ProviderName.ENTRA
    group_reads: list[list[str] | None] = field(default_factory=list)  # each call's `named`

    def read_employees(self, progress: ProgressFn | None = None,
                       cancel: CancelToken | None = None, *,
                       managers: bool = True) -> list[Employee]:
        if self.fail_with:
            raise self.fail_with
        return list(self.employees)

    def read_groups(self, progress: ProgressFn | None = None,
                    cancel: CancelToken | None = None,
                    named: Collection[str] | None = None) -> list[Group]:
        self.group_reads.append(None if named is None else list(named))
        if named is None:
            return list(self.groups)
        wanted = named_group_ids([(g.id, g.name) for g in self.groups], named)
        return [g for g in self.groups if g.id in wanted]

    def read_org_units(self, cancel: CancelToken | None = None) -> list[OrgUnit]:
        return list(self.org_units)

    def close(self) -> None:
        self.closed = True


PAGE_37 = ProviderError("Microsoft Graph returned a malformed response (page 37).")
