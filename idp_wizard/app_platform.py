"""One client's platform target, as the CLI, the wizard and the settings change it.

Every change holds the client's lock (a push never sees a target change half-way).
The token goes to the OS keychain only; the database keeps the URL, the state and what
the server supports (from the test that every `set` runs first: a target that fails its
test is not saved, and nothing changes). Moving to another platform starts afresh
there (users are matched by userName/externalId on the first push); the users on the
old platform are left alone, and the audit log says how many.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from idp_wizard.core import platform_state as ps
from idp_wizard.core.connection import require_client
from idp_wizard.core.disconnect_summary import PlatformCleared
from idp_wizard.core.errors import IdpWizardError, UsageError
from idp_wizard.core.hints import suggest
from idp_wizard.core.locks import WRITE_WAIT, ClientLock
from idp_wizard.core.messages import Message, msg, msg_count
from idp_wizard.core.platform_source import PlatformSource
from idp_wizard.core.platform_target import (
    EMBEDDED,
    SCIM,
    PlatformTarget,
    TargetSettings,
    TargetState,
    delete_target,
    load_target,
    save_target,
)
from idp_wizard.core.progress import CancelToken
from idp_wizard.core.push import PlatformDelivery, target_of
from idp_wizard.core.store import Store
from idp_wizard.platform import ConnectionReport
from idp_wizard.platform.urls import normalise_base_url

MAX_TOKEN = 8192
NO_TARGET = msg("No platform target is set.")


class PlatformNotCleared(IdpWizardError):
    """Disconnect could not remove every provisioned user from the platform (yet)."""


def check_token(text: str) -> str:
    """The token as pasted or read from a file (one trailing newline is fine)."""
    token = text.strip()
    if not token:
        raise UsageError(msg("The SCIM token is empty; paste the platform's bearer token."))
    if len(token) > MAX_TOKEN:
        raise UsageError(msg("The SCIM token is {length} characters long (at most {limit}); "
                             "check that only the token was given.", length=len(token),
                             limit=MAX_TOKEN))
    if any(ch.isspace() or not ch.isprintable() or not ch.isascii() for ch in token):
        raise UsageError(msg("The SCIM token contains spaces, line breaks or other "
                             "characters a token cannot have; give only the token itself."))
    return token


@dataclass(frozen=True)
class TargetStatus:
    target: PlatformTarget | None
    counts: ps.PlatformCounts

    def to_json(self) -> dict[str, Any]:
        t, c = self.target, self.counts
        return {"url": t.url if t else None, "kind": t.kind if t else None,
                "state": str(t.state) if t else str(TargetState.NONE),
                "state_reason": t.state_reason if t else "",
                "provisioned": c.provisioned, "pending": c.pending, "failed": c.failed,
                "deactivated": c.deactivated,
                "unmanaged": t.unmanaged if t and t.reconciled_at else None}


class PlatformOps:
    def __init__(self, store: Store, client_id: int, lock: ClientLock,
                 source: PlatformSource | None) -> None:
        self.store, self.client_id, self.lock, self.source = store, client_id, lock, source

    # -- reading ------------------------------------------------------------------

    def target(self) -> PlatformTarget | None:
        """The target in use: the saved one, else the environment's default (demo)."""
        return target_of(self.store, self.source, self.client_id)

    def saved(self) -> PlatformTarget | None:
        return load_target(self.store, self.client_id)

    def status(self) -> TargetStatus:
        return TargetStatus(self.target(), ps.counts(self.store, self.client_id))

    def delivery(self) -> PlatformDelivery | None:
        return None if self.source is None else PlatformDelivery(
            self.store, self.source, self.client_id)

    def _source(self) -> PlatformSource:
        if self.source is None:
            raise IdpWizardError(msg("This environment cannot reach a platform."))
        return self.source

    # -- test and set ---------------------------------------------------------------

    def test(self, url: str | None = None, token: str | None = None) -> ConnectionReport:
        """Test connection: the given URL/token, else the target in use."""
        source = self._source()
        if url is None:
            target = self.target()
            if target is None:
                raise UsageError(msg("No platform target is set; set one first ({command}).",
                                     command=suggest("target set --scim-url URL "
                                                     "--token-file F")))
            url = target.url
        return source.check(url, None if token is None else check_token(token))

    def has_token(self, url: str) -> bool:
        """Whether `url` is the saved target, whose token the keychain holds."""
        saved = self.saved()
        try:
            same = saved is not None and saved.kind == SCIM and normalise_base_url(
                saved.url, allow_any_host=True) == normalise_base_url(url, allow_any_host=True)
        except IdpWizardError:
            return False
        return same

    def token_needed(self, url: str) -> bool:
        """A token must be given for `url` (not the embedded platform, not the saved
        target whose token the keychain already holds)."""
        try:
            return self.kind_of(url) == SCIM and not self.has_token(url)
        except IdpWizardError:
            return True

    def kind_of(self, url: str) -> str:
        default = self.source.default_target() if self.source else None
        if default is not None and normalise_base_url(url, allow_any_host=True) == \
                normalise_base_url(default.url, allow_any_host=True):
            return default.kind
        return SCIM

    def set_target(self, url: str, token: str | None, actor: str = "admin"
                   ) -> tuple[ConnectionReport, int]:
        """Test, then save (URL and capabilities here, the token in the keychain).
        Returns the report and how many users the app had put on the previous platform
        (left there when the URL changed)."""
        source, kind = self._source(), self.kind_of(url)
        if kind == SCIM and token is None and not self.has_token(url):
            raise UsageError(msg("Give the platform's SCIM token (--token-file or "
                                 "--token-stdin)."))
        if kind == SCIM and token is not None:
            token = check_token(token)
        report = source.check(url, token if kind == SCIM else None)
        with self.lock.hold(WRITE_WAIT, "change the platform target"):
            require_client(self.store, self.client_id)  # removed while the test ran
            old = self.saved() or self.target()
            same = old is not None and normalise_base_url(
                old.url, allow_any_host=True) == report.base_url
            left = ps.counts(self.store, self.client_id).on_platform if old and not same else 0
            if kind == SCIM and token is not None:
                source.save_token(token)
            new = PlatformTarget(
                report.base_url, kind, TargetState.READY, "", report.capabilities,
                old.settings if old else TargetSettings(), self.store.now(),
                old.reconciled_at if (old and same) else "",
                old.unmanaged if (old and same) else 0)
            with self.store.transaction():
                save_target(self.store, new, self.client_id)
                if not same:
                    ps.reset_for_new_target(self.store, self.client_id)
            detail: str | Message = msg(
                "{url}; {count} provisioned users left on {old}", url=report.base_url,
                count=left, old=old.url) if left and old else report.base_url
            self.store.audit("target.set", detail, actor=actor, client_id=self.client_id)
        return report, left

    def save_settings(self, settings: TargetSettings, wait: float = WRITE_WAIT) -> None:
        with self.lock.hold(wait, "change the platform settings"):
            require_client(self.store, self.client_id)
            target = self.saved() or self.target()
            if target is None:
                raise UsageError(NO_TARGET)
            save_target(self.store, replace(target, settings=settings), self.client_id)
            self.store.audit("target.settings", msg(
                "removed employees are deactivated; {concurrency} requests at once",
                concurrency=settings.concurrency) if settings.deactivate else msg(
                "removed employees are deleted; {concurrency} requests at once",
                concurrency=settings.concurrency), client_id=self.client_id)

    def remove_target(self, keep_platform_users: bool = False) -> int:
        """Forget the target (and its token). Refused while users the app provisioned
        are there, unless they are to stay (unmanaged); returns how many stay."""
        with self.lock.hold(WRITE_WAIT, "remove the platform target"):
            target = self.saved()
            if target is None:
                raise UsageError(NO_TARGET)
            there = ps.counts(self.store, self.client_id).on_platform
            if there and not keep_platform_users:
                raise IdpWizardError(msg_count(
                    there, "{count} user the app provisioned is on {url}. Disconnect "
                    "removes it ({disconnect}); or keep it there, no longer managed, with "
                    "{keep}.", "{count} users the app provisioned are on {url}. Disconnect "
                    "removes them ({disconnect}); or keep them there, no longer managed, "
                    "with {keep}.", count=there, url=target.url,
                    disconnect=suggest("disconnect --yes"),
                    keep=suggest("target remove --keep-platform-users")))
            self._forget(target, there)
            return there

    def _forget(self, target: PlatformTarget, left: int) -> None:
        with self.store.transaction():
            delete_target(self.store, self.client_id)
            ps.forget_platform_state(self.store, self.client_id)  # no target, no outbox
        if target.kind != EMBEDDED and self.source is not None:
            self.source.delete_token()
        self.store.audit("target.remove", msg(
            "{url}; {count} provisioned users left there, no longer managed",
            url=target.url, count=left) if left else target.url, client_id=self.client_id)

    def erase(self) -> None:
        """The client was removed: what its platform source keeps on disk goes too."""
        if self.source is not None:
            self.source.erase()

    # -- disconnect -------------------------------------------------------------------

    def queue_disconnect(self) -> None:
        """Inside the disconnect transaction: every user the app put on the platform is
        to be removed (deactivated users too, unless deactivating is the setting)."""
        target = self.target()
        deactivate = target.settings.deactivate if target else False
        ps.queue_all_removals(self.store, self.client_id, keep_deactivated=deactivate)

    def finish_disconnect(self, keep_platform_users: bool,
                          cancel: CancelToken | None = None) -> PlatformCleared:
        """Remove (or deactivate) what is queued; then forget the target. Says how many
        were removed, already gone, left there. Raises PlatformNotCleared, saying how
        many remain, when the platform cannot be reached: disconnect again finishes."""
        target = self.target()
        waiting = ps.counts(self.store, self.client_id)
        there = waiting.pending + waiting.failed + waiting.deactivated
        if keep_platform_users or target is None:
            ps.forget_platform_state(self.store, self.client_id)
            if target is not None and self.saved() is not None:
                self._forget(target, there if keep_platform_users else 0)
            if keep_platform_users:
                self.store.audit("disconnect.keep_platform_users", msg(
                    "{count} provisioned users left on {url}", count=there,
                    url=target.url) if target else msg(
                    "{count} provisioned users left on the platform", count=there),
                    client_id=self.client_id)
            return PlatformCleared(kept=there if keep_platform_users else 0,
                                   url=target.url if target else "")
        delivery = self.delivery()
        assert delivery is not None
        report = delivery.deliver(0, None, groups=[], compare=False, cancel=cancel)
        left = ps.counts(self.store, self.client_id)
        remaining = left.pending + left.failed  # deactivated ones are done: forgotten below
        done = PlatformCleared(report.deleted + report.deactivated, report.gone,
                               url=target.url, deactivate=target.settings.deactivate)
        if done.removed or done.gone:  # what reached the platform, even if not all did
            self.store.audit("disconnect.platform", done.audit(remaining),
                             client_id=self.client_id)
        if remaining:
            why = report.error or msg("The platform refused some removals.")
            raise PlatformNotCleared(msg_count(
                remaining, "{count} user the app provisioned remains on {url}: {why} Run "
                "disconnect again to finish removing it ({command}).", "{count} users the "
                "app provisioned remain on {url}: {why} Run disconnect again to finish "
                "removing them ({command}).", count=remaining,
                url=target.url, why=why, command=suggest("disconnect --yes")))
        ps.forget_platform_state(self.store, self.client_id)
        if self.saved() is not None:
            self._forget(target, 0)
        return done

    def remaining(self) -> int:
        """Users the app put on the platform (or may have: sent, answer unknown)."""
        return ps.on_platform(self.store, self.client_id)
