"""One profile (a data folder, real or demo) and its clients: the level above `App`.

An `App` is one client. The profile lists the clients, chooses one (`--client NAME`,
or the only one), opens an `App` for it, and adds, renames and removes clients. Like
`App`, it only knows the `Environment` it was given (idp_wizard.compose chooses it).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import cast

from idp_wizard.app import App
from idp_wizard.core.client_overview import ClientSummary, client_summaries
from idp_wizard.core.clients import (
    ClientInfo,
    add_client,
    erase_client,
    find_client,
    list_clients,
    names_text,
    rename_client,
)
from idp_wizard.core.connection import require_client
from idp_wizard.core.environment import Environment
from idp_wizard.core.errors import UsageError
from idp_wizard.core.hints import suggest
from idp_wizard.core.locks import STOP_WAIT
from idp_wizard.core.messages import Message, msg, msg_count
from idp_wizard.core.os_errors import os_reason
from idp_wizard.core.store import Store
from idp_wizard.paths import ProfilePaths

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClientRemoved:
    name: str
    provider: str  # the provider that was disconnected ("" if none was connected)
    users_removed: int  # synced users removed by the disconnect
    runs_deleted: int  # sync runs of its history
    note: str | Message  # what happened to the sign-in (revoked, removed from the keychain...)

    def sentence(self) -> Message:
        users, runs = self.users_removed, self.runs_deleted
        values = {"name": repr(self.name), "provider": self.provider,
                  "removed": msg_count(users, "{count} synced user was removed",
                                       "{count} synced users were removed", count=users),
                  "runs": msg_count(runs, "{count} sync run", "{count} sync runs", count=runs)}
        said = msg("Removed the client {name}: {provider} was disconnected and {removed}; its "
                   "history ({runs}), settings and audit log were deleted.", **values) \
            if self.provider else msg("Removed the client {name}; its history ({runs}), "
                                      "settings and audit log were deleted.", **values)
        return msg("{sentence} {note}", sentence=said, note=self.note) if self.note else said


def _erase_files(app: App) -> None:
    """What the removed client kept outside the database. The client is gone already;
    a folder that cannot be deleted is logged, not a failed removal."""
    try:
        app.platform.erase()
    except OSError as exc:
        log.warning("Could not delete the removed client's platform files: %s",
                    os_reason(exc))


class Profile:
    def __init__(self, paths: ProfilePaths, env: Environment) -> None:
        self.paths, self.env = paths, env
        self.store = Store(paths.database, clock=env.clock, locks=paths.client_locks)

    def close(self) -> None:
        self.store.close()

    # -- which clients -----------------------------------------------------------------

    def clients(self) -> list[ClientInfo]:
        return list_clients(self.store)

    def summaries(self) -> list[ClientSummary]:
        return client_summaries(self.store)

    def find(self, name: str) -> ClientInfo:
        return find_client(self.store, name)

    def choose(self, name: str | None) -> ClientInfo:
        """The client named (any case or Unicode form), or the only one; with several
        and no name, one sentence listing them (a usage error)."""
        if name is not None:
            return self.find(name)
        clients = self.clients()
        if len(clients) == 1:
            return clients[0]
        raise UsageError(msg("This profile has {count} clients ({names}); choose one with "
                             "--client NAME ({command} lists them).", count=len(clients),
                             names=names_text(clients), command=suggest("clients list")))

    def open(self, client_id: int) -> App:
        return App(self.paths, self.env, client_id)

    # -- changing them -------------------------------------------------------------------

    def add(self, name: str) -> ClientInfo:
        return add_client(self.store, name)

    def rename(self, old: str, new: str) -> ClientInfo:
        return rename_client(self.store, old, new)

    def remove(self, client: ClientInfo) -> ClientRemoved:
        """Disconnect the client (its sign-in, its synced users and, through
        `App.disconnect`, whatever else disconnecting removes), then delete all it had.

        A running sync of this client is stopped first; other clients' syncs go on
        (they hold their own locks and touch only their own rows). If disconnecting
        fails (offline platform...), nothing is deleted: retrying finishes the job."""
        app = self.open(client.id)
        try:
            with app.lock.stop_others(), app.lock.hold(STOP_WAIT, "remove the client"):
                # Another removal may have held the lock meanwhile: a second erase would
                # replace its audit entry with one of nothing removed, and say "Removed".
                require_client(self.store, client.id)
                conn = app.connection()
                users, note = 0, cast("str | Message", "")
                # Users still on the platform: a removal (or disconnect) cut short after
                # forgetting the connection left them queued; erased here, they would
                # stay on the platform for good.
                if conn is not None or app.platform.remaining():
                    done = app.disconnect()
                    users, note = done.removed, done.note
                with self.store.errors():
                    runs = self.store.db.table("sync_runs").count_where("client_id = ?",
                                                                  [client.id])
                removed = ClientRemoved(client.name, conn.provider.title if conn else "",
                                        users, runs, note)
                erase_client(self.store, client, msg(
                    "{users} synced users removed, {runs} sync runs deleted",
                    users=users, runs=runs))
                # Only now: a removal cut short above still needs it (the demo's
                # platform folder holds the users its retry removes).
                _erase_files(app)
        finally:
            app.close()
        for leftover in (app.lock.path, app.lock.stop_path):
            with contextlib.suppress(OSError):  # never reused: the id is not given again
                leftover.unlink()
        self.store.ensure_client()  # the last one removed: the profile gets a new one
        return removed
