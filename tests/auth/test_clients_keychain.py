"""Clients of a real profile (real MSAL and google-auth-oauthlib flows against the fakes,
an in-memory keychain): each client's keychain entries and app registrations are its
own. Connecting, syncing, reauthorizing, disconnecting and removing one client leave
every other client's keychain entries and rows exactly as they were."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from idp_wizard.app import App
from idp_wizard.compose import open_profile
from idp_wizard.core.auth import SignInOptions
from idp_wizard.core.client_settings import client_setting
from idp_wizard.core.records import ProviderName
from idp_wizard.paths import ProfilePaths
from idp_wizard.profile import Profile
from idp_wizard.sign_in import ENTRA_SETTING, GOOGLE_SETTING
from tests.clients.helpers import client_rows, snapshot
from tests.flows import connect, reauthorize

from .conftest import ENTRA, Fakes

Entries = dict[tuple[str, str], str]


def _keychain(fakes: Fakes, client_id: int) -> Entries:
    service = "IdP Wizard/idp-wizard" + ("" if client_id == 1 else f"/client-{client_id}")
    return {k: v for k, v in fakes.keyring.entries.items() if k[0] == service}


def _others(fakes: Fakes, profile: Profile, ids: list[int], but: int) -> object:
    return (snapshot(profile.store, ids, but=but),
            {c: _keychain(fakes, c) for c in ids if c != but})


def test_keychain_entries_and_registrations_are_per_client(fakes: Fakes,
                                                           google_file: Path) -> None:
    profile = open_profile(ProfilePaths(fakes.data_dir, demo=False), auth_env=fakes.env())
    try:
        first = profile.clients()[0]
        ids = [first.id, profile.add("Google client").id, profile.add("Second Entra").id]
        options: dict[int, SignInOptions] = {
            ids[0]: ENTRA, ids[1]: SignInOptions(client_secret_file=google_file),
            ids[2]: ENTRA}
        providers = {ids[0]: ProviderName.ENTRA, ids[1]: ProviderName.GOOGLE,
                     ids[2]: ProviderName.ENTRA}

        def on(client_id: int, op: Callable[[App], object]) -> None:
            others = _others(fakes, profile, ids, client_id)
            own = (client_rows(profile.store, client_id), _keychain(fakes, client_id))
            app = profile.open(client_id)
            try:
                op(app)
            finally:
                app.close()
            assert (client_rows(profile.store, client_id), _keychain(fakes, client_id)) != own
            assert _others(fakes, profile, ids, client_id) == others

        for client_id in ids:
            on(client_id, lambda app, c=client_id: connect(app, providers[c], options[c]))
            assert _keychain(fakes, client_id)  # its own tokens, under its own service
        assert len({tuple(sorted(_keychain(fakes, c))) for c in ids}) == 3
        # The registration a sign-in used is remembered for that client only.
        assert client_setting(profile.store, ids[0], ENTRA_SETTING)["client_id"] == \
            ENTRA.client_id
        assert client_setting(profile.store, ids[1], ENTRA_SETTING) is None
        assert client_setting(profile.store, ids[1], GOOGLE_SETTING) is not None
        assert client_setting(profile.store, ids[0], GOOGLE_SETTING) is None

        on(ids[2], lambda app: app.sync_service().run(trigger="cli"))
        on(ids[0], lambda app: reauthorize(app))
        on(ids[1], lambda app: app.disconnect())
        assert _keychain(fakes, ids[1]) == {}
        others = _others(fakes, profile, ids, ids[2])
        profile.remove(profile.find("second entra"))
        assert _keychain(fakes, ids[2]) == {}  # its sign-in left the keychain with it
        assert _others(fakes, profile, ids, ids[2]) == others
    finally:
        profile.close()
