"""Fixtures shared by the directory-request tests over real local sockets."""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from idp_wizard.providers import http_answer
from tests.tls_authority import authority

SHORT_DEADLINE = 1.0  # seconds for one directory request in these tests
PROXIES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture
def tls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ssl.SSLContext]:
    """The server's TLS context. The deadline short; the test's authority trusted
    (httpx reads SSL_CERT_FILE; verification stays on); no proxy from the machine."""
    monkeypatch.setattr(http_answer, "DEADLINE", SHORT_DEADLINE)
    for name in PROXIES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    context, cert = authority(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    yield context
