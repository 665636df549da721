"""Sync run records: every run (not dry runs) with mode, counts, outcome and problems."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, cast

from idp_wizard.core.messages import Message, msg
from idp_wizard.core.store import DEFAULT_CLIENT_ID, Store
from idp_wizard.core.validation import Action

DETAILS = ("repaired", "gone", "listing")  # the keys of a platform part's details


class RunStatus(StrEnum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    HELD = "held"
    FAILED = "failed"
    INTERRUPTED = "interrupted"  # the process died mid-run; nothing was applied
    # The directory part was applied, but the platform does not hold all of it yet (the
    # push halted or the target needs a new token); the rest waits for the next run.
    INCOMPLETE = "incomplete"


@dataclass(slots=True)
class RunRecord:
    id: int
    started_at: str
    finished_at: str
    trigger: str
    mode: str
    status: RunStatus
    mode_reason: str = ""
    directory_users: int = 0
    matched: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    skipped: int = 0
    kept: int = 0
    problems: list[dict[str, str]] = field(default_factory=list)
    pending_removals: list[dict[str, str]] = field(default_factory=list)
    error: str = ""
    error_message: Message | None = None  # `error` in the admin's language
    pending_added: int = 0  # held runs: what waits for confirmation (nothing applied)
    pending_updated: int = 0
    pending_removed: int = 0
    platform: dict[str, Any] | None = None  # the platform part (None: no push followed)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "started_at": self.started_at, "finished_at": self.finished_at,
            "trigger": self.trigger, "mode": self.mode, "mode_reason": self.mode_reason,
            "status": str(self.status),
            "directory_users": self.directory_users, "matched": self.matched,
            "added": self.added, "updated": self.updated, "removed": self.removed,
            "skipped": self.skipped, "kept": self.kept, "problems": self.problems,
            "pending_removals": self.pending_removals, "error": self.error,
            "pending": {"added": self.pending_added, "updated": self.pending_updated,
                        "removed": self.pending_removed},
            "platform": self.platform,
        }


def start_run(store: Store, trigger: str, mode: str, client_id: int = DEFAULT_CLIENT_ID) -> int:
    with store.transaction() as db:
        table = db.table("sync_runs")
        table.insert({
            "client_id": client_id, "started_at": store.now(), "trigger": trigger,
            "mode": mode, "status": str(RunStatus.RUNNING), "problems": "[]",
            "pending_removals": "[]",
        })
        return cast(int, table.last_pk)


def finish_run(store: Store, run_id: int, status: RunStatus, **values: Any) -> None:
    """Close a run record. Call inside the apply transaction when data changes too.
    `error` may be a `Message`: its English text and the message are both kept."""
    error = values.get("error")
    if isinstance(error, Message):
        values["error"], values["error_message"] = str(error), json.dumps(error.to_json())
    for name in ("problems", "pending_removals"):
        if name in values:
            values[name] = json.dumps(values[name], ensure_ascii=False)
    values |= {"status": str(status), "finished_at": store.now()}
    with store.transaction() as db:
        db.table("sync_runs").update(run_id, values)


def nothing_applied(said: str | Message) -> str | Message:
    """A failed run's error: what went wrong, and that nothing was applied."""
    if "applied" in str(said):
        return said
    return msg("{error} Nothing was applied.", error=said)


def failure_reason(error: str | Message) -> str | Message:
    """What went wrong, without the closing "Nothing was applied." of `nothing_applied`:
    for a line that says so itself (the panel's "Nothing was changed: ...")."""
    if isinstance(error, Message) and error.template == "{error} Nothing was applied.":
        inner = error.params.get("error")
        if isinstance(inner, str | Message) and str(inner):
            return inner
    return error


def _record(row: dict[str, Any], with_problems: bool = True) -> RunRecord:
    return RunRecord(
        id=row["id"], started_at=row["started_at"] or "", finished_at=row["finished_at"] or "",
        trigger=row["trigger"] or "", mode=row["mode"] or "", status=RunStatus(row["status"]),
        mode_reason=row["mode_reason"] or "",
        directory_users=row["directory_users"] or 0, matched=row["matched"] or 0,
        added=row["added"] or 0, updated=row["updated"] or 0, removed=row["removed"] or 0,
        skipped=row["skipped"] or 0, kept=row["kept"] or 0,
        problems=json.loads(row["problems"] or "[]") if with_problems else [],
        pending_removals=json.loads(row["pending_removals"] or "[]"),
        error=row["error"] or "",
        error_message=_message(row.get("error_message")),
        pending_added=row.get("pending_added") or 0,
        pending_updated=row.get("pending_updated") or 0,
        pending_removed=row.get("pending_removed") or 0,
        platform=_platform_part(row),
    )


