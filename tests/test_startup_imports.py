"""Start-up stays light: the sign-in libraries (MSAL, Google's OAuth libraries and the
`requests` stack under them, ~190 ms together) load on the first sign-in or token
refresh, not when the app or the command line starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("msal", "requests", "google_auth_oauthlib", "google.auth", "google.oauth2", "oauthlib")


def _loaded_after(code: str) -> set[str]:
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, check=True, cwd=ROOT)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))


def test_the_desktop_app_starts_without_the_sign_in_libraries() -> None:
    loaded = _loaded_after("import idp_wizard.compose, idp_wizard.ui.launch, "
                           "idp_wizard.ui.main_window")
    assert "idp_wizard.providers.entra_auth" in loaded  # the modules, not their libraries
    assert _heavy(loaded) == []


def test_the_command_line_starts_without_them() -> None:
    assert _heavy(_loaded_after("import idp_wizard.cli")) == []


def test_a_sign_in_loads_them() -> None:
    """The lazy imports are real: building Entra's auth loads MSAL."""
    loaded = _loaded_after(
        "from idp_wizard.providers.entra_auth import EntraAuth, EntraSettings\n"
        "from idp_wizard.core.secrets import SecretStore\n"
        "EntraAuth(EntraSettings('00000000-0000-0000-0000-000000000001', 'organizations'),"
        " SecretStore('lazy-import-test'))")  # the keychain is not touched until used
    assert "msal" in loaded
