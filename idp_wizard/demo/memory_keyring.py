"""An in-memory keyring backend: what tests use instead of the OS keychain.

Demo mode itself never needs it (the demo has no tokens). `locked=True` makes every
call fail like a locked keychain. Like the smallest real keychain (Windows Credential
Manager, keyring's Windows backend) it refuses an entry over 2,560 bytes of UTF-16, so
a secret that would not fit on Windows fails here too.
"""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

from idp_wizard.core.secret_chunks import MAX_ENTRY_BYTES


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]  # a class attribute is what keyring reads

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False

    def _check(self) -> None:
        if self.locked:
            raise KeyringLocked("the in-memory keyring is locked")

    def get_password(self, service: str, username: str) -> str | None:
        self._check()
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._check()
        if len(password.encode("utf-16-le")) > MAX_ENTRY_BYTES:
            # What CredWrite answers (win32 error 1783) for a blob over the limit.
            raise PasswordSetError("(1783, 'CredWrite', 'The stub received bad data.')")
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._check()
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError("no such entry")