def _platform_part(row: dict[str, Any]) -> dict[str, Any] | None:
    status = row.get("platform_status")
    if not status:
        return None
    return {"status": status, "created": row.get("platform_created") or 0,
            "updated": row.get("platform_updated") or 0,
            "deleted": row.get("platform_deleted") or 0,
            "failed": row.get("platform_failed") or 0,
            "pending": row.get("platform_pending") or 0,
            "error": row.get("platform_error") or "", **_details(row.get("platform_details"))}


def _details(text: object) -> dict[str, Any]:
    """The platform part's details (`PlatformReport.details`); {} when none were kept
    (an older run) or the record is damaged. platform_notes reads them tolerantly."""
    try:
        found = json.loads(text) if isinstance(text, str) and text else {}
    except ValueError:
        return {}
    return {k: v for k, v in found.items() if k in DETAILS} if isinstance(found, dict) else {}


def runs_marker(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> tuple[int, int]:
    """Changes whenever a run of the client starts or ends (the newest id, and how many
    are no longer running): a directory read taken before it changed may be older than
    what a run applied since (its users, its delta link)."""
    with store.errors():
        row = store.db.execute(
            "SELECT coalesce(max(id), 0), count(*) FILTER (WHERE status != 'running') "
            "FROM sync_runs WHERE client_id = ?", [client_id]).fetchone()
    return int(row[0]), int(row[1])


def list_runs(store: Store, limit: int = 50, client_id: int = DEFAULT_CLIENT_ID) -> list[RunRecord]:
    """Newest first."""
    with store.errors():
        rows = store.db.query(
            "SELECT * FROM sync_runs WHERE client_id = ? ORDER BY id DESC LIMIT ?",
            [client_id, limit],
        )
        return [_record(r) for r in rows]


def _message(text: object) -> Message | None:
    try:
        return Message.from_json(json.loads(text)) if isinstance(text, str) and text else None
    except ValueError:
        return None


def run_by_id(store: Store, run_id: int, client_id: int = DEFAULT_CLIENT_ID) -> RunRecord | None:
    with store.errors():
        rows = list(store.db.query(
            "SELECT * FROM sync_runs WHERE client_id = ? AND id = ?", [client_id, run_id]))
    return _record(rows[0]) if rows else None


def held_run(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> RunRecord | None:
    """The run whose removals wait for review: a held filter change's, else the last
    run if it was held."""
    with store.errors():
        row = store.db.execute("SELECT pending_run_id FROM filters WHERE client_id = ?",
                               [client_id]).fetchone()
    if row and row[0]:
        return run_by_id(store, int(row[0]), client_id)
    last = last_finished_run(store, client_id)
    return last if last is not None and last.status is RunStatus.HELD else None


def last_finished_run(store: Store, client_id: int = DEFAULT_CLIENT_ID,
                      with_problems: bool = True) -> RunRecord | None:
    """`with_problems` False: the record's `problems` stay empty. For what shows only
    its outcome and counts (the window's header after every sync): the newest run may
    name thousands of employees, and parsing them again costs the GUI thread ~10 ms."""
    with store.errors():
        rows = list(store.db.query(
            "SELECT * FROM sync_runs WHERE client_id = ? AND status != 'running' "
            "ORDER BY id DESC LIMIT 1", [client_id]))
    return _record(rows[0], with_problems) if rows else None


# What a synced user's row carries from a run: its record has a problem and was kept as
# it was, or it was synced with a warning. (A skipped employee is not synced; one the
# platform refused shows that as its platform status.)
_REMARKED = (Action.KEPT, Action.WARNING)


def user_remarks(store: Store,
                 client_id: int = DEFAULT_CLIENT_ID) -> dict[str, list[dict[str, Any]]]:
    """employee id -> its problems in the newest run that compared the directory with
    the synced users (a failed or interrupted run names nobody): the marks of the users
    list. One row from SQLite: it picks the few problems out of thousands."""
    with store.errors():
        text = store.db.execute(
            "SELECT json_group_array(json(p.value)) FROM (SELECT problems FROM sync_runs "
            "WHERE client_id = ? AND status IN ('succeeded', 'incomplete', 'held') "
            "ORDER BY id DESC LIMIT 1) r, json_each(r.problems) p "
            "WHERE json_extract(p.value, '$.action') IN (?, ?)",
            [client_id, *_REMARKED]).fetchone()[0]
    remarks: dict[str, list[dict[str, Any]]] = {}
    for problem in json.loads(text or "[]"):
        remarks.setdefault(str(problem.get("employee_id", "")), []).append(problem)
    return remarks


def erase_superseded_pending(store: Store, before_run: int,
                             client_id: int = DEFAULT_CLIENT_ID) -> None:
    """Data minimisation: once a later run applied, the people named by earlier runs
    (held removals to review, employees whose records had problems) are no longer
    needed: only their counts stay. The newest run keeps its names so the admin can fix
    what it reports."""
    with store.transaction() as db:
        # A filter change still waiting for confirmation keeps its list for review.
        db.execute("UPDATE sync_runs SET pending_removals = '[]', problems = '[]' "
                   "WHERE client_id = ? AND id < ? AND (pending_removals != '[]' "
                   "OR problems != '[]') AND id NOT IN (SELECT pending_run_id FROM filters "
                   "WHERE client_id = ? AND pending_run_id IS NOT NULL)",
                   [client_id, before_run, client_id])


INTERRUPTED = msg("The sync was interrupted (the program stopped); nothing of it was applied.")
PLATFORM_INTERRUPTED = msg(
    "The sync was interrupted while sending changes to the platform; the directory "
    "changes were saved and what is left is sent by the next sync.")


def start_platform(store: Store, run_id: int) -> None:
    """Inside the apply transaction: a push follows (judged interrupted if it dies)."""
    store.db.execute("UPDATE sync_runs SET platform_status = 'sending' WHERE id = ?", [run_id])


def finish_platform(store: Store, run_id: int, status: str, created: int, updated: int,
                    deleted: int, failed: int, pending: int, error: str | Message,
                    problems: list[dict[str, Any]],
                    details: dict[str, Any] | None = None) -> None:
    """The platform part of a run; an incomplete one changes the run's status (its
    directory part stays applied, and says so). `details`: what it says beyond its
    counts (`PlatformReport.details`)."""
    with store.transaction() as db:
        row = db.execute("SELECT problems FROM sync_runs WHERE id = ?", [run_id]).fetchone()
        merged = json.loads(row[0] or "[]") + problems if row else problems
        values: dict[str, Any] = {
            "platform_status": status, "platform_created": created,
            "platform_updated": updated, "platform_deleted": deleted,
            "platform_failed": failed, "platform_pending": pending,
            "platform_error": str(error), "problems": json.dumps(merged, ensure_ascii=False),
            "platform_details": json.dumps(details) if details else None}
        if status in ("halted", "paused"):
            values |= {"status": str(RunStatus.INCOMPLETE), "error": str(error)}
            if isinstance(error, Message):
                values["error_message"] = json.dumps(error.to_json())
        db.table("sync_runs").update(run_id, values)


def fail_interrupted_runs(store: Store, client_id: int = DEFAULT_CLIENT_ID) -> None:
    """Runs still 'running' died with their process. Only call while holding the
    client's lock: otherwise the run may be alive in another process."""
    with store.errors():
        running = store.db.table("sync_runs").count_where(
            "(status = 'running' OR platform_status = 'sending') AND client_id = ?",
            [client_id])
    if running:
        with store.transaction() as db:
            db.execute(
                "UPDATE sync_runs SET status = ?, finished_at = ?, error = ?, "
                "error_message = ? WHERE status = 'running' AND client_id = ?",
                [str(RunStatus.INTERRUPTED), store.now(), str(INTERRUPTED),
                 json.dumps(INTERRUPTED.to_json()), client_id])
            db.execute(
                "UPDATE sync_runs SET status = ?, platform_status = 'halted', error = ?, "
                "error_message = ?, platform_error = ? WHERE platform_status = 'sending' "
                "AND client_id = ?",
                [str(RunStatus.INCOMPLETE), str(PLATFORM_INTERRUPTED),
                 json.dumps(PLATFORM_INTERRUPTED.to_json()), str(PLATFORM_INTERRUPTED),
                 client_id])
