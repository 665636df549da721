"""A hostile trial of sign-in and reauthorization: the real MSAL and google-auth-oauthlib
flows against fakes that answer junk, refuse, or hand over someone else's answer.

Each failure must be one sentence that names the cause and what to do (no library
text, no traceback), and must leave nothing stored.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from idp_wizard.core.connection import ConnectionState
from idp_wizard.core.errors import AuthorizationRequired, ProviderError
from idp_wizard.core.records import ProviderName
from idp_wizard.core.users import count_users
from idp_wizard.sign_in import SignInOptions
from tests.flows import connect, reauthorize

from .conftest import ENTRA, Fakes

ENTRA_JUNK = ("The Microsoft sign-in service answered something that is not a sign-in answer "
              "(perhaps a page of a proxy or firewall); try again in a few minutes. If it "
              "keeps happening, check the network's proxy settings.")
ENTRA_DOWN = ("The Microsoft sign-in service is unavailable at the moment ({code}); try again "
              "in a few minutes.")
GOOGLE_JUNK = ("Google's sign-in service answered something that is not a sign-in answer "
               "(perhaps a page of a proxy or firewall); try again in a few minutes. If it "
               "keeps happening, check the network's proxy settings.")
GOOGLE_DOWN = ("Google's sign-in service is unavailable at the moment ({code}); try again in "
               "a few minutes.")
ANSWERS = [("html", "junk"), ("text", "junk"), ("empty", "junk"), ("truncated", "junk"),
           ("unavailable", "HTTP 503"), ("server_error", "HTTP 500")]


def expected(provider: str, outcome: str) -> str:
    if provider == "entra":
        return ENTRA_JUNK if outcome == "junk" else ENTRA_DOWN.format(code=outcome)
    return GOOGLE_JUNK if outcome == "junk" else GOOGLE_DOWN.format(code=outcome)


def sign_in_options(provider: str, google_file: Path) -> tuple[ProviderName, SignInOptions]:
    if provider == "entra":
        return ProviderName.ENTRA, ENTRA
    return ProviderName.GOOGLE, SignInOptions(client_secret_file=google_file)


def assert_nothing_kept(fakes: Fakes, app: object, error: BaseException) -> None:
    assert app.connection() is None  # type: ignore[attr-defined]
    assert fakes.keyring.entries == {}
    for secret in fakes.minted():
        assert secret not in str(error)


# -- 1. the token endpoint answers junk or is down ------------------------------------


@pytest.mark.parametrize(("answer", "outcome"), ANSWERS)
@pytest.mark.parametrize("provider", ["entra", "google"])
def test_token_endpoint_junk_at_sign_in_is_one_sentence(
        fakes: Fakes, google_file: Path, provider: str, answer: str, outcome: str) -> None:
    """Entra raised json's "Expecting value: line 1 column 1" (an internal error) or
    "Cannot reach ... (MsalServiceError)" for a 5xx it did reach; Google said "Google
    refused the sign-in (missing_token)" for a proxy's page and an outage alike."""
    fakes.faults.token_endpoint_answer = answer
    app = fakes.app()
    provider_name, options = sign_in_options(provider, google_file)
    with pytest.raises(ProviderError) as info:
        connect(app, provider_name, options)
    assert str(info.value) == expected(provider, outcome)
    assert_nothing_kept(fakes, app, info.value)


def test_token_endpoint_junk_during_a_device_code_sign_in(fakes: Fakes) -> None:
    fakes.faults.token_endpoint_answer = "html"
    app = fakes.app()
    with pytest.raises(ProviderError) as info:
        connect(app, ProviderName.ENTRA, replace(ENTRA, show_device_code=lambda code: None))
    assert str(info.value) == ENTRA_JUNK
    assert_nothing_kept(fakes, app, info.value)


@pytest.mark.parametrize(("provider", "answer", "outcome"), [
    ("entra", "html", "junk"), ("entra", "truncated", "junk"),
    ("entra", "unavailable", "HTTP 503"),
    # google-auth renews with its own retries (about 3 s for an outage) and reads a
    # non-JSON body as a string: it failed with "string indices must be integers".
    ("google", "html", "junk"), ("google", "truncated", "junk"),
    ("google", "server_error", "server_error"),
])
def test_token_endpoint_junk_at_renewal_keeps_the_connection(
        fakes: Fakes, google_file: Path, provider: str, answer: str, outcome: str) -> None:
    app = fakes.app()
    connect(app, *sign_in_options(provider, google_file))
    assert app.sync_service().run().status == "succeeded"
    synced = count_users(app.store)
    (fakes.entra if provider == "entra" else fakes.google).revoke_access_tokens()
    fakes.faults.token_endpoint_answer = answer
    with pytest.raises(ProviderError) as info:
        app.sync_service().run()
    assert not isinstance(info.value, AuthorizationRequired)  # the sign-in is fine
    assert str(info.value) == expected(provider, outcome)
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.CONNECTED
    assert count_users(app.store) == synced
    app.close()
    fakes.faults.token_endpoint_answer = None  # a later run (MSAL remembers a 5xx a while)
    assert fakes.app().sync_service().run().status == "succeeded"


