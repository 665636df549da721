"""Test connection against a real scim2-server process, and each failure's one sentence."""

from __future__ import annotations

import datetime
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from idp_wizard.core.errors import UsageError
from idp_wizard.platform import check_target
from idp_wizard.platform.errors import (
    BadTargetUrl,
    NotScim,
    PlatformTimeout,
    PlatformUnreachable,
    TlsFailure,
    TokenRejected,
    UnsupportedServer,
    WrongBaseUrl,
)
from idp_wizard.platform.urls import normalise_base_url
from tests.platform.helpers import TOKEN, Rig, ScimServerProcess, Sleeps, free_port

ENT = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"


def test_a_real_server_reports_what_it_supports(real_server: ScimServerProcess) -> None:
    report = check_target(real_server.url, TOKEN)
    caps = report.capabilities
    assert (caps.patch, caps.filter, caps.etag, caps.users, caps.groups) == (
        True, True, True, True, True)
    assert (caps.bulk.supported, caps.bulk.max_operations, caps.bulk.max_payload_size) == (
        True, 1000, 1048576)
    assert caps.published == ("ServiceProviderConfig", "ResourceTypes", "Schemas")
    assert caps.enterprise_user is True
    assert caps.user_attributes is not None
    assert {"userName", "name.givenName", "locale", "addresses.country",
            f"{ENT}:department", f"{ENT}:manager"} <= caps.user_attributes
    assert report.no_match_answer == "empty list"
    assert len(report.sent_attributes) == 15 and report.withheld_attributes == ()
    data = json.loads(json.dumps(report.to_json()))  # the CLI prints this
    assert data["capabilities"]["bulk"] == {"supported": True, "max_operations": 1000,
                                            "max_payload_size": 1048576}
    assert type(caps).from_json(data["capabilities"]) == caps


def test_wrong_token_says_the_token_needs_replacing(real_server: ScimServerProcess) -> None:
    with pytest.raises(TokenRejected) as info:
        check_target(real_server.url, "wrong-token-value")
    message = str(info.value)
    assert message == ("The platform rejected the SCIM token (401): the target needs a new "
                       "token.")
    assert "wrong-token-value" not in message and TOKEN not in message


def test_wrong_url_names_what_a_base_url_ends_with(real_server: ScimServerProcess) -> None:
    for url in (real_server.url.replace("/v2", "/wrong/v2"), real_server.url + "/Users"):
        with pytest.raises(WrongBaseUrl) as info:
            check_target(url, TOKEN)
        assert "usually ends with /scim/v2 or /v2" in str(info.value)


def test_a_website_is_not_scim(rig: Rig) -> None:
    rig.faults.html = True
    with pytest.raises(NotScim) as info:
        check_target(rig.url, TOKEN, transport=rig.transport, sleep=rig.sleeps)
    assert "answered with an HTML page instead of SCIM" in str(info.value)
    assert len(rig.faults.log) == 1  # no retries for a wrong answer


def test_json_that_is_not_a_scim_list_is_refused(rig: Rig) -> None:
    rig.faults.no_discovery = True

    def other_json(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"users": []})

    with pytest.raises(NotScim):
        check_target(rig.url, TOKEN, transport=httpx.MockTransport(other_json))


def test_a_server_ignoring_the_filter_is_refused(rig: Rig) -> None:
    with rig.open() as target:
        target.users.create({"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                             "userName": "someone@example.com"}, "someone@example.com")

    def ignore_filter(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        params.pop("filter", None)
        return rig.transport.handle_request(httpx.Request(
            request.method, request.url.copy_with(params=params), headers=request.headers))

    with pytest.raises(UnsupportedServer):
        check_target(rig.url, TOKEN, transport=httpx.MockTransport(ignore_filter))


def test_no_discovery_documents_is_fine(rig: Rig) -> None:
    rig.faults.no_discovery = True
    report = check_target(rig.url, TOKEN, transport=rig.transport)
    assert report.capabilities.published == ()
    assert report.capabilities.user_attributes is None
    assert report.sent_attributes == (  # the safe default set: core attributes only
        "userName", "externalId", "name.givenName", "name.familyName", "displayName",
        "active", 'emails[type eq "work"].value', "title", 'addresses[type eq "work"].locality',
        'addresses[type eq "work"].country', "preferredLanguage", "locale")


def test_okta_style_404_for_no_match(rig: Rig) -> None:
    rig.faults.not_found_for_no_match = True
    report = check_target(rig.url, TOKEN, transport=rig.transport)
    assert report.no_match_answer == "404"


def test_timeouts_are_retried_then_named(rig: Rig) -> None:
    rig.faults.timeouts = 100
    with pytest.raises(PlatformTimeout) as info:
        check_target(rig.url, TOKEN, transport=rig.transport, sleep=rig.sleeps)
    assert str(info.value) == ("scim.demo.invalid did not answer in time (after 3 attempts): "
                               "check the network connection or try again later.")
    assert len(rig.faults.log) == 3 and len(rig.sleeps) == 2


def test_connection_refused_is_named() -> None:
    sleeps = Sleeps()
    with pytest.raises(PlatformUnreachable) as info:
        check_target(f"http://127.0.0.1:{free_port()}/v2", TOKEN, sleep=sleeps)
    assert "connection refused" in str(info.value)
    assert len(sleeps) == 2


@pytest.mark.parametrize("url", ["http://scim.example.com/v2", "ftp://x/v2", "not a url",
                                 "https://user:pw@example.com/v2", "https://e.com/v2?x=1",
                                 "https://e.com:0/v2", "https://e.com:65536/v2",
                                 "https://e .com/v2", "https://-e.com/v2", "https://e..com/v2"])
def test_unusable_urls_are_refused_before_any_request(url: str) -> None:
    with pytest.raises(BadTargetUrl) as info:
        check_target(url, TOKEN)
    assert "pw@" not in str(info.value)
    assert isinstance(info.value, UsageError)  # the admin's input: exit code 2


@pytest.mark.parametrize(("url", "base"), [
    ("https://bücher.example/scim/v2/", "https://xn--bcher-kva.example/scim/v2"),
    ("https://scim_internal.corp:8443/v2", "https://scim_internal.corp:8443/v2"),
    ("https://[::1]:65535/v2", "https://[::1]:65535/v2"),
    ("https://10.0.0.7/scim", "https://10.0.0.7/scim"),
])
def test_usable_hosts_and_ports_pass(url: str, base: str) -> None:
    assert normalise_base_url(url) == base


@pytest.fixture
def untrusted_tls_server(tmp_path: Path) -> Iterator[int]:
    """An https server on localhost whose self-signed certificate nobody trusts."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1)
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), False)
            .sign(key, hashes.SHA256()))
    (tmp_path / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "key.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # never reached: the client refuses the certificate
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


def test_an_untrusted_certificate_is_a_tls_failure(untrusted_tls_server: int) -> None:
    sleeps = Sleeps()
    with pytest.raises(TlsFailure) as info:
        check_target(f"https://localhost:{untrusted_tls_server}/v2", TOKEN, sleep=sleeps)
    assert str(info.value) == (
        "The secure connection to localhost failed (the certificate is not trusted or TLS "
        "failed): check the URL and the server's certificate.")
    assert sleeps == []  # a certificate problem is not retried
