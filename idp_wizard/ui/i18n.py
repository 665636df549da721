"""Interface language: ours (idp_wizard_<lang>.qm) and Qt's own (qtbase_<lang>.qm).

Qt's file matters too: without it a German wizard still says Back/Next/Cancel.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("en", "de")
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


def choose_language(requested: str | None) -> str:
    """`--lang` if given, else the system's language when we have it, else English."""
    if requested in LANGUAGES:
        return requested
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load and install the translations; returns them (keep them alive)."""
    QLocale.setDefault(QLocale(lang))  # dates and numbers in the same language
    installed: list[QTranslator] = []
    if lang == "en":
        return installed  # the source strings are English
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"idp_wizard_{lang}",
                                                      str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("no translation %s in %s", name, folder)
    return installed
