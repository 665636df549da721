"""Screenshots of the panel, its dialogs and every wizard page, offscreen, in throw-away
demo profiles, for the docs and for checking translations and layouts by eye.

    python tools/screenshots.py                      # en and de -> docs/screenshots
    python tools/screenshots.py --lang pseudo        # pseudo-locale -> /tmp/screenshots_pseudo
    python tools/screenshots.py --lang de --out DIR
    python tools/screenshots.py --only clients        # just one group (panel, wizard, clients)

Writes <name>_<lang>.png: panel, panel_held, panel_empty, history, review_removals,
disconnect, settings, wizard_provider, wizard_data_options, wizard_sign_in,
wizard_permissions, wizard_filtering (+ _groups, _people, _matching, _nobody),
wizard_platform (+ _tested), wizard_finish_running, wizard_finish, filter_change_preview,
panel_platform_failed, clients_switcher, clients_overview, remove_client. The demo
profiles provision into the embedded demo platform, as the app does. Each language runs
in its own process, so no translator or locale leaks from one language into the next.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QWidget

from idp_wizard.app import App
from idp_wizard.compose import open_app, open_profile
from idp_wizard.core.connection import ConnectionState, save_filter, set_state
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.progress import Progress
from idp_wizard.core.records import ProviderName
from idp_wizard.core.wizard import Step, WizardMode
from idp_wizard.paths import ProfilePaths
from idp_wizard.ui.client_session import ClientSession
from idp_wizard.ui.i18n import install_translators
from idp_wizard.ui.launch import create_main_window, make_qapplication
from idp_wizard.ui.main_window import MainWindow
from idp_wizard.ui.tasks import InlineTaskRunner
from idp_wizard.ui.wizard import SetupWizard
from tests.flows import connect

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "screenshots"
PSEUDO_OUT = Path(tempfile.gettempdir()) / "screenshots_pseudo"


class Shooter:
    def __init__(self, out: Path, lang: str) -> None:
        self.out, self.lang = out, lang

    def __call__(self, widget: QWidget, name: str) -> None:
        QTest.qWait(60)  # a tool, not the app: let layouts and queued results land
        path = self.out / f"{name}_{self.lang}.png"
        widget.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def window_for(app: App) -> MainWindow:
    window = create_main_window(app, InlineTaskRunner(), start=False)
    window.resize(1100, 720)
    return window


def panel_shots(data: Path, shot: Shooter) -> None:
    app = open_app(ProfilePaths(data / "connected", demo=True), demo_size=250)
    connect(app, ProviderName.ENTRA)
    app.sync_service().run(trigger="wizard")
    app.demo.simulate_changes(2)
    app.sync_service().run(trigger="schedule")
    window = window_for(app)
    shot(window, "panel")
    window.panel.tabs.setCurrentWidget(window.panel.history)
    shot(window, "history")
    window.panel.tabs.setCurrentIndex(0)
    failed_only_shot(app, window, shot)
    window.confirm_disconnect()
    dialog = window.findChild(QDialog, "disconnect_dialog")
    shot(dialog, "disconnect")
    dialog.reject()
    settings = window.open_settings()
    settings.adjustSize()
    shot(settings, "settings")
    settings.reject()

    save_filter(app.store, FilterSpec.from_json(
        {"version": 1, "include": {"departments": ["Sales"]}}))
    app.sync_service().run(trigger="schedule")  # held by the deletion guard
    window.refresh()
    shot(window, "panel_held")
    window.review_removals()
    review = window.findChild(QDialog, "review_removals_dialog")
    shot(review, "review_removals")
    review.reject()
    window.close()
    app.close()

    empty = open_app(ProfilePaths(data / "empty", demo=True), demo_size=250)
    window = window_for(empty)
    shot(window, "panel_empty")
    window.close()
    empty.close()


def failed_only_shot(app: App, window: MainWindow, shot: Shooter) -> None:
    """One user refused by the platform (as a 400 naming an attribute is recorded), the
    table filtered to the failed users."""
    model = window.panel.users.model
    someone = model.user_id(3)
    with app.store.transaction() as db:
        db.execute("UPDATE platform_users SET status = 'failed', pending = 'update', "
                   "detail = 'The platform refused the user (400): Attribute ''title'' is "
                   "too long.' WHERE id = ?", [someone])
    window.refresh()
    QTest.qWait(100)
    window.panel.users.failed_only.setChecked(True)
    shot(window, "panel_platform_failed")
    window.panel.users.failed_only.setChecked(False)
    with app.store.transaction() as db:
        db.execute("UPDATE platform_users SET status = 'provisioned', pending = NULL, "
                   "detail = '' WHERE id = ?", [someone])
    window.refresh()


def wizard_shots(data: Path, shot: Shooter) -> None:
    """The whole NEW flow (Entra, demo), then "Edit user filters" with its preview."""
    app = open_app(ProfilePaths(data / "wizard", demo=True), demo_size=4800)
    runner = InlineTaskRunner()
    wizard = SetupWizard(app, runner)
    wizard.resize(1120, 720)  # the offscreen screen is small; a real one fits this
    wizard.show()
    shot(wizard, "wizard_provider")
    wizard.findChild(QWidget, "connect_entra").click()
    shot(wizard, "wizard_data_options")
    wizard.findChild(QWidget, "next_button").click()
    shot(wizard, "wizard_sign_in")
    wizard.findChild(QWidget, "sign_in_button").click()
    shot(wizard, "wizard_permissions")
    wizard.findChild(QWidget, "accept_permissions_button").click()
    QTest.qWait(200)  # the rules sync's result
    editor = wizard.pages[Step.FILTERING].editor  # type: ignore[attr-defined]
    editor.include["departments"].set_values(("Sales", "Marketing"))
    editor.setSpec(editor.spec())
    editor.attributes.setCurrentRow(1)
    shot(wizard, "wizard_filtering")
    editor.attributes.setCurrentRow(0)
    shot(wizard, "wizard_filtering_groups")
    editor.attributes.setCurrentRow(editor.attributes.count() - 1)
    editor.people.search.setText("an")
    shot(wizard, "wizard_filtering_people")
    editor.attributes.setCurrentRow(1)
    editor.tabs.setCurrentIndex(1)
    shot(wizard, "wizard_filtering_matching")
    editor.tabs.setCurrentIndex(0)
    editor.setSpec(FilterSpec(include={**FilterSpec().include, "departments": ("Nope",)}))
    shot(wizard, "wizard_filtering_nobody")
    editor.setSpec(FilterSpec(include={**FilterSpec().include, "departments": ("Sales",)}))
    wizard.findChild(QWidget, "share_button").click()
    QTest.qWait(100)
    shot(wizard, "wizard_platform")
    wizard.findChild(QWidget, "test_platform_button").click()
    QTest.qWait(300)
    shot(wizard, "wizard_platform_tested")
    # What "Use this platform" does, done here directly so the first sync's result stays
    # queued: the running state is grabbed before it lands.
    wizard.engine.save_platform(wizard.engine.platform_prefill(), None)
    wizard.next()
    finish = wizard.pages[Step.FINISH]
    finish._progress(Progress("users", 1250))  # type: ignore[attr-defined]
    wizard.grab().save(str(shot.out / f"wizard_finish_running_{shot.lang}.png"))
    QTest.qWait(300)
    shot(wizard, "wizard_finish")
    wizard.accept()

    edit = SetupWizard(app, runner, WizardMode.EDIT_FILTERS)
    edit.resize(1120, 720)
    edit.show()
    QTest.qWait(200)
    page = edit.pages[Step.FILTERING]
    page.editor.setSpec(FilterSpec(include={  # type: ignore[attr-defined]
        **FilterSpec().include, "departments": ("Marketing", "Engineering")}))
    edit.findChild(QWidget, "share_button").click()
    QTest.qWait(300)  # the change preview is planned on the task runner
    preview = page.preview  # type: ignore[attr-defined]
    preview.findChild(QWidget, "show_added_button").click()
    preview.resize(600, 520)
    shot(preview, "filter_change_preview")
    preview.reject()
    edit.reject()
    app.close()


def clients_shots(data: Path, shot: Shooter) -> None:
    """Several demo clients (each its own tenant): the switcher above the panel, the
    overview with its marks, and the removal's confirmation."""
    profile = open_profile(ProfilePaths(data / "clients", demo=True))
    first = profile.clients()[0]
    profile.rename(first.name, "Contoso")
    plan = [("Contoso", ProviderName.ENTRA), ("Fabrikam", ProviderName.GOOGLE),
            ("Northwind Traders", ProviderName.ENTRA), ("Adventure Works", ProviderName.GOOGLE),
            ("Tailspin Toys", None)]
    for name, provider in plan:
        client = profile.find(name) if name == "Contoso" else profile.add(name)
        if provider is None:
            continue
        app = profile.open(client.id)
        connect(app, provider)
        app.sync_service().run(trigger="wizard")
        if name == "Northwind Traders":  # the directory lost people: held
            save_filter(app.store, FilterSpec.from_json(
                {"version": 1, "include": {"departments": ["Legal"]}}), client.id)
            app.sync_service().run(trigger="schedule")
        if name == "Adventure Works":
            set_state(app.store, ConnectionState.NEEDS_REAUTHORIZATION,
                      "The sign-in was revoked.", client.id)
        app.close()
    app = profile.open(profile.find("Contoso").id)
    window = create_main_window(app, InlineTaskRunner(), start=False,
                                session=ClientSession(profile, app))
    window.resize(1100, 720)
    shot(window, "clients_switcher")
    window.clients.show_overview()
    window.clients.overview.table.selectRow(
        window.clients.overview.model.row_of(profile.find("Fabrikam").id))
    shot(window, "clients_overview")
    window.clients.remove_client(profile.find("Fabrikam").id)
    dialog = window.findChild(QDialog, "remove_client_dialog")
    dialog.findChild(QWidget, "remove_client_confirm_checkbox").setChecked(True)
    shot(dialog, "remove_client")
    dialog.reject()
    window.close()
    app.close()
    profile.close()


