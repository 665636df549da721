"""Reauthorizing with the wrong account must not cost a working connection its sign-in."""

from __future__ import annotations

from pathlib import Path

import pytest

from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.errors import MissingAdminRole
from idp_wizard.core.records import ProviderName
from idp_wizard.sign_in import SignInOptions
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
