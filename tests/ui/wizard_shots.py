"""Screenshots of every wizard page (English), for checking the layout by eye.

    QT_QPA_PLATFORM=offscreen python -m tests.ui.wizard_shots [OUT_DIR] [--google]

Not a test (pytest does not collect it); the tests walk the same flow.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QWidget

from idp_wizard.app import App
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.progress import Progress
from idp_wizard.core.wizard import WizardMode
from idp_wizard.paths import ProfilePaths
from idp_wizard.ui.tasks import InlineTaskRunner
from idp_wizard.ui.wizard import SetupWizard


def pump(app: QCoreApplication, rounds: int = 5) -> None:
    for _ in range(rounds):  # a script, not the app: let queued task signals arrive
        app.processEvents()


def main(out: Path, provider: str) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    qapp = QApplication.instance() or QApplication(sys.argv)
    out.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp())
    app = App(ProfilePaths(data, demo=True), demo_size=4800)
    runner = InlineTaskRunner()
    wizard = SetupWizard(app, runner)
    wizard.show()
    pump(qapp)

    def shot(name: str, widget: QWidget | None = None) -> None:
        pump(qapp)
        (widget or wizard).grab().save(str(out / f"{provider}_{name}.png"))

    shot("1_provider")
    wizard.findChild(QWidget, f"connect_{provider}").click()
    shot("2_data_options")
    wizard.findChild(QWidget, "next_button").click()
    shot("3_sign_in")
    wizard.findChild(QWidget, "sign_in_button").click()
    pump(qapp)
    shot("4_permissions")
    wizard.findChild(QWidget, "accept_permissions_button").click()
    pump(qapp)
    page = wizard.pages[next(s for s in wizard.pages if s.name == "FILTERING")]
    editor = page.editor  # type: ignore[attr-defined]
    editor.include["departments"].set_values(("Sales", "Marketing"))
    editor.setSpec(editor.spec())
    shot("5_filtering")
    editor.attributes.setCurrentRow(0)
    shot("5b_filtering_groups")
    editor.attributes.setCurrentRow(6)  # org units (hidden for Entra, which has none)
    shot("5f_filtering_org_units")
    editor.attributes.setCurrentRow(editor.attributes.count() - 1)
    editor.people.search.setText("an")
    shot("5c_filtering_people")
    editor.attributes.setCurrentRow(0)
    editor.tabs.setCurrentIndex(1)
    shot("5d_filtering_matching")
    editor.tabs.setCurrentIndex(0)
    editor.setSpec(FilterSpec(include={**FilterSpec().include, "departments": ("Nope",)}))
    shot("5e_filtering_nobody")
    editor.setSpec(FilterSpec(include={**FilterSpec().include, "departments": ("Sales",)}))
    wizard.findChild(QWidget, "share_button").click()
    finish = wizard.pages[next(s for s in wizard.pages if s.name == "FINISH")]
    finish._progress(Progress("users", 1250))  # type: ignore[attr-defined]
    wizard.grab().save(str(out / f"{provider}_6a_finish_running.png"))  # before results
    pump(qapp, 20)
    shot("6b_finish")
    wizard.accept()

    edit = SetupWizard(app, runner, WizardMode.EDIT_FILTERS)
    edit.show()
    pump(qapp)
    epage = edit.pages[next(s for s in edit.pages if s.name == "FILTERING")]
    eeditor = epage.editor  # type: ignore[attr-defined]
    eeditor.setSpec(FilterSpec(include={**FilterSpec().include,
                                        "departments": ("Marketing", "Engineering")}))
    edit.findChild(QWidget, "share_button").click()
    pump(qapp)
    dialog = epage.preview  # type: ignore[attr-defined]
    dialog.findChild(QWidget, "show_added_button").click()
    shot("7_edit_preview", dialog)
    dialog.reject()
    edit.reject()
    app.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(Path(args[0] if args else "/tmp/wizard_shots"),
         "google" if "--google" in sys.argv else "entra")
