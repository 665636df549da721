"""The one test that uses a real keychain (Secret Service, e.g. gnome-keyring over D-Bus).

Run it with `pytest -m keychain` inside `dbus-run-session` with an unlocked
gnome-keyring; without a reachable Secret Service it is skipped.
"""

from __future__ import annotations

import pytest

from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.records import ProviderName
from idp_wizard.core.secrets import SecretStore
from tests.flows import connect

from .conftest import ENTRA, Fakes


def secret_service() -> object:
    try:
        from keyring.backends.SecretService import Keyring
    except ImportError as exc:  # pragma: no cover - depends on the platform
        pytest.skip(f"keyring's Secret Service backend is not importable ({exc})")
    try:
        Keyring.priority  # noqa: B018 - raises when no Secret Service is reachable
    except Exception as exc:
        pytest.skip(f"no Secret Service is reachable ({type(exc).__name__}: {exc})")
    backend = Keyring()
    try:
        backend.get_password("IdP Wizard/keychain-test", "probe")
    except Exception as exc:
        pytest.skip(f"the Secret Service keychain is not usable ({type(exc).__name__})")
    return backend


@pytest.mark.keychain
def test_tokens_land_in_the_real_keychain_and_leave_on_disconnect(fakes: Fakes) -> None:
    backend = secret_service()
    app = fakes.app(keyring_backend=backend)
    service = "IdP Wizard/idp-wizard"
    assert backend.get_password(service, "entra-token-cache") is None  # type: ignore[attr-defined]
    conn = connect(app, ProviderName.ENTRA, ENTRA)
    try:
        assert conn.state is ConnectionState.CONNECTED
        stored = SecretStore("idp-wizard", backend).get("entra-token-cache")  # type: ignore[arg-type]
        assert stored and fakes.entra.minted.refresh_tokens[-1] in stored
        assert app.sync_service().run().status == "succeeded"
    finally:
        app.disconnect()
    assert backend.get_password(service, "entra-token-cache") is None  # type: ignore[attr-defined]
