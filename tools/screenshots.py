"""Screenshots of the panel, its dialogs and the wizard, offscreen, in a throw-away demo.

    python tools/screenshots.py [--lang en|de] [--out docs/screenshots]

Writes panel_<lang>.png, panel_held_<lang>.png, history_<lang>.png,
review_removals_<lang>.png, disconnect_<lang>.png, panel_empty_<lang>.png and, when the
setup wizard is installed, wizard_<page>_<lang>.png for each page it reaches.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from idp_wizard.app import App
from idp_wizard.core.connection import save_filter
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.records import ProviderName
from idp_wizard.paths import ProfilePaths
from idp_wizard.ui.i18n import install_translators
from idp_wizard.ui.launch import create_main_window, make_qapplication
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.tasks import InlineTaskRunner

ROOT = Path(__file__).resolve().parent.parent


def settle(ms: int = 50) -> None:
    QTest.qWait(ms)  # a tool, not the app: let layouts and queued results land


def wait_for(check: Callable[[], bool], ms: int = 10_000) -> bool:
    for _ in range(ms // 20):
        if check():
            return True
        QTest.qWait(20)
    return check()


def save(widget: QWidget, out: Path, name: str, lang: str) -> None:
    settle()
    path = out / f"{name}_{lang}.png"
    widget.grab().save(str(path))
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def window_for(app: App) -> MainWindow:
    window = create_main_window(app, InlineTaskRunner(), start=False)
    window.resize(1100, 720)
    return window


def panel_shots(data: Path, out: Path, lang: str) -> None:
    app = App(ProfilePaths(data / "connected", demo=True), demo_size=250)
    app.connect_demo(ProviderName.ENTRA)
    app.sync_service().run(trigger="wizard")
    app.simulate_changes(2)
    app.sync_service().run(trigger="schedule")
    window = window_for(app)
    save(window, out, "panel", lang)
    window.panel.tabs.setCurrentWidget(window.panel.history)
    save(window, out, "history", lang)
    window.panel.tabs.setCurrentIndex(0)
    window.confirm_disconnect()
    dialog = window.findChild(QDialog, "disconnect_dialog")
    save(dialog, out, "disconnect", lang)
    dialog.reject()

    save_filter(app.store, FilterSpec.from_json(
        {"version": 1, "include": {"departments": ["Sales"]}}))
    app.sync_service().run(trigger="schedule")  # held by the deletion guard
    window.refresh()
    save(window, out, "panel_held", lang)
    window.review_removals()
    review = window.findChild(QDialog, "review_removals_dialog")
    save(review, out, "review_removals", lang)
    review.reject()
    window.close()
    app.close()

    empty = App(ProfilePaths(data / "empty", demo=True), demo_size=250)
    window = window_for(empty)
    save(window, out, "panel_empty", lang)
    wizard_shots(window, out, lang)
    window.close()
    empty.close()


def wizard_shots(window: MainWindow, out: Path, lang: str) -> None:
    """Best effort: walk the demo wizard forward, saving each page it shows."""
    wizard = window.open_wizard("NEW")
    if wizard is None:
        print("setup wizard not installed: no wizard screenshots")
        return
    seen: set[str] = set()
    for _ in range(10):
        page = wizard.currentPage()  # type: ignore[attr-defined]
        name = page.objectName() if page is not None else ""
        if not name or name in seen:
            break
        seen.add(name)
        save(wizard, out, f"wizard_{name.removeprefix('page_')}", lang)
        for button in ("connect_entra", "sign_in_button", "accept_permissions_button",
                       "share_button"):
            found = page.findChild(QPushButton, button)
            if found is not None and found.isVisible() and found.isEnabled():
                found.click()
                break
        else:
            wizard.next()  # type: ignore[attr-defined]
        wait_for(lambda n=name: (wizard.currentPage() is None or  # type: ignore[attr-defined]
                                 wizard.currentPage().objectName() != n), 5_000)  # type: ignore[attr-defined]
        settle(300)  # pages that load (rules sync) show their result
    wizard.reject()  # type: ignore[attr-defined]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", choices=["en", "de"], default="en")
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = p.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    qapp = make_qapplication([sys.argv[0], "-platform", "offscreen"])
    translators = install_translators(qapp, args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        panel_shots(Path(tmp), args.out, args.lang)
    del translators
    return 0


if __name__ == "__main__":
    sys.exit(main())
