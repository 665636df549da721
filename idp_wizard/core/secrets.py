"""Sign-in secrets (MSAL's token cache, Google credentials) in the OS keychain only.

A small store over `keyring`, one keychain "service" per profile ("IdP Wizard/demo" is
never used: demo mode has no tokens). Backends that would keep secrets in a plain file
or nowhere are refused with `SecretStoreUnavailable`: there is no plain-text fallback.
A keychain that exists but cannot be reached now (no D-Bus session under cron, locked)
raises `KeychainUnreachable`. Values too large for one Windows Credential Manager entry
are stored as checked chunks (secret_chunks.py). The backend is resolved lazily, on
first use, so merely building an `App` never touches a keychain. No secret value ever
appears in an exception message or log line.
"""

from __future__ import annotations

import logging
import os
import sys
import threading

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.errors import PasswordDeleteError

from idp_wizard.core import secret_chunks as chunks
from idp_wizard.core.errors import (
    KeychainUnreachable,
    SecretDamaged,
    SecretStoreUnavailable,
)
from idp_wizard.core.hints import suggest
from idp_wizard.core.messages import Message, msg

log = logging.getLogger(__name__)

SERVICE_PREFIX = "IdP Wizard"
ENTRA_TOKEN_CACHE = "entra-token-cache"
GOOGLE_CREDENTIALS = "google-credentials"
KNOWN_SECRETS = (ENTRA_TOKEN_CACHE, GOOGLE_CREDENTIALS)

_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _no_keychain(what: Message) -> Message:
    return msg("No system keychain is available ({what}); IdP Wizard stores sign-in tokens "
               "only in the keychain, never in a file. On Linux install and unlock GNOME "
               "Keyring or KWallet.", what=what)


def _refused_why(backend: KeyringBackend) -> Message:
    """Why keyring's choice is no keychain, in words (its class path stays in the log)."""
    module = type(backend).__module__
    if module.startswith("keyrings.alt"):
        return msg("only a plain-text file store is installed")
    if module == "keyring.backends.null":
        return msg("keyring is set to keep nothing")
    return msg("keyring found none on this computer")


# What a keychain's failure means, by exception class name along the MRO (the backends'
# own modules -- secretstorage, D-Bus, Windows, macOS -- are not imported for this).
_FAILURES: tuple[tuple[frozenset[str], Message], ...] = (
    (frozenset({"KeyringLocked", "LockedException"}),
     msg("it is locked; unlock it (sign in to the desktop session) and try again")),
    (frozenset({"PromptDismissedException"}),
     msg("the request to unlock it was dismissed; unlock it and try again")),
    (frozenset({"PasswordSetError"}),
     msg("it refused to save the entry; check that it is running and unlocked and that "
         "IdP Wizard may use it")),
    (frozenset({"PasswordDeleteError"}),
     msg("it refused to remove the entry; check that it is running and unlocked and that "
         "IdP Wizard may use it")),
    (frozenset({"InitError", "NoKeyringError"}),
     msg("it could not be opened; check that it is running and unlocked and that IdP "
         "Wizard may use it")),
)
_DID_NOT_ANSWER = msg("it did not answer as expected; check that it is running and unlocked "
                      "and that IdP Wizard may use it")


