"""Logging to a rotating file in the data folder. Nothing secret is ever logged:
tokens never reach this process's log calls, and HTTP libraries' debug logs stay off."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

_configured: set[Path] = set()


def setup_logging(log_dir: Path) -> None:
    if log_dir in _configured:
        return
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    handler = logging.handlers.RotatingFileHandler(
        log_dir / "idp-wizard.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("idp_wizard")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    # Request logs of these libraries can carry Authorization headers or codes.
    for noisy in ("httpx", "httpcore", "msal", "urllib3", "oauthlib", "requests_oauthlib"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    _configured.add(log_dir)
