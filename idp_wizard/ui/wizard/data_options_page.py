"""Step 2: "User data options to synchronize" (the defaults are right; Continue)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QVBoxLayout

from idp_wizard.core.wizard import DataOptions, Step
from idp_wizard.ui.wizard.context import WizardContext
from idp_wizard.ui.wizard.widgets import WizardPage, text_label


class DataOptionsPage(WizardPage):
    step = Step.DATA_OPTIONS

    def __init__(self, ctx: WizardContext) -> None:
        super().__init__(ctx, "page_data_options")
        self.setTitle(self.tr("User data options to synchronize"))
        self.setSubTitle(self.tr("The defaults are right for nearly everyone."))
        always = [
            self.tr("Profile: first name, last name and display name"),
            self.tr("E-mail address"),
        ]
        optional = {
            "organisation": self.tr("&Organisation: department, job title, company and "
                                    "manager"),
            "location": self.tr("&Location: office and country"),
            "language": self.tr("L&anguage: the employee's preferred language"),
            "groups": self.tr("&Groups: group memberships, to choose employees by group"),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(text_label(self.tr("These details of each shared employee are "
                                            "synchronized:")))
        layout.addSpacing(4)
        for i, text in enumerate(always):
            box = QCheckBox(text)
            box.setObjectName(("data_profile", "data_email")[i])
            box.setChecked(True)
            box.setEnabled(False)  # always synced: the platform needs them
            box.setToolTip(self.tr("Always synchronized"))
            layout.addWidget(box)
        self.boxes: dict[str, QCheckBox] = {}
        for name, text in optional.items():
            box = QCheckBox(text)
            box.setObjectName(f"data_{name}")
            box.setChecked(True)
            self.boxes[name] = box
            layout.addWidget(box)
        layout.addSpacing(12)
        layout.addWidget(text_label(self.tr(
            "Profile and e-mail address are always synchronized. Nothing is ever written "
            "back to your directory.")))
        layout.addStretch(1)

    def initializePage(self) -> None:
        options = self.ctx.data.data_options
        for name, box in self.boxes.items():
            box.setChecked(getattr(options, name))

    def validatePage(self) -> bool:
        self.ctx.engine.set_data_options(DataOptions(
            **{name: box.isChecked() for name, box in self.boxes.items()}))
        return True