def failure_words(exc: BaseException) -> Message:
    """Why a keychain call failed, for a message: words, never a Python type name."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    return next((words for kinds, words in _FAILURES if names & kinds), _DID_NOT_ANSWER)


def _no_session_bus() -> Message:
    return msg(
        "The keychain cannot be reached: this process has no D-Bus session "
        "(DBUS_SESSION_BUS_ADDRESS is not set), as when cron starts it, and the Secret "
        "Service keychain lives in the user's session. Schedule syncs with {command} (a "
        "systemd user timer, or a cron line that points at /run/user/<uid>/bus); the "
        "sign-in itself is fine and nothing was changed.",
        command=suggest("schedule install"))


def _refused(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    return any(module == m or module.startswith(m + ".") for m in _REFUSED_MODULES)


def _describe(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__name__}"


def usable_backend(backend: KeyringBackend) -> KeyringBackend:
    """`backend`, or the first real keychain inside a chainer; else SecretStoreUnavailable
    (KeychainUnreachable when a Linux process simply has no session bus to reach one).

    A chainer is unwrapped rather than used as is: it would silently fall through to a
    lower-priority (possibly plain-text) backend when the keychain refuses a write.
    """
    candidates: list[KeyringBackend] = [backend]
    if isinstance(backend, ChainerBackend):
        candidates = list(getattr(backend, "backends", []))
    for candidate in candidates:
        if not _refused(candidate) and not isinstance(candidate, ChainerBackend):
            return candidate
    if sys.platform.startswith("linux") and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        raise KeychainUnreachable(_no_session_bus())
    log.warning("no usable keychain: keyring offers %s", _describe(backend))
    refused = [c for c in candidates if _refused(c)]
    raise SecretStoreUnavailable(_no_keychain(_refused_why(refused[0] if refused else backend)))


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
                    log.warning("keyring could not choose a keychain: %s", type(exc).__name__)
                    raise SecretStoreUnavailable(_no_keychain(
                        msg("keyring's own set-up failed"))) from None
                self._backend = usable_backend(chosen)
            return self._backend

    def _fail(self, action: str, exc: Exception) -> KeychainUnreachable:
        # The exception's text is not shown (some backends echo what they were given),
        # nor its type name: that stays in the log.
        log.warning("keychain %s failed for %s: %s", action, self.service, type(exc).__name__)
        why = failure_words(exc)
        if action == "check":
            said = msg("The keychain cannot be used to keep the sign-in ({service}): {why}. "
                       "The sign-in was not started.", service=self.service, why=why)
        elif action == "read":
            said = msg("The keychain cannot be reached to read the sign-in ({service}): "
                       "{why}.", service=self.service, why=why)
        elif action == "save":
            said = msg("The keychain cannot be reached to save the sign-in ({service}): "
                       "{why}.", service=self.service, why=why)
        else:
            said = msg("The keychain cannot be reached to remove the sign-in ({service}): "
                       "{why}.", service=self.service, why=why)
        return KeychainUnreachable(said)

    # -- single entries -----------------------------------------------------------------

    def _get(self, name: str, action: str = "read") -> str | None:
        backend = self.backend
        try:
            return backend.get_password(self.service, name)
        except Exception as exc:  # backends raise keyring, D-Bus and OS errors alike
            raise self._fail(action, exc) from None

    def _set(self, name: str, value: str) -> None:
        backend = self.backend
        try:
            backend.set_password(self.service, name, value)
        except Exception as exc:
            raise self._fail("save", exc) from None

    def _delete(self, name: str) -> None:
        """Remove one entry; one that is not there is fine."""
        if self._get(name) is None:
            return
        backend = self.backend
        try:
            backend.delete_password(self.service, name)
        except PasswordDeleteError as exc:
            if self._get(name) is not None:
                raise self._fail("remove", exc) from None
        except Exception as exc:
            raise self._fail("remove", exc) from None

    def _delete_slot(self, name: str, slot: str, at_least: int = 0) -> None:
        """Every chunk of `slot`: the `at_least` a manifest names (some may be lost),
        then onwards while there are more (an interrupted write may have left them)."""
        index = 0
        while index < at_least or self._get(chunks.chunk_name(name, slot, index)) is not None:
            self._delete(chunks.chunk_name(name, slot, index))
            index += 1

    # -- named secrets ------------------------------------------------------------------

    def check(self, name: str) -> None:
        """Raise now if the keychain could not keep `name` (there is none, it cannot be
        reached, it is locked), before a browser sign-in the admin would finish in vain.
        A read, not a write: it proves the keychain answers and is unlocked (reading a
        locked one asks to unlock it) and changes nothing."""
        self._get(name, action="check")

    def get(self, name: str) -> str | None:
        stored = self._get(name)
        manifest = chunks.parse_manifest(stored) if stored is not None else None
        if manifest is None:
            return stored
        for _attempt in range(2):  # a concurrent write may switch slots between reads
            value = chunks.join(manifest, [self._get(n) for n in manifest.chunk_names(name)])
            if value is not None:
                return value
            again = self._get(name)
            manifest = chunks.parse_manifest(again) if again is not None else None
            if manifest is None:
                return again
        raise SecretDamaged(msg(
            "The saved sign-in in the system keychain ({service}) is incomplete or damaged; "
            "reauthorize the connection.", service=self.service), code="keychain_damaged")

    def set(self, name: str, value: str) -> None:
        stored = self._get(name)
        old = chunks.parse_manifest(stored) if stored is not None else None
        used = ""
        if chunks.fits(value):
            self._set(name, value)
        else:
            used = chunks.SLOTS[1] if old is not None and old.slot == chunks.SLOTS[0] \
                else chunks.SLOTS[0]
            self._delete_slot(name, used)  # leftovers of an interrupted earlier write
            manifest, parts = chunks.split(value, used)
            for chunk_name, part in zip(manifest.chunk_names(name), parts, strict=True):
                self._set(chunk_name, part)
            self._set(name, manifest.text())  # the switch: one write
        if old is not None and old.slot:
            self._delete_slot(name, old.slot, old.count)
        elif old is not None:  # a damaged manifest: whichever chunks it had are garbage
            for slot in chunks.SLOTS:
                if slot != used:
                    self._delete_slot(name, slot)

    def delete(self, name: str) -> None:
        """Remove `name` and its chunks; a secret that is not there is fine."""
        stored = self._get(name)
        manifest = chunks.parse_manifest(stored) if stored is not None else None
        for slot in chunks.SLOTS:
            named = manifest.count if manifest is not None and manifest.slot == slot else 0
            self._delete_slot(name, slot, named)
        self._delete(name)

    def delete_all(self) -> None:
        for name in KNOWN_SECRETS:
            self.delete(name)
