"""How a client signs in to its identity provider, and reads it with that sign-in.

`Authenticator` is what the wizard engine, the sync engine and disconnect need; the
real one (`idp_wizard.sign_in.KeychainAuthenticator`: MSAL, google-auth-oauthlib and
the OS keychain) and the demo one (`idp_wizard.demo.environment`) implement it. The
environment chosen at start-up decides which one an `App` gets.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from idp_wizard.core.connection import Connection
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.progress import CancelToken
from idp_wizard.core.reader import DirectoryReader
from idp_wizard.core.records import ProviderName


def no_google_device_code() -> Message:
    """Google's sign-in for these (read-only directory) scopes has no device-code flow;
    the real and the demo sign-in and the command line's checks all say so."""
    return msg("Google Workspace has no device-code sign-in for these permissions; sign in "
               "with the browser.")


@dataclass(frozen=True)
class DeviceCode:
    """What the admin types on another device (Entra's device-code sign-in)."""

    user_code: str
    verification_uri: str
    message: str | Message = ""  # the provider's own instructions, if it gave them
    expires_in: int = 900

    def text(self) -> str | Message:
        """The provider's own instructions when it gave them, else ours."""
        return self.message or msg("To sign in, open {address} and enter the code {code}.",
                                   address=self.verification_uri, code=self.user_code)


ShowDeviceCode = Callable[[DeviceCode], None]


@dataclass(frozen=True)
class SignInOptions:
    """How to sign in; every field may stay None (saved or built-in registration)."""

    client_id: str | None = None  # Entra application (client) ID
    tenant: str | None = None  # Entra tenant ID or domain (default "organizations")
    cloud: str | None = None  # Entra cloud: global, usgov, china
    client_secret_file: Path | None = None  # Google Desktop-app client_secret.json
    show_device_code: ShowDeviceCode | None = None  # Entra: device code instead of browser
    port: int | None = None  # loopback port (default: any free one)
    # Entra: ask for group membership reads (None: yes when connecting; when
    # reauthorizing, if the connection had them or now uses groups)
    groups: bool | None = None


class ReaderSource(Protocol):
    def reader(self, conn: Connection) -> DirectoryReader:
        """A directory reader for this connection (closed by the caller after one run)."""
        ...


class Authenticator(ReaderSource, Protocol):
    def device_code_available(self, provider: ProviderName) -> bool:
        """Whether "sign in on another device" is offered for this provider."""
        ...

    def check_registration(self, provider: ProviderName, options: SignInOptions) -> None:
        """Raise (MissingAppRegistration, UsageError, SecretStoreUnavailable) now if
        signing in cannot work: no app registration, a broken client_secret.json, or no
        keychain to keep the sign-in in. Nothing is remembered."""
        ...

    def sign_in(self, provider: ProviderName, options: SignInOptions, cancel: CancelToken,
                reauthorizing: Connection | None = None) -> Connection:
        """Browser (or device code) sign-in. Returns an unsaved connection; its tokens
        are kept beside any earlier sign-in until `accept` or `discard`. Blocks.
        `reauthorizing`: the saved connection, whose app registration is used again."""
        ...

    def require_admin(self, conn: Connection) -> None:
        """Raise MissingAdminRole unless the signed-in account administers the directory."""
        ...

    def group_access_note(self, conn: Connection) -> Message | None:
        """Why group criteria cannot be offered (the permission was not granted), or
        None when they can."""
        ...

    def require_same_directory(self, old: Connection, new: Connection) -> None:
        """Reauthorize: raise ProviderError when `new` signed in to another tenant or
        workspace than the connected one."""
        ...

    def accept(self, conn: Connection) -> None:
        """Keep this sign-in as the connection's only one."""
        ...

    def discard(self, conn: Connection) -> None:
        """Drop an unsaved sign-in; an earlier, working one stays."""
        ...

    def forget(self, conn: Connection) -> str | Message:
        """Disconnect: revoke where possible and delete every secret of this client.
        Returns a note for the admin (what was revoked, what to do by hand)."""
        ...
