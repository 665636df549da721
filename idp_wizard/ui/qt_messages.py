"""Qt's messages and our stdout for the headless tools (self-test, start-up probe,
screenshots) and the tests: noise of the offscreen platform dropped, never a crash on a
console's encoding."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext

NOISE = ("propagateSizeHints",)


def quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform warns on every window it cannot resize; noise, not a fault.
    if not any(n in message for n in NOISE):
        print(message, file=sys.stderr)


def safe_stdout() -> None:
    """A piped Windows console encodes as cp1252: replace, never crash, on other text."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")



def install_quiet_handler() -> None:
    qInstallMessageHandler(quiet_offscreen)
