"""Logging to a rotating file in the data folder. Nothing secret is ever logged:
tokens never reach this process's log calls, and HTTP libraries' debug logs stay off."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from idp_wizard.paths import make_private_dir

_configured: set[Path] = set()


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by their owner only, like the database."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def setup_logging(log_dir: Path) -> None:
    if log_dir in _configured:
        return
    make_private_dir(log_dir.parent)
    make_private_dir(log_dir)
    handler = _PrivateRotatingFileHandler(
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
