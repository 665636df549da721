"""Google's OAuth client configuration: built in, or the admin's `client_secret.json`.

Only a "Desktop app" client works for a desktop sign-in (its file has an "installed"
key); a "web" client is refused with a sentence saying what to create instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from idp_wizard.core.errors import UsageError
from idp_wizard.core.messages import Message, msg
from idp_wizard.core.os_errors import os_reason
from idp_wizard.providers.json_decode import loads

REQUIRED = ("client_id", "auth_uri", "token_uri")
REGISTER_HINT = msg(
    "In the Google Cloud console (APIs & Services > Credentials) create an OAuth client "
    "ID of type 'Desktop app' in a project with the Admin SDK API enabled, download its "
    "JSON and connect with --client-secret-file client_secret.json."
)


_CONFIGURATION = msg("the client configuration")


def validate_client_config(data: object,
                           source: str | Message = _CONFIGURATION) -> dict[str, Any]:
    """The config as `InstalledAppFlow.from_client_config` wants it, or UsageError."""
    hint = REGISTER_HINT
    if not isinstance(data, dict):
        raise UsageError(msg("{source} is not a Google OAuth client file. {hint}",
                             source=source, hint=hint))
    if "installed" not in data:
        if "web" in data:
            raise UsageError(msg(
                "{source} belongs to a 'Web application' OAuth client; IdP Wizard needs a "
                "'Desktop app' client. {hint}", source=source, hint=hint))
        raise UsageError(msg("{source} has no 'installed' client. {hint}", source=source,
                             hint=hint))
    client = data["installed"]
    if not isinstance(client, dict):
        raise UsageError(msg("{source}: 'installed' must be an object. {hint}", source=source,
                             hint=hint))
    missing = [k for k in REQUIRED if not isinstance(client.get(k), str) or not client[k]]
    if missing:
        raise UsageError(msg("{source} lacks {keys}. {hint}", source=source, keys=missing,
                             hint=hint))
    secret = client.get("client_secret", "")
    if not isinstance(secret, str):
        raise UsageError(msg("{source}: client_secret must be text. {hint}", source=source,
                             hint=hint))
    return {"installed": {k: client[k] for k in (*REQUIRED, "client_secret", "redirect_uris")
                          if k in client}}


def read_client_secret_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")  # a BOM too (Windows editors)
    except OSError as exc:
        raise UsageError(msg("Cannot read {path}: {reason}.", path=str(path),
                             reason=os_reason(exc))) from None
    except UnicodeDecodeError as exc:  # Python's words would name its codec
        raise UsageError(msg("{path} is not UTF-8 text (byte {byte}); save it as UTF-8",
                             path=str(path), byte=exc.start + 1)) from None
    try:
        data = loads(text)  # nested too deeply: a ValueError too
    except ValueError:
        raise UsageError(msg("{path} is not valid JSON. {hint}", path=str(path),
                             hint=REGISTER_HINT)) from None
    return validate_client_config(data, str(path))
