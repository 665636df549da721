"""`idp-wizard --startup-probe` (hidden; for measurements): start as `run_gui` does, in a
throw-away demo profile, and quit as soon as the main window is shown.

The printed figure is the in-process part (Qt, the profile, the window); the build
script times the whole process from the outside, which adds interpreter start-up and,
for a frozen app, the bootloader.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from idp_wizard.ui.qt_messages import install_quiet_handler, safe_stdout
from idp_wizard.ui.self_test_base import DEMO_SIZE


def run(out: Callable[[str], None] = print) -> int:
    """Start as `run_gui` does (demo profile in a temporary folder), quit once shown."""
    started = time.perf_counter()
    install_quiet_handler()
    safe_stdout()
    from PySide6.QtCore import QTimer

    from idp_wizard.compose import open_app
    from idp_wizard.paths import ProfilePaths
    from idp_wizard.ui.i18n import choose_language, install_translators
    from idp_wizard.ui.launch import create_main_window, make_qapplication
    from idp_wizard.ui.tasks import TaskRunner

    qapp = make_qapplication([sys.argv[0]])
    translators = install_translators(qapp, choose_language(None))
    with tempfile.TemporaryDirectory(prefix="idp-wizard-probe-") as tmp:
        app = open_app(ProfilePaths(Path(tmp), demo=True), demo_size=DEMO_SIZE)
        runner = TaskRunner(qapp)
        window = create_main_window(app, runner)
        shown: list[float] = []

        def done() -> None:
            shown.append(time.perf_counter() - started)
            qapp.quit()
        QTimer.singleShot(0, done)  # runs once the loop has shown (exposed) the window
        qapp.exec()
        window.close()
        runner.wait_for_done(10_000)
        app.close()
    del translators
    if not shown:
        out("startup-probe: FAILED, the event loop never ran")
        return 1
    out(f"startup-probe: main window shown {shown[0]:.3f} s after the CLI handed over "
        f"(platform {qapp.platformName()})")
    return 0
