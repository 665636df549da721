"""The composition root: the one place that chooses the environment and builds an App.

The command line, the GUI, the self-test and the benchmarks all open a profile here.
Demo or real is decided once, from the profile (`--demo`); nothing below asks again.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from idp_wizard.app import App
from idp_wizard.core.clock import Clock, utc_now
from idp_wizard.core.environment import Environment
from idp_wizard.core.errors import UsageError
from idp_wizard.core.store import DEFAULT_CLIENT_ID
from idp_wizard.paths import ProfilePaths
from idp_wizard.profile import Profile
from idp_wizard.sign_in import AuthEnv


def environment_for(paths: ProfilePaths, *, demo_size: int | None = None,
                    clock: Clock = utc_now, auth_env: AuthEnv | None = None,
                    http_sleep: Callable[[float], None] = time.sleep) -> Environment:
    if paths.demo:
        from idp_wizard.demo.environment import DemoEnvironment

        auth = auth_env or AuthEnv()
        return DemoEnvironment(demo_size, clock, http_sleep,
                               keyring_backend=auth.keyring_backend,
                               platform_transport=auth.platform_transport)
    if demo_size is not None:
        raise UsageError("--demo-size only applies to the demo tenant; add --demo.")
    from idp_wizard.real_environment import RealEnvironment

    return RealEnvironment(auth_env or AuthEnv(), clock)


def open_app(paths: ProfilePaths, *, demo_size: int | None = None, clock: Clock = utc_now,
             auth_env: AuthEnv | None = None,
             http_sleep: Callable[[float], None] = time.sleep,
             client_id: int = DEFAULT_CLIENT_ID) -> App:
    env = environment_for(paths, demo_size=demo_size, clock=clock, auth_env=auth_env,
                          http_sleep=http_sleep)
    return App(paths, env, client_id)


def open_profile(paths: ProfilePaths, *, demo_size: int | None = None, clock: Clock = utc_now,
                 auth_env: AuthEnv | None = None,
                 http_sleep: Callable[[float], None] = time.sleep) -> Profile:
    """The profile with all its clients (the CLI, the GUI's client switcher)."""
    env = environment_for(paths, demo_size=demo_size, clock=clock, auth_env=auth_env,
                          http_sleep=http_sleep)
    return Profile(paths, env)
