"""Carrying out one user's operation, whatever the server supports.

Updates are a PATCH of the changed attributes when the server has PATCH, else a PUT of
the current resource with our attributes (read first, so what we do not manage
survives). A server that refuses one method (405/501) is switched to the other for the
rest of the session. 412 / 428 (ETag, If-Match wanted) and 400 noTarget (our idea of
the user was stale) are answered by reading the user again and retrying once; a PATCH
of a freshly read user refused so (a server without filtered sub-attribute paths)
becomes a PUT of that user. A PATCH that gives a multi-valued element its first value
of ours, or takes its last, reads the user first (one GET): only the platform's element
says whether to add or remove it whole (see patch.py). An
update or deactivation of a user deleted on the platform re-creates / counts as done.

Per-user refusals (4xx, 403) become a FAILED result; anything that concerns the whole
target (401, unreachable, 5xx after retries) is raised, and the executor halts.
"""

from __future__ import annotations

from dataclasses import dataclass

from idp_wizard.platform.attributes import ACTIVE
from idp_wizard.platform.drift import overwrites_hand_change
from idp_wizard.platform.errors import (
    AccessDenied,
    NotFound,
    NotSupported,
    PlatformError,
    PreconditionFailed,
    RequestRejected,
)
from idp_wizard.platform.mapping import MappedUser, UserMapper
from idp_wizard.platform.operations import OpKind, Outcome, UserOp, UserResult
from idp_wizard.platform.patch import element_decided, patch_operations, put_body
from idp_wizard.platform.users_api import PlatformUser, UsersApi

STALE_TYPES = frozenset({"notarget", "invalidpath"})


@dataclass(slots=True)
class Methods:
    """What the server turned out to accept (learned as we go; shared by the workers)."""

    patch: bool
    put: bool = True
    bulk: bool = True  # False once the server refused a Bulk request as a whole


