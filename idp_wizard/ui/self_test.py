"""`idp-wizard --self-test`: is this installation whole? (Run after every packaged build.)

Checks what a frozen bundle most often loses: Qt's platform and image plugins, our
resources, the translations (ours and Qt's qtbase_de.qm), SOCKS proxy support (loaded
only when a proxy is used), the late-imported setup wizard, and the provider code a
demo sync runs through. Everything happens offscreen in a temporary data folder;
nothing touches the admin's profile, keychain or network.
Prints one line per check and exits 0 only if none failed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from idp_wizard.ui import self_test_checks as checks
from idp_wizard.ui.qt_messages import install_quiet_handler, safe_stdout
from idp_wizard.ui.self_test_base import FAILED, SelfTest
from idp_wizard.ui.self_test_demo import WizardRun, google_sync


def run_self_test(out: Callable[[str], None] = print) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    install_quiet_handler()
    safe_stdout()
    started = time.perf_counter()
    from idp_wizard import __version__

    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    out(f"IdP Wizard {__version__} self-test ({frozen}, Python {sys.version.split()[0]})")
    test = SelfTest(out)
    if not test.check("Qt starts", checks.qt_starts):
        out("self-test FAILED: Qt cannot start, nothing else can be checked")
        return 1
    test.check("application icon", checks.app_icon)
    test.check("provider logos (SVG)", checks.logos)
    test.check("translations en", checks.translations("en"))
    test.check("translations de (Qt's and ours)", checks.translations("de"))
    test.check("built-in app registrations", checks.built_in_registrations)
    test.check("keychain backend", checks.keychain_backend)
    test.check("SOCKS proxy support", checks.socks_proxies)
    with tempfile.TemporaryDirectory(prefix="idp-wizard-self-test-") as tmp:
        run = WizardRun(Path(tmp) / "wizard")
        if test.check("setup wizard opens (demo)", run.open):
            test.check("wizard: connect, share, initial sync", run.walk)
            test.check("demo sync again (App + SyncService)", run.sync_again)
        test.check("closes", run.close)
        test.check("demo sync Google (App + SyncService)", google_sync(Path(tmp) / "google"))
        _logging_off()  # release the log files so the folder can be removed (Windows)
    seconds = time.perf_counter() - started
    failed = [r.name for r in test.results if r.status == FAILED]
    if failed:
        out(f"self-test FAILED ({len(failed)} of {len(test.results)}): {', '.join(failed)}")
        return 1
    out(f"self-test passed: {len(test.results)} checks in {seconds:.2f} s")
    return 0


def _logging_off() -> None:
    import logging

    for handler in logging.getLogger().handlers[:]:
        handler.close()
        logging.getLogger().removeHandler(handler)
