"""Secrets larger than a Windows Credential Manager entry (issue 12, item 10), and a
keychain that cannot be reached (item 12): checked chunks, never a plain file."""

from __future__ import annotations

import json
import sys

import keyring.backends.fail
import pytest
from keyring.errors import PasswordSetError

from idp_wizard.core.errors import (
    AuthorizationRequired,
    KeychainUnreachable,
    SecretStoreUnavailable,
)
from idp_wizard.core.records import ProviderName
from idp_wizard.core.secret_chunks import CHUNK_CHARS, MANIFEST_PREFIX, MAX_ENTRY_BYTES
from idp_wizard.core.secrets import SecretStore
from idp_wizard.demo.memory_keyring import MemoryKeyring
from tests.flows import connect

from .conftest import ENTRA, Fakes

SERVICE = "IdP Wizard/idp-wizard"


def big_cache(size: int = 40_000) -> str:
    """Something like an MSAL cache: JSON with long, barely compressible tokens."""
    import secrets

    return json.dumps({"AccessToken": {f"k{i}": {"secret": secrets.token_urlsafe(900)}
                                       for i in range(size // 1200)}})


def test_the_memory_keyring_refuses_what_windows_refuses() -> None:
    backend = MemoryKeyring()
    backend.set_password(SERVICE, "ok", "x" * (MAX_ENTRY_BYTES // 2))  # 1,280 chars: fits
    with pytest.raises(PasswordSetError, match="1783"):
        backend.set_password(SERVICE, "big", "x" * (MAX_ENTRY_BYTES // 2 + 1))
    with pytest.raises(PasswordSetError):  # UTF-16 counts: 1,281 "€" are 2,562 bytes
        backend.set_password(SERVICE, "euro", "€" * 1281)


def test_large_values_are_chunked_checked_and_cleaned_up() -> None:
    backend = MemoryKeyring()
    store = SecretStore("idp-wizard", backend)
    value = big_cache()
    store.set("entra-token-cache", value)
    assert store.get("entra-token-cache") == value
    manifest = backend.entries[(SERVICE, "entra-token-cache")]
    assert manifest.startswith(MANIFEST_PREFIX + "a ")
    chunks = sorted(k for s, k in backend.entries if k.startswith("entra-token-cache."))
    assert len(chunks) == int(manifest.split()[2]) >= 2
    assert all(len(backend.entries[(SERVICE, k)]) <= CHUNK_CHARS for k in chunks)
    second = big_cache()
    store.set("entra-token-cache", second)  # the other slot, then the old one goes
    assert store.get("entra-token-cache") == second
    assert all(k.startswith("entra-token-cache.b") for s, k in backend.entries if "." in k)
    store.set("entra-token-cache", "small")  # fits again: one entry, no chunks left
    assert backend.entries == {(SERVICE, "entra-token-cache"): "small"}
    store.set("entra-token-cache", value)
    store.delete_all()
    assert backend.entries == {}


def test_a_damaged_or_incomplete_chunk_set_is_never_handed_out() -> None:
    backend = MemoryKeyring()
    store = SecretStore("idp-wizard", backend)
    store.set("entra-token-cache", big_cache())
    key = (SERVICE, "entra-token-cache.a1")
    backend.entries[key] = backend.entries[key][:-4] + "AAAA"  # bit rot / tampering
    with pytest.raises(AuthorizationRequired, match="incomplete or damaged; reauthorize"):
        store.get("entra-token-cache")
    del backend.entries[key]  # a chunk lost
    with pytest.raises(AuthorizationRequired):
        store.get("entra-token-cache")
    store.delete("entra-token-cache")
    assert backend.entries == {} and store.get("entra-token-cache") is None


def test_an_interrupted_write_leaves_the_previous_value_readable() -> None:
    backend = MemoryKeyring()
    store = SecretStore("idp-wizard", backend)
    first = big_cache()
    store.set("entra-token-cache", first)
    real_set = backend.set_password
    calls = {"n": 0}

    def crash_after_two(service: str, user: str, password: str) -> None:
        calls["n"] += 1
        if calls["n"] > 2:
            raise OSError("the machine lost power")
        real_set(service, user, password)
    backend.set_password = crash_after_two  # type: ignore[method-assign]
    with pytest.raises(KeychainUnreachable):
        store.set("entra-token-cache", big_cache())
    backend.set_password = real_set  # type: ignore[method-assign]
    assert store.get("entra-token-cache") == first  # the manifest never switched
    third = big_cache()
    store.set("entra-token-cache", third)  # the half-written slot is cleared and reused
    assert store.get("entra-token-cache") == third
    store.delete_all()
    assert backend.entries == {}


def test_entra_sign_in_fits_windows_through_chunks(fakes: Fakes) -> None:
    app = fakes.app()
    connect(app, ProviderName.ENTRA, ENTRA)
    entries = fakes.keyring.entries
    cache = SecretStore("idp-wizard", fakes.keyring).get("entra-token-cache")
    assert cache is not None and len(cache.encode("utf-16-le")) > MAX_ENTRY_BYTES
    assert entries[(SERVICE, "entra-token-cache")].startswith(MANIFEST_PREFIX)
    assert fakes.entra.minted.refresh_tokens[-1] in cache
    assert app.sync_service().run().status == "succeeded"
    app.disconnect()
    assert entries == {}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the D-Bus session is Linux's")
def test_no_session_bus_is_reported_as_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    store = SecretStore("idp-wizard", keyring.backends.fail.Keyring())
    with pytest.raises(KeychainUnreachable, match=r"^The keychain cannot be reached: this "
                       r"process has no D-Bus session") as info:
        store.get("entra-token-cache")
    assert isinstance(info.value, SecretStoreUnavailable)
    assert not isinstance(info.value, AuthorizationRequired)
