"""Logging to a rotating file in the data folder. Nothing secret is ever logged: tokens
never reach this process's log calls, and the sign-in and HTTP libraries' own log lines
are held back (see `quiet_libraries`)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from idp_wizard.paths import make_private_dir

_configured: set[Path] = set()
# Libraries whose log lines can carry secrets: request URLs with an authorization code
# (google_auth_oauthlib logs the loopback's request line at INFO), request bodies and
# token answers (requests_oauthlib at DEBUG), an unparsable token answer quoted whole
# (msal at ERROR: a cut-short answer still holds the tokens), Authorization headers.
NOISY = ("msal", "urllib3", "requests", "requests_oauthlib", "oauthlib", "google",
         "google_auth_oauthlib", "googleapiclient", "httpx", "httpcore", "keyring")


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by their owner only, like the database."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


class _Withheld(logging.Handler):
    """A library's warning or error, as a line of our log without its text: which
    library, how bad, and the exception's type. Its message and arguments are dropped
    (they may quote a token, a code or a whole token answer)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self._ours = logging.getLogger("idp_wizard.libraries")

    def emit(self, record: logging.LogRecord) -> None:
        exc_type = record.exc_info[0] if record.exc_info else None
        self._ours.log(record.levelno, "%s: %s line withheld (it may quote sign-in "
                       "secrets)%s", record.name, record.levelname,
                       f"; exception {exc_type.__name__}" if exc_type else "")


def quiet_libraries() -> None:
    """Library log lines reach neither our log nor stderr (Python's last-resort handler
    prints a library's error there when nobody handles it): their debug and info lines
    are dropped, their warnings and errors become a `_Withheld` line."""
    for name in NOISY:
        logger = logging.getLogger(name)
        logger.setLevel(logging.WARNING)
        logger.propagate = False
        if not any(isinstance(h, _Withheld) for h in logger.handlers):
            logger.addHandler(_Withheld())


def setup_logging(log_dir: Path) -> None:
    quiet_libraries()
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
    _configured.add(log_dir)
