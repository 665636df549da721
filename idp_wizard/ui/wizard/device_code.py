"""Hook for Entra's device-code sign-in ("Sign in on another device").

Lit up when the app offers it: either an `App.sign_in_device_code(provider, progress,
cancel)` method, or (real profiles) `App.sign_in(..., options=SignInOptions(
show_device_code=...))`. The code arrives in the worker thread, so it is passed on as
a progress report (queued to the GUI thread), never shown from the worker directly.
"""

from __future__ import annotations

from idp_wizard.app import App
from idp_wizard.core.connection import Connection
from idp_wizard.core.progress import CancelToken, Progress, ProgressFn
from idp_wizard.core.records import ProviderName
from idp_wizard.ui.tasks import TaskFn


def device_code_available(app: App) -> bool:
    return hasattr(app, "sign_in_device_code") or not app.demo


def device_code_fn(app: App, provider: ProviderName, groups: bool | None = None) -> TaskFn:
    hook = getattr(app, "sign_in_device_code", None)

    def fn(progress: ProgressFn, cancel: CancelToken) -> Connection:
        if hook is not None:
            return hook(provider, progress, cancel)  # type: ignore[no-any-return]
        from idp_wizard.sign_in import SignInOptions  # the real sign-in only

        def show(code: object) -> None:
            progress(Progress("device_code", message=str(getattr(code, "message", code))))
        return app.sign_in(provider, progress, cancel,
                           options=SignInOptions(show_device_code=show, groups=groups))
    return fn
