"""Recording the platform's answers: per user, in small batched transactions.

A confirmed user gets its platform id and the confirmed state (so later updates PATCH
only what changed); a removed one is forgotten; a refused one keeps its pending
operation with the server's detail (retried next run). Answers are written in batches:
a process killed in between loses only answers whose operations are marked as sent,
and those are looked up before they are sent again (no duplicates).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from idp_wizard.core.messages import Message, msg, to_stored
from idp_wizard.core.platform_state import row_values
from idp_wizard.core.store import Store
from idp_wizard.core.validation import PLATFORM_REFUSED
from idp_wizard.platform import MappedUser, OpKind, Outcome, UserResult

FLUSH_EVERY = 500  # answers
FLUSH_SECONDS = 2.0

_CONFIRM = ("UPDATE platform_users SET platform_id = ?, confirmed_fp = ?, confirmed = ?, "
            "pending = NULL, status = 'provisioned', detail = '', http_status = NULL, "
            "sent_run = NULL, updated_at = ? WHERE client_id = ? AND id = ?")
_FORGET = "DELETE FROM platform_users WHERE client_id = ? AND id = ?"
_DEACTIVATED = ("UPDATE platform_users SET platform_id = ?, status = 'deactivated', "
                "pending = NULL, confirmed = NULL, confirmed_fp = NULL, user_name = NULL, "
                "detail = '', http_status = NULL, sent_run = NULL, updated_at = ? "
                "WHERE client_id = ? AND id = ?")
_FAILED = ("UPDATE platform_users SET status = 'failed', detail = ?, detail_message = ?, "
           "http_status = ?, sent_run = NULL, updated_at = ? WHERE client_id = ? AND id = ?")


@dataclass(slots=True)
class PlatformReport:
    """The platform part of one run, told apart from its directory part.

    status: "delivered" (the platform holds what it should), "some_failed" (the platform
    refused some users; they are retried next run), "halted" (the push stopped: the
    platform could not be reached, rejected the token, or the run was stopped; what is
    left waits for the next run), "paused" (the target needs a new token: nothing was
    sent), "no_target" (no platform is set: the shared users stay in this app),
    "not_attempted" (a held or failed run sends nothing)."""

    status: str = "delivered"
    created: int = 0
    adopted: int = 0  # already on the platform (matched by userName/externalId): now ours
    updated: int = 0
    deleted: int = 0
    deactivated: int = 0
    failed: int = 0
    pending: int = 0  # still to send after this run (failed ones included)
    error: str | Message = ""  # why the push halted or paused (a Message: translatable)
    unmanaged: int | None = None  # counted when the platform was listed this run
    missing: int = 0  # ours, gone from the platform (created again)
    # Reconcile: ours, changed on the platform by hand, and restored: counted when the
    # platform confirmed the write that undid the change (a refused one is counted as
    # failed only). A hand change overwritten with a directory change is restored; a
    # removed user is removed, not restored; a "synced data" change is no drift (drift.py).
    drifted: int = 0
    # Removed users the platform no longer had (deleted there meanwhile), so there was
    # nothing to delete or deactivate; neither deleted nor deactivated by this run. (A
    # DELETE answered 404 after an earlier send whose answer was lost counts as deleted:
    # the 404 may be that DELETE's doing, and the user is gone as asked.)
    gone: int = 0
    problems: list[dict[str, Any]] = field(default_factory=list)
    groups: dict[str, int] | None = None  # pushed groups by outcome (None: not pushed)
    # (listed, reported): the platform listed fewer users than its totalResults said
    short_listing: tuple[int, int] | None = None

    @property
    def incomplete(self) -> bool:
        """The platform does not (yet) hold what this run shared."""
        return self.status in ("halted", "paused")

    def details(self) -> dict[str, Any]:
        """What the run's platform part says beyond its counts (kept with the run, see
        `platform_notes`): repairs, removed users already gone, a short listing."""
        out: dict[str, Any] = {}
        if self.missing or self.drifted:
            out["repaired"] = {"missing": self.missing, "drifted": self.drifted}
        if self.gone:
            out["gone"] = self.gone
        if self.short_listing is not None:
            out["listing"] = {"listed": self.short_listing[0],
                              "reported": self.short_listing[1]}
        return out

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "status": self.status, "created": self.created, "adopted": self.adopted,
            "updated": self.updated, "deleted": self.deleted,
            "deactivated": self.deactivated, "gone": self.gone, "failed": self.failed,
            "pending": self.pending}
        if self.unmanaged is not None:
            out["unmanaged"] = self.unmanaged
        if self.groups is not None:
            out["groups"] = self.groups
        out |= self.details()
        if self.error:
            out["error"] = str(self.error)
        return out


class ResultRecorder:
    """Called on the push's calling thread (the engine's SQLite connection)."""

    def __init__(self, store: Store, client_id: int, ids: dict[str, str],
                 report: PlatformReport, labels: Callable[[str], str] | None = None,
                 clock: Callable[[], float] = time.monotonic,
                 managers: Collection[str] = ()) -> None:
        self.store, self.client_id, self.report = store, client_id, report
        # Managers only (what reports are mapped with): directory id → platform id.
        # `managers`: how reports name them (ids, or casefolded addresses for Google).
        self.ids, self.managers = ids, managers
        self._linked: dict[str, str] = {}  # platform ids newly linked in this run → id
        self.changed: set[str] = set()  # ids/addresses of users whose platform id changed
        # Found on the platform by a listing (adopted) → the platform id known before
        # it: the op names the listed one, yet an adopted manager's id is new here
        # (its reports are mapped with it, and `changed` relinks those sent before).
        self.adopting: dict[str, str | None] = {}
        self.drifting: set[str] = set()  # changed there by hand: restored once confirmed
        self.resent: set[str] = set()  # removals sent before, answer lost (see `gone`)
        self.keys: Collection[str] | None = None  # the attributes managed (stored)
        self.label = labels or (lambda uid: uid)
        self._writes: list[tuple[str, tuple[Any, ...]]] = []
        self._clock = clock
        self._last = clock()

    # -- answers --------------------------------------------------------------------

    def __call__(self, result: UserResult) -> None:
        o, uid = result.outcome, result.directory_id
        restoring = uid in self.drifting
        self.drifting.discard(uid)
        if o is Outcome.FAILED:
            self.fail(uid, result.message or result.detail, result.status)
        elif o in (Outcome.DELETED, Outcome.ABSENT):
            resent = uid in self.resent
            self.resent.discard(uid)
            if o is Outcome.ABSENT and (result.op.kind is OpKind.DEACTIVATE or not resent):
                self.report.gone += 1  # nothing was deleted or deactivated: it was not there
            else:
                self.report.deleted += 1
            self._drop_id(uid, result.op.user_name)
            self._write(_FORGET, (self.client_id, uid))
        elif o is Outcome.DEACTIVATED:
            self.report.deactivated += 1
            self._drop_id(uid, result.op.user_name)
            self._write(_DEACTIVATED, (result.platform_id, self.store.now(), self.client_id,
                                       uid))
        else:
            confirmed = result.op.confirmed()
            if confirmed is None or result.platform_id is None:
                self.fail(uid, msg("The platform did not confirm the user."), None)
                return
            if o is Outcome.CREATED and result.op.kind is OpKind.UPDATE:
                self.report.missing += 1  # deleted on the platform: created again
            known = self.adopting.get(uid, result.op.platform_id)
            if self.confirm(uid, result.platform_id, confirmed, known, o):
                # drifted: restored only when the platform took a write (not when the
                # fresh read found it fixed already, nor when it refused the write);
                # `result.restored`: a fresh read (412, ...) found a hand change it undid
                self.report.drifted += (restoring or result.restored) and o is Outcome.UPDATED

    def confirm(self, uid: str, platform_id: str, confirmed: MappedUser,
                previous: str | None, outcome: Outcome = Outcome.UNCHANGED) -> bool:
        """`previous`: the platform id known before (None: none was). False: not
        recorded (the platform user is another employee's: a failure)."""
        if outcome is not Outcome.CREATED and previous != platform_id:
            owner = self._owner(platform_id, uid)  # never two employees on one platform user
            if owner is not None:
                self.fail(uid, msg("The platform user {platform_id} is already linked to "
                                   "{owner}; resolve the duplicate on the platform.",
                                   platform_id=platform_id, owner=self.label(owner)), 409)
                return False
            self._linked[platform_id] = uid
        if uid in self.adopting:
            del self.adopting[uid]
            outcome = Outcome.ADOPTED
        counter = {Outcome.CREATED: "created", Outcome.ADOPTED: "adopted",
                   Outcome.UPDATED: "updated"}.get(outcome)
        if counter:
            setattr(self.report, counter, getattr(self.report, counter) + 1)
        if previous != platform_id and self._is_manager(uid, confirmed.user_name):
            self.ids[uid] = platform_id
            self.changed.update((uid, confirmed.user_name))
        self._write(_CONFIRM, (platform_id, confirmed.fingerprint,
                               row_values(dict(confirmed.values), self.keys),
                               self.store.now(),
                               self.client_id, uid))
        return True

    def fail(self, uid: str, detail: str | Message, status: int | None) -> None:
        """`detail` in English is kept, and beside it the message (the admin's language)."""
        self.report.failed += 1
        if len(self.report.problems) < 1000:
            problem: dict[str, Any] = {"employee_id": uid, "who": self.label(uid),
                                       "reason": str(detail), "action": PLATFORM_REFUSED}
            if isinstance(detail, Message):
                problem["message"] = detail.to_json()
            self.report.problems.append(problem)
        self._write(_FAILED, (str(detail), to_stored(detail), status, self.store.now(),
                              self.client_id, uid))

    def forget(self, uid: str) -> None:
        """A removal the platform never heard of."""
        self._write(_FORGET, (self.client_id, uid))

    # -- writing ----------------------------------------------------------------------

    def _owner(self, platform_id: str, uid: str) -> str | None:
        """Another of our users already linked to this platform user, if any."""
        other = self._linked.get(platform_id)
        if other is not None and other != uid:
            return other
        row = self.store.db.execute(  # buffered writes are in `_linked` already
            "SELECT id FROM platform_users WHERE client_id = ? AND platform_id = ? AND "
            "id != ? LIMIT 1", [self.client_id, platform_id, uid]).fetchone()
        return str(row[0]) if row else None

    def _is_manager(self, uid: str, user_name: str | None) -> bool:
        return uid in self.managers or (user_name or "").casefold() in self.managers

    def _drop_id(self, uid: str, user_name: str | None = None) -> None:
        """`changed` gets the id and the address (Google names managers by address)."""
        if self.ids.pop(uid, None) is not None or self._is_manager(uid, user_name):
            self.changed.update(v for v in (uid, user_name) if v)

    def _write(self, sql: str, params: tuple[Any, ...]) -> None:
        self._writes.append((sql, params))
        if len(self._writes) >= FLUSH_EVERY or self._clock() - self._last > FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        writes, self._writes = self._writes, []
        self._last = self._clock()
        if not writes:
            return
        with self.store.transaction() as db:
            for sql, params in writes:
                db.conn.execute(sql, params)