class UserWriter:
    def __init__(self, users: UsersApi, mapper: UserMapper, methods: Methods | None = None
                 ) -> None:
        self.users = users
        self.mapper = mapper
        self.methods = methods or Methods(patch=users.caps.patch)

    def run(self, op: UserOp) -> UserResult:
        """The op's result; raises only errors that concern the whole target."""
        try:
            if op.kind is OpKind.CREATE:
                return self.create(op)
            if op.kind is OpKind.UPDATE:
                return self.update(op)
            if op.kind is OpKind.DELETE:
                return self.delete(op)
            return self.deactivate(op)
        except (RequestRejected, AccessDenied) as exc:
            return failed(op, exc)

    # -- create -------------------------------------------------------------------

    def create(self, op: UserOp) -> UserResult:
        desired = _need(op.desired)
        if op.verify_first:
            existing = self.users.find(desired.user_name, desired.external_id)
            if existing is not None:
                return self.adopt(op, existing)
        created = self.users.create(desired.resource(), desired.user_name, desired.external_id)
        if created.adopted:
            return self.adopt(op, created.user)
        return UserResult(op, Outcome.CREATED, created.user.id, desired.fingerprint)

    def run_adopt(self, op: UserOp, user: PlatformUser) -> UserResult:
        """`adopt`, with per-user refusals as a FAILED result (as `run`)."""
        try:
            return self.adopt(op, user)
        except (RequestRejected, AccessDenied) as exc:
            return failed(op, exc)

    def adopt(self, op: UserOp, user: PlatformUser) -> UserResult:
        """Make an existing platform user ours: bring it to the desired state."""
        desired = _need(op.desired)
        current = user if user.resource is not None else self.users.get(user.id)
        if op.kind is OpKind.UPDATE and current.id == op.platform_id:
            # Our own user after all (a 404 its create's 409 contradicts): an update
            written, undid = self._write(current, desired, known=op.previous,
                                         dropped=op.dropped)
            outcome = Outcome.UPDATED if written else Outcome.UNCHANGED
            return UserResult(op, outcome, current.id, desired.fingerprint,
                              restored=undid)
        self._write(current, desired)
        return UserResult(op, Outcome.ADOPTED, current.id, desired.fingerprint)

    # -- update -------------------------------------------------------------------

    def update(self, op: UserOp) -> UserResult:
        desired = _need(op.desired)
        platform_id = op.platform_id or self._find_id(op)
        if platform_id is None:
            return self._recreate(op)
        try:
            changed, undid = self._update(platform_id, desired, op.previous, op.dropped)
        except NotFound:  # deleted on the platform meanwhile: put it back
            return self._recreate(op)
        outcome = Outcome.UPDATED if changed else Outcome.UNCHANGED
        return UserResult(op, outcome, platform_id, desired.fingerprint, restored=undid)

    def _recreate(self, op: UserOp) -> UserResult:
        desired = _need(op.desired)
        created = self.users.create(desired.resource(), desired.user_name, desired.external_id)
        if created.adopted:
            return self.adopt(op, created.user)
        return UserResult(op, Outcome.CREATED, created.user.id, desired.fingerprint)

    def _update(self, platform_id: str, desired: MappedUser, previous: MappedUser | None,
                dropped: tuple[str, ...] = ()) -> tuple[bool, bool]:
        """(a write was sent, it undid a hand change a fresh read found). `previous`
        None: read the platform's state. `previous` holds the `dropped` values the app
        wrote (or the platform held): the PATCH removes them."""
        if previous is None or not self.methods.patch or not element_decided(previous,
                                                                                desired):
            return self._write(self.users.get(platform_id), desired, known=previous,
                               dropped=dropped)
        operations = patch_operations(previous, desired)
        if not operations:
            return False, False
        try:
            self.users.patch(platform_id, operations)
            return True, False
        except PreconditionFailed:
            pass  # the server wants a fresh read (ETag)
        except NotSupported:
            self.methods.patch = False
        except RequestRejected as exc:
            if exc.status != 400 or exc.scim_type.casefold() not in STALE_TYPES:
                raise
        return self._write(self.users.get(platform_id), desired, known=previous,
                           dropped=dropped)

    def _write(self, current: PlatformUser, desired: MappedUser, retry: bool = True,
               known: MappedUser | None = None, dropped: tuple[str, ...] = ()
               ) -> tuple[bool, bool]:
        """Bring `current` (just read) to `desired` with PATCH or PUT; retry once on 412.
        (a write was sent, it undid a change made there since the platform held
        `known`, what the app took it to hold: see drift.py). `dropped`: attributes
        the app wrote and manages no more: what `current` holds there is removed."""
        found = self.mapper.project(current.resource or {}, dropped)
        undid = known is not None and overwrites_hand_change(known, found, desired,
                                                              self.mapper.keys)
        try:
            if self.methods.patch:
                operations = patch_operations(found, desired, current.resource or {})
                if not operations:
                    return False, False
                try:
                    self.users.patch(current.id, operations, current.etag)
                    return True, undid
                except NotSupported:
                    if not self.methods.put:
                        raise
                    self.methods.patch = False
                except RequestRejected as exc:  # not stale (just read): the paths refused
                    if not self.methods.put or exc.status != 400 \
                            or exc.scim_type.casefold() not in STALE_TYPES:
                        raise
            if found.fingerprint == desired.fingerprint:
                return False, False
            body = put_body(current.resource, desired, (*self.mapper.keys, *dropped))
            try:
                self.users.replace(current.id, body, current.etag)
            except NotSupported:
                if not self.users.caps.patch:
                    raise
                self.methods.put, self.methods.patch = False, True
                return self._write(current, desired, retry, known, dropped)
            return True, undid
        except PreconditionFailed:
            if not retry:
                raise
            return self._write(self.users.get(current.id), desired, False, known, dropped)

    # -- delete / deactivate ------------------------------------------------------

    def delete(self, op: UserOp) -> UserResult:
        platform_id = op.platform_id or self._find_id(op)
        if platform_id is None or not self.users.delete(platform_id):
            return UserResult(op, Outcome.ABSENT)
        return UserResult(op, Outcome.DELETED)

    def deactivate(self, op: UserOp) -> UserResult:
        platform_id = op.platform_id or self._find_id(op)
        if platform_id is None:
            return UserResult(op, Outcome.ABSENT)
        confirmed = op.confirmed()
        try:
            current = self.users.get(platform_id) if not self.methods.patch else None
            if current is not None:
                base = self.mapper.project(current.resource or {})
                self._write(current, base.with_values(**{ACTIVE: False}))
            else:
                self._deactivate_by_patch(platform_id)
        except NotFound:
            return UserResult(op, Outcome.ABSENT)
        return UserResult(op, Outcome.DEACTIVATED, platform_id,
                          confirmed.fingerprint if confirmed else None)

    def _deactivate_by_patch(self, platform_id: str) -> None:
        try:
            self.users.deactivate(platform_id)
        except (NotSupported, PreconditionFailed) as exc:  # no PATCH, or If-Match wanted
            if isinstance(exc, NotSupported):
                self.methods.patch = False
            current = self.users.get(platform_id)
            base = self.mapper.project(current.resource or {})
            self._write(current, base.with_values(**{ACTIVE: False}))

    def _find_id(self, op: UserOp) -> str | None:
        name = op.user_name or (op.desired.user_name if op.desired else "")
        external = op.desired.external_id if op.desired else op.directory_id
        user = self.users.find(name, external) if name or external else None
        return user.id if user else None


def _need(desired: MappedUser | None) -> MappedUser:
    if desired is None:
        raise ValueError("this operation needs the desired user")
    return desired


def failed(op: UserOp, exc: PlatformError) -> UserResult:
    return UserResult(op, Outcome.FAILED, op.platform_id, None, exc.status, str(exc),
                      exc.scim_type, exc.message)
