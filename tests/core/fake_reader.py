"""An in-memory DirectoryReader for engine tests (provider code is tested elsewhere)."""

from __future__ import annotations

from dataclasses import dataclass, field

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

    def read_employees(self, progress: ProgressFn | None = None,
                       cancel: CancelToken | None = None) -> list[Employee]:
        if self.fail_with:
            raise self.fail_with
        return list(self.employees)

    def read_groups(self, progress: ProgressFn | None = None,
                    cancel: CancelToken | None = None) -> list[Group]:
        return list(self.groups)

    def read_org_units(self, cancel: CancelToken | None = None) -> list[OrgUnit]:
        return list(self.org_units)

    def close(self) -> None:
        self.closed = True


PAGE_37 = ProviderError("Microsoft Graph returned a malformed response (page 37).")
