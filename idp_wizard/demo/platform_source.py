"""The demo's platform source: the embedded platform by default, any SCIM server if set.

A demo profile provisions into a real SCIM 2.0 server running inside the app
(`DemoPlatform`: scim2-server through httpx's WSGI transport), kept per client in the
profile folder, so nothing leaves the computer. `target set` may still point a demo
profile at any SCIM server; that one's token lives in the OS keychain like a real one.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from idp_wizard.core.platform_source import ScimPlatformSource
from idp_wizard.core.platform_target import EMBEDDED, PlatformTarget
from idp_wizard.core.progress import CancelToken, ProgressFn
from idp_wizard.demo.scim_constants import DEMO_SCIM_TOKEN, DEMO_SCIM_URL
from idp_wizard.platform import ConnectionReport, ScimTarget, check_target
from idp_wizard.platform.errors import BadTargetUrl
from idp_wizard.platform.urls import normalise_base_url


def embedded_folder(data_dir: Path, client_id: int) -> Path:
    return data_dir / "demo-platform" / f"client-{client_id}"


def is_embedded_url(url: str) -> bool:
    try:
        return normalise_base_url(url, allow_any_host=True) == DEMO_SCIM_URL
    except BadTargetUrl:
        return False


class DemoPlatformSource(ScimPlatformSource):
    def __init__(self, folder: Path | None, embedded_default: bool = True,
                 **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.folder = folder
        self.embedded_default = embedded_default

    def default_target(self) -> PlatformTarget | None:
        return PlatformTarget(DEMO_SCIM_URL, EMBEDDED) if self.embedded_default else None

    def erase(self) -> None:
        """The client was removed: its embedded platform (emptied by the removal's
        disconnect) goes with its folder, and `demo-platform/` once no client has one."""
        super().erase()
        if self.folder is None or not self.folder.exists():
            return
        shutil.rmtree(self.folder)
        with contextlib.suppress(OSError):  # still holds other clients' platforms
            self.folder.parent.rmdir()

    def check(self, url: str, token: str | None) -> ConnectionReport:
        if not is_embedded_url(url):
            return super().check(url, token)
        from idp_wizard.demo.scim_platform import DemoPlatform  # scim2-server: when used

        with DemoPlatform(self.folder) as platform:
            return check_target(platform.base_url, token or DEMO_SCIM_TOKEN,
                                transport=platform.transport(), sleep=self._sleep())

    @contextlib.contextmanager
    def open(self, target: PlatformTarget, *, cancel: CancelToken | None = None,
             progress: ProgressFn | None = None) -> Iterator[ScimTarget]:
        if target.kind != EMBEDDED:
            with super().open(target, cancel=cancel, progress=progress) as opened:
                yield opened
            return
        from idp_wizard.demo.scim_platform import DemoPlatform

        with DemoPlatform(self.folder) as platform, ScimTarget.open(
                platform.base_url, platform.token, capabilities=target.capabilities,
                transport=platform.transport(), sleep=self._sleep(), cancel=cancel,
                progress=progress) as opened:
            yield opened