GROUPS = {"panel": panel_shots, "wizard": wizard_shots, "clients": clients_shots}


def shoot(lang: str, out: Path, only: list[str] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    qapp = make_qapplication([sys.argv[0], "-platform", "offscreen"])
    translators = install_translators(qapp, lang)
    shot = Shooter(out, lang)
    with tempfile.TemporaryDirectory() as tmp:
        for name, group in GROUPS.items():
            if not only or name in only:
                group(Path(tmp), shot)
    del translators


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", action="append", choices=["en", "de", "pseudo"],
                   help="repeatable; default: en and de")
    p.add_argument("--out", type=Path,
                   help=f"default: {DOCS.relative_to(ROOT)} ({PSEUDO_OUT} for pseudo)")
    p.add_argument("--only", action="append", choices=sorted(GROUPS),
                   help="repeatable; default: every group")
    args = p.parse_args()
    langs = args.lang or ["en", "de"]
    if len(langs) == 1:
        shoot(langs[0], args.out or (PSEUDO_OUT if langs[0] == "pseudo" else DOCS), args.only)
        return 0
    for lang in langs:  # one process each: a clean QApplication, locale and translators
        cmd = [sys.executable, __file__, "--lang", lang]
        if args.out:
            cmd += ["--out", str(args.out)]
        for group in args.only or ():
            cmd += ["--only", group]
        subprocess.run(cmd, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
