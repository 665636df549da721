"""The wizard engine: one flow, with its side effects, for the Qt wizard and the CLI.

`core/wizard.py` says which steps a mode has and what Back and Cancel undo; this engine
does the work of each step (sign-in, admin check, rules sync, share, initial sync) and
commits or rolls back. The Qt pages and `idp-wizard connect` / `reauthorize` are thin
views over it: they copy values in, run its blocking methods off the GUI thread, and
show what comes back. Nothing is saved before Share (NEW), the confirmed preview
(EDIT_FILTERS) or the checked sign-in (REAUTHORIZE).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Protocol

from idp_wizard.core.auth import Authenticator, SignInOptions
from idp_wizard.core.connection import Connection
from idp_wizard.core.errors import IdpWizardError, NotConnected
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.messages import msg
from idp_wizard.core.outcome import SyncOutcome
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.platform_target import PlatformTarget
from idp_wizard.core.progress import CancelToken, ProgressFn, no_progress
from idp_wizard.core.records import ProviderName
from idp_wizard.core.sync import SyncService
from idp_wizard.core.wizard import (
    DataOptions,
    Step,
    Undo,
    WizardData,
    WizardMode,
    discard_sign_in,
    first_step,
)
from idp_wizard.core.wizard import cancel as cancel_step
from idp_wizard.core.wizard import go_back as back_step
from idp_wizard.platform import ConnectionReport

log = logging.getLogger(__name__)


class PlatformSetup(Protocol):
    """The client's platform target (`idp_wizard.app_platform.PlatformOps`)."""

    def saved(self) -> PlatformTarget | None: ...

    def target(self) -> PlatformTarget | None: ...

    def token_needed(self, url: str) -> bool: ...

    def test(self, url: str | None = None, token: str | None = None) -> ConnectionReport: ...

    def set_target(self, url: str, token: str | None, actor: str = "admin"
                   ) -> tuple[ConnectionReport, int]: ...


class ClientOperations(Protocol):
    """What the engine needs of one client (`idp_wizard.app.App` provides it)."""

    auth: Authenticator

    @property
    def platform(self) -> PlatformSetup: ...

    def connection(self) -> Connection | None: ...

    def saved_filter(self) -> FilterSpec: ...

    def ensure_can_connect(self, provider: ProviderName) -> None: ...

    def commit_connection(self, conn: Connection, spec: FilterSpec) -> None: ...

    def reauthorized(self, new: Connection) -> Connection: ...

    def rules_sync(self, progress: ProgressFn | None = None, cancel: CancelToken | None = None,
                   conn: Connection | None = None) -> FilterSession: ...

    def save_filter_and_sync(
        self, spec: FilterSpec, session: FilterSession, *, trigger: str = "filter",
        progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
        preview: SyncPlan | None = None, allow_deletions: bool = False,
    ) -> SyncOutcome: ...

    def sync_service(self) -> SyncService: ...


