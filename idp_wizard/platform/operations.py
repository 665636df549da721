"""What the engine asks the push to do for one user, and what came of it.

The engine stores, per user: the platform id, the fingerprint the platform last
confirmed, the pending operation, and the status of the last attempt. A `UserResult`
carries exactly that: `outcome` (a short string, fit for a SQLite column),
`platform_id`, `fingerprint`, and on failure the server's `status` and `detail`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum

from idp_wizard.core.messages import Message
from idp_wizard.platform.attributes import ACTIVE
from idp_wizard.platform.mapping import MappedUser


class OpKind(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    DEACTIVATE = "deactivate"


class Outcome(StrEnum):
    CREATED = "created"  # POSTed now
    ADOPTED = "adopted"  # the platform already had the user (409 / lost answer): now ours
    UPDATED = "updated"  # PATCHed or PUT
    UNCHANGED = "unchanged"  # nothing to send (no request made)
    DELETED = "deleted"
    DEACTIVATED = "deactivated"
    ABSENT = "absent"  # delete/deactivate of a user the platform no longer has: done
    FAILED = "failed"  # this user only; the others went on

    @property
    def present(self) -> bool:
        """The platform holds the user (as confirmed) after this outcome."""
        return self in (Outcome.CREATED, Outcome.ADOPTED, Outcome.UPDATED,
                        Outcome.UNCHANGED, Outcome.DEACTIVATED)


@dataclass(frozen=True, slots=True)
class UserOp:
    """One user's pending operation. Build with the class methods."""

    kind: OpKind
    directory_id: str
    platform_id: str | None = None
    desired: MappedUser | None = None  # create / update (deactivate: optional)
    previous: MappedUser | None = None  # update: what the platform last confirmed
    user_name: str | None = None  # how to find the user when platform_id is unknown
    verify_first: bool = False  # create: look up before POST (a resumed, maybe-applied one)
    # update: attributes the app wrote and manages no more (`UserMapper.dropped`):
    # removed from the platform's user, whatever the write reads or sends
    dropped: tuple[str, ...] = ()

    @classmethod
    def create(cls, directory_id: str, desired: MappedUser, *, verify_first: bool = False
               ) -> UserOp:
        return cls(OpKind.CREATE, directory_id, desired=desired,
                   user_name=desired.user_name, verify_first=verify_first)

    @classmethod
    def update(cls, directory_id: str, platform_id: str | None, desired: MappedUser,
               previous: MappedUser | None = None, dropped: tuple[str, ...] = ()
               ) -> UserOp:
        """`previous` None: the current state is read from the platform first."""
        return cls(OpKind.UPDATE, directory_id, platform_id, desired, previous,
                   user_name=desired.user_name, dropped=dropped)

    @classmethod
    def delete(cls, directory_id: str, platform_id: str | None,
               user_name: str | None = None) -> UserOp:
        return cls(OpKind.DELETE, directory_id, platform_id, user_name=user_name)

    @classmethod
    def deactivate(cls, directory_id: str, platform_id: str | None,
                   desired: MappedUser | None = None, user_name: str | None = None) -> UserOp:
        """`desired` (optional): the user as mapped, to report the confirmed fingerprint."""
        return cls(OpKind.DEACTIVATE, directory_id, platform_id, desired,
                   user_name=user_name or (desired.user_name if desired else None))

    def confirmed(self) -> MappedUser | None:
        """What the platform holds once this op succeeded."""
        if self.kind is OpKind.DEACTIVATE and self.desired is not None:
            return self.desired.with_values(**{ACTIVE: False})
        return self.desired if self.kind in (OpKind.CREATE, OpKind.UPDATE) else None


@dataclass(frozen=True, slots=True)
class UserResult:
    op: UserOp
    outcome: Outcome
    platform_id: str | None = None  # the platform's id after the op (None once deleted)
    fingerprint: int | None = None  # the confirmed state's fingerprint (None: no user)
    status: int | None = None  # FAILED: the HTTP status
    detail: str = ""  # FAILED: one sentence, with the server's detail (no secrets)
    scim_type: str = ""  # FAILED: the server's scimType (invalidValue, uniqueness, ...)
    message: Message | None = None  # FAILED: `detail` in the admin's language
    # UPDATED after a fresh read (412, 400 noTarget, ...) that found a change made on
    # the platform outside the app, which this write undid (see drift.py)
    restored: bool = False

    @property
    def ok(self) -> bool:
        return self.outcome is not Outcome.FAILED

    @property
    def directory_id(self) -> str:
        return self.op.directory_id


@dataclass(slots=True)
class PushSummary:
    """Counts per outcome, plus the requests that wrote (POST/PUT/PATCH/DELETE)."""

    outcomes: Counter[str] = field(default_factory=Counter)
    writes: int = 0

    def add(self, result: UserResult) -> None:
        self.outcomes[result.outcome.value] += 1

    def count(self, outcome: Outcome) -> int:
        return self.outcomes[outcome.value]

    @property
    def failed(self) -> int:
        return self.count(Outcome.FAILED)
