"""The keychain layer: no plain-text fallback, clear errors, no secret in a message."""

from __future__ import annotations

import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import pytest

from idp_wizard.core.errors import SecretStoreUnavailable
from idp_wizard.core.secrets import SecretStore, usable_backend
from idp_wizard.demo.memory_keyring import MemoryKeyring


def test_round_trip_and_delete_per_profile() -> None:
    backend = MemoryKeyring()
    real, other = SecretStore("idp-wizard", backend), SecretStore("demo", backend)
    real.set("entra-token-cache", "v1")
    assert real.get("entra-token-cache") == "v1" and other.get("entra-token-cache") is None
    assert ("IdP Wizard/idp-wizard", "entra-token-cache") in backend.entries
    real.delete_all()
    real.delete("entra-token-cache")  # already gone: fine
    assert backend.entries == {}


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(),
                                     keyring.backends.null.Keyring()])
def test_no_keychain_is_refused_plainly(backend: keyring.backend.KeyringBackend,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
    with pytest.raises(SecretStoreUnavailable, match=r"No system keychain is available.*"
                       r"never in a file.*GNOME Keyring or KWallet"):
        SecretStore("idp-wizard", backend).set("google-credentials", "s3cret")


def test_plaintext_backends_and_empty_chainer_are_refused() -> None:
    plain = type("PlaintextKeyring", (MemoryKeyring,), {"__module__": "keyrings.alt.file"})()
    with pytest.raises(SecretStoreUnavailable):
        usable_backend(plain)
    def chainer(*inner: object) -> keyring.backend.KeyringBackend:
        cls = type("Chain", (keyring.backends.chainer.ChainerBackend,), {"backends": list(inner)})
        return cls()

    with pytest.raises(SecretStoreUnavailable):
        usable_backend(chainer(plain, keyring.backends.null.Keyring()))
    good = MemoryKeyring()
    assert usable_backend(chainer(good, plain)) is good  # unwrapped: no plain-text fall-through


def test_locked_keychain_is_a_clear_error_without_the_secret() -> None:
    backend = MemoryKeyring()
    backend.locked = True
    with pytest.raises(SecretStoreUnavailable, match="locked") as info:
        SecretStore("idp-wizard", backend).set("google-credentials", "s3cret-value")
    assert "s3cret-value" not in str(info.value)
