"""Reauthorizing with the wrong account must not cost a working connection its sign-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.core.auth import DeviceCode, SignInOptions
from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.errors import AuthorizationRequired, MissingAdminRole, ProviderError
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import count_users
from tests.flows import connect, reauthorize

from .conftest import ENTRA, Fakes


@pytest.mark.parametrize("provider", ["entra", "google"])
def test_refused_reauthorization_keeps_the_working_sign_in(
        fakes: Fakes, google_file: Path, provider: str) -> None:
    app = fakes.app()
    if provider == "entra":
        conn = connect(app, ProviderName.ENTRA, ENTRA)
        options = ENTRA
    else:
        options = SignInOptions(client_secret_file=google_file)
        conn = connect(app, ProviderName.GOOGLE, options)
    assert conn.state is ConnectionState.CONNECTED
    assert app.sync_service().run().status == "succeeded"
    stored = dict(fakes.keyring.entries)

    fakes.faults.sign_in_as_admin = False  # an ordinary employee signs in this time
    with pytest.raises(MissingAdminRole):
        reauthorize(app, options)
    assert fakes.keyring.entries == stored  # the admin's sign-in is untouched
    later = fakes.app()
    assert later.sync_service().run().status == "succeeded"
    conn = later.connection()
    assert conn is not None and conn.state is ConnectionState.CONNECTED
    assert conn.admin_account == "admin@contoso.example"


def test_reauthorize_by_device_code_through_the_engine(fakes: Fakes) -> None:
    """The panel's device-code button during Reauthorize runs the wizard engine's
    REAUTHORIZE flow (it once called the connect path and was told to disconnect)."""
    app = fakes.app()
    connect(app, ProviderName.ENTRA, ENTRA)
    assert app.sync_service().run().status == "succeeded"
    synced = app.sync_service().run().synced_users
    fakes.faults.refresh_revoked = True
    fakes.entra.revoke_access_tokens()
    with pytest.raises(AuthorizationRequired):
        app.sync_service().run()
    fakes.faults.refresh_revoked = False
    codes: list[DeviceCode] = []
    conn = reauthorize(app, SignInOptions(show_device_code=codes.append))
    assert len(codes) == 1 and codes[0].user_code
    assert conn.state is ConnectionState.CONNECTED
    assert count_users(app.store) == synced  # users, filter and sync state stay
    assert app.sync_service().run().status == "succeeded"


def test_google_reauthorization_must_stay_in_the_same_workspace(
        fakes: Fakes, google_file: Path) -> None:
    app = fakes.app()
    options = SignInOptions(client_secret_file=google_file)
    connect(app, ProviderName.GOOGLE, options)
    assert app.sync_service().run().status == "succeeded"
    conn = app.connection()
    assert conn is not None and conn.settings["customer_id"] == fakes.backend.directory.customer_id
    stored = dict(fakes.keyring.entries)
    fakes.backend.directory.customer_id = "C0another"  # the admin signs in to another one
    with pytest.raises(ProviderError, match="another Google Workspace"):
        reauthorize(app, options)
    assert fakes.keyring.entries == stored  # the working sign-in is kept
    assert app.connection() == conn