class WizardEngine:
    def __init__(self, client: ClientOperations, mode: WizardMode = WizardMode.NEW) -> None:
        self.client, self.mode = client, mode
        self.data = WizardData()
        saved = client.connection()
        if mode is not WizardMode.NEW:
            if saved is None:
                raise NotConnected(msg("No identity provider is connected."))
            self.data.provider = saved.provider
        if mode is WizardMode.EDIT_FILTERS:
            self.data.connection = saved  # the saved connection: never abandoned
            self.data.spec = client.saved_filter()
        if mode is WizardMode.NEW:
            self.data.platform_needed = client.platform.saved() is None

    @property
    def auth(self) -> Authenticator:
        return self.client.auth

    @property
    def first_step(self) -> Step:
        return first_step(self.mode)

    # -- identity provider and data options ----------------------------------------------

    def choose_provider(self, provider: ProviderName) -> None:
        if self.mode is WizardMode.NEW:
            self.client.ensure_can_connect(provider)
        self.data.provider = provider

    def set_data_options(self, options: DataOptions) -> None:
        self.data.data_options = options

    def device_code_available(self) -> bool:
        return self.data.provider is not None and self.auth.device_code_available(
            self.data.provider)

    # -- sign-in and the administrator check ---------------------------------------------

    def sign_in(self, options: SignInOptions | None = None,
                progress: ProgressFn = no_progress,
                cancel: CancelToken | None = None) -> Connection:
        """Interactive or device-code sign-in (see `SignInOptions.show_device_code`),
        then the admin check. NEW: the connection is kept unsaved until Share.
        REAUTHORIZE: it replaces the saved sign-in at once (same tenant or workspace
        only; the users, the filter and the sync state stay). Blocks: run it off the
        GUI thread. A refused sign-in leaves nothing behind, and an earlier working one
        keeps working."""
        provider = self.data.provider
        if provider is None:
            raise IdpWizardError(msg("Choose an identity provider first."))
        options = options or SignInOptions()
        if self.mode is WizardMode.NEW and options.groups is None:
            # Least privilege: group membership reads only with the "Groups" data option.
            options = replace(options, groups=self.data.data_options.groups)
        cancel = cancel or CancelToken()
        old = self.client.connection() if self.mode is WizardMode.REAUTHORIZE else None
        if self.mode is WizardMode.NEW:
            self.client.ensure_can_connect(provider)
        conn = self.auth.sign_in(provider, options, cancel, reauthorizing=old)
        try:
            self.auth.require_admin(conn)
            cancel.raise_if_cancelled()
            if old is not None:
                conn = self.client.reauthorized(conn)
                self.data.committed = True
            else:  # nothing earlier to keep: this sign-in is the client's only one
                self.auth.accept(conn)
        except BaseException:
            self.auth.discard(conn)  # an earlier, working sign-in stays
            raise
        if self.mode is WizardMode.NEW:
            conn.settings["synced_data"] = self.data.data_options.synced_groups()
        self.data.connection = conn
        return conn

    def accept_permissions(self) -> None:
        self.data.permissions_accepted = True

    # -- employee filtering ----------------------------------------------------------------

    def rules_sync(self, progress: ProgressFn = no_progress,
                   cancel: CancelToken | None = None) -> FilterSession:
        """The "synchronization of rules" (blocks: off the GUI thread)."""
        session = self.client.rules_sync(progress, cancel, conn=self.data.connection)
        self.data.session = session
        return session

    def share(self, spec: FilterSpec) -> SyncPlan | None:
        """NEW: save the connection and its filter (no way back after this).
        EDIT_FILTERS: the change preview to confirm (nothing saved yet; it takes a
        moment on large directories: off the GUI thread)."""
        data = self.data
        if data.session is not None:
            data.session.check(spec)
        data.spec = spec
        if self.mode is WizardMode.EDIT_FILTERS:
            if data.session is None:
                raise IdpWizardError(msg("The directory has not been read yet."))
            return data.session.preview(spec)
        if data.connection is None:
            raise IdpWizardError(msg("Sign in first."))
        self.client.commit_connection(data.connection, spec)
        data.committed = True
        return None

    def confirm_preview(self, plan: SyncPlan) -> None:
        """EDIT_FILTERS: what the admin approved is exactly what the sync may remove."""
        self.data.preview = plan
        self.data.committed = True

    # -- the platform (SCIM) target ----------------------------------------------------------

    def platform_prefill(self) -> str:
        """The URL to offer: the target in use (the demo's embedded platform), if any."""
        target = self.client.platform.target()
        return target.url if target is not None else ""

    def platform_token_needed(self, url: str) -> bool:
        """The embedded demo platform needs no token; any other target does."""
        return self.client.platform.token_needed(url)

    def test_platform(self, url: str, token: str | None) -> ConnectionReport:
        """Test connection (blocks: off the GUI thread). Nothing is saved."""
        return self.client.platform.test(url, token)

    def save_platform(self, url: str, token: str | None) -> ConnectionReport:
        """Test and save the target (blocks: off the GUI thread)."""
        conn = self.data.connection
        report, _ = self.client.platform.set_target(
            url, token, actor=conn.admin_account if conn and conn.admin_account else "admin")
        self.data.platform_done = True
        return report

    def skip_platform(self) -> None:
        """"Set up the platform later": the first sync keeps the users in this app."""
        self.data.platform_done = True

    # -- the initial sync ------------------------------------------------------------------

    def run_initial_sync(self, progress: ProgressFn = no_progress,
                         cancel: CancelToken | None = None) -> SyncOutcome:
        """The sync that ends the wizard (blocks: off the GUI thread). EDIT_FILTERS: the
        new filter goes live together with its changes, or (held) not at all. The view
        marks `data.sync_finished` once it has shown the outcome."""
        data = self.data
        data.sync_started = True
        if self.mode is WizardMode.EDIT_FILTERS and data.session is not None:
            return self.client.save_filter_and_sync(
                data.spec, data.session, trigger="filter", progress=progress,
                cancel=cancel, preview=data.preview)
        trigger = "reauthorize" if self.mode is WizardMode.REAUTHORIZE else "wizard"
        return self.client.sync_service().run(trigger=trigger, progress=progress,
                                              cancel=cancel)

    # -- leaving -----------------------------------------------------------------------------

    def back(self, step: Step) -> Step:
        """Back from `step`; undoes what must be undone (a sign-in, going back to it)."""
        conn = self.data.connection
        previous, undo = back_step(step, self.data, self.mode)
        self._undo(undo, conn)
        return previous

    def cancel(self, step: Step) -> None:
        """Cancel, Esc or closing the window: nothing half-connected remains."""
        conn = self.data.connection
        self._undo(cancel_step(step, self.data, self.mode), conn)

    def forget_late(self, result: object) -> None:
        """A sign-in that finished after the wizard closed: leave nothing behind."""
        if isinstance(result, Connection) and self.mode is WizardMode.NEW:
            self._undo(Undo.ABANDON_SIGN_IN, result)

    def _undo(self, undo: Undo, conn: Connection | None) -> None:
        """Roll back an unsaved NEW sign-in: revoke it and empty the client's keychain
        entries (a NEW client has no other sign-in to keep)."""
        if undo is Undo.ABANDON_SIGN_IN and conn is not None:
            try:
                self.auth.forget(conn)
            except IdpWizardError:
                log.warning("could not forget the sign-in", exc_info=True)

    def restart_sign_in(self) -> None:
        """Sign in again from the permissions step (another account or tenant)."""
        conn = self.data.connection
        discard_sign_in(self.data)
        if self.mode is WizardMode.NEW:
            self._undo(Undo.ABANDON_SIGN_IN, conn)


def connect_with_defaults(client: ClientOperations, provider: ProviderName,
                          options: SignInOptions | None = None,
                          progress: ProgressFn = no_progress,
                          cancel: CancelToken | None = None) -> Connection:
    """The NEW flow without choices: sign in, accept, share with the default filter
    (every enabled employee who is not a guest). Rolled back on any failure."""
    engine = WizardEngine(client, WizardMode.NEW)
    engine.choose_provider(provider)
    try:
        conn = engine.sign_in(options, progress, cancel)
        engine.accept_permissions()
        engine.share(FilterSpec.default())
    except BaseException:
        engine.cancel(Step.FILTERING)  # nothing half-connected remains
        raise
    return conn
