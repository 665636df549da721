"""Sync every connected client of a profile in turn (`sync --all-clients`, the OS task).

One client's failure or hold never stops the others: each runs in its own `App` with
its own lock, and whatever it raises becomes its result. Clients run one after the
other: see docs/clients.md ("Parallel syncs") for the measurements behind that choice.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

from idp_wizard.core import hints
from idp_wizard.core.clients import ClientInfo, client_by_id
from idp_wizard.core.errors import IdpWizardError, SyncInProgress
from idp_wizard.core.locks import being_removed, is_stopped_for_removal
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.progress import CancelToken, ProgressFn, no_progress
from idp_wizard.core.users import count_users
from idp_wizard.profile import Profile

log = logging.getLogger(__name__)
EXIT_OK, EXIT_FAILED, EXIT_HELD = 0, 1, 3


@dataclass
class ClientSyncResult:
    client: ClientInfo
    outcome: SyncOutcome
    # "waiting": a filter change the deletion guard held still waits (these runs never
    # apply it: no --allow-deletions), as `sync --json` says it (cli_filter_change.py).
    filter_change: str | None = None

    @property
    def status(self) -> str:
        return self.outcome.status

    def to_json(self) -> dict[str, Any]:
        extra = {"filter_change": self.filter_change} if self.filter_change else {}
        return {"client": self.client.name, **self.outcome.to_json(), **extra}


def connected_clients(profile: Profile) -> list[ClientInfo]:
    """Clients with a connection (any state), by name."""
    return [ClientInfo(s.id, s.name) for s in profile.summaries() if s.provider]


def sync_client(profile: Profile, client: ClientInfo, *, dry_run: bool = False,
                full: bool = False, reconcile: bool = False, trigger: str = "cli",
                progress: ProgressFn = no_progress,
                cancel: CancelToken | None = None, name_in_hints: bool = True,
                ) -> ClientSyncResult:
    """One client's sync; a failure is its result, never raised (Ctrl+C still is).
    `name_in_hints`: commands suggested in its messages name this client (--client);
    the setting is process-wide, so only where no other thread builds messages."""
    hint = hints.current()
    if name_in_hints:
        hint = dataclasses.replace(hint, client=client.name)
    with hints.use(hint):
        try:
            app = profile.open(client.id)
        except IdpWizardError as exc:  # removed meanwhile, database unusable...
            return ClientSyncResult(client, SyncOutcome("failed", None, "", error=str(exc),
                                                        message=exc.message))
        try:
            outcome = app.sync_service().run(dry_run=dry_run, full=full, trigger=trigger,
                                              reconcile=reconcile, progress=progress,
                                              cancel=cancel)
            waiting = "waiting" if app.pending_filter_change() is not None else None
            return ClientSyncResult(client, outcome.detach(), waiting)
        except SyncInProgress as exc:
            if exc.message == being_removed():  # the admin's own doing: no failure
                return ClientSyncResult(client, skipped_outcome(
                    client.name, _count(app), exc.message))
            if trigger != "schedule":  # asked for now: the admin must hear it did not run
                return ClientSyncResult(client, SyncOutcome(
                    "failed", None, "", error=str(exc), synced_users=_count(app),
                    message=exc.message))
            return ClientSyncResult(client, skipped_outcome(client.name, _count(app),
                                                            exc.message))
        except IdpWizardError as exc:
            if is_stopped_for_removal(exc.message):  # the admin disconnects or removes it
                return ClientSyncResult(client, SyncOutcome(
                    "skipped", None, "", error=str(exc), synced_users=_count(app),
                    message=exc.message))
            failed = SyncOutcome("failed", None, "", error=str(exc),
                                 synced_users=_count(app), message=exc.message)
            return ClientSyncResult(client, failed)
        except Exception:  # a bug: logged with its traceback, the other clients go on
            log.exception("sync of one client failed with an internal error")
            said = msg("An internal error stopped this sync; nothing was applied. Details "
                       "are in the log.")
            return ClientSyncResult(client, SyncOutcome(
                "failed", None, "", synced_users=_count(app), error=str(said), message=said))
        finally:
            app.close()


def skipped_message() -> Message:
    return msg("Skipped: another sync of this client was still running (the scheduled run "
               "before, or a sync from the app or the command line); the next scheduled run "
               "syncs it.")


def skipped_outcome(name: str, synced_users: int,
                    why: Message | None = None) -> SyncOutcome:
    """A scheduled run that found the client's sync running: no second sync, no failure
    (the unit, task or cron mail would cry wolf every interval of a long first sync).
    `why`: the lock's refusal; said as it is when the client is being disconnected or
    removed (no "next scheduled run syncs it" then)."""
    log.info("scheduled sync of client %r skipped: another sync of it is still running",
             name)
    said = why if why == being_removed() else skipped_message()
    return SyncOutcome("skipped", None, "", error=str(said), synced_users=synced_users,
                       message=said)


def _count(app: Any) -> int:
    try:
        return count_users(app.store, app.client_id)
    except IdpWizardError:
        return 0


def sync_all_clients(profile: Profile, *, dry_run: bool = False, full: bool = False,
                     reconcile: bool = False, trigger: str = "cli",
                     progress: ProgressFn = no_progress) -> list[ClientSyncResult]:
    """Every client connected when the run starts, but one removed (by the app or
    another command) before its turn is left out: the admin removed it, so its "does
    not exist" is no failure to report (a scheduled run would exit 1 and mail about
    it). One whose sync a removal or disconnect stopped is skipped (see sync_client)."""
    results = []
    for client in connected_clients(profile):
        result = sync_client(profile, client, dry_run=dry_run, full=full,
                             reconcile=reconcile, trigger=trigger, progress=progress)
        if result.status == "failed" and _removed(profile, client):
            log.info("client %r was removed while its sync was due; left out", client.name)
            continue
        results.append(result)
    return results


def _removed(profile: Profile, client: ClientInfo) -> bool:
    try:
        return client_by_id(profile.store, client.id) is None
    except IdpWizardError:  # the database is unusable: the failure stays reported
        return False


def exit_code(results: list[ClientSyncResult]) -> int:
    """The worst outcome: 1 if any client failed, else 3 if any was held, else 0 (also
    for a scheduled run skipped because the client's sync was still running). A
    failure outranks a hold: a hold is a safety stop that waits for the admin, a failure
    may mean a client is not synced at all (every entry says which)."""
    statuses = {r.status for r in results}
    if "failed" in statuses:
        return EXIT_FAILED
    return EXIT_HELD if "held" in statuses else EXIT_OK
