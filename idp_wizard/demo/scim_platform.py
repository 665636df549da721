"""The demo platform: a real SCIM 2.0 server (scim2-server) running inside the app.

Its WSGI application is reached through httpx's WSGI transport, so nothing leaves the
computer; its users and groups survive between runs in the demo profile's folder
(see scim_store.py). It checks a bearer token exactly as `scim2-server --bearer-token`
does, so the platform client treats it like any other target.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import filelock
import httpx
from scim2_models import ScimProvider
from scim2_server.service import ScimService
from scim2_server.testserver.application import BEARER_TOKEN_SCHEME, BearerTokenApplication
from scim2_server.utils import (
    load_default_resource_types,
    load_default_schemas,
    load_default_service_provider_config,
)

from idp_wizard.core.errors import IdpWizardError
from idp_wizard.demo.scim_constants import DEMO_SCIM_TOKEN, DEMO_SCIM_URL
from idp_wizard.demo.scim_store import PersistentStorage

__all__ = ["DEMO_SCIM_TOKEN", "DEMO_SCIM_URL", "DemoPlatform", "DemoPlatformBusy",
           "demo_provider"]


def demo_provider() -> ScimProvider:
    """RFC 7643's schemas and resource types; every feature the storage supports
    (PATCH, Bulk, filter, sort, ETag) and bearer-token authentication."""
    config = load_default_service_provider_config()
    config.authentication_schemes = [*(config.authentication_schemes or []),
                                     BEARER_TOKEN_SCHEME]
    return ScimProvider.from_discovery(load_default_schemas().values(),
                                       load_default_resource_types().values(), config=config)


class DemoPlatformBusy(IdpWizardError):
    """Another process has this demo platform open."""


class DemoPlatform:
    """One demo platform; `folder` None keeps it in memory only (tests, benchmarks).

    One process at a time may hold a folder's platform (two in-memory copies would
    lose each other's writes): open it for a sync and close it afterwards."""

    base_url = DEMO_SCIM_URL

    def __init__(self, folder: Path | None, token: str = DEMO_SCIM_TOKEN,
                 provider: ScimProvider | None = None) -> None:
        self.provider = provider or demo_provider()
        self._lock: filelock.BaseFileLock | None = None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._lock = filelock.FileLock(folder / "scim-platform.lock", mode=0o600,
                                           thread_local=False)
            try:
                self._lock.acquire(timeout=0)
            except filelock.Timeout:
                raise DemoPlatformBusy("The demo platform is in use by another IdP Wizard "
                                       "process; try again when it has finished.") from None
        try:
            self.storage = PersistentStorage(self.provider, folder)
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise
        self.app = BearerTokenApplication(self.storage, self.provider,
                                          service=ScimService(self.provider),
                                          bearer_tokens=[token])
        self.token = token
        self._closed = threading.Event()

    def transport(self) -> httpx.WSGITransport:
        """A transport serving every request in process (whatever the host)."""
        return httpx.WSGITransport(app=self.app)

    def resources(self, resource_type: str = "User") -> list[dict[str, Any]]:
        """What the platform holds (SCIM JSON), for the panel and the tests."""
        with self.storage.lock:
            return [r.model_dump() for r in self.storage.resources
                    if r.meta is not None and r.meta.resource_type == resource_type]

    def count(self, resource_type: str = "User") -> int:
        with self.storage.lock:
            return self.storage.count(resource_type)

    def close(self) -> None:
        """Write the snapshot (once); the platform must not be used afterwards."""
        if not self._closed.is_set():
            self._closed.set()
            try:
                self.storage.close()
            finally:
                if self._lock is not None:
                    self._lock.release()

    def __enter__(self) -> DemoPlatform:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
