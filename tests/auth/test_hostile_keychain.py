"""A hostile trial of the keychain around sign-in: a damaged saved sign-in must not
dead-end Reauthorize, a locked keychain must stop a sign-in before the browser opens,
and keychain failures are said in words (never a Python type name)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import keyring.backends.fail
import pytest
from keyring.errors import PasswordSetError

from idp_wizard import cli, cli_commands
from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.errors import (
    AuthorizationRequired,
    KeychainUnreachable,
    SecretStoreUnavailable,
)
from idp_wizard.core.records import ProviderName
from idp_wizard.core.secret_chunks import MANIFEST_PREFIX, parse_manifest
from idp_wizard.core.secrets import SecretStore
from idp_wizard.core.users import count_users
from idp_wizard.demo.memory_keyring import MemoryKeyring
from idp_wizard.sign_in import SignInOptions
from tests.flows import connect, reauthorize

from .conftest import ENTRA, Fakes

SERVICE = "IdP Wizard/idp-wizard"
CACHE = "entra-token-cache"
ENTRA_DAMAGED = ("The saved Microsoft sign-in in the keychain is damaged and cannot be read; "
                 "reauthorize the connection to replace it.")
GOOGLE_DAMAGED = ("The saved Google sign-in in the keychain is damaged and cannot be read; "
                  "reauthorize the connection to replace it.")
LOCKED = ("The keychain cannot be used to keep the sign-in (IdP Wizard/idp-wizard): it is "
          "locked; unlock it (sign in to the desktop session) and try again. The sign-in was "
          "not started.")


def damage(entries: dict[tuple[str, str], str], how: str) -> None:
    """Damage the Entra token cache in the keychain the way `how` says."""
    manifest = entries[(SERVICE, CACHE)]
    assert manifest.startswith(MANIFEST_PREFIX)  # a real MSAL cache needs chunks
    if how == "lost_chunk":  # a torn write, or an entry removed by hand
        del entries[(SERVICE, parse_manifest(manifest).chunk_names(CACHE)[1])]
    elif how == "bad_manifest":
        entries[(SERVICE, CACHE)] = MANIFEST_PREFIX + "a two ?"
    else:  # the entry itself replaced by something MSAL cannot read
        for key in [k for k in entries if k[1].startswith(CACHE + ".")]:
            del entries[key]
        entries[(SERVICE, CACHE)] = {"not_json": "{not json", "wrong_shape": "[1, 2]",
                                     "wrong_entries": '{"Account": {"x": 3}}'}[how]


@pytest.mark.parametrize("how", ["lost_chunk", "bad_manifest", "not_json", "wrong_shape",
                                 "wrong_entries"])
def test_a_damaged_token_cache_says_so_and_reauthorize_replaces_it(
        fakes: Fakes, how: str) -> None:
    """A cache that does not parse failed every sync and Reauthorize itself with json's
    "Expecting property name ..." or MSAL's "'list' object has no attribute 'get'" (an
    internal error); torn chunks made Reauthorize answer "reauthorize the connection"."""
    app = fakes.app()
    connect(app, ProviderName.ENTRA, ENTRA)
    assert app.sync_service().run().status == "succeeded"
    synced = count_users(app.store)
    app.close()
    damage(fakes.keyring.entries, how)

    later = fakes.app()  # a later start reads the damaged cache
    with pytest.raises(AuthorizationRequired) as info:
        later.sync_service().run()
    assert str(info.value) == ENTRA_DAMAGED
    conn = later.connection()
    assert conn is not None and conn.state is ConnectionState.NEEDS_REAUTHORIZATION
    assert conn.state_reason == ENTRA_DAMAGED and count_users(later.store) == synced

    assert reauthorize(later).state is ConnectionState.CONNECTED
    assert later.sync_service().run().status == "succeeded"
    # The damaged entry is replaced whole: the manifest and its chunks, nothing left over.
    entries = fakes.keyring.entries
    manifest = parse_manifest(entries[(SERVICE, CACHE)])
    assert manifest is not None and manifest.slot
    assert sorted(entries) == sorted([(SERVICE, CACHE)] + [
        (SERVICE, name) for name in manifest.chunk_names(CACHE)])
    cache = SecretStore("idp-wizard", fakes.keyring).get(CACHE)
    assert cache is not None and fakes.entra.minted.refresh_tokens[-1] in cache
    assert count_users(later.store) == synced


def test_the_command_line_says_the_saved_sign_in_is_damaged(
        fakes: Fakes, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_commands, "auth_env_factory", fakes.env)
    assert cli.main(["connect", "--provider", "entra", "--client-id", ENTRA.client_id or ""]) == 0
    damage(fakes.keyring.entries, "not_json")
    capsys.readouterr()
    assert cli.main(["sync"]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", f"idp-wizard: error: {ENTRA_DAMAGED}\n")


def test_damaged_google_credentials_say_so_and_reauthorize_replaces_them(
        fakes: Fakes, google_file: Path) -> None:
    """It read "The saved Google sign-in is missing from the keychain": it was there."""
    key = (SERVICE, "google-credentials")
    app = fakes.app()
    options = SignInOptions(client_secret_file=google_file)
    connect(app, ProviderName.GOOGLE, options)
    app.close()
    fakes.keyring.entries[key] = '{"account": "admin@contoso.example", "refresh_token'
    later = fakes.app()
    with pytest.raises(AuthorizationRequired) as info:
        later.sync_service().run()
    assert str(info.value) == GOOGLE_DAMAGED
    assert reauthorize(later, options).state is ConnectionState.CONNECTED
    stored = json.loads(fakes.keyring.entries[key])
    assert stored["refresh_token"] == fakes.google.minted.refresh_tokens[-1]
    assert later.sync_service().run().status == "succeeded"


# -- 3. a locked keychain stops the sign-in before the browser opens ------------------


def test_google_checks_the_keychain_before_the_browser(fakes: Fakes, google_file: Path) -> None:
    """The admin completed Google's consent in the browser, then learned the token could
    not be stored (and it was revoked again)."""
    fakes.keyring.locked = True
    app = fakes.app()
    with pytest.raises(KeychainUnreachable) as info:
        connect(app, ProviderName.GOOGLE, SignInOptions(client_secret_file=google_file))
    assert str(info.value) == LOCKED
    assert fakes.google.browser.opened == [] and fakes.google.minted.all() == []
    assert app.connection() is None


@pytest.mark.parametrize("provider", ["entra", "entra-device-code", "google"])
def test_reauthorize_with_a_locked_keychain_does_not_open_the_browser(
        fakes: Fakes, google_file: Path, provider: str) -> None:
    """In a long-running app (the panel's Reauthorize) the keychain had been read at
    start: the browser sign-in went ahead, and only saving its tokens failed."""
    app = fakes.app()
    if provider == "google":
        options = SignInOptions(client_secret_file=google_file)
        connect(app, ProviderName.GOOGLE, options)
    else:
        connect(app, ProviderName.ENTRA, ENTRA)
        options = SignInOptions()
    shown: list[object] = []
    if provider == "entra-device-code":
        options = replace(options, show_device_code=shown.append)
    opened = len(fakes.entra.browser.opened + fakes.google.browser.opened)
    minted = len(fakes.minted())
    stored = dict(fakes.keyring.entries)
    fakes.keyring.locked = True
    with pytest.raises(KeychainUnreachable) as info:
        reauthorize(app, options)
    assert str(info.value) == LOCKED
    assert len(fakes.entra.browser.opened + fakes.google.browser.opened) == opened
    assert shown == [] and len(fakes.minted()) == minted
    fakes.keyring.locked = False
    assert fakes.keyring.entries == stored
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.CONNECTED


# -- 7. keychain failures in words ----------------------------------------------------------


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("(-2147023570, 'CredWrite', 'Access is denied.')")


class DBusTrouble(Exception):
    pass


class NotAnsweringKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise type("DBusErrorResponse", (DBusTrouble,), {})("org.freedesktop.DBus.Error")


def test_keychain_failures_are_said_in_words() -> None:
    """They read "it refused or failed (PasswordSetError)" and "(DBusErrorResponse)"."""
    with pytest.raises(KeychainUnreachable) as refused:
        SecretStore("idp-wizard", RefusingKeyring()).set("google-credentials", "s3cret")
    assert str(refused.value) == (
        "The keychain cannot be reached to save the sign-in (IdP Wizard/idp-wizard): it "
        "refused to save the entry; check that it is running and unlocked and that IdP "
        "Wizard may use it.")
    with pytest.raises(KeychainUnreachable) as silent:
        SecretStore("idp-wizard", NotAnsweringKeyring()).get("google-credentials")
    assert str(silent.value) == (
        "The keychain cannot be reached to read the sign-in (IdP Wizard/idp-wizard): it did "
        "not answer as expected; check that it is running and unlocked and that IdP Wizard "
        "may use it.")
    assert "s3cret" not in str(refused.value)


def test_no_keychain_is_said_without_a_class_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """It read "No system keychain is available (keyring.backends.fail.Keyring)"."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
    with pytest.raises(SecretStoreUnavailable) as info:
        SecretStore("idp-wizard", keyring.backends.fail.Keyring()).get("google-credentials")
    assert str(info.value) == (
        "No system keychain is available (keyring found none on this computer); IdP Wizard "
        "stores sign-in tokens only in the keychain, never in a file. On Linux install and "
        "unlock GNOME Keyring or KWallet.")


@pytest.mark.parametrize("provider", ["entra", "google"])
def test_the_command_line_stops_before_the_browser_in_german(
        fakes: Fakes, google_file: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, provider: str) -> None:
    """`connect` said "Sign in with the browser window that opens now", opened it, and
    failed after the consent (Google) or right after it (Entra's first keychain read)."""
    monkeypatch.setattr(cli_commands, "auth_env_factory", fakes.env)
    fakes.keyring.locked = True
    options = (["--client-id", ENTRA.client_id or ""] if provider == "entra"
               else ["--client-secret-file", str(google_file)])
    assert cli.main(["--lang", "de", "connect", "--provider", provider, *options]) == 1
    assert capsys.readouterr() == ("", (
        "idp-wizard: Fehler: Der Schlüsselbund kann nicht für die Anmeldung verwendet werden (IdP "
        "Wizard/idp-wizard): er ist gesperrt; entsperren Sie ihn (melden Sie sich an der "
        "Desktop-Sitzung an) und versuchen Sie es erneut. Die Anmeldung wurde nicht "
        "gestartet.\n"))
    assert fakes.entra.browser.opened == [] and fakes.google.browser.opened == []
