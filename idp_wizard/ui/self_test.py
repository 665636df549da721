"""`idp-wizard --self-test`: is this installation whole? (Run after every packaged build.)

Checks what a frozen bundle most often loses: Qt's platform and image plugins, our
resources, the translations (ours and Qt's qtbase_de.qm), the late-imported setup
wizard, and the provider code a demo sync runs through. Everything happens offscreen in
a temporary data folder; nothing touches the admin's profile, keychain or network.
Prints one line per check and exits 0 only if none failed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QAbstractButton, QWizard

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext

    from idp_wizard.app import App
    from idp_wizard.ui.main_window import MainWindow

OK, FAILED, SKIPPED = "OK", "FAILED", "SKIPPED"
DEMO_SIZE = 50
WAIT_MS = 30_000
# Strings our German .qm must translate (any one is enough: wording may change).
KNOWN_STRINGS = (("MainWindow", "&Sync now"), ("MainWindow", "IdP Wizard"),
                 ("MainWindow", "Syncing…"), ("SetupWizard", "Connect an identity provider"))


class Skip(Exception):
    """The check cannot apply here (e.g. no German .qm built yet); not a failure."""


@dataclass
class Result:
    name: str
    status: str
    detail: str
    seconds: float


class SelfTest:
    def __init__(self, out: Callable[[str], None]) -> None:
        self.out = out
        self.results: list[Result] = []

    def check(self, name: str, fn: Callable[[], str]) -> bool:
        start = time.perf_counter()
        try:
            status, detail = OK, fn()
        except Skip as exc:
            status, detail = SKIPPED, str(exc)
        except Exception as exc:  # report every failure, keep checking the rest
            status, detail = FAILED, f"{type(exc).__name__}: {exc}"
        result = Result(name, status, detail, time.perf_counter() - start)
        self.results.append(result)
        self.out(f"[{status:^7}] {name} ({result.seconds:.2f} s)"
                 + (f": {detail}" if detail else ""))
        return status != FAILED

    @property
    def passed(self) -> bool:
        return all(r.status != FAILED for r in self.results)


def _wait(check: Callable[[], bool], what: str, ms: int = WAIT_MS) -> None:
    """Let queued signals (task results, page changes) land; a test tool, not app code."""
    from PySide6.QtCore import QEventLoop

    loop = QEventLoop()
    deadline = time.monotonic() + ms / 1000
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def _qt_starts() -> str:
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtWidgets import QApplication

    from idp_wizard.ui.launch import make_qapplication

    qapp = make_qapplication([sys.argv[0]])
    if not isinstance(qapp, QApplication):
        raise RuntimeError("no QApplication")
    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    return f"Qt {qVersion()}, platform {qapp.platformName()}, plugins in {plugins}"


def _app_icon() -> str:
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication

    from idp_wizard.resources import resource_path

    icon = QApplication.windowIcon()
    sizes = sorted(s.width() for s in icon.availableSizes())
    if icon.isNull() or not {16, 32, 256} <= set(sizes):
        raise RuntimeError(f"window icon missing or incomplete (sizes {sizes})")
    if QPixmap(str(resource_path("app_icon.png"))).isNull():
        raise RuntimeError("app_icon.png does not load")
    return f"sizes {sizes}"


def _logos() -> str:
    from PySide6.QtGui import QIcon
    from PySide6.QtSvg import QSvgRenderer

    from idp_wizard.resources import resource_path

    for name in ("entra.svg", "google.svg"):
        path = str(resource_path(name))
        if not QSvgRenderer(path).isValid():
            raise RuntimeError(f"{name}: QtSvg cannot render it")
        if QIcon(path).pixmap(64, 64).isNull():  # needs the svg icon engine plugin
            raise RuntimeError(f"{name}: no QIcon (svg icon engine plugin missing?)")
    return "entra.svg, google.svg"


def _translations(lang: str) -> Callable[[], str]:
    def check() -> str:
        from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

        from idp_wizard.ui.i18n import TRANSLATIONS_DIR, install_translators

        app = QCoreApplication.instance()
        assert app is not None
        translators = install_translators(app, lang)
        try:
            if lang == "en":
                if translators:
                    raise RuntimeError("English should need no translator")
                return "source strings"
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            qt_next = QCoreApplication.translate("QWizard", "&Next >")
            if qt_next == "&Next >":
                raise RuntimeError(f"qtbase_{lang}.qm missing or not loaded (from {qt_dir})")
            ours = TRANSLATIONS_DIR / f"idp_wizard_{lang}.qm"
            if not ours.exists():
                raise Skip(f"Qt's own: '&Next >' -> {qt_next!r}; but {ours.name} is not "
                           f"built yet (no translations in {TRANSLATIONS_DIR})")
            probe = QTranslator()
            if not probe.load(str(ours)):
                raise RuntimeError(f"{ours.name} is not a valid .qm file")
            if probe.isEmpty():
                raise Skip(f"Qt's own: '&Next >' -> {qt_next!r}; but {ours.name} holds no "
                           "finished translations yet")
            for context, text in KNOWN_STRINGS:
                translated = QCoreApplication.translate(context, text)
                if translated != text:
                    return f"'&Next >' -> {qt_next!r}; {text!r} -> {translated!r}"
            raise RuntimeError(f"{ours.name} loads but translates none of {KNOWN_STRINGS}")
        finally:
            for translator in translators:
                app.removeTranslator(translator)
    return check


def _built_in_registrations() -> str:
    from idp_wizard import build_config
    from idp_wizard.providers.google_client import validate_client_config

    if build_config.GOOGLE_CLIENT_CONFIG:
        validate_client_config(build_config.GOOGLE_CLIENT_CONFIG, "the built-in Google client")
    entra = "set" if build_config.ENTRA_CLIENT_ID else "none"
    google = "set" if build_config.GOOGLE_CLIENT_CONFIG else "none"
    return f"Entra client id: {entra}; Google client: {google}"


def _keychain_backend() -> str:
    """The OS keychain backend is frozen in (touches no keychain: import and priority)."""
    import importlib

    name, cls = {"win32": ("keyring.backends.Windows", "WinVaultKeyring"),
                 "darwin": ("keyring.backends.macOS", "Keyring")}.get(
        sys.platform, ("keyring.backends.SecretService", "Keyring"))
    backend = getattr(importlib.import_module(name), cls)
    if sys.platform in ("win32", "darwin"):
        backend.priority  # noqa: B018 -- raises when its native bindings are missing
        return f"{name}.{cls} usable"
    return f"{name}.{cls} bundled (whether a keychain runs is checked at sign-in)"


class _WizardRun:
    """The setup wizard, opened at start-up as with no connection, walked to Finish."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self._app: App | None = None
        self._window: MainWindow | None = None

    @property
    def app(self) -> App:
        if self._app is None:
            raise RuntimeError("the demo profile did not open")
        return self._app

    @property
    def window(self) -> MainWindow:
        if self._window is None:
            raise RuntimeError("the main window did not open")
        return self._window

    def open(self) -> str:
        from idp_wizard.compose import open_app
        from idp_wizard.paths import ProfilePaths
        from idp_wizard.ui.launch import create_main_window
        from idp_wizard.ui.tasks import InlineTaskRunner

        self._app = open_app(ProfilePaths(self.data_dir, demo=True), demo_size=DEMO_SIZE)
        self._window = create_main_window(self._app, InlineTaskRunner(), start=True)
        if self.window.wizard is None:
            raise RuntimeError("the setup wizard did not open (see the log)")
        _wait(lambda: self._page() == "page_provider", "page_provider")
        return f"main window shown, wizard at {self._page()}"

    def _page(self) -> str:
        wizard = self.window.wizard
        page = wizard.currentPage() if isinstance(wizard, QWizard) else None
        return page.objectName() if page is not None else ""

    def _click(self, name: str) -> None:
        wizard = self.window.wizard
        button = wizard.findChild(QAbstractButton, name) if wizard is not None else None
        if button is None:
            raise RuntimeError(f"no button {name} on {self._page()}")
        _wait(lambda: button.isVisible() and button.isEnabled(), f"{name} enabled")
        button.click()

    def walk(self) -> str:
        from idp_wizard.core.users import count_users

        steps = (("connect_entra", "page_data_options"), ("next_button", "page_sign_in"),
                 ("sign_in_button", "page_permissions"),
                 ("accept_permissions_button", "page_filtering"),
                 ("share_button", "page_finish"))
        for button, page in steps:
            self._click(button)
            _wait(lambda p=page: self._page() == p, page)
        self._click("finish_button")
        _wait(lambda: self.window.wizard is None, "the wizard to close")
        synced = count_users(self.app.store)
        if synced <= 0:
            raise RuntimeError("the wizard's initial sync synced nobody")
        return f"Entra demo tenant: {synced} of {DEMO_SIZE} employees synced"

    def sync_again(self) -> str:
        outcome = self.app.sync_service().run(trigger="self-test")
        if outcome.status != "succeeded" or outcome.synced_users <= 0:
            raise RuntimeError(f"sync {outcome.status} {outcome.error}".strip())
        return f"{outcome.mode} sync {outcome.status}, {outcome.synced_users} synced users"

    def close(self) -> str:
        if self._window is not None:
            self._window.close()
            self._window.deleteLater()
        if self._app is not None:
            self._app.close()
        return ""


