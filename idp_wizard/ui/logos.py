"""The providers' logos (SVG in idp_wizard/resources), as widgets and renderers.

`entra.svg` and `google.svg` stand for the directories (provider cards, the panel
header, the empty panel); `microsoft.svg` is the four-square Microsoft logo that
Microsoft's sign-in branding guidelines put on "Sign in with Microsoft", and the
Google "G" (google.svg) is the mark Google's guidelines put on "Sign in with Google".
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QWidget

from idp_wizard.core.records import ProviderName
from idp_wizard.resources import app_icon_paths, resource_path
from idp_wizard.ui.wording import fmt

PRODUCT_LOGOS = {ProviderName.ENTRA: "entra.svg", ProviderName.GOOGLE: "google.svg"}
SIGN_IN_MARKS = {ProviderName.ENTRA: "microsoft.svg", ProviderName.GOOGLE: "google.svg"}


@cache
def renderer(name: str) -> QSvgRenderer:
    """One renderer per file (painting widgets draw it at their own size)."""
    return QSvgRenderer(str(resource_path(name)))


def provider_logo(provider: ProviderName, size: int, parent: QWidget | None = None
                  ) -> QSvgWidget:
    """The directory's logo, `size` px square, named for screen readers."""
    logo = QSvgWidget(str(resource_path(PRODUCT_LOGOS[provider])), parent)
    logo.setFixedSize(size, size)
    logo.setObjectName(f"{provider.value}_logo")
    logo.setAccessibleName(logo_name(provider))
    return logo


def logo_name(provider: ProviderName) -> str:
    return fmt(QCoreApplication.translate("Logos", "%1 logo"), provider.title)


def logo_icon(provider: ProviderName | None) -> QIcon:
    """The directory's logo as an icon (any size, crisp); for None the app's icon in
    every drawn size, so title bars and task bars pick a crisp one."""
    if provider is not None:
        return QIcon(str(resource_path(PRODUCT_LOGOS[provider])))
    icon = QIcon()
    for path in app_icon_paths():
        icon.addFile(str(path))
    return icon
