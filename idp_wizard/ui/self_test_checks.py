"""What a frozen bundle most often loses, checked one by one: Qt's platform and image
plugins, our resources, the translations (ours and Qt's qtbase_de.qm), the built-in app
registrations and the keychain backend. Each check returns a detail line or raises."""

from __future__ import annotations

import sys
from collections.abc import Callable

from idp_wizard.ui.self_test_base import Skip

# Strings our German .qm must translate (any one is enough: wording may change).
KNOWN_STRINGS = (("MainWindow", "&Sync now"), ("MainWindow", "IdP Wizard"),
                 ("MainWindow", "Syncing…"), ("SetupWizard", "Connect an identity provider"))


def qt_starts() -> str:
    from PySide6.QtCore import QLibraryInfo, qVersion
    from PySide6.QtWidgets import QApplication

    from idp_wizard.ui.launch import make_qapplication

    qapp = make_qapplication([sys.argv[0]])
    if not isinstance(qapp, QApplication):
        raise RuntimeError("no QApplication")
    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    return f"Qt {qVersion()}, platform {qapp.platformName()}, plugins in {plugins}"


def app_icon() -> str:
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


def logos() -> str:
    from PySide6.QtGui import QIcon
    from PySide6.QtSvg import QSvgRenderer

    from idp_wizard.resources import resource_path

    names = ("entra.svg", "google.svg", "microsoft.svg")
    for name in names:
        path = str(resource_path(name))
        if not QSvgRenderer(path).isValid():
            raise RuntimeError(f"{name}: QtSvg cannot render it")
        if QIcon(path).pixmap(64, 64).isNull():  # needs the svg icon engine plugin
            raise RuntimeError(f"{name}: no QIcon (svg icon engine plugin missing?)")
    return ", ".join(names)


def translations(lang: str) -> Callable[[], str]:
    def check() -> str:
        from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

        from idp_wizard.ui.i18n import TRANSLATIONS_DIR, install_translators

        app = QCoreApplication.instance()
        assert app is not None
        translators = install_translators(app, lang)
        try:
            if lang == "en":  # the source strings, and the singulars of counts
                one = QCoreApplication.translate("UsersView", "%Ln users", "", 1)
                if one != "1 user":
                    raise RuntimeError(f"idp_wizard_en.qm missing or not loaded: {one!r}")
                return f"source strings; '%Ln users' (1) -> {one!r}"
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


def built_in_registrations() -> str:
    from idp_wizard import build_config
    from idp_wizard.providers.google_client import validate_client_config

    if build_config.GOOGLE_CLIENT_CONFIG:
        validate_client_config(build_config.GOOGLE_CLIENT_CONFIG, "the built-in Google client")
    entra = "set" if build_config.ENTRA_CLIENT_ID else "none"
    google = "set" if build_config.GOOGLE_CLIENT_CONFIG else "none"
    return f"Entra client id: {entra}; Google client: {google}"


def keychain_backend() -> str:
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


def socks_proxies() -> str:
    """SOCKS proxy support is frozen in: httpx's (socksio) and the sign-in's (PySocks,
    urllib3's SOCKS pools, ours over them). Both are loaded only when a proxy is used,
    so an analysis change could drop them unseen. No connection is made."""
    import httpx

    from idp_wizard.providers.deadline import DeadlineTransport
    from idp_wizard.providers.token_watch import DeadlineHTTPAdapter

    DeadlineTransport(proxy=httpx.Proxy("socks5://127.0.0.1:1080")).close()
    adapter = DeadlineHTTPAdapter()
    try:
        manager = adapter.proxy_manager_for("socks5h://127.0.0.1:1080")
        pools = sorted(cls.__name__ for cls in manager.pool_classes_by_scheme.values())
    finally:
        adapter.close()
    return f"httpx: socksio; sign-in: PySocks ({', '.join(pools)})"