def test_entra_sign_in_service_unreachable_is_said_in_words(fakes: Fakes) -> None:
    """It read "Cannot reach the Microsoft sign-in service (ConnectionError)"."""
    import requests

    class Offline:
        def get(self, url: str, **kwargs: object) -> object:
            raise requests.ConnectionError("[Errno 111] Connection refused")

        post = get

        def close(self) -> None:
            pass

    app = fakes.app(msal_http_client=Offline())
    with pytest.raises(ProviderError) as info:
        connect(app, ProviderName.ENTRA, ENTRA)
    assert str(info.value) == (
        "Cannot reach the Microsoft sign-in service https://login.microsoftonline.com/"
        "organizations (no connection could be made); check the network connection and try "
        "again.")
    assert fakes.entra.browser.opened == []


@pytest.mark.parametrize(("status", "body", "message"), [
    (200, "<html><body>Please sign in to the proxy</body></html>", ENTRA_JUNK),
    (503, "<html><body>503 Service Unavailable</body></html>",
     ENTRA_DOWN.format(code="HTTP 503")),
])
def test_entra_discovery_junk_is_not_an_unknown_tenant(
        fakes: Fakes, status: int, body: str, message: str) -> None:
    """MSAL reads the tenant's OpenID configuration first: a proxy's page there read as
    "The tenant 'organizations' was not found (AADSTS90002)", an outage as "Cannot reach
    the Microsoft sign-in service ... (HTTPError)"."""
    from idp_wizard.demo.entra_answers import FakeResponse

    entra = fakes.entra

    class Proxied:
        def get(self, url: str, **kwargs: object) -> FakeResponse:
            if url.endswith("/openid-configuration"):
                return FakeResponse(status, None, text=body, content_type="text/html")
            return entra.get(url, **kwargs)

        def post(self, url: str, **kwargs: object) -> FakeResponse:
            return entra.post(url, **kwargs)

        def close(self) -> None:
            pass

    app = fakes.app(msal_http_client=Proxied())
    with pytest.raises(ProviderError) as info:
        connect(app, ProviderName.ENTRA, ENTRA)
    assert str(info.value) == message
    assert entra.browser.opened == []
    assert_nothing_kept(fakes, app, info.value)


def test_google_token_endpoint_unreachable_is_not_a_busy_port(
        fakes: Fakes, tmp_path: Path) -> None:
    """requests' ConnectionError is an OSError: it was reported as "Cannot listen for the
    sign-in answer on port 0 ...; another program is using it"."""
    import json

    config = fakes.google.client_config()
    config["installed"]["token_uri"] = "http://127.0.0.1:9/token"  # nothing listens there
    path = tmp_path / "client_secret.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    app = fakes.app()
    with pytest.raises(ProviderError) as info:
        connect(app, ProviderName.GOOGLE, SignInOptions(client_secret_file=path))
    assert str(info.value) == ("Cannot reach Google's sign-in service (no connection could be "
                               "made); check the network connection and try again.")
    assert_nothing_kept(fakes, app, info.value)


def test_google_renewal_offline_is_said_in_words(fakes: Fakes, google_file: Path) -> None:
    """It read "Cannot reach Google to renew the sign-in (TransportError)"."""
    app = fakes.app()
    connect(app, ProviderName.GOOGLE, SignInOptions(client_secret_file=google_file))
    fakes.google.close()  # Google's token endpoint is gone (offline)
    fakes.google.revoke_access_tokens()
    with pytest.raises(ProviderError) as info:
        app.sync_service().run()
    assert str(info.value) == ("Cannot reach Google to renew the sign-in (no connection could "
                               "be made); check the network connection and try again.")
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.CONNECTED


# -- 4. Google: the redirect carries another sign-in's state -----------------------------


def test_google_state_mismatch_is_refused_and_nothing_is_exchanged(
        fakes: Fakes, google_file: Path) -> None:
    """It read "Google refused the sign-in (mismatching_state)": Google refused nothing."""
    fakes.faults.stale_state = True
    app = fakes.app()
    with pytest.raises(ProviderError) as info:
        connect(app, ProviderName.GOOGLE, SignInOptions(client_secret_file=google_file))
    assert str(info.value) == (
        "The answer that reached IdP Wizard does not belong to this sign-in (its state does "
        "not match: it may come from an older sign-in tab, or from another program). Nothing "
        "was stored; sign in again and finish in the tab IdP Wizard opens.")
    assert info.value.code == "state_mismatch"  # type: ignore[attr-defined]
    assert_nothing_kept(fakes, app, info.value)
    assert fakes.google.minted.refresh_tokens == []  # the code was never exchanged
    assert [r for r in fakes.google.requests if r == "POST /token"] == []


# -- 5. Entra refuses: consent, more authentication, Conditional Access, another tenant --

