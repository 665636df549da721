"""The wizard's step map (`wizard_steps`): the steps of the mode, the current one, the
finished ones, "Employee filtering: Completed", the platform step only when it applies."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from idp_wizard.app import App
from idp_wizard.core.records import ProviderName
from idp_wizard.core.wizard import Step, WizardMode
from idp_wizard.ui.wizard import SetupWizard
from idp_wizard.ui.wizard.step_map import StepMap, StepState, step_states
from tests.flows import connect
from tests.ui.helpers import click, find, page_name, wait_page
from tests.ui.wizard_support import change_filter_and_confirm, make_wizard, to_filtering

D, C, T = "done", "current", "todo"
NEW_TITLES = ["Identity provider", "User data", "Sign in", "Permissions",
              "Employee filtering", "Platform", "Finish"]



def shown(wizard: SetupWizard) -> list[tuple[str, str]]:
    step_map = find(wizard, "wizard_steps")
    assert isinstance(step_map, StepMap) and step_map.isVisible()
    return [(title, state.value) for title, state in step_map.states()]


def states(wizard: SetupWizard) -> list[str]:
    return [state for _, state in shown(wizard)]


def test_step_states_is_positional() -> None:
    order = (Step.SIGN_IN, Step.PERMISSIONS, Step.FINISH)
    assert step_states(order, Step.PERMISSIONS) == [
        (Step.SIGN_IN, StepState.DONE), (Step.PERMISSIONS, StepState.CURRENT),
        (Step.FINISH, StepState.TODO)]
    assert [s for _, s in step_states(order, Step.FINISH, completed=True)] == [
        StepState.DONE] * 3
    assert [s for _, s in step_states(order, None)] == [StepState.TODO] * 3


def test_connect_flow_walks_the_map(qtbot: QtBot, app: App) -> None:
    wizard = make_wizard(qtbot, app)
    assert [t for t, _ in shown(wizard)] == NEW_TITLES
    assert states(wizard) == [C, T, T, T, T, T, T]
    assert find(wizard, "wizard_steps_heading").text() == "Connect an identity provider"  # type: ignore[attr-defined]
    click(qtbot, wizard, "connect_entra")
    assert states(wizard) == [D, C, T, T, T, T, T]
    click(qtbot, wizard, "next_button")
    assert states(wizard) == [D, D, C, T, T, T, T]
    click(qtbot, wizard, "sign_in_button")
    wait_page(qtbot, wizard, "page_permissions")
    assert states(wizard) == [D, D, D, C, T, T, T]
    click(qtbot, wizard, "back_button")  # back: the sign-in is current again
    assert states(wizard) == [D, D, C, T, T, T, T]
    click(qtbot, wizard, "sign_in_button")
    wait_page(qtbot, wizard, "page_permissions")
    click(qtbot, wizard, "accept_permissions_button")
    wait_page(qtbot, wizard, "page_filtering")
    assert states(wizard) == [D, D, D, D, C, T, T]
    assert shown(wizard)[4] == ("Employee filtering", C)
    qtbot.waitUntil(lambda: find(wizard, "share_button").isEnabled())
    click(qtbot, wizard, "share_button")
    wait_page(qtbot, wizard, "page_platform")
    assert shown(wizard)[4] == ("Employee filtering: Completed", D)
    assert states(wizard) == [D, D, D, D, D, C, T]
    click(qtbot, wizard, "skip_platform_button")
    wait_page(qtbot, wizard, "page_finish")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled())
    # The first sync ended well: every step is ticked.
    assert states(wizard) == [D] * 7
    assert shown(wizard)[4] == ("Employee filtering: Completed", D)


@pytest.mark.platform
def test_no_platform_step_once_the_client_has_one(qtbot: QtBot, app: App) -> None:
    target = app.platform.target()
    assert target is not None  # the demo's embedded platform, not saved yet
    app.platform.set_target(target.url, None)
    wizard = make_wizard(qtbot, app)
    titles = [t for t, _ in shown(wizard)]
    assert titles == [t for t in NEW_TITLES if t != "Platform"]
    to_filtering(qtbot, wizard, "entra")
    click(qtbot, wizard, "share_button")
    wait_page(qtbot, wizard, "page_finish")  # straight on: no platform page
    assert states(wizard)[:5] == [D, D, D, D, D]


def test_edit_filters_shows_only_its_steps(qtbot: QtBot, app: App) -> None:
    connect(app, ProviderName.ENTRA)
    app.sync_service().run(trigger="test")
    wizard = make_wizard(qtbot, app, WizardMode.EDIT_FILTERS)
    assert shown(wizard) == [("Employee filtering", C), ("Finish", T)]
    assert find(wizard, "wizard_steps_heading").text() == "Edit user filters"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: find(wizard, "share_button").isEnabled())
    change_filter_and_confirm(qtbot, wizard, "Sales")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled())
    assert shown(wizard) == [("Employee filtering: Completed", D), ("Finish", D)]


def test_reauthorize_shows_only_its_steps(qtbot: QtBot, app: App) -> None:
    connect(app, ProviderName.GOOGLE)
    wizard = make_wizard(qtbot, app, WizardMode.REAUTHORIZE)
    assert shown(wizard) == [("Sign in", C), ("Permissions", T), ("Finish", T)]
    click(qtbot, wizard, "sign_in_button")
    wait_page(qtbot, wizard, "page_permissions")
    assert shown(wizard) == [("Sign in", D), ("Permissions", C), ("Finish", T)]
    click(qtbot, wizard, "accept_permissions_button")
    wait_page(qtbot, wizard, "page_finish")
    qtbot.waitUntil(lambda: find(wizard, "finish_button").isEnabled())
    assert shown(wizard) == [("Sign in", D), ("Permissions", D), ("Finish", D)]
    assert page_name(wizard) == "page_finish"


def test_rows_are_named_for_screen_readers(qtbot: QtBot, app: App) -> None:
    wizard = make_wizard(qtbot, app)
    click(qtbot, wizard, "connect_entra")
    names = [find(wizard, f"wizard_step_{s}").accessibleName()
             for s in ("provider", "data_options", "finish")]
    assert names == ["Step 1 of 7: Identity provider (completed)",
                     "Step 2 of 7: User data (current step)",
                     "Step 7 of 7: Finish (not started)"]


def test_small_screens_get_a_compact_map(qtbot: QtBot, app: App) -> None:
    wizard = make_wizard(qtbot, app)
    step_map = find(wizard, "wizard_steps")
    assert isinstance(step_map, StepMap)
    assert wizard.screen().availableGeometry().width() < 1200  # the offscreen screen
    assert step_map.compact and step_map.width() < 80
    label = find(wizard, "wizard_step_provider")
    marker = step_map._rows[0][1]
    assert not label.isVisible() and marker.isVisible()
    assert marker.toolTip() == "Step 1 of 7: Identity provider (current step)"
    click(qtbot, wizard, "connect_entra")
    assert marker.toolTip() == "Step 1 of 7: Identity provider (completed)"
    step_map.set_compact(False)  # a desktop screen: marks and words
    assert label.isVisible() and step_map.width() == step_map.full_width
    assert marker.toolTip() == ""
    assert [state for _, state in step_map.states()][:2] == [StepState.DONE,
                                                              StepState.CURRENT]
