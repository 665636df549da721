"""Pushing groups: each shared group exists once on the platform with exactly its shared
members; a group that left the filter is deleted.

Members are platform user ids. With `managed` given (the platform ids of every user
the app provisioned), members added on the platform by hand are left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from functools import partial

from idp_wizard.core.messages import Message
from idp_wizard.platform.errors import AccessDenied, NotFound, NotSupported, RequestRejected
from idp_wizard.platform.groups_api import GroupsApi, PlatformGroup
from idp_wizard.platform.operations import Outcome


@dataclass(frozen=True, slots=True)
class GroupSpec:
    directory_id: str
    display_name: str
    members: frozenset[str]  # platform ids of the shared members
    platform_id: str | None = None  # known from an earlier push


@dataclass(frozen=True, slots=True)
class GroupResult:
    directory_id: str
    outcome: Outcome
    platform_id: str | None = None
    added: int = 0
    removed: int = 0
    status: int | None = None
    detail: str = ""
    message: Message | None = None  # FAILED: `detail` in the admin's language

    @property
    def ok(self) -> bool:
        return self.outcome is not Outcome.FAILED


@dataclass(slots=True)
class GroupPusher:
    api: GroupsApi
    managed: Collection[str] | None = None
    patch: bool = field(init=False)

    def __post_init__(self) -> None:
        self.patch = self.api.caps.patch

    def push(self, specs: Iterable[GroupSpec], removals: Iterable[tuple[str, str]],
             on_result: Callable[[GroupResult], None]) -> None:
        """Ensure every spec; delete each (directory id, platform id) in `removals`.
        Whole-target errors (401, unreachable) are raised; per-group ones reported."""
        for spec in specs:
            on_result(self._guard(spec.directory_id, partial(self.ensure, spec)))
        for directory_id, platform_id in removals:
            on_result(self._guard(directory_id, partial(self.delete, directory_id, platform_id)))

    @staticmethod
    def _guard(directory_id: str, action: Callable[[], GroupResult]) -> GroupResult:
        try:
            return action()
        except (RequestRejected, AccessDenied) as exc:
            return GroupResult(directory_id, Outcome.FAILED, None, status=exc.status,
                               detail=str(exc), message=exc.message)

    def ensure(self, spec: GroupSpec) -> GroupResult:
        group = None
        if spec.platform_id:
            try:
                group = self.api.get(spec.platform_id)
            except NotFound:
                group = None  # deleted on the platform: find or create it again
        if group is None:
            group, adopted = self.api.create(spec.display_name, spec.directory_id, spec.members)
            if not adopted:
                return GroupResult(spec.directory_id, Outcome.CREATED, group.id,
                                   added=len(spec.members))
            outcome = Outcome.ADOPTED
            group = self.api.get(group.id)  # the members it has now
        else:
            outcome = Outcome.UPDATED
        return self._sync(spec, group, outcome)

    def _sync(self, spec: GroupSpec, group: PlatformGroup, outcome: Outcome) -> GroupResult:
        current = group.members
        removable = current if self.managed is None else current & frozenset(self.managed)
        add, remove = spec.members - current, removable - spec.members
        renamed = (group.display_name != spec.display_name
                   or group.external_id != spec.directory_id)
        if not (add or remove or renamed):
            quiet = Outcome.UNCHANGED if outcome is Outcome.UPDATED else outcome
            return GroupResult(spec.directory_id, quiet, group.id)
        if self.patch:
            try:
                if renamed:
                    self.api.rename(group.id, spec.display_name, spec.directory_id)
                self.api.change_members(group.id, add, remove)
                return GroupResult(spec.directory_id, outcome, group.id, len(add), len(remove))
            except NotSupported:
                self.patch = False
        keep = (current - removable) | spec.members
        self.api.replace(group, spec.display_name, spec.directory_id, keep)
        return GroupResult(spec.directory_id, outcome, group.id, len(add), len(remove))

    def delete(self, directory_id: str, platform_id: str) -> GroupResult:
        gone = self.api.delete(platform_id)
        return GroupResult(directory_id, Outcome.DELETED if gone else Outcome.ABSENT)
