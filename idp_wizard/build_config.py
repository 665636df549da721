"""App registrations a distributor may build into a packaged release.

Left empty in the source tree: the admin then enters an Entra client id or imports
Google's `client_secret.json` (kept in the profile's settings; neither is a secret in
the OAuth sense -- desktop clients cannot keep one). A build script may overwrite this
file; nothing else writes it.
"""

from __future__ import annotations

from typing import Any

# Entra ID public-client application (redirect URI http://localhost), or "".
ENTRA_CLIENT_ID: str = ""
# Google "Desktop app" OAuth client: the parsed client_secret.json ({"installed": {...}}).
GOOGLE_CLIENT_CONFIG: dict[str, Any] | None = None
