"""Google: the real InstalledAppFlow.run_local_server and google-auth refresh, via App."""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import replace
from pathlib import Path

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
from idp_wizard.sign_in import SignInOptions
from tests.flows import connect, reauthorize

from .conftest import Fakes

CREDS_KEY = ("IdP Wizard/idp-wizard", "google-credentials")


def test_connect_sync_refresh_revoked_reauthorize_disconnect(fakes: Fakes,
                                                             google_file: Path) -> None:
    app = fakes.app()
    conn = connect(app, ProviderName.GOOGLE, SignInOptions(client_secret_file=google_file))
    assert conn.state is ConnectionState.CONNECTED and conn.admin_account == "admin@contoso.example"
    stored = json.loads(fakes.keyring.entries[CREDS_KEY])
    assert stored["refresh_token"] in fakes.google.minted.refresh_tokens and "token" not in stored
    assert app.sync_service().run(trigger="connect").status == "succeeded"
    synced = count_users(app.store)
    app.close()

    later = fakes.app()  # a later run: the client config and refresh token are remembered
    assert later.sync_service().run().status == "succeeded"
    fakes.google.revoke_access_tokens()
    fakes.faults.refresh_revoked = True
    with pytest.raises(AuthorizationRequired, match="invalid_grant"):
        later.sync_service().run()
    conn = later.connection()
    assert conn is not None and conn.state is ConnectionState.NEEDS_REAUTHORIZATION
    assert count_users(later.store) == synced

    fakes.faults.refresh_revoked = False
    assert reauthorize(later).state is ConnectionState.CONNECTED
    assert later.sync_service().run().status == "succeeded"
    refresh_token = json.loads(fakes.keyring.entries[CREDS_KEY])["refresh_token"]
    done = later.disconnect()
    assert fakes.keyring.entries == {} and fakes.google.revoked == [refresh_token]
    assert "revoked" in str(done.note)


def test_disconnect_offline_still_deletes_local_secrets(fakes: Fakes, google_file: Path) -> None:
    app = fakes.app(google_revoke_url="http://127.0.0.1:9/revoke")  # nothing listens there
    connect(app, ProviderName.GOOGLE, SignInOptions(client_secret_file=google_file))
    done = app.disconnect()
    assert fakes.keyring.entries == {} and "could not be reached" in str(done.note)


@pytest.mark.parametrize(("fault", "value", "error", "message"), [
    ("sign_in_as_admin", False, MissingAdminRole,
     "paul.plain@contoso.example is not a super administrator"),
    ("refused_scopes", ("https://www.googleapis.com/auth/admin.directory.orgunit.readonly",),
     ProviderError, "only part of the requested access; missing: admin.directory.orgunit"),
    ("consent_refused", True, ProviderError, "not granted \\(access_denied\\)"),
    ("unknown_client", True, ProviderError, "does not know this OAuth client"),
    ("browser_closed", True, ProviderError, "did not finish within 1 second"),
])
def test_failed_sign_in_saves_nothing(fakes: Fakes, google_file: Path, fault: str,
                                      value: object, error: type[Exception],
                                      message: str) -> None:
    setattr(fakes.faults, fault, value)
    app = fakes.app(timeout=1)
    with pytest.raises(error, match=message):
        connect(app, ProviderName.GOOGLE, SignInOptions(client_secret_file=google_file))
    assert app.connection() is None and fakes.keyring.entries == {}
    # A refresh token handed out before the refusal was given back, not kept.
    assert set(fakes.google.revoked) == set(fakes.google.minted.refresh_tokens)


def test_cancel_and_port_taken(fakes: Fakes, google_file: Path) -> None:
    fakes.faults.browser_closed = True
    token = CancelToken()
    threading.Timer(0.2, token.cancel).start()
    app = fakes.app(timeout=30)
    options = SignInOptions(client_secret_file=google_file)
    with pytest.raises(Cancelled):
        connect(app, ProviderName.GOOGLE, options, cancel=token)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(ProviderError, match=f"port {port} .*another program is using it"):
            connect(app, ProviderName.GOOGLE, replace(options, port=port))
    assert app.connection() is None and fakes.keyring.entries == {}


@pytest.mark.parametrize(("content", "message"), [
    ({"web": {"client_id": "x"}}, "'Web application' OAuth client.*'Desktop app'"),
    ({"installed": {"client_id": "x"}}, "lacks auth_uri, token_uri"),
    ("[1, 2", "not valid JSON"),
])
def test_bad_client_secret_files(fakes: Fakes, tmp_path: Path, content: object,
                                 message: str) -> None:
    path = tmp_path / "client_secret.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    with pytest.raises(UsageError, match=message):
        connect(fakes.app(), ProviderName.GOOGLE, SignInOptions(client_secret_file=path))


def test_missing_client_explains_how_to_register(fakes: Fakes) -> None:
    with pytest.raises(UsageError, match=r"No Google OAuth client.*'Desktop app'"):
        connect(fakes.app(), ProviderName.GOOGLE)