def _google_sync(data_dir: Path) -> Callable[[], str]:
    def check() -> str:
        from idp_wizard.compose import open_app
        from idp_wizard.core.records import ProviderName
        from idp_wizard.core.wizard_engine import connect_with_defaults
        from idp_wizard.paths import ProfilePaths

        app = open_app(ProfilePaths(data_dir, demo=True), demo_size=DEMO_SIZE)
        try:
            connect_with_defaults(app, ProviderName.GOOGLE)
            outcome = app.sync_service().run(trigger="self-test")
            if outcome.status != "succeeded" or outcome.synced_users <= 0:
                raise RuntimeError(f"sync {outcome.status} {outcome.error}".strip())
            return f"Google demo tenant: {outcome.synced_users} of {DEMO_SIZE} synced"
        finally:
            app.close()
    return check


def quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # The offscreen platform warns on every window it cannot resize; noise, not a fault.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def safe_stdout() -> None:
    """A piped Windows console encodes as cp1252: replace, never crash, on other text."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")


def run_self_test(out: Callable[[str], None] = print) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(quiet_offscreen)
    safe_stdout()
    started = time.perf_counter()
    from idp_wizard import __version__

    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    out(f"IdP Wizard {__version__} self-test ({frozen}, Python {sys.version.split()[0]})")
    test = SelfTest(out)
    if not test.check("Qt starts", _qt_starts):
        out("self-test FAILED: Qt cannot start, nothing else can be checked")
        return 1
    test.check("application icon", _app_icon)
    test.check("provider logos (SVG)", _logos)
    test.check("translations en", _translations("en"))
    test.check("translations de (Qt's and ours)", _translations("de"))
    test.check("built-in app registrations", _built_in_registrations)
    test.check("keychain backend", _keychain_backend)
    with tempfile.TemporaryDirectory(prefix="idp-wizard-self-test-") as tmp:
        run = _WizardRun(Path(tmp) / "wizard")
        if test.check("setup wizard opens (demo)", run.open):
            test.check("wizard: connect, share, initial sync", run.walk)
            test.check("demo sync again (App + SyncService)", run.sync_again)
        test.check("closes", run.close)
        test.check("demo sync Google (App + SyncService)", _google_sync(Path(tmp) / "google"))
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
