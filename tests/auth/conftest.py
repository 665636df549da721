"""Sign-in tests: the real MSAL and google-auth-oauthlib flows against the auth fakes.

Only the browser is simulated. The in-memory keyring is the process-wide default here,
so nothing can reach the real keychain by accident (the `keychain` test opts in).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

from idp_wizard.app import App
from idp_wizard.compose import open_app
from idp_wizard.demo.auth_fakes import AuthFaults
from idp_wizard.demo.entra_fake import AUTHORITY_HOSTS, DEMO_CLIENT_ID, FakeEntra
from idp_wizard.demo.google_oauth_fake import FakeGoogleOAuth
from idp_wizard.demo.memory_keyring import MemoryKeyring
from idp_wizard.demo.transport import DemoBackend
from idp_wizard.paths import ProfilePaths
from idp_wizard.sign_in import AuthEnv, SignInOptions

SIGN_IN_TIMEOUT = 3.0


@pytest.fixture(autouse=True)
def memory_keyring_default() -> Iterator[MemoryKeyring]:
    # Not keyring.get_keyring(): that would initialise (and connect to) the real
    # default backend just to remember it.
    previous = keyring.core._keyring_backend
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.core._keyring_backend = previous


@dataclass
class Fakes:
    backend: DemoBackend
    faults: AuthFaults
    entra: FakeEntra
    google: FakeGoogleOAuth
    keyring: MemoryKeyring
    data_dir: Path

    def browser(self, url: str) -> bool:
        host = urllib.parse.urlsplit(url).hostname
        return (self.entra.browser if host in AUTHORITY_HOSTS else self.google.browser)(url)

    def env(self, **overrides: object) -> AuthEnv:
        values: dict[str, object] = dict(
            keyring_backend=self.keyring, msal_http_client=self.entra,
            api_transport=self.backend.transport(), open_browser=self.browser,
            google_revoke_url=self.google.revoke_url, timeout=SIGN_IN_TIMEOUT)
        values.update(overrides)
        return AuthEnv(**values)  # type: ignore[arg-type]

    def app(self, **overrides: object) -> App:
        return open_app(ProfilePaths(self.data_dir, demo=False), auth_env=self.env(**overrides))

    def minted(self) -> list[str]:
        return self.entra.minted.all() + self.google.minted.all()


@pytest.fixture
def fakes(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Fakes]:
    # requests-oauthlib refuses the fake's http:// token endpoint otherwise (tests only).
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")
    backend = DemoBackend(size=40, seed=0)
    faults = AuthFaults()
    google = FakeGoogleOAuth(backend, faults)
    try:
        yield Fakes(backend, faults, FakeEntra(backend, faults), google, MemoryKeyring(),
                    data_dir)
    finally:
        google.close()


@pytest.fixture
def google_file(fakes: Fakes, tmp_path: Path) -> Path:
    import json

    path = tmp_path / "client_secret.json"
    path.write_text(json.dumps(fakes.google.client_config()), encoding="utf-8")
    return path


ENTRA = SignInOptions(client_id=DEMO_CLIENT_ID)
