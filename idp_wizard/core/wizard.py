"""The setup wizard's flow as plain Python (no Qt): steps, gathered data, what comes next.

The Qt pages only copy values in and out and show busy/error states; every decision
about order, Back and Cancel is made here so it is tested without a GUI.

Modes:
- NEW: provider → data options → sign-in → permissions → filtering → platform →
  finish (the platform step only when the client has no platform target yet).
- REAUTHORIZE: sign-in → permissions → finish; keeps the synced users and the filter.
- EDIT_FILTERS: filtering (from the saved filter, with a change preview) → finish.

NEW: the sign-in returns an *unsaved* connection; nothing is saved before the admin
presses Share, so Cancel before that point only has to forget the sign-in
(`App.abandon_sign_in`). REAUTHORIZE: `App.reauthorize` replaces the saved
connection's credentials in place, so there is never anything to abandon (forgetting
would delete the connection's only tokens). EDIT_FILTERS: nothing is saved before the
admin confirms the change preview.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from idp_wizard.core.connection import Connection
from idp_wizard.core.filter_session import FilterSession
from idp_wizard.core.filter_spec import FilterSpec
from idp_wizard.core.plan import SyncPlan
from idp_wizard.core.records import ProviderName


class Step(Enum):
    PROVIDER = 0
    DATA_OPTIONS = 1
    SIGN_IN = 2
    PERMISSIONS = 3
    FILTERING = 4
    FINISH = 5
    PLATFORM = 6  # where the shared employees are provisioned (SCIM); before FINISH


class WizardMode(Enum):
    NEW = "new"
    REAUTHORIZE = "reauthorize"  # sign-in + permissions only; users and filter stay
    EDIT_FILTERS = "edit_filters"  # filtering only, from the saved filter, with preview


class Undo(Enum):
    """What leaving a step (Back or Cancel) must undo."""

    NOTHING = "nothing"
    ABANDON_SIGN_IN = "abandon_sign_in"  # forget the unsaved sign-in (tokens, cache)


_STEPS: dict[WizardMode, tuple[Step, ...]] = {
    WizardMode.NEW: (Step.PROVIDER, Step.DATA_OPTIONS, Step.SIGN_IN, Step.PERMISSIONS,
                     Step.FILTERING, Step.PLATFORM, Step.FINISH),
    WizardMode.REAUTHORIZE: (Step.SIGN_IN, Step.PERMISSIONS, Step.FINISH),
    WizardMode.EDIT_FILTERS: (Step.FILTERING, Step.FINISH),
}

# Attribute groups the admin may leave out of the sync; profile and e-mail always sync.
ALWAYS_SYNCED: tuple[str, ...] = ("profile", "email")
OPTIONAL_GROUPS: tuple[str, ...] = ("organisation", "location", "language", "groups")


@dataclass
class DataOptions:
    """"User data options to synchronize": the defaults are right for nearly everyone."""

    organisation: bool = True
    location: bool = True
    language: bool = True
    groups: bool = True

    def synced_groups(self) -> list[str]:
        return [*ALWAYS_SYNCED, *(g for g in OPTIONAL_GROUPS if getattr(self, g))]


@dataclass
class WizardData:
    provider: ProviderName | None = None
    data_options: DataOptions = field(default_factory=DataOptions)
    # NEW/REAUTHORIZE: the unsaved sign-in; EDIT_FILTERS: the saved connection.
    connection: Connection | None = None
    permissions_accepted: bool = False
    session: FilterSession | None = None  # the "synchronization of rules" result
    preview: SyncPlan | None = None  # EDIT_FILTERS: the change preview the admin confirmed
    spec: FilterSpec = field(default_factory=FilterSpec.default)
    committed: bool = False  # saved: Share pressed / preview confirmed / access accepted
    sync_started: bool = False
    sync_finished: bool = False  # the final sync ended (succeeded, held or failed)
    sync_error: str = ""
    platform_needed: bool = False  # NEW: the client has no platform target yet
    platform_done: bool = False  # the target was saved (or the admin chose "later")


def steps(mode: WizardMode) -> tuple[Step, ...]:
    return _STEPS[mode]


def first_step(mode: WizardMode) -> Step:
    return _STEPS[mode][0]


def flow(data: WizardData, mode: WizardMode) -> tuple[Step, ...]:
    """The steps this run goes through: the mode's, the platform step only if needed."""
    return tuple(s for s in _STEPS[mode] if s is not Step.PLATFORM or data.platform_needed)


def next_step(step: Step, data: WizardData, mode: WizardMode) -> Step | None:
    """The step after `step` in this mode, or None when `step` is the last one.

    Structural (a wizard asks this to label its buttons even before the step is
    done); whether the admin may move on yet is `step_done`."""
    order = flow(data, mode)
    if step not in order:
        return None
    i = order.index(step)
    return order[i + 1] if i + 1 < len(order) else None


def step_done(step: Step, data: WizardData, mode: WizardMode) -> bool:
    """Whether the admin may move past `step` (or, on the last step, finish)."""
    if step is Step.PROVIDER:
        return data.provider is not None
    if step is Step.DATA_OPTIONS:
        return True
    if step is Step.SIGN_IN:
        return data.connection is not None
    if step is Step.PERMISSIONS:
        return data.permissions_accepted
    if step is Step.FILTERING:
        return data.committed
    if step is Step.PLATFORM:
        return data.platform_done
    return data.sync_finished


def can_go_back(step: Step, data: WizardData, mode: WizardMode) -> bool:
    """No Back from the first step, and none once something is saved or syncing."""
    order = _STEPS[mode]
    if order.index(step) == 0 or step is Step.FINISH:
        return False
    return not (data.committed or data.sync_started)


def go_back(step: Step, data: WizardData, mode: WizardMode) -> tuple[Step, Undo]:
    """Back from `step`: the previous step, and what the caller must undo.

    Going back from PERMISSIONS to SIGN_IN discards the sign-in (and everything read
    with it): signing in again may be another account or tenant."""
    if not can_go_back(step, data, mode):
        raise ValueError(f"cannot go back from {step.name} in {mode.name} mode")
    order = _STEPS[mode]
    previous = order[order.index(step) - 1]
    undo = Undo.NOTHING
    if step is Step.PERMISSIONS and data.connection is not None:
        if mode is WizardMode.NEW:
            undo = Undo.ABANDON_SIGN_IN
        discard_sign_in(data)
    return previous, undo


def discard_sign_in(data: WizardData) -> None:
    data.connection = None
    data.permissions_accepted = False
    data.session = None
    data.spec = FilterSpec.default()


def can_cancel(step: Step, data: WizardData, mode: WizardMode) -> bool:
    """Cancel is offered until something is saved; afterwards only Finish/closing."""
    return not data.committed


def cancel(step: Step, data: WizardData, mode: WizardMode) -> Undo:
    """What Cancel must undo at `step`; the data is reset accordingly.

    Before Share: forget the unsaved sign-in so no half-connected state remains.
    EDIT_FILTERS and REAUTHORIZE work on the saved connection, which Cancel must never
    touch; after saving there is nothing to undo (a running sync is only stopped)."""
    if data.committed or mode is not WizardMode.NEW or data.connection is None:
        return Undo.NOTHING
    discard_sign_in(data)
    return Undo.ABANDON_SIGN_IN
