"""Comparing what the platform holds with what it should: adoption and drift repair.

`PlatformIndex` is built from one full listing (`UsersApi.iter_all`). Matching is by the
platform id we know, else userName (case-insensitive), else externalId (our directory
id), as Entra's provisioning matches. `plan_reconcile` yields the ops that repair
drift: users deleted on the platform by hand are created again, changed attributes are
restored. Platform users that match none of ours are only counted: never touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from idp_wizard.platform.mapping import MappedUser, UserMapper
from idp_wizard.platform.operations import UserOp
from idp_wizard.platform.resource_api import resource_id

JsonDict = dict[str, Any]


@dataclass(slots=True)
class PlatformIndex:
    by_id: dict[str, JsonDict] = field(default_factory=dict)
    by_user_name: dict[str, JsonDict] = field(default_factory=dict)  # casefolded
    by_external_id: dict[str, JsonDict] = field(default_factory=dict)

    @classmethod
    def build(cls, resources: Iterable[JsonDict] | Iterable[list[JsonDict]]) -> PlatformIndex:
        """From resources, or from pages of resources (as `iter_all` yields them)."""
        index = cls()
        for item in resources:
            for resource in item if isinstance(item, list) else [item]:
                index.add(resource)
        return index

    def add(self, resource: JsonDict) -> None:
        rid = resource_id(resource)
        if rid is None:
            return
        self.by_id[rid] = resource
        name = resource.get("userName")
        if isinstance(name, str) and name:
            self.by_user_name.setdefault(name.casefold(), resource)
        external = resource.get("externalId")
        if isinstance(external, str) and external:
            self.by_external_id.setdefault(external, resource)

    def __len__(self) -> int:
        return len(self.by_id)

    def match(self, user_name: str, external_id: str | None,
              platform_id: str | None = None) -> JsonDict | None:
        if platform_id and platform_id in self.by_id:
            return self.by_id[platform_id]
        found = self.by_user_name.get(user_name.casefold()) if user_name else None
        if found is None and external_id:
            found = self.by_external_id.get(external_id)
        return found


@dataclass(frozen=True, slots=True)
class Expected:
    """One user the engine has provisioned (or is about to): what it should look like."""

    directory_id: str
    platform_id: str | None
    desired: MappedUser


@dataclass(slots=True)
class ReconcilePlan:
    ops: list[UserOp] = field(default_factory=list)  # hand them to the push executor
    relinked: dict[str, str] = field(default_factory=dict)  # directory id → platform id
    missing: int = 0  # ours, but gone from the platform: re-created
    drifted: int = 0  # ours, changed on the platform: restored
    in_sync: int = 0
    unmanaged: int = 0  # platform users that are not ours (never touched)


def plan_reconcile(expected: Iterable[Expected], index: PlatformIndex, mapper: UserMapper
                   ) -> ReconcilePlan:
    """Ops that make the platform hold exactly what `expected` says for our users.

    Used for first-sync adoption too: pass `platform_id=None`; a user found by userName
    or externalId is adopted (relinked, and updated if it differs)."""
    plan, claimed = ReconcilePlan(), set[str]()
    for item in expected:
        desired = item.desired
        found = index.match(desired.user_name, desired.external_id, item.platform_id)
        if found is None or str(resource_id(found)) in claimed:
            plan.missing += 1
            plan.ops.append(UserOp.create(item.directory_id, desired))
            continue
        platform_id = str(resource_id(found))
        claimed.add(platform_id)
        if platform_id != item.platform_id:
            plan.relinked[item.directory_id] = platform_id
        current = mapper.project(found)
        if current.fingerprint == desired.fingerprint:
            plan.in_sync += 1
            continue
        plan.drifted += 1
        plan.ops.append(UserOp.update(item.directory_id, platform_id, desired, current))
    plan.unmanaged = len(index) - len(claimed)
    return plan