CONSENT = ("The app has not been granted the permissions IdP Wizard needs in this tenant "
           "(invalid_grant, AADSTS65001). Sign in as a Global Administrator and accept the "
           "permissions for the organization, or grant admin consent for the app in the "
           "Microsoft Entra admin center (Enterprise applications > the app > Permissions), "
           "then sign in again.")
MORE = ("Microsoft Entra ID asks for more than this sign-in gave (interaction_required, "
        "AADSTS50076), such as multi-factor authentication. Sign in again and complete every "
        "step the browser asks for.")
BLOCKED = ("A Conditional Access policy of the tenant blocks this sign-in (invalid_grant, "
           "AADSTS53003). Ask an administrator of the tenant to let IdP Wizard (or this "
           "device or network) through, then sign in again.")


@pytest.mark.parametrize(("refusal", "message"), [
    ("consent_required", CONSENT), ("interaction_required", MORE),
    ("conditional_access", BLOCKED),
])
@pytest.mark.parametrize("device_code", [False, True])
def test_entra_refusals_at_sign_in_say_what_to_do(
        fakes: Fakes, refusal: str, message: str, device_code: bool) -> None:
    """They read "Microsoft Entra ID refused the sign-in (interaction_required,
    AADSTS50076)" and, for AADSTS65001, that the admin had not pressed Accept."""
    fakes.faults.entra_refusal = refusal
    app = fakes.app()
    options = replace(ENTRA, show_device_code=lambda code: None) if device_code else ENTRA
    with pytest.raises(ProviderError) as info:
        connect(app, ProviderName.ENTRA, options)
    assert str(info.value) == message
    assert_nothing_kept(fakes, app, info.value)


@pytest.mark.parametrize(("refusal", "message"), [
    ("consent_required", "The app's permissions in the tenant were withdrawn or changed "
     "(invalid_grant, AADSTS65001); reauthorize the connection as a Global Administrator and "
     "accept the permissions."),
    ("interaction_required", "Microsoft Entra ID asks the administrator to sign in again "
     "(interaction_required, AADSTS50076), for example for multi-factor authentication; "
     "reauthorize the connection."),
    ("conditional_access", "A Conditional Access policy of the tenant now blocks IdP Wizard's "
     "sign-in (invalid_grant, AADSTS53003). Ask an administrator of the tenant to let IdP "
     "Wizard through, then reauthorize the connection."),
])
def test_entra_refusals_at_renewal_ask_for_reauthorization(
        fakes: Fakes, refusal: str, message: str) -> None:
    """They all read "The Microsoft sign-in has expired or was revoked"."""
    app = fakes.app()
    connect(app, ProviderName.ENTRA, ENTRA)
    assert app.sync_service().run().status == "succeeded"
    fakes.entra.revoke_access_tokens()
    fakes.faults.entra_refusal = refusal
    with pytest.raises(AuthorizationRequired) as info:
        app.sync_service().run()
    assert str(info.value) == message
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.NEEDS_REAUTHORIZATION
    assert conn.state_reason == message


def test_entra_user_of_another_tenant_at_a_named_tenant(fakes: Fakes) -> None:
    """It read "Microsoft Entra ID refused the sign-in (invalid_request, AADSTS50020)"."""
    fakes.faults.other_tenant_user = True
    app = fakes.app()
    with pytest.raises(ProviderError) as info:
        connect(app, ProviderName.ENTRA, replace(ENTRA, tenant="contoso.example"))
    assert str(info.value) == (
        "The account that signed in does not belong to the tenant 'contoso.example' "
        "(invalid_request, AADSTS50020). Sign in with an administrator account of that "
        "tenant, or connect the tenant the account belongs to.")
    assert_nothing_kept(fakes, app, info.value)


def test_entra_reauthorization_in_another_tenant_is_refused_before_graph(
        fakes: Fakes) -> None:
    """With the "organizations" authority the account of another tenant signs in; the
    admin check then asked Graph about it and failed with "/v1.0/me/transitiveMemberOf was
    not found (404 Request_ResourceNotFound)"."""
    app = fakes.app()
    connect(app, ProviderName.ENTRA, ENTRA)
    assert app.sync_service().run().status == "succeeded"
    stored = dict(fakes.keyring.entries)
    graph_calls = len(fakes.backend.faults.log)
    fakes.faults.other_tenant_user = True
    with pytest.raises(ProviderError) as info:
        reauthorize(app)
    assert str(info.value) == (
        "admin@fabrikam.example belongs to another tenant than the connected one "
        "(contoso.example); sign in with an administrator of contoso.example, or disconnect "
        "first.")
    assert len(fakes.backend.faults.log) == graph_calls  # Graph was not asked
    assert fakes.keyring.entries == stored  # the working sign-in is kept
    conn = app.connection()
    assert conn is not None and conn.state is ConnectionState.CONNECTED
    fakes.faults.other_tenant_user = False
    assert app.sync_service().run().status == "succeeded"
