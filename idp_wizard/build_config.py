"""App registrations a distributor may build into a packaged release.

Left empty in the source tree: the admin then enters an Entra client id or imports
Google's `client_secret.json` (kept in the profile's settings; neither is a secret in
the OAuth sense -- desktop clients cannot keep one). A packaged build may carry
`build_config_override.json` next to this module (written by build_spec/build.py from
IDP_WIZARD_ENTRA_CLIENT_ID / IDP_WIZARD_GOOGLE_CLIENT_SECRET_FILE); its values win, so
distributors never edit code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OVERRIDE_FILE = Path(__file__).with_name("build_config_override.json")

# Entra ID public-client application (redirect URI http://localhost), or "".
ENTRA_CLIENT_ID: str = ""
# Google "Desktop app" OAuth client: the parsed client_secret.json ({"installed": {...}}).
GOOGLE_CLIENT_CONFIG: dict[str, Any] | None = None


def _override(path: Path) -> dict[str, Any]:
    # A malformed file is a broken build: let it raise, so the frozen --self-test fails.
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    if not isinstance(data, dict):
        raise ValueError(f"{path} must hold a JSON object")
    return data


_built_in = _override(OVERRIDE_FILE)
ENTRA_CLIENT_ID = str(_built_in.get("entra_client_id") or ENTRA_CLIENT_ID)
GOOGLE_CLIENT_CONFIG = _built_in.get("google_client_config") or GOOGLE_CLIENT_CONFIG
