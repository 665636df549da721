"""How a client reaches its platform: the environment's part of provisioning.

`PlatformSource` opens a client's target (`ScimTarget`) with the environment's transport
and reads its token from the OS keychain. The real environment reaches SCIM servers over
the network; the demo environment also serves the embedded platform in the profile
folder (see `idp_wizard.demo.platform_source`). Tokens never leave the keychain except
into the Authorization header.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import Protocol

import httpx

from idp_wizard.core.errors import IdpWizardError
from idp_wizard.core.hints import suggest
from idp_wizard.core.messages import msg
from idp_wizard.core.platform_target import PlatformTarget
from idp_wizard.core.progress import CancelToken, ProgressFn
from idp_wizard.core.secrets import SecretStore
from idp_wizard.platform import ConnectionReport, ScimTarget, check_target

SCIM_TOKEN = "scim-token"  # the keychain entry's name, in the client's namespace


class TokenMissing(IdpWizardError):
    """The target is set but its token is gone from the keychain."""


class PlatformSource(Protocol):
    def default_target(self) -> PlatformTarget | None:
        """The target a client uses when none was set (the demo's embedded platform)."""
        ...

    def check(self, url: str, token: str | None) -> ConnectionReport:
        """Test connection (`target test`); `token` None: the saved one."""
        ...

    def open(self, target: PlatformTarget, *, cancel: CancelToken | None = None,
             progress: ProgressFn | None = None,
             ) -> contextlib.AbstractContextManager[ScimTarget]:
        """The target, ready to push (discovery runs unless its capabilities are known)."""
        ...

    def save_token(self, token: str) -> None: ...

    def delete_token(self) -> None: ...

    def erase(self) -> None:
        """The client was removed (for good): delete what this source keeps of it on
        disk, if anything."""
        ...


class ScimPlatformSource:
    """SCIM servers over the network (`transport` None), or through a given transport."""

    def __init__(self, secrets: SecretStore, transport: httpx.BaseTransport | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.secrets, self.transport, self.sleep = secrets, transport, sleep

    def default_target(self) -> PlatformTarget | None:
        return None

    def token(self) -> str:
        token = self.secrets.get(SCIM_TOKEN)
        if not token:
            raise TokenMissing(msg(
                "The platform's SCIM token is missing from the system keychain; set it "
                "again ({command}).", command=suggest("target set --scim-url URL "
                                                      "--token-file FILE")))
        return token

    def save_token(self, token: str) -> None:
        self.secrets.set(SCIM_TOKEN, token)

    def delete_token(self) -> None:
        self.secrets.delete(SCIM_TOKEN)

    def erase(self) -> None:
        """Nothing on disk: the server and the keychain keep it all."""

    def check(self, url: str, token: str | None) -> ConnectionReport:
        return check_target(url, token if token is not None else self.token(),
                            transport=self.transport, sleep=self._sleep())

    @contextlib.contextmanager
    def open(self, target: PlatformTarget, *, cancel: CancelToken | None = None,
             progress: ProgressFn | None = None) -> Iterator[ScimTarget]:
        with ScimTarget.open(target.url, self.token(), capabilities=target.capabilities,
                             transport=self.transport, sleep=self._sleep(), cancel=cancel,
                             progress=progress) as opened:
            yield opened

    def _sleep(self) -> Callable[[float], None] | None:
        # The HTTP layer's own sleep wakes early on cancel; only a test's fake replaces it.
        return None if self.sleep is time.sleep else self.sleep
