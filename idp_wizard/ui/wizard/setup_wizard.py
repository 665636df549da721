"""The setup wizard (QWizard): connect a provider, reauthorize, or edit the filter.

Thin: the flow (order, Back, Cancel) comes from core/wizard.py; pages copy values in
and out; background work goes through the injected TaskRunner.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from idp_wizard.app import App
from idp_wizard.core.wizard import Step, WizardMode, can_cancel, can_go_back, flow, steps
from idp_wizard.core.wizard_engine import WizardEngine
from idp_wizard.ui.focus import ListFocusRing, takes_focus
from idp_wizard.ui.tasks import TaskRunner
from idp_wizard.ui.wizard.context import WizardContext
from idp_wizard.ui.wizard.data_options_page import DataOptionsPage
from idp_wizard.ui.wizard.filtering_page import FilteringPage
from idp_wizard.ui.wizard.finish_page import FinishPage
from idp_wizard.ui.wizard.permissions_page import PermissionsPage
from idp_wizard.ui.wizard.platform_page import PlatformPage
from idp_wizard.ui.wizard.provider_page import ProviderPage
from idp_wizard.ui.wizard.sign_in_page import SignInPage
from idp_wizard.ui.wizard.step_map import StepMap
from idp_wizard.ui.wizard.widgets import WizardPage

log = logging.getLogger(__name__)

PAGES: dict[Step, Callable[[WizardContext], WizardPage]] = {
    Step.PROVIDER: ProviderPage, Step.DATA_OPTIONS: DataOptionsPage,
    Step.SIGN_IN: SignInPage, Step.PERMISSIONS: PermissionsPage,
    Step.FILTERING: FilteringPage, Step.PLATFORM: PlatformPage, Step.FINISH: FinishPage,
}
COMPACT_MAP_BELOW = 1200  # px of screen width: below it the step map shows only its marks
# The smallest the wizard may be made: every page's wrapped text (German included) still
# fits beside the full step map. Without it, word-wrapped labels let QWizard shrink to
# about 300 x 180, where the pages overlap. tests/ui/test_min_sizes.py holds it.
MINIMUM = (800, 600)
BUTTON_NAMES = {
    QWizard.WizardButton.NextButton: "next_button",
    QWizard.WizardButton.BackButton: "back_button",
    QWizard.WizardButton.FinishButton: "finish_button",
    QWizard.WizardButton.CancelButton: "cancel_button",
}


class SetupWizard(QWizard):
    """Emits `completed` when it closes with something saved (a new connection, a new
    filter or a reauthorization) so the panel refreshes, even if the first sync failed:
    the connection stays saved and the panel shows the failed run."""

    completed = Signal()

    def __init__(self, app: App, runner: TaskRunner, mode: WizardMode = WizardMode.NEW,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard")
        self.app, self.runner, self.mode = app, runner, mode
        self.engine = WizardEngine(app, mode)
        self.data = self.engine.data
        self.ctx = WizardContext(app, runner, self.engine, advance=self.next,
                                 refresh_buttons=self._update_buttons,
                                 state_changed=self._state_changed)
        # Replaceable in tests: asks before abandoning a running task.
        self.confirm: Callable[[str], bool] = self._ask
        self._completed_sent = False
        titles = {
            WizardMode.NEW: self.tr("Connect an identity provider"),
            WizardMode.REAUTHORIZE: self.tr("Reauthorize the connection"),
            WizardMode.EDIT_FILTERS: self.tr("Edit user filters"),
        }
        self.setWindowTitle(titles[mode])
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.step_map = StepMap(titles[mode])
        self.setSideWidget(self.step_map)
        self.focus_ring = ListFocusRing(self)
        self.pages: dict[Step, WizardPage] = {}
        for step in steps(mode):
            page = PAGES[step](self.ctx)
            page.installEventFilter(self)
            self.pages[step] = page
            self.setPage(step.value, page)
        self.setStartId(self.engine.first_step.value)
        for which, name in BUTTON_NAMES.items():
            self.button(which).setObjectName(name)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Continue"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.currentIdChanged.connect(self._page_changed)
        for page in self.pages.values():
            page.completeChanged.connect(self._show_map)
        self._show_map()
        self._fit_to_screen(1120, 720)

    def _fit_to_screen(self, width: int, height: int) -> None:
        """Room for the step map beside the filter editor, within the screen; on a small
        screen the map shows only its marks."""
        least_width, least_height = MINIMUM
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() > 0:
            self.step_map.set_compact(screen.width() < COMPACT_MAP_BELOW)
            width = min(width, int(screen.width() * 0.95))
            height = min(height, int(screen.height() * 0.9))
            least_width, least_height = min(least_width, width), min(least_height, height)
        self.setMinimumSize(least_width, least_height)
        self.resize(width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """QWizard sizes itself to a page when it opens; a page whose texts grow later
        (the filter's counts arrive after the rules sync) would be cut off: wider then."""
        if (event.type() == QEvent.Type.LayoutRequest and watched is self.currentPage()
                and isinstance(watched, QWidget)):
            short = watched.minimumSizeHint().width() - watched.width()
            if short > 0:
                self.resize(self.width() + short, self.height())
        return super().eventFilter(watched, event)

    # -- flow ----------------------------------------------------------------------------

    def current_step(self) -> Step | None:
        cid = self.currentId()
        return Step(cid) if cid >= 0 else None

    def _page_changed(self, _id: int) -> None:
        self._update_buttons()
        self._show_map()
        page = self.current_page()
        button = page.primary_button() if page is not None else None
        if button is not None:
            button.setDefault(True)  # Enter presses the page's main action
        self.settle_focus()

    def current_page(self) -> WizardPage | None:
        step = self.current_step()
        return self.pages.get(step) if step is not None else None

    def _state_changed(self) -> None:
        if self.ctx.closed:
            return
        self._update_buttons()
        self._show_map()
        self.settle_focus()

    def settle_focus(self) -> None:
        """The focus onto the current page's control for its state (never left on a
        control that a page change or a state change hid)."""
        page = self.current_page()
        target = page.focus_target() if page is not None else None
        if target is None:  # nothing on the page takes the focus: the wizard's buttons
            target = next((b for b in (self.button(QWizard.WizardButton.FinishButton),
                                       self.button(QWizard.WizardButton.NextButton),
                                       self.button(QWizard.WizardButton.CancelButton))
                           if takes_focus(b)), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_map(self) -> None:
        step = self.current_step()
        page = self.current_page()
        done = isinstance(page, FinishPage) and page.ended_well
        self.step_map.show_steps(flow(self.data, self.mode), step, done)

    def _update_buttons(self) -> None:
        step = self.current_step()
        if step is None or self.ctx.closed:
            return
        B = QWizard.WizardButton
        layout = [B.Stretch]
        if can_go_back(step, self.data, self.mode) and not self.ctx.busy:
            layout.append(B.BackButton)
        if step is Step.DATA_OPTIONS:
            layout.append(B.NextButton)
        if step is Step.FINISH:
            layout.append(B.FinishButton)
        if can_cancel(step, self.data, self.mode):
            layout.append(B.CancelButton)
        self.setButtonLayout(layout)

    # -- closing -------------------------------------------------------------------------

    def _ask(self, question: str) -> bool:
        # No is the default: Esc then Enter by habit must not throw away work in progress.
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        answer = QMessageBox.question(self, self.windowTitle(), question, yes | no, no)
        return answer == yes

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: undo what the flow says."""
        step = self.current_step() or self.engine.first_step
        task = self.ctx.task
        if task is not None and task.running:
            question = (self.tr("Stop the sync? The connection stays saved.")
                        if self.data.committed
                        else self.tr("Stop and cancel the setup? Nothing will be saved."))
            if not self.confirm(question):
                return
            task.cancel()
        self.engine.cancel(step)
        super().reject()

    def done(self, result: int) -> None:
        self.ctx.closed = True  # late task results must not touch the pages any more
        super().done(result)
        if self.data.committed and not self._completed_sent:
            self._completed_sent = True
            self.completed.emit()
