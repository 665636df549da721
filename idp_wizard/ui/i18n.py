"""Interface language: ours (idp_wizard_<lang>.qm) and Qt's own (qtbase_<lang>.qm).

Qt's file matters too: without it a German wizard still says Back/Next/Cancel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

LANGUAGES = ("en", "de")
PSEUDO = "pseudo"  # stretched, accented test text (tools/translations.py): only on request
LANGUAGE_KEY = "ui_language"  # the settings dialog's choice: "", "en" or "de"
# Built by tools/translations.py into the package, so installed copies find them too.
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"


def choose_language(requested: str | None, saved: object = None) -> str:
    """`--lang` if given, else the saved choice, else the system's language when we have
    it, else English."""
    if requested in LANGUAGES or requested == PSEUDO:
        return requested
    if saved in LANGUAGES:
        return str(saved)
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def interface_language() -> str:
    """The language of the installed translation ("en" or "de"; English for the
    pseudo-locale and without one). Each translation names its own language, as Qt's
    own catalogue does its layout direction (QT_LAYOUT_DIRECTION), so this always
    answers for the translators installed now."""
    code = QCoreApplication.translate(
        "Language", "en", "The code of this translation's language (ISO 639-1), e.g. de")
    return code if code in LANGUAGES else "en"


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load and install the translations; returns them (keep them alive)."""
    # Dates and numbers in the same language (the pseudo-locale keeps English formats).
    QLocale.setDefault(QLocale("en" if lang == PSEUDO else lang))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English: the source strings, but a count of one needs its singular ("1 user"):
    # idp_wizard_en.qm holds the plural messages only.
    files = [(f"qtbase_{lang}", qt_dir)] if lang != "en" else []
    for name, folder in (*files, (f"idp_wizard_{lang}", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.info("no translation %s in %s", name, folder)
    return installed


def core_text(value: object) -> str:
    """A core `Message` (or an error carrying one) in the interface language; plain text
    (a provider's own words) as it is."""
    return core_text_renderer()(value)


def core_text_renderer() -> Callable[[object], str]:
    """`core_text` for many values in a row (a run's thousands of problems, on the GUI
    thread): each template is translated once and one locale writes every number."""
    from idp_wizard.core.messages import Message, text_of

    translated: dict[str, str] = {}
    locale = QLocale()

    def translate(template: str) -> str:
        found = translated.get(template)
        if found is None:
            found = translated[template] = QCoreApplication.translate("Core", template)
        return found

    def render(value: object) -> str:
        if isinstance(value, BaseException):
            carried = getattr(value, "message", None)
            value = carried if isinstance(carried, Message) else str(value)
        if not isinstance(value, Message):
            return str(value)
        return text_of(value, translate, locale.toString)

    return render
