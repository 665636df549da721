"""Google's OAuth client configuration: built in, or the admin's `client_secret.json`.

Only a "Desktop app" client works for a desktop sign-in (its file has an "installed"
key); a "web" client is refused with a sentence saying what to create instead.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from idp_wizard.core.errors import UsageError

REQUIRED = ("client_id", "auth_uri", "token_uri")
REGISTER_HINT = (
    "In the Google Cloud console (APIs & Services > Credentials) create an OAuth client "
    "ID of type 'Desktop app' in a project with the Admin SDK API enabled, download its "
    "JSON and connect with --client-secret-file client_secret.json."
)


def validate_client_config(data: object,
                           source: str = "the client configuration") -> dict[str, Any]:
    """The config as `InstalledAppFlow.from_client_config` wants it, or UsageError."""
    if not isinstance(data, dict):
        raise UsageError(f"{source} is not a Google OAuth client file. {REGISTER_HINT}")
    if "installed" not in data:
        if "web" in data:
            raise UsageError(
                f"{source} belongs to a 'Web application' OAuth client; IdP Wizard needs a "
                f"'Desktop app' client. {REGISTER_HINT}")
        raise UsageError(f"{source} has no 'installed' client. {REGISTER_HINT}")
    client = data["installed"]
    if not isinstance(client, dict):
        raise UsageError(f"{source}: 'installed' must be an object. {REGISTER_HINT}")
    missing = [k for k in REQUIRED if not isinstance(client.get(k), str) or not client[k]]
    if missing:
        raise UsageError(f"{source} lacks {', '.join(missing)}. {REGISTER_HINT}")
    secret = client.get("client_secret", "")
    if not isinstance(secret, str):
        raise UsageError(f"{source}: client_secret must be text. {REGISTER_HINT}")
    return {"installed": {k: client[k] for k in (*REQUIRED, "client_secret", "redirect_uris")
                          if k in client}}


def read_client_secret_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"Cannot read {path}: {getattr(exc, 'strerror', None) or exc}.") from None
    try:
        data = json.loads(text)
    except ValueError:
        raise UsageError(f"{path} is not valid JSON. {REGISTER_HINT}") from None
    return validate_client_config(data, str(path))
