"""Errors an admin may see. Each carries one clear sentence; none carries a secret.

`IdpWizardError` and its subclasses are *expected* failures (network, provider,
bad input, environment). Anything else is a bug and is reported as such.
"""

from __future__ import annotations

from idp_wizard.core.messages import Message


class IdpWizardError(Exception):
    """An expected failure with a message fit for the admin: plain text, or a `Message`
    that each face renders in the admin's language (`str()` is the English text)."""

    def __init__(self, message: str | Message = "", *args: object) -> None:
        self.message: Message | None = message if isinstance(message, Message) else None
        super().__init__(str(message), *args)


class UsageError(IdpWizardError):
    """Bad options or input files (CLI exit code 2)."""


class StoreError(IdpWizardError):
    """The database cannot be opened, read or written (disk full, locked, corrupt...)."""


class ProviderError(IdpWizardError):
    """The identity provider answered with an error or nonsense."""

    def __init__(self, message: str | Message, *, code: str = "",
                 status: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.status = status


class AuthorizationRequired(ProviderError):
    """Tokens are gone, expired beyond refresh, or revoked: the admin must sign in again."""


class SecretDamaged(AuthorizationRequired):
    """A saved sign-in is in the keychain but cannot be read back (torn chunks, or
    contents that do not parse): a new sign-in replaces it."""


class MissingAdminRole(ProviderError):
    """The signed-in account lacks the administrator role the provider needs."""


class SyncInProgress(IdpWizardError):
    """Another sync of the same profile is running."""


class SyncSkipped(IdpWizardError):
    """A scheduled sync did not start (e.g. the connection needs reauthorization)."""


class ConnectionChanged(IdpWizardError):
    """The connection a sync planned for changed before it could apply."""


class NotConnected(IdpWizardError):
    """The command needs a connected provider."""


class SecretStoreUnavailable(IdpWizardError):
    """No usable OS keychain: we never fall back to a plain-text file."""


class KeychainUnreachable(SecretStoreUnavailable):
    """The keychain exists but cannot be reached now (no D-Bus session, as under cron;
    locked; not answering). Not AuthorizationRequired: the sign-in itself is fine, so
    the connection keeps its state and a run says exactly this."""


class Cancelled(IdpWizardError):
    """The admin cancelled the operation; nothing was applied."""


class DeltaExpired(ProviderError):
    """Graph no longer knows the delta link (syncStateNotFound/resyncRequired)."""


class FilterMismatch(IdpWizardError):
    """The filter names a group or org unit the directory does not have (any more)."""


class UnmatchedValue(FilterMismatch):
    """A filter value matches nobody in the directory (a typo such as "Sals")."""


class MissingAppRegistration(UsageError):
    """No app registration (Entra client id / Google OAuth client) is configured yet."""


class SavedFilterInvalid(IdpWizardError):
    """The stored filter no longer passes validation (saved before a check existed)."""


class AlreadyConnected(IdpWizardError):
    """Only one identity provider per client: a failure, not a usage error (exit 1)."""
