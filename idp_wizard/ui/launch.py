"""Start the desktop app: QApplication, language, the App (profile), the main window."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from idp_wizard.app import App
from idp_wizard.compose import open_profile
from idp_wizard.core.errors import IdpWizardError
from idp_wizard.logs import setup_logging
from idp_wizard.paths import APP_NAME, ProfilePaths
from idp_wizard.ui import pyside_fixes
from idp_wizard.ui.client_session import ClientSession
from idp_wizard.ui.i18n import LANGUAGE_KEY, choose_language, core_text, install_translators
from idp_wizard.ui.logos import logo_icon
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.panel_texts import fmt
from idp_wizard.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def make_qapplication(argv: list[str] | None = None) -> QApplication:
    """The QApplication (or the one already running, as under pytest-qt)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Qt 6 scales for high DPI by itself; pass fractional factors (125 %, 150 %) through.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    # Workers (syncs) and the GUI share the GIL. Every Qt paint calls back into Python
    # (model.data) and each call may wait a whole switch interval for the GIL: 5 ms by
    # default turns one repaint during a sync into a visible freeze. 1 ms keeps the
    # window fluid (measured: benchmarks/bench_gui.py gui_max_stall_ms) at little cost.
    sys.setswitchinterval(0.001)
    qapp = QApplication(argv if argv is not None else sys.argv[:1])
    pyside_fixes.apply()  # before the first sync reports progress
    qapp.setApplicationName(APP_NAME)
    qapp.setApplicationDisplayName(APP_NAME)
    qapp.setOrganizationName(APP_NAME)
    qapp.setDesktopFileName("idp-wizard")
    qapp.setWindowIcon(app_icon())
    return qapp


def app_icon() -> QIcon:
    """Every drawn size, so title bars and task bars pick a crisp one, not a scaled one."""
    return logo_icon(None)


def create_main_window(app_ctx: App, runner: TaskRunner, *, start: bool = True,
                       session: ClientSession | None = None) -> MainWindow:
    """Build and show the main window; `start`: open the wizard when nothing is connected.
    `session`: the profile's clients (default: one made for `app_ctx`).

    No event loop here, so tests and benchmarks can drive the window directly."""
    window = MainWindow(app_ctx, runner, session=session)
    window.show()
    if start:
        window.start()
    return window


def _excepthook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """A bug in a slot: log the traceback, tell the admin briefly, keep running."""
    log.critical("internal error", exc_info=(kind, exc, tb))
    if QApplication.instance() is not None:
        QMessageBox.critical(None, APP_NAME, fmt(QCoreApplication.translate(
            "Launch", "An internal error occurred (%1). Details are in the log file."),
            kind.__name__))


def saved_language(app_ctx: App) -> object:
    """The settings dialog's language choice ("" = the system's), if readable."""
    try:
        return app_ctx.store.setting(LANGUAGE_KEY, "")
    except IdpWizardError:
        return ""


def run_gui(paths: ProfilePaths, demo_size: int | None = None, lang: str | None = None,
            argv: list[str] | None = None) -> int:
    qapp = make_qapplication(argv)
    try:
        setup_logging(paths.log_dir)
        profile = open_profile(paths, demo_size=demo_size)
        try:
            app_ctx = profile.open(ClientSession.start_client(profile))
        except BaseException:
            profile.close()
            raise
    except (IdpWizardError, OSError) as exc:  # e.g. a damaged database, a read-only folder
        install_translators(qapp, choose_language(lang))  # parented to qapp: kept alive
        text = core_text(exc) if isinstance(exc, IdpWizardError) else fmt(
            QCoreApplication.translate("Launch", "Cannot write to the data folder %1 (%2)."),
            paths.data_dir, exc.strerror or type(exc).__name__)
        QMessageBox.critical(None, APP_NAME, text)
        return 1
    # The profile is open before any window exists: its saved language applies from here.
    translators = install_translators(qapp, choose_language(lang, saved_language(app_ctx)))
    sys.excepthook = _excepthook
    runner = TaskRunner(qapp)
    session = ClientSession(profile, app_ctx)
    try:
        window = create_main_window(app_ctx, runner, session=session)
        code = qapp.exec()
        del window
    finally:
        runner.wait_for_done(10_000)
        session.close()  # the shown client's App (it may have been switched) and the profile
        del translators
    return code
