"""Settings: sync interval, deletion threshold, language, app registration, data folder
and the diagnostics export. The sync and registration settings are the current
client's; the language and the data folder are the whole app's.

Opened from the ⋮ menu (action_settings) while no operation runs, so writing the
settings never races a sync on the store. The sync interval is applied by the main
window through the SyncController (the same setting the panel's spin box edits).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from idp_wizard.app import App
from idp_wizard.core.client_settings import client_setting
from idp_wizard.core.errors import IdpWizardError, UsageError
from idp_wizard.core.guard import DEFAULT_DELETION_COUNT, DEFAULT_DELETION_PERCENT
from idp_wizard.core.os_errors import os_reason
from idp_wizard.diagnostics import export_diagnostics
from idp_wizard.ui.i18n import LANGUAGE_KEY, core_text
from idp_wizard.ui.scrolling import ScrollingBody
from idp_wizard.ui.settings_platform import PlatformBox
from idp_wizard.ui.settings_registration import RegistrationBox
from idp_wizard.ui.spin_box import SuffixSpinBox
from idp_wizard.ui.sync_controller import MAX_INTERVAL, MIN_INTERVAL
from idp_wizard.ui.tasks import InlineTaskRunner, TaskRunner
from idp_wizard.ui.wording import fmt, one_line

PERCENT_KEY, COUNT_KEY = "deletion_threshold_percent", "deletion_threshold_count"
MAX_COUNT = 1_000_000
LEAST_HEIGHT = 400  # px: the smallest the settings may be made (they scroll below it)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _form(box: QGroupBox, note: str) -> QFormLayout:
    """A form with a wrapped note below it. The note sits outside the QFormLayout: a
    word-wrapped label spanning a form row gets too little height (clipped German)."""
    outer = QVBoxLayout(box)
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    outer.addLayout(form)
    outer.addWidget(_label(note))
    return form


class SettingsDialog(QDialog):
    def __init__(self, app: App, interval_minutes: int, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.app = app
        store = app.store

        self.interval = SuffixSpinBox()
        self.interval.setObjectName("settings_interval")
        self.interval.setRange(MIN_INTERVAL, MAX_INTERVAL)
        self.interval.setSingleStep(5)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(interval_minutes)
        self.percent = SuffixSpinBox()
        self.percent.setObjectName("settings_deletion_percent")
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(int(client_setting(store, app.client_id, PERCENT_KEY,
                                                 DEFAULT_DELETION_PERCENT)))
        self.count = QSpinBox()
        self.count.setObjectName("settings_deletion_count")
        self.count.setRange(0, MAX_COUNT)
        self.count.setGroupSeparatorShown(True)
        self.count.setValue(int(client_setting(store, app.client_id, COUNT_KEY,
                                               DEFAULT_DELETION_COUNT)))
        sync_box = QGroupBox(self.tr("Synchronization"))
        sync_form = _form(sync_box, self.tr(
            "A held sync applies nothing until you review and confirm the removals."))
        sync_form.addRow(self.tr("Sync &every:"), self.interval)
        sync_form.addRow(self.tr("Hold a sync that removes more than &this share:"),
                         self.percent)
        sync_form.addRow(self.tr("…and more than this &number of users:"), self.count)

        self.language = QComboBox()
        self.language.setObjectName("settings_language")
        for value, label in (("", self.tr("System default")), ("en", "English"),
                             ("de", "Deutsch")):
            self.language.addItem(label, value)
        saved = store.setting(LANGUAGE_KEY, "")
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        language_box = QGroupBox(self.tr("Language"))
        language_form = _form(language_box,
                              self.tr("Takes effect when IdP Wizard is restarted."))
        language_form.addRow(self.tr("&Interface language:"), self.language)

        self.registration = RegistrationBox(store, app.demo is not None, app.client_id)
        self.platform = PlatformBox(app, runner or InlineTaskRunner(self))

        folder = QLineEdit(str(app.paths.data_dir))
        folder.setObjectName("settings_data_folder")
        folder.setReadOnly(True)
        open_button = QPushButton(self.tr("&Open folder"))
        open_button.setObjectName("open_data_folder_button")
        open_button.clicked.connect(self.open_data_folder)
        self.export_button = QPushButton(self.tr("E&xport diagnostics…"))
        self.export_button.setObjectName("export_diagnostics_button")
        self.export_button.clicked.connect(self._export_dialog)
        self.export_status = _label("")
        self.export_status.setObjectName("export_diagnostics_status")
        data_box = QGroupBox(self.tr("Data and support"))
        data_layout = QVBoxLayout(data_box)
        row = QHBoxLayout()
        row.addWidget(folder, 1)
        row.addWidget(open_button)
        folder_label = _label(self.tr("Data folder (database and logs):"))
        folder_label.setBuddy(folder)  # screen readers name the read-only path by it
        data_layout.addWidget(folder_label)
        data_layout.addLayout(row)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addWidget(self.export_status, 1)
        data_layout.addLayout(export_row)
        data_layout.addWidget(_label(self.tr(
            "The diagnostics file holds the logs, the sync history and the settings, "
            "with e-mail addresses, names and tokens removed.")))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        # Five groups are taller than a laptop screen in German: they scroll, the
        # buttons stay.
        self.groups_area = ScrollingBody("settings_scroll")
        groups = QVBoxLayout(self.groups_area.body)
        groups.setContentsMargins(0, 0, 0, 0)
        for box in (sync_box, self.platform, language_box, self.registration, data_box):
            groups.addWidget(box)
        groups.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.groups_area, 1)
        layout.addWidget(buttons)
        self._fit_to_screen(layout, buttons, 560)

    def _fit_to_screen(self, layout: QVBoxLayout, buttons: QWidget, least_width: int) -> None:
        """As wide as the widest row needs (never scrolling sideways), as high as all
        the groups need, within the screen."""
        margins = layout.contentsMargins()
        sides = margins.left() + margins.right()
        width = max(least_width, self.groups_area.least_width() + sides)
        height = (self.groups_area.height_at(width - sides) + margins.top()
                  + margins.bottom() + layout.spacing() + buttons.sizeHint().height())
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.height() > 0:
            height = min(height, int(screen.height() * 0.9))
        self.setMinimumWidth(width)
        # Scrolling or not, a settings window a line high is no use: a group or two stay.
        self.setMinimumHeight(min(height, LEAST_HEIGHT))
        self.resize(width, height)

    # -- values ----------------------------------------------------------------------

    def interval_minutes(self) -> int:
        return self.interval.value()

    def accept(self) -> None:
        """Save (the interval is the caller's); stays open on invalid input."""
        if not self.registration.save() or not self.platform.save_settings():
            return
        try:  # never while a sync (here, on the command line or scheduled) runs
            self.app.save_settings({PERCENT_KEY: self.percent.value(),
                                    COUNT_KEY: self.count.value()}, wait=0)
            # The interface language is the whole app's, not one client's.
            self.app.store.set_setting(LANGUAGE_KEY, str(self.language.currentData()))
        except IdpWizardError as exc:
            self.registration.show_error(one_line(exc))
            return
        super().accept()

    # -- data folder and diagnostics ---------------------------------------------------

    def open_data_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.app.paths.data_dir)))

    def _export_dialog(self) -> None:
        suggested = str(Path.home() / "idp-wizard-diagnostics.zip")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export diagnostics"), suggested, self.tr("Zip files (*.zip)"))
        if path:
            self.export(Path(path))

    def export(self, path: Path) -> bool:
        """A few megabytes of logs at most: quick enough for the GUI thread."""
        try:  # the file dialog has asked before replacing a file: force
            self.app.paths.guard_output(path)
            export_diagnostics(self.app.paths, self.app.store, path, force=True)
        except OSError as exc:
            self.export_status.setText(fmt(self.tr("Could not write %1 (%2)."), path,
                                           core_text(os_reason(exc))))
            return False
        except UsageError as exc:  # the database, a log, a folder...: never written over
            self.export_status.setText(fmt(self.tr("Not saved: %1."), core_text(exc)))
            return False
        self.export_status.setText(fmt(self.tr("Saved to %1."), path))
        return True
