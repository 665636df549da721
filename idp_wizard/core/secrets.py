"""Sign-in secrets (MSAL's token cache, Google credentials) in the OS keychain only.

A small store over `keyring`, one keychain "service" per profile ("IdP Wizard/demo" is
never used: demo mode has no tokens). Backends that would keep secrets in a plain file
or nowhere are refused with `SecretStoreUnavailable`: there is no plain-text fallback.
The backend is resolved lazily, on first use, so merely building an `App` (or running
tests of other packages) never touches a keychain. No secret value ever appears in an
exception message or log line.
"""

from __future__ import annotations

import logging
import threading

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

from idp_wizard.core.errors import SecretStoreUnavailable

log = logging.getLogger(__name__)

SERVICE_PREFIX = "IdP Wizard"
ENTRA_TOKEN_CACHE = "entra-token-cache"
GOOGLE_CREDENTIALS = "google-credentials"
KNOWN_SECRETS = (ENTRA_TOKEN_CACHE, GOOGLE_CREDENTIALS)

_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")
_NO_KEYCHAIN = (
    "No system keychain is available ({what}); IdP Wizard stores sign-in tokens only in "
    "the keychain, never in a file. On Linux install and unlock GNOME Keyring or KWallet."
)


def _refused(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    return any(module == m or module.startswith(m + ".") for m in _REFUSED_MODULES)


def _describe(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def usable_backend(backend: KeyringBackend) -> KeyringBackend:
    """`backend`, or the first real keychain inside a chainer; else SecretStoreUnavailable.

    A chainer is unwrapped rather than used as is: it would silently fall through to a
    lower-priority (possibly plain-text) backend when the keychain refuses a write.
    """
    candidates: list[KeyringBackend] = [backend]
    if isinstance(backend, ChainerBackend):
        candidates = list(getattr(backend, "backends", []))
    for candidate in candidates:
        if not _refused(candidate) and not isinstance(candidate, ChainerBackend):
            return candidate
    raise SecretStoreUnavailable(_NO_KEYCHAIN.format(what=_describe(backend)))


class SecretStore:
    """Named secrets of one profile in the OS keychain."""

    def __init__(self, profile: str, backend: KeyringBackend | None = None) -> None:
        self.service = f"{SERVICE_PREFIX}/{profile}"
        self._given = backend
        self._backend: KeyringBackend | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SecretStore({self.service!r})"

    @property
    def backend(self) -> KeyringBackend:
        with self._lock:
            if self._backend is None:
                try:
                    chosen = self._given if self._given is not None else keyring.get_keyring()
                except Exception as exc:  # keyring's own set-up failed (broken config...)
                    raise SecretStoreUnavailable(
                        _NO_KEYCHAIN.format(what=type(exc).__name__)) from None
                self._backend = usable_backend(chosen)
            return self._backend

    def _fail(self, action: str, exc: Exception) -> SecretStoreUnavailable:
        # The exception's text is not shown: some backends echo what they were given.
        log.warning("keychain %s failed for %s: %s", action, self.service, type(exc).__name__)
        locked = isinstance(exc, KeyringLocked)
        why = "it is locked; unlock it and try again" if locked else (
            f"the keychain refused or failed ({type(exc).__name__}); check that it is "
            "unlocked and that IdP Wizard may use it")
        return SecretStoreUnavailable(f"Cannot {action} the sign-in in the system "
                                      f"keychain ({self.service}): {why}.")

    def get(self, name: str) -> str | None:
        backend = self.backend
        try:
            return backend.get_password(self.service, name)
        except Exception as exc:  # backends raise keyring, D-Bus and OS errors alike
            raise self._fail("read", exc) from None

    def set(self, name: str, value: str) -> None:
        backend = self.backend
        try:
            backend.set_password(self.service, name, value)
        except Exception as exc:
            raise self._fail("save", exc) from None

    def delete(self, name: str) -> None:
        """Remove `name`; a secret that is not there is fine."""
        if self.get(name) is None:
            return
        backend = self.backend
        try:
            backend.delete_password(self.service, name)
        except PasswordDeleteError:
            if self.get(name) is not None:
                raise self._fail("remove", RuntimeError("not deleted")) from None
        except Exception as exc:
            raise self._fail("remove", exc) from None

    def delete_all(self) -> None:
        for name in KNOWN_SECRETS:
            self.delete(name)
