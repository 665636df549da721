"""Entra: the real MSAL interactive and device-code flows, through App, against the fakes."""

from __future__ import annotations

import socket
import threading
from dataclasses import replace

import pytest

from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.errors import (
    AuthorizationRequired,
    Cancelled,
    MissingAdminRole,
    ProviderError,
    UsageError,
)
from idp_wizard.core.progress import CancelToken
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import count_users
from idp_wizard.providers.entra_auth import DeviceCode
from tests.flows import connect, reauthorize

from .conftest import ENTRA, Fakes

CACHE_KEY = ("IdP Wizard/idp-wizard", "entra-token-cache")


def test_connect_sync_silent_revoked_reauthorize_disconnect(fakes: Fakes) -> None:
    app = fakes.app()
    conn = connect(app, ProviderName.ENTRA, ENTRA)
    assert conn.state is ConnectionState.CONNECTED and conn.admin_account == "admin@contoso.example"
    assert conn.settings["cloud"] == "global" and CACHE_KEY in fakes.keyring.entries
    assert app.sync_service().run(trigger="connect").status == "succeeded"
    synced = count_users(app.store)
    assert synced > 0
    app.close()

    # A later run: MSAL's cache comes from the keychain; the access token is still good.
    later = fakes.app()
    before = [r for r in fakes.entra.requests if r.endswith("/token")]
    assert later.sync_service().run().status == "succeeded"
    assert [r for r in fakes.entra.requests if r.endswith("/token")] == before
    # Graph forgets the access token: 401 → MSAL refreshes silently with the refresh token.
    fakes.entra.revoke_access_tokens()
    assert later.sync_service().run().status == "succeeded"
    assert len([r for r in fakes.entra.requests if r.endswith("/token")]) == len(before) + 1

    # The refresh token is revoked mid-life: the sync stops, users stay, state says why.
    fakes.entra.revoke_access_tokens()
    fakes.faults.refresh_revoked = True
    with pytest.raises(AuthorizationRequired, match="invalid_grant, AADSTS50173"):
        later.sync_service().run()
    conn = later.connection()
    assert conn is not None and conn.state is ConnectionState.NEEDS_REAUTHORIZATION
    assert "reauthorize" in conn.state_reason and count_users(later.store) == synced

    fakes.faults.refresh_revoked = False
    conn = reauthorize(later)
    assert conn.state is ConnectionState.CONNECTED and count_users(later.store) == synced
    assert later.sync_service().run().status == "succeeded"
    assert [a["action"] for a in later.store.audit_log()][-1] == "reauthorize"

    done = later.disconnect()
    assert fakes.keyring.entries == {}
    assert "Entra admin center" in str(done.note)
    assert later.connection() is None
    later.close()


def test_device_code_sign_in_shows_the_code(fakes: Fakes) -> None:
    shown: list[DeviceCode] = []
    app = fakes.app()
    conn = connect(app, ProviderName.ENTRA, replace(ENTRA, show_device_code=shown.append))
    assert conn.state is ConnectionState.CONNECTED
    assert shown and shown[0].user_code in shown[0].message
    assert shown[0].verification_uri == "https://microsoft.com/devicelogin"
    assert fakes.entra.browser.opened == []


def test_device_code_cancel_stops_polling(fakes: Fakes) -> None:
    fakes.faults.device_pending_polls = 1000
    token = CancelToken()
    app = fakes.app()
    with pytest.raises(Cancelled):
        connect(app, ProviderName.ENTRA,
                replace(ENTRA, show_device_code=lambda code: token.cancel()),
                          cancel=token)
    assert app.connection() is None and fakes.keyring.entries == {}


def test_interactive_cancel_from_another_thread(fakes: Fakes) -> None:
    fakes.faults.browser_closed = True  # the admin is still looking at the login page
    token = CancelToken()
    threading.Timer(0.2, token.cancel).start()
    app = fakes.app(timeout=30)
    with pytest.raises(Cancelled, match="cancelled"):
        connect(app, ProviderName.ENTRA, ENTRA, cancel=token)
    assert app.connection() is None and fakes.keyring.entries == {}


def _no_connection(fakes: Fakes, app: object) -> None:
    assert app.connection() is None  # type: ignore[attr-defined]
    assert fakes.keyring.entries == {}


@pytest.mark.parametrize(("fault", "error", "message"), [
    ("sign_in_as_admin", MissingAdminRole,
     "paul.plain@contoso.example is not a Global Administrator of the tenant. Sign in with a "
     "Global Administrator account"),
    ("unknown_client", ProviderError,
     "application \\(client\\) ID .* was not found in the directory .*AADSTS700016.*"
     "App registrations > New registration"),
    ("consent_refused", ProviderError, "permissions were not granted \\(access_denied, "
     "AADSTS65004\\)"),
    ("browser_closed", ProviderError, "did not finish within 1 second"),
])
def test_failed_interactive_sign_in_saves_nothing(
        fakes: Fakes, fault: str, error: type[Exception], message: str) -> None:
    setattr(fakes.faults, fault, fault != "sign_in_as_admin")
    app = fakes.app(timeout=1)
    with pytest.raises(error, match=message):
        connect(app, ProviderName.ENTRA, ENTRA)
    _no_connection(fakes, app)


def test_unknown_client_with_device_code(fakes: Fakes) -> None:
    app = fakes.app()
    with pytest.raises(ProviderError, match="AADSTS700016"):
        connect(app, ProviderName.ENTRA,
                replace(ENTRA, client_id="00000000-dead-beef-0000-000000000000",
                                  show_device_code=lambda code: None))
    _no_connection(fakes, app)


def test_tenant_not_found(fakes: Fakes) -> None:
    app = fakes.app()
    with pytest.raises(ProviderError, match=r"tenant 'nosuch.example' was not found .*AADSTS90002"):
        connect(app, ProviderName.ENTRA, replace(ENTRA, tenant="nosuch.example"))
    _no_connection(fakes, app)


def test_loopback_port_taken(fakes: Fakes) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        app = fakes.app()
        with pytest.raises(ProviderError, match=f"port {port} .* another program is using it"):
            connect(app, ProviderName.ENTRA, replace(ENTRA, port=port))
    _no_connection(fakes, app)


def test_missing_app_registration_explains_how_to_register(fakes: Fakes) -> None:
    with pytest.raises(UsageError, match=r"No Entra app registration.*redirect URI "
                       r"http://localhost.*User.Read.All.*Grant admin consent"):
        connect(fakes.app(), ProviderName.ENTRA)


def test_national_cloud_uses_its_hosts(fakes: Fakes) -> None:
    app = fakes.app()
    conn = connect(app, ProviderName.ENTRA, replace(ENTRA, cloud="usgov"))
    assert conn.scopes == ["https://graph.microsoft.us/User.Read",
                           "https://graph.microsoft.us/User.Read.All",
                           "https://graph.microsoft.us/GroupMember.Read.All",
                           "https://graph.microsoft.us/RoleManagement.Read.Directory"]
    assert any("login.microsoftonline.us" in r for r in fakes.entra.requests)
    assert app.sync_service().run().status == "succeeded"
    assert any("graph.microsoft.us" in url for url in fakes.backend.faults.log)
    assert not any("graph.microsoft.com" in url for url in fakes.backend.faults.log)
